""""How much" of a thing no fact measures ("How much electricity will the resort use a year?") gets no money figure
of the thing it is asked of: the resort's investment answers what it costs, not what it uses (a fictional fixture
beside the one report, a record nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "amounts_of_other_things.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["How much electricity will the resort use a year?",
                                      "How much water will the resort need?"])
def test_how_much_of_a_thing_no_fact_measures_gets_no_money(engine, question):
    """Ensure "how much electricity" is not answered with the resort's investment."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["How much will the resort cost?", "How much money goes into the resort?"])
def test_how_much_money_still_answers(engine, question):
    """Ensure the resort's cost is still its investment."""
    answer = engine.ask(question)
    assert answer.facts == ("test-shahdag-resort.investment",), answer.text
