"""Follow-ups whose reading is a guess are declined, not answered from the thing talked about (on fictional
records, data/followups.yaml): a question word beside a word of the question's own that nothing explains, and a
pronoun that may stand for a person no fact answers as well as for the thing that would answer."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
FORUM = "test-sumgait-forum"
MEETING = "test-rahimova-zhou-meeting"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("questions", [
    ("Where was the Sumgait Green Industry Forum held?", "Where does it live?"),
    ("Где прошёл Sumgait Green Industry Forum?", "А где она живёт?"),
    ("Sumgait Green Industry Forum harada keçirilib?", "O harada yaşayır?"),
])
def test_a_question_word_beside_a_word_nothing_explains_is_not_the_place_again(engine, questions):
    """Ensure "where does it/she live?" after the forum's place is declined, not answered with where the forum
    was held: "live" is a word of its own that no attribute explains, so "where" alone is not what it asks."""
    held, lives = converse(engine, *questions)
    assert held.facts == (f"{FORUM}.place",)
    assert lives.kind is AnswerKind.DECLINE and lives.facts == ()


def test_a_question_word_with_words_that_ask_is_still_answered(engine):
    """Ensure a follow-up whose own words ask an attribute ("when was it held?") is still answered about the forum."""
    _, when = converse(engine, "Where was the Sumgait Green Industry Forum held?", "When was it held?")
    assert when.facts == (f"{FORUM}.date",)


@pytest.mark.parametrize("questions", [
    ("Кто такая Nigar Rahimova?", "С кем она встречалась на форуме?", "А что они обсуждали?", "А сколько ему лет?"),
    ("Nigar Rahimova kimdir?", "O, forumda kimlə görüşüb?", "Onlar nəyi müzakirə ediblər?", "Onun neçə yaşı var?"),
])
def test_a_pronoun_that_may_be_a_person_no_fact_answers_is_declined(engine, questions):
    """Ensure "how old is he/it?" ("ему", "onun": a person or a thing) after the meeting of two people is declined:
    a person's age fits as well as the meeting's date, and no fact gives the age. Never the meeting's date."""
    *_, discussed, age = converse(engine, *questions)
    assert discussed.facts == (f"{MEETING}.discussed",)
    assert age.kind is AnswerKind.DECLINE and age.facts == ()


def test_a_pronoun_whose_person_cannot_fit_is_still_the_thing(engine):
    """Ensure "когда она прошла?" (when did it take place) after the meeting is still its date: no person's
    attribute is asked, so the pronoun can only be the meeting."""
    *_, when = converse(engine, "Кто такая Nigar Rahimova?", "С кем она встречалась на форуме?", "Когда она прошла?")
    assert when.facts == (f"{MEETING}.date",)
