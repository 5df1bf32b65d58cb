"""A question of what has happened ("When was the foundation stone laid?", "When did work start?": Analysis.past)
is not answered by a date its sources only expect ("work is expected to start in 2027"): that would say it
happened when it has not. Asked as what is expected, or in the future tense, it is answered; a date reported as
past answers either. A fictional fixture: two plants, one expected to start, one started."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "expected_not_yet.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "When was the foundation stone of the Zaqatala walnut processing plant laid?",
    "When did construction of the Zaqatala walnut processing plant start?",
])
def test_a_past_question_is_not_answered_by_an_expected_date(engine, question):
    """Ensure a question of what has happened is declined when the date is only expected."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "test-zaqatala-walnut-plant.start" not in answer.facts


@pytest.mark.parametrize("question", [
    "When is construction of the Zaqatala walnut processing plant expected to start?",
    "When will construction of the Zaqatala walnut processing plant start?",
    "When was construction of the Zaqatala walnut processing plant expected to start?",
])
def test_an_expected_date_answers_what_is_expected(engine, question):
    """Ensure the expected date still answers a question of what is expected or will happen."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-zaqatala-walnut-plant.start",)


def test_a_date_reported_as_past_answers_a_past_question(engine):
    """Ensure a start the source reports as past answers "when was the foundation stone laid?"."""
    answer = engine.ask("When was the foundation stone of the Balakan hazelnut processing plant laid?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-balakan-hazelnut-plant.start",)
