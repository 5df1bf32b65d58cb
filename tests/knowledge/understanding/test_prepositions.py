"""Prepositions ("along", "across", "through") are small words like "on" and "in": they say nothing a record must
state, so a question in them is not taken for one asking what its record lacks (fictional records,
data/route_trucks.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "route_trucks.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "How many trucks traveled along the Gilan-Shirvan Freight Route in 2025?",
    "How many trucks drove through the Gilan-Shirvan Freight Route in 2025?",
])
def test_a_count_asked_with_a_preposition_is_the_statistic(engine, question):
    """Ensure the statistic named after the route answers, though the question says "along"/"through"."""
    assert engine.ask(question).facts == ("test-gilan-trucks-2025.value",)
