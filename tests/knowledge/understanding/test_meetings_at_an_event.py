"""A meeting held at a named event, asked through one who took part in it (Scorer.parts_named): "Who did Kamran
Safarov meet during the Sheki Silk Crafts Forum?" is the talks he held at the forum, not the forum's own
participants (among whom he is). On the fictional fixture data/meetings_at_an_event.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "meetings_at_an_event.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Who did Kamran Safarov meet during the Sheki Silk Crafts Forum?",
    "Who did Kamran Safarov meet at the Sheki Silk Crafts Forum?",
])
def test_who_one_met_at_an_event_is_the_meeting_held_at_it(engine, question):
    """Ensure the talks held at the forum by the person named answer, not the forum's participants."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-safarov-tang-talks.participants",)


def test_who_took_part_in_the_event_is_still_its_participants(engine):
    """Ensure a question about the event's own participants, naming no one, is answered with them."""
    answer = engine.ask("Who took part in the Sheki Silk Crafts Forum?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-silk-crafts-forum.participants",)
