"""A month a question names beside a day or a year ("the session in March 2026") is one of the thing's dates:
of a thing none of whose dates fall in it, another thing is asked about, and declined. A month name alone may
be another word ("May I ask ..."). Asked of a fictional commission's session of 1 October 2026."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "ordinal_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_month_none_of_its_dates_fall_in_is_declined(engine):
    """Ensure the October session asked about as the one in March 2026 is not answered with what it discussed."""
    answer = engine.ask("What did the 3rd session of the Lotus Trade Commission in March 2026 discuss?")
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", [
    "What did the 3rd session of the Lotus Trade Commission on 1 October 2026 discuss?",
    "May I ask what the 3rd session of the Lotus Trade Commission discussed?",
])
def test_its_own_month_or_a_month_word_alone_still_answers(engine, question):
    """Ensure its own month, and "may" that is no month, leave the session's discussion answered."""
    answer = engine.ask(question)
    assert answer.facts == ("test-lotus-commission-3.discussed",)
