"""A question that names two projects ("how many more jobs will the Orsk plant create than the Salyan hub?") asks
of the two, a comparison or a sum: one project's figure is no answer to it (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_projects_compared.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "How many more jobs will the Orsk tile plant create than the Salyan hub?",
    "What is the combined number of jobs of the Orsk tile plant and the Salyan freight hub?",
])
def test_one_projects_figure_does_not_answer_of_two(engine, question):
    """Ensure a question naming two projects is not answered with the figure of one of them."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "test-orsk-tile-plant.jobs" not in answer.facts


@pytest.mark.parametrize(("question", "fact"), [
    ("How many jobs will the Orsk tile plant create?", "test-orsk-tile-plant.jobs"),
    ("How many jobs will the Salyan Rail Freight Hub create?", "test-salyan-freight-hub.jobs"),
])
def test_each_projects_figure_still_answers(engine, question, fact):
    """Ensure a question naming one project is answered with its figure."""
    assert engine.ask(question).facts == (fact,)
