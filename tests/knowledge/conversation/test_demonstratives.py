"""A demonstrative before a noun ("this plant", "这个电站"): it stands for a thing, never for the person the
conversation was about."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse


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
