"""A follow-up that names a thing, however loosely, and then says "its" ("And the Aral ferry project - what is
its capacity?"): "its" is the thing it names, not the one talked about before. On the fictional fixture
understanding/data/names_in_other_languages.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "names_in_other_languages.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_its_after_a_thing_named_in_the_question_is_that_thing(engine):
    """Ensure "And the Aral ferry project - what is its capacity?" after the forum's date is the terminal's
    capacity, not a profile of the forum talked about."""
    _, answer = converse(engine, "When was the Gilan Wind and Grid Forum held?",
                         "And the Aral ferry project - what is its capacity?")
    assert answer.facts == ("test-aral-ferry-terminal.capacity",), answer.text
