"""An ordinal said of a kind noun ("the *third* document signed at the forum") numbers the thing asked: the facts
must number it so (in its name, or its sentence's "3rd" or "third"), else the one thing of the kind they hold is no
answer. A number its sentences state otherwise ("3 documents were signed", "on 3 December") numbers nothing, and the
"first" of "which came first, A or B?" numbers no thing either.
On the fictional fixture data/documents_in_order.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "documents_in_order.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "What did the third document signed at the Kura Tea Investment Forum provide for?",
    "What was the first document signed at the Kura Tea Investment Forum?",
])
def test_an_ordinal_the_facts_do_not_state_is_declined(engine, question):
    """Ensure "the third document" is not answered with the one agreement whose purpose the facts hold."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_the_document_asked_without_an_ordinal_is_answered(engine):
    """Ensure the same question without the ordinal is answered from the agreement's purpose."""
    answer = engine.ask("What did the investment agreement signed at the Kura Tea Investment Forum provide for?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-tea-investment-agreement.purpose",)


def test_which_came_first_numbers_nothing(engine):
    """Ensure "which came first" is answered with the earlier of the two, its "first" no ordinal to be stated."""
    answer = engine.ask("Which came first, the Kura Tea Investment Forum or the Lankaran Tea Harvest Festival?")
    assert answer.answered, answer.text
    assert "Lankaran Tea Harvest Festival" in answer.body, answer.body
