"""A measured value is asked by what its unit counts and by its figure's own name ("how many floor tiles a
day", "the capacity after the expansion"), on records nobody tuned for (a fictional fixture): the records
say these words, not the language files."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "measured_plant.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("How many floor tiles a day will the Lerik plant make?", "test-lerik-tile-plant.capacity"),
    ("How many pallets will the Lerik plant produce each day?", "test-lerik-tile-plant.capacity"),
    ("Lerik plant pallets of floor tiles per day", "test-lerik-tile-plant.capacity"),  # no question word: all of it
    ("What will the capacity of the Lerik plant be after the expansion?",
     "test-lerik-tile-plant.figure:capacity_after_expansion"),
])
def test_the_words_of_a_unit_or_a_figure_ask_for_it(engine, question, fact):
    """Ensure a question saying what a value's unit counts, or its figure's name, is answered with that fact."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_cue_still_wins_over_a_unit_word_of_the_subjects_own_name(engine):
    """Ensure "how many jobs will the tile plant create" is its jobs, not its capacity in tiles."""
    answer = engine.ask("How many jobs will the Lerik floor tile plant create?")
    assert answer.facts == ("test-lerik-tile-plant.jobs",)


@pytest.mark.parametrize("question", [
    "Which bank finances the Lerik plant's floor tiles?",  # which: no count is asked
    "By how many pallets a day will the Lerik plant's output grow after the expansion?",  # a change, no level
])
def test_a_unit_word_does_not_answer_another_question(engine, question):
    """Ensure a unit's word in a question asking which, or how much a value changes, is no answer by that value."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text


def test_a_figure_asked_in_its_names_words_is_no_attribute_the_record_lacks(engine):
    """Ensure "how many households will it supply?" is the figure named "households_supplied": the words of a
    figure's name are words the record's facts say, not another attribute the question asks of it."""
    answer = engine.ask("How many households will the Lerik plant supply?")
    assert answer.facts == ("test-lerik-tile-plant.figure:households_supplied",)
