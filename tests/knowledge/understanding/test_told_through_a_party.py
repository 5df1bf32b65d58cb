"""A question naming a company and saying words of what an agreement it signed is for ("from when will KLS have
a reserved quay at Gilan?") is answered by that purpose, when the purpose says what is asked (a year for
"when", a number for "how many"); one that says no date is no answer to "when" (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "told_through_a_party.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "From when will KLS have a reserved quay at Gilan?",
    "How many crossings a month will KLS ferries make at the reserved quay?",
])
def test_the_purpose_of_a_partys_agreement_answers_what_it_says(engine, question):
    """Ensure the purpose of the agreement a named company signed answers what its words say."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-kls-gpt-agreement.purpose",)


def test_a_purpose_without_a_date_is_no_answer_to_when(engine):
    """Ensure "when" is not answered by a purpose that says no year (the crew training memorandum's)."""
    answer = engine.ask("When will KLS train ferry crews?")
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_the_companys_own_fact_still_answers(engine):
    """Ensure what the company's own fact answers is not taken by its agreement's text."""
    answer = engine.ask("When was KLS founded?")
    assert answer.facts == ("test-kls.founded",)
