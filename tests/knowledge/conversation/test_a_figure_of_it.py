"""A follow-up asking a figure of the thing talked about in the words of the figure's name ("how many households
will it supply?" of "households_supplied") is that figure: those words are explained by it, not words of its own
that no fact says (on fictional records, ../understanding/data/measured_plant.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent.parent / "understanding" / "data" / "measured_plant.yaml"
PLANT = "test-lerik-tile-plant"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_figure_asked_in_its_names_words_after_the_plant(engine):
    """Ensure "how many households will it supply?" after the plant's jobs is its "households_supplied" figure."""
    jobs, households = converse(engine, "How many jobs will the Lerik plant create?", "how many households will it supply?")
    assert jobs.facts == (PLANT + ".jobs",)
    assert households.facts == (PLANT + ".figure:households_supplied",)


def test_words_no_figure_says_are_still_declined(engine):
    """Ensure a follow-up in words none of its figures says ("how many tonnes of coal will it burn?") is declined."""
    _, coal = converse(engine, "How many jobs will the Lerik plant create?", "how many tonnes of coal will it burn?")
    assert not coal.answered and coal.facts == (), coal.text
