"""A yes/no question whose claim is what a statement says ("Will the Shamkir tile plant be FMTG's first plant
abroad?") is answered yes with that statement, whether a company or the article says it; one whose words or numbers
claim more than the statement says is not (a fictional fixture: a tile plant and two statements about it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "claims_said.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Is the Shamkir tile plant the largest tile plant in the Caucasus?",
    "Will the Shamkir ceramic tile plant be the largest tile plant in the Caucasus?",
])
def test_a_claim_a_statement_says_is_answered_yes(engine, question):
    """Ensure the yes/no question restating what the article's statement says is answered from that statement."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0].partition(".")[0] == "test-largest-tile-plant-caucasus"
    assert "largest tile plant in the Caucasus" in answer.body


def test_a_claim_of_a_company_statement_is_answered_yes(engine):
    """Ensure a claim the company's statement makes, its name said as a question ("production base" aside), is yes."""
    answer = engine.ask("Will the Shamkir plant be FMTG's first plant abroad?")
    assert answer.answered, answer.text
    assert answer.facts[0].startswith("test-fmtg-first-plant-abroad.")
    assert answer.body.startswith("Yes")


@pytest.mark.parametrize("question", [
    "Is the Shamkir tile plant the largest tile plant in the Caucasus and Iran?",
    "Will the Shamkir tile plant be the largest tile plant in the Caucasus by 2030?",
])
def test_a_claim_beyond_the_statement_is_not_answered_yes(engine, question):
    """Ensure a word or a number the statement does not say makes no yes from it."""
    answer = engine.ask(question)
    assert not (answer.answered and answer.body.startswith("Yes")), answer.text
