"""The matcher's doubts about its best fact (knowledge/understanding/doubts.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_a_person_and_a_meeting_word_do_not_name_another_meeting(shipped):
    """Ensure "Mikayıl Cabbarov İpək Yolu Fondundan kimlə görüşüb?" (whom from the Silk Road Fund did Jabbarov
    meet?) is his meeting with the fund's head: the words of another meeting of his ("Jabbarov", "met") are his
    name and a kind word, not that meeting's name; and "Onun vəzifəsi nədir?" is then the one he met."""
    met, role = converse(shipped, "Mikayıl Cabbarov İpək Yolu Fondundan kimlə görüşüb?", "Onun vəzifəsi nədir?")
    assert met.facts == ("jabbarov-deng-meeting-2025-09.participants",)
    assert role.facts == ("deng-jinghua.role",)
