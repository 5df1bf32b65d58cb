"""How many days lay between two dated things a question names is worked out from their own dates, whatever
their types (an event, an agreement): a fact made for the question, "A.days_between:B". A thing dated only by
its month, or one thing named, gets none (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "days_between.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, days", [
    ("How many days passed between the Gabala Wine Trade Fair and the Sheki Craft Export Expo?",
     "test-gabala-wine-fair.days_between:test-sheki-craft-expo", "9 days"),
    ("How many days after the Sheki Craft Export Expo was the Gabala Wine Trade Fair?",
     "test-sheki-craft-expo.days_between:test-gabala-wine-fair", "9 days"),
    ("How many days were there between the Gabala Wine Trade Fair and the memorandum on Ismayilli grape exports to Yunnan?",
     "test-gabala-wine-fair.days_between:test-gabala-wine-mou", "1 day "),
])
def test_days_between_two_named_dated_things(engine, question, fact, days):
    """Ensure the days between two named dated records are answered from both their dates."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    assert days in answer.body


@pytest.mark.parametrize("question", [
    "How many days passed between the Gabala Wine Trade Fair and the Zaqatala Hazelnut Days?",  # (a month only)
    "How many days did the Gabala Wine Trade Fair last?",  # (one thing named)
])
def test_no_days_without_two_dates_to_the_day(engine, question):
    """Ensure no days-between answer is made unless two named things each have a date to the day."""
    answer = engine.ask(question)
    assert not any("days_between" in f for f in answer.facts), answer.text


@pytest.mark.parametrize("question", [
    "Which came first, the Sheki Craft Export Expo or the Gabala Wine Trade Fair?",
    "Which came first: the Gabala Wine Trade Fair or the Sheki Craft Export Expo?",
])
def test_which_came_first_is_the_earlier_of_the_two(engine, question):
    """Ensure "which came first" of two named dated things is answered with the earlier, whichever is named first."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-gabala-wine-fair.came_first:test-sheki-craft-expo",)
    assert "Gabala Wine Trade Fair came first" in answer.body
