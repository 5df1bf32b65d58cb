""""Who …?" asks someone: a fact that gives only a number or a date and names no one does not answer it ("who
runs the tile plant with a capacity of 45,000 pallets a day?" is not its capacity), while a fact that names
someone still does (on fictional records: data/measured_plant.yaml and data/about_records.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(DATA / "measured_plant.yaml", DATA / "about_records.yaml")


@pytest.mark.parametrize("question", [
    "Who runs the Lerik Ceramic Tile Plant with a capacity of 45,000 pallets a day?",
    "Who operates the Lerik Ceramic Tile Plant, with its 320 jobs?",
])
def test_who_is_not_answered_with_a_figure(engine, question):
    """Ensure a "who" question about a plant whose facts name no one is declined, not answered with a figure."""
    answer = engine.ask(question)
    assert not answer.answered
    assert not answer.facts


@pytest.mark.parametrize("question", [
    "What is the capacity of the Lerik Ceramic Tile Plant?",
    "Who is building the glass plant in Gazakh?",
])
def test_a_fact_that_answers_still_answers(engine, question):
    """Ensure the figure asked without "who", and the developer asked with it, are still answered."""
    answer = engine.ask(question)
    assert answer.facts in (("test-lerik-tile-plant.capacity",), ("test-alder-glass-plant.developer",))
