""""And the other one?" asks the last question of the other of the pair the conversation is about (on fictional
records: data/followups.yaml here, and the two plants of tests/knowledge/understanding/data/two_plants.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

HERE = Path(__file__).parent
TWO_PLANTS = HERE.parent / "understanding" / "data" / "two_plants.yaml"
FOLLOWUPS = HERE / "data" / "followups.yaml"


@pytest.fixture(scope="module")
def plants() -> Engine:
    return engine_with(TWO_PLANTS)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(TWO_PLANTS, FOLLOWUPS)


@pytest.mark.parametrize("first, other", [
    ("What is the capacity of the Shirvan Wind Power Plant?", "And the other one?"),
    ("What is the capacity of the Shirvan Wind Power Plant?", "What about the other plant?"),
    ("Какова мощность Shirvan Wind Power Plant?", "А другой?"),
    ("Shirvan Wind Power Plant-ın gücü nə qədərdir?", "Bəs digəri?"),
    ("Shirvan Wind Power Plant的装机容量是多少？", "另一个呢？"),
])
def test_the_other_one_of_two_plants_is_the_other_plants_capacity(plants, first, other):
    """Ensure "and the other one?" after one of the only two wind plants' capacity is the other plant's capacity,
    never the first plant's again, in all four languages and with a kind noun ("the other plant")."""
    one, two = converse(plants, first, other)
    assert one.facts == ("test-shirvan-wind.capacity",)
    assert two.facts == ("test-ganja-wind.capacity",)


@pytest.mark.parametrize("questions", [
    ("Who took part in the meeting of Nigar Rahimova and Zhou Ping?", "What is Nigar Rahimova's role?",
     "And the other one?"),
    ("Who took part in the meeting of Nigar Rahimova and Zhou Ping?", "Nigar Rahimova-nın vəzifəsi nədir?",
     "Bəs digərinin?"),
])
def test_the_other_one_after_one_of_two_people_is_the_other_person(engine, questions):
    """Ensure "and the other one?" after one participant's role is the other participant's role (the conversation
    named the two together), not the first one's."""
    _, role, other = converse(engine, *questions)
    assert role.facts == ("test-nigar-rahimova.role",)
    assert other.facts == ("test-zhou-ping.role",)


def test_the_other_one_of_many_is_declined(engine):
    """Ensure "and the other one?" after the solar park, when the conversation named no other project and there
    are several other plants, is declined (not the park again, not any plant), and "it" is still the park after."""
    _, other, when = converse(engine, "What is the capacity of the Qobu Solar Park?", "And the other one?",
                              "When will it be completed?")
    assert other.kind is AnswerKind.DECLINE and other.facts == ()
    assert when.facts == ("test-qobu-solar.completion",)
