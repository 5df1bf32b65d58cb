""""When will it be finished?" after an auction for a solar park and the park were both talked about: the auction's
date says none of what the question's own words ask (a completion), the park's completion does, so "it" is the
park; a question whose words the auction's facts do say ("when was it held?", "who supported it?") is still the
auction's (on fictional records, data/auction.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "auction.yaml"
FIRST = ("What is the capacity of the Shamakhi Solar Park?", "When was the auction for the Shamakhi Solar Park held?")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then, fact", [
    ("when will it be finished?", "test-shamakhi-solar.completion"),
    ("Когда его завершат?", "test-shamakhi-solar.completion"),
    ("when was it held?", "test-shamakhi-auction.date"),
    ("who supported it?", "test-shamakhi-auction.supporters"),
])
def test_it_is_the_thing_whose_fact_says_what_is_asked(engine, then, fact):
    """Ensure "it" after the park's capacity and the auction's date is the one whose fact says what is asked."""
    capacity, date, answer = converse(engine, *FIRST, then)
    assert capacity.facts == ("test-shamakhi-solar.capacity",)
    assert date.facts == ("test-shamakhi-auction.date",)
    assert answer.facts == (fact,)
