""""这条走廊" (this corridor): a Chinese demonstrative before a classifier and a kind noun refers by the kind noun, as
"that ministry" does: after the trains that used a route, "这条走廊全长多少公里？" (how long is this corridor?) is
about the route, never answered with its trains; "2026年有多少列班列经过这条走廊？" is the record about it that counts
them (fictional records, data/route_trains.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "route_trains.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_this_corridor_is_the_route_not_its_trains(engine):
    """Ensure the corridor's length, which no fact states, is not answered with the trains talked about."""
    _, trains, length = converse(engine, "Tell me about the Kura-Araz Rail Route", "How many trains used it in 2026?",
                                 "这条走廊全长多少公里？")
    assert trains.facts == ("test-kura-araz-trains-2026.value",)
    assert length.facts == ()
    assert "417" not in length.text


def test_the_trains_of_this_corridor_are_the_record_about_it(engine):
    """Ensure "how many trains used this corridor in 2026?" is the record about the route talked about."""
    _, trains = converse(engine, "Tell me about the Kura-Araz Rail Route", "2026年有多少列班列经过这条走廊？")
    assert trains.facts == ("test-kura-araz-trains-2026.value",)
