""""How many trains used it in 2026?" after a rail route, in English and in the general Chinese word for trains (火车,
as well as 班列 and 列车): the one record about the route that counts its trains (fictional records,
data/route_trains.yaml)."""
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


@pytest.mark.parametrize("then", ["How many trains used it in 2026?", "2026年有多少列火车经过它？",
                                  "2026年有多少列班列经过它？"])
def test_the_trains_that_used_it_are_the_record_about_it(engine, then):
    """Ensure the trains asked after the route are the route's trains record, in each word for trains."""
    route, trains = converse(engine, "Tell me about the Kura-Araz Rail Route", then)
    assert route.facts and route.facts[0].startswith("test-kura-araz-route.")
    assert trains.facts == ("test-kura-araz-trains-2026.value",)
    assert "417" in trains.text
