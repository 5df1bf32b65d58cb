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
