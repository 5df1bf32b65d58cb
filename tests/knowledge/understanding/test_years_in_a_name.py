"""A statistic with no period of its own covers the years its name says ("Freight trains ..., 2025"): a question
stating another year asks of a figure the facts do not hold, though that year is the one its change is compared to
(a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "years_in_a_name.yaml"
TRAINS = "test-lankaran-freight-trains-2025"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["How many freight trains ran between Lankaran and Urumqi in 2024?",
                                      "Lankaran–Urumqi freight trains in 2023?"])
def test_another_year_than_the_name_says_is_declined(engine, question):
    """Ensure a year the name does not say is not answered with the figure of the year it says."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question, answering", [
    ("How many freight trains ran between Lankaran and Urumqi in 2025?", f"{TRAINS}.value"),
    ("How many freight trains ran between Lankaran and Urumqi?", f"{TRAINS}.value"),
    ("How much did Lankaran–Urumqi freight trains grow in 2025 compared with 2024?", f"{TRAINS}.change"),
])
def test_the_year_the_name_says_still_answers(engine, question, answering):
    """Ensure the year the name says, no year, or a change against the year compared to, is answered."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (answering,)
