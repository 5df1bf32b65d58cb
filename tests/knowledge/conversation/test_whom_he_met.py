""""O, kimlə görüşüb?" (whom did he meet?) after an answer about a person who took part in a meeting is about that
person's meeting, not about an auction the conversation named before (on fictional records,
../understanding/data/multilingual_auctions.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent.parent / "understanding" / "data" / "multilingual_auctions.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_he_is_the_person_the_last_answer_was_about(engine):
    """Ensure "O, kimlə görüşüb?" after "Bəs Gao Lin kimdir?" (and an auction before) is Gao Lin's meeting."""
    auction, person, met = converse(engine, "Zirva Günəş Elektrik Stansiyasının hərracını kim qazanıb?",
                                    "Bəs Gao Lin kimdir?", "O, kimlə görüşüb?")
    assert auction.facts == ("test-zirva-auction.outcome",)
    assert person.facts == ("test-gao-lin.summary",)
    assert met.facts == ("test-novruzov-gao-meeting.participants",), met.text
