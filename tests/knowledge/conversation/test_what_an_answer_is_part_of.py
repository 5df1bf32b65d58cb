"""After an answer about a statement, "it" may be the event it was made at: what the answer's thing is part of
is in the conversation too."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse

ROUND_TABLE = "shaanxi-roundtable-2025"


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_where_was_it_held_after_what_he_said_at_a_round_table(shipped):
    """Ensure "Which round table did he speak at?" after Tural Hajili is his statement at the Shaanxi round table
    ("speak" is a word of saying), and "Where was it held?", "Who organized it?" that round table's place and
    organizers."""
    _, spoke, where, who = converse(shipped, "Who is Tural Hajili?", "Which round table did he speak at?",
                                    "Where was it held?", "Who organized it?")
    assert spoke.facts and spoke.facts[0].startswith("statement-hajili-shaanxi-2025.")
    assert where.facts == (f"{ROUND_TABLE}.place",)
    assert who.facts == (f"{ROUND_TABLE}.organizers",)
