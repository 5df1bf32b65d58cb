"""A count of people is asked in people ("how many people will the plant employ?", "neçə nəfər"), though
"how many people" is a phrase of what facts must state: the count's own attribute states it, on records
nobody tuned for (a fictional fixture); a thing that counts no people still lacks it."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "people_counts.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("How many people will the Quba juice plant employ?", "test-quba-juice-plant.jobs"),
    ("How many participants attended the Quba Apple Fair?", "test-quba-apple-fair-2026.participants_count"),
    ("How many people were in the Yunxi County delegation?", "test-yunxi-delegation-visit-2026.delegation_size"),
    ("Quba Apple Fair-də neçə iştirakçı olub?", "test-quba-apple-fair-2026.participants_count"),
])
def test_a_count_of_people_is_asked_in_people(engine, question, fact):
    """Ensure "how many people" of a thing with a count of people is answered with that count."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_words_of_one_count_pick_it_among_the_counts_asked(engine):
    """Ensure "how many participants" of a fair that counts participants and companies is its participants."""
    answer = engine.ask("How many participants were at the Quba Apple Fair?")
    assert answer.facts == ("test-quba-apple-fair-2026.participants_count",)


def test_a_thing_that_counts_no_people_still_lacks_them(engine):
    """Ensure "how many people" of a company whose facts count no people is declined, not its founding year."""
    answer = engine.ask("How many people work for Quba Orchards Company?")
    assert not answer.answered, answer.text
