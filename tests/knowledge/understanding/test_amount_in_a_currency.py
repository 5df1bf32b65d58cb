"""An amount asked in another currency is the same amount stated in it: of the same attribute, said beside the
amount it converts, or a figure named for it; never another amount of the thing in that currency. Asked of the
one report beside a fictional plant whose investment is in dollars, with its conversion to manats and its
expected exports in manats."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "placed_plant.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_an_amount_in_another_currency_is_its_conversion_not_another_amount(engine):
    """Ensure the plant's cost in manats is the investment's conversion (127.5 million manats, said beside the
    $75 million), not its expected exports, the first amount in manats it states."""
    answer = engine.ask("How much will the LRC cable plant cost in manats?")
    assert answer.facts == ("test-lrc-cable-plant.figure:investment_in_manats",), answer.text


def test_the_amount_in_its_own_currency_still_answers(engine):
    """Ensure the cost asked without a currency is the investment in dollars."""
    assert engine.ask("How much will the LRC cable plant cost?").facts == ("test-lrc-cable-plant.investment",)
