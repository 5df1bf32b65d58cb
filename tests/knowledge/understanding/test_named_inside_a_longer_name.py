"""A thing named only by words of a longer name the question says (scoring._said_within) is part of that name, not
another thing named: "the Zagatala and Balakan solar plants" are the pair of plants, though "Zagatala Solar Power Plant"
is said within their name; a share asked as money is no answer (doubts.share_asked_as_money), nor is a company's
mission when it is named as the other side of what is asked (doubts.mission_of_a_counterpart). On the fictional
fixture data/named_inside_a_longer_name.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "named_inside_a_longer_name.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "what is the total capacity of the zagatala and balakan solar plants",
    "What is the capacity of the solar power plants in Zagatala and Balakan?",
])
def test_the_longer_name_said_is_asked(engine, question):
    """Ensure the pair of plants answers, not the one plant whose name is said within theirs."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert tuple(answer.facts) == ("test-zagatala-balakan-solar.capacity",), answer.facts
    assert "590" in answer.text


def test_the_shorter_name_alone_is_still_its_own(engine):
    """Ensure the one plant asked alone answers with its own capacity."""
    answer = engine.ask("What is the capacity of the Zagatala solar plant?")
    assert tuple(answer.facts) == ("test-zagatala-solar.capacity",), answer.facts


def test_a_share_is_no_answer_to_what_something_is_worth(engine):
    """Ensure a question asking what e-commerce was worth is not answered with its share of the trade."""
    answer = engine.ask("How much was e-commerce worth in the trade between Azerbaijan and Qabala Province in 2026?")
    assert not any(f.startswith("test-qabala-ecommerce-share-2026.") for f in answer.facts), answer.facts
    assert "7%" not in answer.text


def test_a_counterpart_is_not_answered_with_its_mission(engine):
    """Ensure "what did it agree with X?" is not X's own mission, while X's mission asked still is."""
    answer = engine.ask("what did it agree with Qabala Power Overseas Holding?")
    assert "test-qabala-power-overseas.mission" not in answer.facts, answer.facts
    answer = engine.ask("What is Qabala Power Overseas Holding's mission?")
    assert tuple(answer.facts) == ("test-qabala-power-overseas.mission",), answer.facts
