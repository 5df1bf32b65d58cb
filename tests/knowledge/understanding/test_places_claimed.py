"""A yes/no question saying where a thing is or was held ("Was the forum held in Baku?", "Will the plant be built in
Shamakhi?") asks its place, to check the place said against it: "No." and where it is when its place does not say
it, "Yes." when it does. A place that names the thing ("the Ganja forum"), or a question asking something else of it
("Did the union organize the forum in Ganja?"), is no such claim. A fictional fixture: a forum held in Ganja and a
plant in Shamakhi."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "places_claimed.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, verdict, place", [
    ("Was the Caspian Hazelnut Investment Forum held in Baku?", "test-hazelnut-forum-2026.place", "No.", "Ganja"),
    ("Was the Caspian Hazelnut Investment Forum held in Ganja?", "test-hazelnut-forum-2026.place", "Yes.", "Ganja"),
    ("Will the Caspian Hazelnut Union processing plant be built in Baku?", "test-hazelnut-plant.place", "No.",
     "Shamakhi"),
    ("Will the Caspian Hazelnut Union processing plant be built in Shamakhi?", "test-hazelnut-plant.place", "Yes.",
     "Shamakhi"),
])
def test_a_place_said_is_checked_against_the_things_place(engine, question, fact, verdict, place):
    """Ensure the place a yes/no question says is answered yes or no by the thing's own place, which is given."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == fact
    assert answer.body.startswith(verdict) and place in answer.body


def test_a_place_beside_another_claim_is_not_the_claim(engine):
    """Ensure "Did the union organize the forum in Ganja?" is checked against its organizers, not its place."""
    answer = engine.ask("Did the Caspian Hazelnut Growers Union organize the Caspian Hazelnut Investment Forum in Ganja?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "test-hazelnut-forum-2026.organizers"
