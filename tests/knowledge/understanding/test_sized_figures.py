"""A figure is asked by its dimension and its unit, from the schema alone: "how long" a length or a duration,
"how high" an altitude, "how large" an area, "how often" a rate per day, week or month, "in hectares" a figure in
hectares. The dimension is what the figure's unit (its first word: "hectares", "kilometres", "hours") or its name
("top_station_altitude", "crossing_time") says, through the language files' `dimensions`: no phrasing per record. A
size is never answered with a place, nor with a figure in another unit; what no figure measures is declined. Asked of
the fictional records of data/sized_figures.yaml (a ropeway, a desalination plant, a ferry line and a zone's area,
none of whose kinds or figures the shipped base has), on top of the shipped facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "sized_figures.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, said", [
    ("How long is the Shahdag summit ropeway?", "test-shahdag-ropeway.figure:ropeway_length", "3.2"),
    ("How long will the ropeway be?", "test-shahdag-ropeway.figure:ropeway_length", "3.2"),
    ("How high is the top station of the Shahdag ropeway?", "test-shahdag-ropeway.figure:top_station_altitude",
     "3,050"),
    ("How large is the site of the Shirvan desalination plant?", "test-shirvan-desalination-plant.figure:site_area",
     "16"),
    ("How many hectares will the desalination plant occupy?", "test-shirvan-desalination-plant.figure:site_area",
     "16"),
    ("How big is the desalination plant in hectares?", "test-shirvan-desalination-plant.figure:site_area", "16"),
    ("How many cubic metres a day will the desalination plant produce?", "test-shirvan-desalination-plant.capacity",
     "50,000"),
    ("How often will ferries sail on the Alat–Turkmenbashi ferry line?", "test-caspian-ferry-line.figure:sailings",
     "4"),
    ("How long does the crossing on the Alat–Turkmenbashi ferry line take?",
     "test-caspian-ferry-line.figure:crossing_time", "11"),
    ("How large is the Gusar Logistics Zone?", "test-gusar-logistics-zone-area.value", "230"),
    ("How big is the Gusar Logistics Zone in square metres?", "test-gusar-logistics-zone-area.value", "230"),
])
def test_a_figure_is_asked_by_its_dimension(engine, question, fact, said):
    """Ensure a size question is answered by the figure of its dimension, of the record asked about."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    assert said in answer.body, answer.body


def test_how_big_without_a_unit_is_still_the_capacity(engine):
    """Ensure "how big" of a plant with a capacity is its capacity; the area is asked in its own words."""
    answer = engine.ask("How big is the TWE desalination plant in Shirvan?")
    assert answer.facts == ("test-shirvan-desalination-plant.capacity",)


def test_its_own_country_still_answers(engine):
    """Ensure the country its sentence says places it there: "in Azerbaijan" is no other plant."""
    assert engine.ask("How large is the TWE desalination plant in Azerbaijan?").facts == \
        ("test-shirvan-desalination-plant.figure:site_area",)


def test_a_size_is_no_place(engine):
    """Ensure "where" of the site is the plant's place, and "how large" of it the site's area, not the place."""
    assert engine.ask("Where is the site of the Shirvan desalination plant?").facts == \
        ("test-shirvan-desalination-plant.place",)


@pytest.mark.parametrize("question", [
    "How high is the desalination plant?",            # no height of it is stated
    "How long is the desalination plant?",            # nor a length
    "How deep is the desalination plant's intake?",   # nor a depth
    "How long has TWE existed?",                      # its founding is not stated: no figure of its plant answers
    "How large is the TWE desalination plant in Kazakhstan?",  # the plant is in Shirvan: another one is asked
    "How often does the Shahdag ropeway run?",        # no rate of it is stated
    "How many jobs will the desalination plant create?",  # its jobs are not stated: no "cubic metres of water" either
])
def test_an_unstated_size_is_declined(engine, question):
    """Ensure a size no figure of the record states is declined, never answered from another figure or field."""
    answer = engine.ask(question)
    assert not answer.answered, answer.body
