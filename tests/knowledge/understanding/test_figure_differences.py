"""How much a figure changed in its own unit is worked out from two statistics of the base: the figure whose
change is stated against a period, and the figure of the same kind between the same sides for that period
("A.difference:B"); without such an earlier figure the change is answered as stated (a fictional fixture,
records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "figure_differences.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "By how much did Yunnan's exports to Azerbaijan grow in January–June 2026 compared with a year earlier?",
    "By how many dollars did Yunnan's exports to Azerbaijan in January–June 2026 exceed the year before?",
])
def test_change_with_the_earlier_figure_is_the_difference(engine, question):
    """Ensure a change asked of a figure whose earlier figure the base holds is answered with both figures and
    their difference, beside the stated percentage."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-yunnan-exports-2026.difference:test-yunnan-exports-2025",)
    assert "$18 million" in answer.body and "$64 million" in answer.body and "28%" in answer.body


@pytest.mark.parametrize("question, fact", [
    ("By how much did hotel nights of Chinese visitors in Lankaran grow in 2026?",
     "test-lankaran-hotel-nights-2026.change"),  # (no earlier figure)
    ("By how much did imports of Yunnan tea to Azerbaijan grow?",
     "test-yunnan-tea-imports-2026.change"),  # (the earlier figure is another source's)
])
def test_change_without_the_sources_earlier_figure_is_as_stated(engine, question, fact):
    """Ensure a change asked of a figure whose earlier figure the base lacks, or holds only from another
    source, is answered as stated (the percentage), not with a difference of two sources' figures."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_yes_no_about_a_change_is_no_difference(engine):
    """Ensure a yes/no question about a change is not turned into the difference of two figures."""
    answer = engine.ask("Did Yunnan's exports to Azerbaijan grow in January–June 2026?")
    assert not any(".difference:" in f for f in answer.facts), answer.facts
