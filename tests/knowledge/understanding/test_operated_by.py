"""Who does what to a named thing, when only a text says it (said_in_text.py): "Which company will operate the
tannery?" of a tannery none of whose fields names an operator, answered by its operating company's mission
("operating the LLG tannery in Masally") or by the plant's own purpose ("... will be operated by Tovuz Scour LLC");
never when the question asks an attribute its type has and it lacks, nor a verb no text says of it (a fictional
fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "operated_by.yaml"
PLANT, TANNERY, OPERATOR = "test-tovuz-scouring-plant", "test-llg-masally-tannery", "test-caspian-hides"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, answering", [
    ("Which company will operate the TWP wool scouring plant in Tovuz?", f"{PLANT}.purpose"),
    ("Which company will operate the LLG tannery in Masally?", f"{OPERATOR}.mission"),
    ("Who will operate the LLG tannery?", f"{OPERATOR}.mission"),
])
def test_the_text_that_says_who_operates_it_answers(engine, question, answering):
    """Ensure the free text that says a form of the question's verb of the named thing answers: its own purpose
    first, else the mission of the one organization whose words name it as the question does."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (answering,)


@pytest.mark.parametrize("question", [
    "Who is the contractor of the TWP wool scouring plant in Tovuz?",  # an attribute of its type, which it lacks
    "Which company will insure the LLG tannery in Masally?",           # no text says it of the tannery
])
def test_what_no_text_says_is_declined(engine, question):
    """Ensure no text answers a question asking what the thing's type has and it lacks, or a verb no text says."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert not {f"{PLANT}.purpose", f"{OPERATOR}.mission"} & set(answer.facts)
