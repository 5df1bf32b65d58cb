"""A name the question says only in the words of a thing it names more clearly, and beyond them in words it asks with
("Amber Gate 自由经济区的太阳能电池板工厂投资多少？": how much is the investment in the Amber Gate zone's solar panel
plant; 投资, investment, is a word of the zone's "Investment commitments" too) is not named: the plant's investment
answers. Asked of a fictional zone, its plant and its investment commitments."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "cue_words_of_names.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_the_plants_investment_is_asked_not_the_zones_commitments(engine):
    """Ensure the plant's investment answers "how much is invested in the zone's solar panel plant" in Chinese."""
    answer = engine.ask("Amber Gate 自由经济区的太阳能电池板工厂投资多少？")
    assert answer.facts == ("test-amber-gate-solar-panel-plant.investment",), answer.text


@pytest.mark.parametrize("question", ["How much are the investment commitments in the Amber Gate Free Economic Zone?",
                                      "Amber Gate 自由经济区的投资承诺是多少？"])
def test_the_zones_commitments_are_still_asked_by_their_name(engine, question):
    """Ensure the zone's investment commitments, asked by their name, in English or Chinese, still answer."""
    answer = engine.ask(question)
    assert answer.facts == ("test-amber-gate-investment-commitments.value",), answer.text
