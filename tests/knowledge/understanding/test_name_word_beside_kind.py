"""A word of one thing's name beside its kind noun ("the Ganja plant") names that thing, among several of the
kind, on records nobody tuned for (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_plants.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("What is the capacity of the Ganja plant?", "test-ganja-wind.capacity"),
    ("How big is the Shirvan plant?", "test-shirvan-wind.capacity"),
])
def test_a_name_word_beside_the_kind_noun_names_that_thing(engine, question, fact):
    """Ensure "the Ganja plant" among two plants is the Ganja one, answered with its own capacity."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_kind_noun_alone_still_asks_which(engine):
    """Ensure "the plant" among two plants is still asked which one, not answered with either."""
    answer = engine.ask("What is the capacity of the plant?")
    assert not answer.answered and not answer.facts


def test_a_follow_up_naming_another_thing_of_the_kind_is_about_that_thing(engine):
    """Ensure "what about the Ganja plant?" after the Shirvan plant's capacity is the Ganja plant's, never Shirvan's."""
    first, second = converse(engine, "What is the capacity of the Shirvan Wind Power Plant?", "what about the Ganja plant?")
    assert first.facts == ("test-shirvan-wind.capacity",)
    assert second.answered, second.text
    assert second.facts == ("test-ganja-wind.capacity",)
