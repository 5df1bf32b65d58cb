"""A follow-up that names, in words nothing explains, a thing the facts do not know ("Where was the Lachin Orchard
Accord signed?") is about that thing: declined as it stands, not about the conversation's subject, and the next
ellipsis ("and when?") is not answered about the subject either (on fictional records, data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
FIRST = "Where was the Sumgait Green Industry Forum held?"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("other, then", [
    ("Where was the Lachin Orchard Accord signed?", "and when?"),
    ("Lachin Bağ Sazişi harada imzalanıb?", "Bəs nə vaxt?"),
])
def test_after_an_unknown_thing_the_ellipsis_is_not_the_last_subjects(engine, other, then):
    """Ensure the forum's date does not answer "and when?" asked after a question about an accord nobody knows."""
    place, unknown, when = converse(engine, FIRST, other, then)
    assert place.facts == ("test-sumgait-forum.place",)
    assert unknown.kind is not AnswerKind.FACT and unknown.facts == ()
    assert when.kind is not AnswerKind.FACT and when.facts == ()


def test_without_it_the_ellipsis_is_the_subjects(engine):
    """Ensure "and when?" right after the forum's place is still the forum's date."""
    _, when = converse(engine, FIRST, "and when?")
    assert when.facts == ("test-sumgait-forum.date",)


@pytest.mark.parametrize("then", [
    "who are the parties to the memorandum on it?",
    "Кто стороны этого меморандума?",
    "who are the parties to the memorandum?",
])
def test_after_a_first_question_about_an_unknown_thing_nothing_else_answers(engine, then):
    """Ensure that, after a first question about an accord nobody knows, a question about "it" (or a thing it
    does not name) is not answered with the one report's memorandum, which the words alone reach."""
    unknown, after = converse(engine, "Who signed the Lachin Orchard Accord?", then)
    assert unknown.facts == ()
    assert not after.answered and after.facts == (), after.text


def test_a_question_naming_its_thing_still_answers_after_an_unknown_one(engine):
    """Ensure a question that names what it asks about is answered after a question about an unknown thing."""
    _, place = converse(engine, "Who signed the Lachin Orchard Accord?", FIRST)
    assert place.facts == ("test-sumgait-forum.place",)


def test_on_its_own_the_question_is_answered_as_before(engine):
    """Ensure "who are the parties to this memorandum?" asked on its own is still the one report's memorandum."""
    assert engine.ask("Кто стороны этого меморандума?").facts == ("azpromo-ndrc-icc-mou-2025.parties",)
