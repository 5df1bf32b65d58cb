"""A thing named inside a longer name the question says ("Murov Textiles" in "Murov Textiles' Baku office")
describes what the longer name names: the office is asked about, not the company (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "office_of_a_company.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Who heads Murov Textiles' Baku office?", "test-murov-baku-office.head"),
    ("Where is Murov Textiles' Baku office located?", "test-murov-baku-office.based_in"),
    ("Who heads Murov Textiles?", "test-murov-textiles.head"),
])
def test_the_longer_name_said_is_what_is_asked_about(engine, question, fact):
    """Ensure "X's Baku office" is answered from the office's facts, and "X" alone from the company's."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
