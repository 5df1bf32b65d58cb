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


def test_change_without_the_earlier_figure_is_as_stated(engine):
    """Ensure a change asked of a figure whose earlier figure the base lacks is answered as stated (the
    percentage), not with a difference made up from another figure."""
    answer = engine.ask("By how much did hotel nights of Chinese visitors in Lankaran grow in 2026?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-lankaran-hotel-nights-2026.change",)


def test_yes_no_about_a_change_is_no_difference(engine):
    """Ensure a yes/no question about a change is not turned into the difference of two figures."""
    answer = engine.ask("Did Yunnan's exports to Azerbaijan grow in January–June 2026?")
    assert not any(".difference:" in f for f in answer.facts), answer.facts
