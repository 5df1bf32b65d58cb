"""An Azerbaijani follow-up naming a place with its case ending ("O, Kunmingdə kimlə görüşüb?", whom did he meet in
Kunming?) says the place: it is no unknown name, and it says which of the person's meetings is meant (on fictional
records, data/meetings_abroad.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "meetings_abroad.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then, meeting", [
    ("O, Kunmingdə kimlə görüşüb?", "test-guliyev-he-meeting"),
    ("O, Hefeidə kimlə görüşüb?", "test-guliyev-sun-meeting"),
    ("who did he meet in Hefei?", "test-guliyev-sun-meeting"),
])
def test_the_place_with_its_ending_says_which_meeting(engine, then, meeting):
    """Ensure "whom did he meet in Kunming?" after who Rasim Guliyev is, is the participants of his Kunming meeting."""
    who, met = converse(engine, "Rasim Guliyev kimdir?", then)
    assert who.facts == ("test-rasim-guliyev.summary",)
    assert met.facts == (f"{meeting}.participants",)


def test_a_place_of_none_of_his_meetings_is_not_one_of_them(engine):
    """Ensure "whom did he meet in Wuhan?" (no meeting of his there) is not answered with one of his meetings."""
    _, met = converse(engine, "Rasim Guliyev kimdir?", "O, Wuhanda kimlə görüşüb?")
    assert met.kind is not AnswerKind.FACT and met.facts == ()
