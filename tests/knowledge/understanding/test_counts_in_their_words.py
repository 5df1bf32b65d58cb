"""A count asked in a word the language files say it in (`said_in`: "work", "staff" of jobs), with no cue of its
own ("how many people will work at the hub?"), is asked for (a fictional fixture: two_projects_compared.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_projects_compared.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize(("question", "fact"), [
    ("How many people will work at the Salyan Rail Freight Hub?", "test-salyan-freight-hub.jobs"),
    ("How many staff will the Orsk tile plant have?", "test-orsk-tile-plant.jobs"),
])
def test_a_count_said_in_its_words_is_asked(engine, question, fact):
    """Ensure a count is answered when asked in a word it is said in."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
