"""A place said right beside a kind noun ("the fair *in Aktau*", "the *Aktau* fair") says where the thing asked is:
a fair held elsewhere is not it, though its own sentences name that place (a cable to Aktau discussed at the fair in
Yevlakh). Words further on describe something else and place nothing ("the agreement between the *Changzhou*
company and ..."). Asked of a fictional fair, on top of the shipped facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "placed_fair.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["When was the fair in Aktau held?", "When was the Aktau fair held?"])
def test_a_kind_noun_placed_where_the_thing_is_not_is_declined(engine, question):
    """Ensure "the fair in Aktau" is not answered with the fair in Yevlakh, whose discussed cable runs to Aktau."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["When was the fair in Yevlakh held?", "When was the Kura Cable Fair held?",
                                      "When was the cable fair held?"])
def test_its_own_place_or_no_place_still_answers(engine, question):
    """Ensure the fair placed where it was, or not placed, is answered with its date."""
    assert engine.ask(question).facts == ("test-cable-fair-2026.date",)
