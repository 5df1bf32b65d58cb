"""A place said right after a thing's name says where that thing is: "LRC's cable plant in Shirvan" is not the
plant in Sabirabad, though the agreement on it was signed at talks in Shirvan. Asked of the one report beside a
fictional plant, its investment agreement and the talks it was signed at."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "placed_plant.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["How much will LRC's cable plant in Shirvan cost?",
                                      "How much will LRC's Shirvan cable plant cost?"])
def test_a_place_the_thing_is_not_at_is_declined_though_a_related_thing_is_there(engine, question):
    """Ensure "LRC's cable plant in Shirvan" ("LRC's Shirvan cable plant") is declined, not answered with the
    Sabirabad plant's investment (its agreement was signed in Shirvan: a related thing's place is not the
    plant's)."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["How much will LRC's cable plant in Sabirabad cost?",
                                      "How much will LRC's Sabirabad cable plant cost?",
                                      "How much will LRC's cable plant in Azerbaijan cost?",
                                      "How much will the LRC cable plant cost?"])
def test_the_things_own_place_or_its_country_still_answers(engine, question):
    """Ensure the plant's own place, a country (which the plant's city is in) or no place still answer."""
    assert engine.ask(question).facts == ("test-lrc-cable-plant.investment",)


def test_the_related_event_is_still_placed_where_it_was(engine):
    """Ensure the talks in Shirvan are still found by their place."""
    assert engine.ask("When were the talks in Shirvan held?").facts == ("test-cable-talks-2026.date",)


@pytest.mark.parametrize("question, fact", [
    ("Where was the agreement on the LRC cable plant signed?", "test-lrc-cable-plant-agreement.signed_at"),
    ("Where is the LRC cable plant?", "test-lrc-cable-plant.place")])
def test_a_name_inside_another_name_said_with_its_kind_word_describes_it(engine, question, fact):
    """Ensure "the agreement on the LRC cable plant" is the agreement (where it was signed), not the plant named
    inside its name (where the plant is); the plant asked alone is still the plant."""
    assert engine.ask(question).facts == (fact,)
