""""And in 2025?" (a bare "and" with a year, no question word) after a year's figure is that figure of the year asked,
never the year talked about again (on fictional records, data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("first, then, year_then", [
    ("How much were Lankaran tea exports to China in 2024?", "And in 2025?", "2025"),
    ("How much were Lankaran tea exports to China in 2024?", "and 2025?", "2025"),
    ("Lankaran tea exports to China, 2025?", "And in 2024?", "2024"),
    ("Lankaran tea exports to China, 2024", "Bəs 2025-ci ildə?", "2025"),
    ("Lankaran tea exports to China, 2024", "那2025年呢？", "2025"),
])
def test_and_in_another_year_is_that_years_figure(engine, first, then, year_then):
    """Ensure "and in 2025?" after the 2024 tea exports is the 2025 figure (not "I only answer questions about …",
    and never the 2024 figure again), whichever year comes first."""
    year_first = "2024" if year_then == "2025" else "2025"
    one, two = converse(engine, first, then)
    assert one.facts == (f"test-tea-exports-{year_first}.value",)
    assert two.facts == (f"test-tea-exports-{year_then}.value",)
