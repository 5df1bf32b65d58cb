"""A thing named by its kind noun only ("the cable plant") is asked for its named figures too: "how much is the
cable plant expected to export a year?" asks its expected exports (the figure's name said), not its investment,
which "how much" fits as well; "how much" asks an amount of any figure whose name the question says, as "how many"
does. What no figure's name says ("how much will it cost?") is still its investment. Asked of the fictional plant
of data/placed_plant.yaml, on top of the shipped facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "placed_plant.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("How much is the cable plant expected to export a year?", "test-lrc-cable-plant.figure:expected_annual_exports"),
    ("How much will the cable plant cost?", "test-lrc-cable-plant.investment"),
])
def test_a_figure_named_by_the_question_answers_of_a_kind_noun(engine, question, fact):
    """Ensure the plant reached by its kind noun answers its expected exports when asked them, its investment else."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    if "export" in question:
        assert "40 million" in answer.body or "40,000,000" in answer.body, answer.body
