"""What "how many" counts (Matcher.counts_what_it_lacks): a count of things no cue or name explains and none of
the answering fact's subject says ("neçə *dişli*", how many gears) is of something the facts do not count, and is
declined, never answered with another count (its factories). On the fictional fixture data/counted_things.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "counted_things.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Qilin Gearworks zavodu indiyədək neçə dişli istehsal edib?",
    "Qilin Gearworks fabriki neçə reduktor istehsal edib?",
])
def test_a_count_of_what_no_fact_counts_is_declined(engine, question):
    """Ensure the count of the company's factories does not answer how many gears or gearboxes it has made."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
    assert "test-qgw-factories.value" not in answer.facts


@pytest.mark.parametrize("question, fact", [
    ("Qilin Gearworks neçə fabrik idarə edir?", "test-qgw-factories.value"),
    ("How many factories does Qilin Gearworks operate?", "test-qgw-factories.value"),
    ("How many permanent jobs will the Qilin Gearworks plant in Ganja create?", "test-qgw-ganja-plant.jobs"),
])
def test_a_count_of_what_it_counts_is_answered(engine, question, fact):
    """Ensure a count said in its own words (factories), or qualified before them ("permanent jobs"), answers."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
