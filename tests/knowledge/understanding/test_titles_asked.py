"""A title asked ("Who is the chairman of Shirvan Looms Holding?") is answered only by a head whose sentences or
role say it: the company's head is its CEO, and its chairman is someone the facts do not name (doubts.title_unsaid;
the language file's `titles`). Words any head is asked by ("who heads", "who is in charge") still reach the head.
A fictional fixture: a company headed by its CEO, a chamber headed by its chairwoman."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "titles_asked.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Who is the chairman of Shirvan Looms Holding?",
    "Who is the president of Shirvan Looms Holding?",
])
def test_a_title_the_head_does_not_hold_is_declined(engine, question):
    """Ensure a title the head's role does not say is not answered with the head."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "test-shirvan-looms.head" not in answer.facts


@pytest.mark.parametrize("question, fact", [
    ("Who is the CEO of Shirvan Looms Holding?", "test-shirvan-looms.head"),
    ("Who heads Shirvan Looms Holding?", "test-shirvan-looms.head"),
    ("Who is in charge of Shirvan Looms Holding?", "test-shirvan-looms.head"),
    ("Who is the chairwoman of the Shirvan Textile Chamber?", "test-shirvan-chamber.head"),
])
def test_a_title_the_head_holds_or_no_title_is_answered(engine, question, fact):
    """Ensure the head answers its own title, and a question asking for any head."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
