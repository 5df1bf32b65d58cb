"""A demonstrative before a noun ("this plant", "这个电站"): it stands for a thing, never for the person the
conversation was about."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("first, follow_up", [
    ("Lu Jun 是谁？", "这个电站建在哪里？"),
    ("Who is Lu Jun?", "Where is this plant built?"),
    ("Кто такой Лу Цзюнь?", "Где построен этот завод?"),
])
def test_this_plant_after_a_person_is_not_the_persons_meeting(shipped, first, follow_up):
    """Ensure "where is this power station built?" after Lu Jun's profile is declined: no plant was talked
    about, and the place of a meeting of his is no answer."""
    who, where = converse(shipped, first, follow_up)
    assert who.facts == ("lu-jun.summary",)
    assert where.kind is not AnswerKind.FACT and where.facts == ()


def test_a_demonstrative_before_the_verb_is_a_pronoun():
    """Ensure "тот" (that one) right before what is asked of it ("тот занимает": holds) is a pronoun that
    may stand for a person (the one met, on fictional records), not a demonstrative before a noun, a thing."""
    engine = engine_with(Path(__file__).parent / "data" / "followups.yaml")
    _, role = converse(engine, "Who did Nigar Rahimova meet at the forum?", "Какую должность тот занимает?")
    assert role.facts == ("test-zhou-ping.role",), role.text


def test_the_noun_after_a_demonstrative_is_part_of_the_reference(shipped):
    """Ensure "that month" in "what rank did China reach that month?" after January 2026's trade is the month talked
    about, no word of its own left unexplained: the rank January 2026's record states."""
    *_, rank = converse(shipped, "What was Azerbaijan-China trade in 2025?", "and in January 2026?",
                        "what rank did China reach that month?")
    assert rank.facts == ("trade-az-cn-2026-01.rank",)
