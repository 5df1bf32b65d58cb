"""A word the facts say only negated ("non-energy exports": text.tokens keeps "non-energy" one word) asked of
them ("Which energy projects does CCXO promote?", "Which Azerbaijani energy company signed the memorandum?") asks
of what they say is not so: declined, or "No" to a yes/no question (doubts.says_what_it_negates). The negated
word itself still meets them. A fictional fixture: an export office of the non-energy sector and its memorandum."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.text import tokens
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "negated_sector.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_hyphened_non_makes_one_word():
    """Ensure "non-energy" is one token, which is not "energy"."""
    assert tokens("non-energy exports, Non-Oil") == ["nonenergy", "exports", "nonoil"]


@pytest.mark.parametrize("question", [
    "Which energy projects does CCXO promote?",
    "Which Azerbaijani energy company signed the memorandum with Ningbo Crafts Trading?",
])
def test_a_word_the_facts_negate_is_declined(engine, question):
    """Ensure a question saying what the facts negate is not answered from them."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_a_yes_no_question_of_the_negated_word_is_no(engine):
    """Ensure "Does CCXO promote energy exports?" is "No", with its mission."""
    answer = engine.ask("Does CCXO promote energy exports?")
    assert answer.body.startswith("No."), answer.text
    assert answer.facts == ("test-ccxo.mission",)


def test_the_negated_word_asked_is_answered(engine):
    """Ensure the mission still answers what it says ("non-energy"), with no "No"."""
    answer = engine.ask("What does CCXO promote in the non-energy sector?")
    assert answer.answered and not answer.body.startswith("No"), answer.text
    assert answer.facts == ("test-ccxo.mission",)
