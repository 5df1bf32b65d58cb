""""How many panels were installed at it in 2026?" after the solar park: no fact of the park's own, but of the one
record about it, whose name holds the park's name and says the question's words (fictional records,
data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
FIRST = "What is the capacity of the Qobu Solar Park?"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("How many panels were installed at it in 2026?", "test-qobu-panels-2026.value"),
    ("How many panels will be installed there in 2027?", "test-qobu-panels-2027.value"),
])
def test_a_question_about_it_is_the_record_about_it_of_that_year(engine, question, fact):
    """Ensure "how many panels were installed at it in 2026?" after the park is the 2026 panels figure (the record
    whose name holds the park's and says "panels" and 2026), not declined about the park, not the other year's."""
    park, panels = converse(engine, FIRST, question)
    assert park.facts == ("test-qobu-solar.capacity",)
    assert panels.facts == (fact,)


def test_of_two_records_about_it_neither_answers(engine):
    """Ensure "how many panels were installed at it?" with two panel figures about the park (2026 and 2027) and no
    year is declined: neither is the one meant."""
    _, panels = converse(engine, FIRST, "How many panels were installed at it?")
    assert panels.kind is AnswerKind.DECLINE and panels.facts == ()
