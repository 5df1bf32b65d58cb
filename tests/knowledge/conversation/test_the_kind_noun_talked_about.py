"""A kind noun in a follow-up with no pronoun ("how many companies took part in the round table?") is the latest
thing of that kind the conversation named, even when the last answer was about something else: asked what no fact
of it says, it is declined about it (not answered with another event's count), and the conversation goes on
about it (on fictional records, data/round_table.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "round_table.yaml"
FIRST = ("Who organized the Ganja Silk Round Table?", "When was the Ganja Export Agency founded?")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", ["How many companies took part in the round table?",
                                  "Dəyirmi masada neçə şirkət iştirak edib?"])
def test_the_round_table_is_the_one_talked_about(engine, then):
    """Ensure the round table's count of companies, which no fact states, is declined, and "and where was it held?"
    next is the round table's place."""
    organizers, founded, companies, place = converse(engine, *FIRST, then, "and where was it held?")
    assert organizers.facts == ("test-ganja-silk-round-table.organizers",)
    assert founded.facts == ()
    assert companies.kind is not AnswerKind.FACT and companies.facts == ()
    assert place.facts == ("test-ganja-silk-round-table.place",)
