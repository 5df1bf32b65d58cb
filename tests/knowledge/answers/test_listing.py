"""Questions asking which things of a kind a named thing had a part in ("which memoranda did he sign?"): all those
that fit, one line each, those of the dates the question says; a question naming one of the kind still asks which;
on fictional records (data/agreements_of_a_minister.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "agreements_of_a_minister.yaml"
MARCH = ("test-mou-ferry-lines.parties", "test-mou-port-cooperation.parties", "test-mou-rail-freight.parties")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "which memoranda did Rashad Karimli sign in March 2026?",
    "Какие меморандумы подписал Рашад Керимли в марте 2026 года?",
])
def test_which_memoranda_he_signed_in_a_month_are_all_of_that_month(engine, question):
    """Ensure "which memoranda did Rashad Karimli sign in March 2026?" lists the three of March, each by its name,
    not the one of May, and does not ask which one."""
    answer = engine.ask(question)
    assert answer.kind is AnswerKind.FACT
    assert tuple(sorted(answer.facts)) == MARCH
    assert "ferry lines" in answer.body and "rail freight" in answer.body and "port cooperation" in answer.body


def test_which_memoranda_he_signed_are_all_of_his(engine):
    """Ensure "which memoranda did Rashad Karimli sign?" lists all four."""
    answer = engine.ask("which memoranda did Rashad Karimli sign?")
    assert tuple(sorted(answer.facts)) == tuple(sorted((*MARCH, "test-mou-logistics-hub.parties")))


def test_the_one_of_the_month_said_is_the_answer(engine):
    """Ensure "which memoranda did Rashad Karimli sign in May 2026?" is the one of May alone."""
    assert engine.ask("which memoranda did Rashad Karimli sign in May 2026?").facts == ("test-mou-logistics-hub.parties",)


def test_a_year_none_of_them_states_lists_none(engine):
    """Ensure "which memoranda did Rashad Karimli sign in 2024?" lists none of those of 2026."""
    answer = engine.ask("which memoranda did Rashad Karimli sign in 2024?")
    assert answer.kind is not AnswerKind.FACT and answer.facts == ()


@pytest.mark.parametrize("question", ["who signed the memorandum?", "what is the memorandum about?"])
def test_a_question_naming_one_of_them_still_asks_which(engine, question):
    """Ensure "who signed the memorandum?" (one, named by its kind noun) asks which one, listing nothing."""
    answer = engine.ask(question)
    assert answer.kind is AnswerKind.DECLINE and answer.facts == ()


def test_which_memoranda_he_signed_as_a_follow_up(engine):
    """Ensure "which memoranda did he sign in March 2026?" after "Who is Rashad Karimli?" lists the three of March."""
    _, listed = converse(engine, "Who is Rashad Karimli?", "which memoranda did he sign in March 2026?")
    assert tuple(sorted(listed.facts)) == MARCH


@pytest.mark.parametrize("question", [
    "what memorandum did Rashad Karimli sign with Donghai Shipping Company?",
    "which memorandum did Rashad Karimli sign with Donghai Shipping Company?",
])
def test_which_one_it_is_is_answered_with_its_name(engine, question):
    """Ensure "what memorandum did he sign with Donghai Shipping Company?" is that memorandum's fact, and the answer
    names it (the sentence of its parties alone says "the memorandum of understanding")."""
    answer = engine.ask(question)
    assert answer.facts == ("test-mou-ferry-lines.parties",)
    assert answer.body.startswith("The Memorandum of Understanding on ferry lines")
