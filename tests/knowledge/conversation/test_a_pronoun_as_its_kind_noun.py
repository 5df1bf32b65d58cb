"""A pronoun stands where the record's kind noun would: "where was it?" of a meeting is read as "where was the
meeting?", which the event it was part of answers (on fictional records, data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
MEETING = "test-rahimova-zhou-meeting"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("questions", [
    ("Who took part in the meeting of Nigar Rahimova and Zhou Ping?", "What did they discuss?", "Where was it?"),
    ("Кто такая Nigar Rahimova?", "С кем она встречалась на форуме?", "Что они обсуждали?", "Где это было?"),
    ("Nigar Rahimova kimdir?", "O, forumda kimlə görüşüb?", "Onlar nəyi müzakirə ediblər?", "Bu harada olub?"),
    ("Nigar Rahimova是谁？", "她和谁会面了？", "他们讨论了什么？", "在哪里？"),
])
def test_where_was_it_of_a_meeting_is_the_event_it_was_part_of(engine, questions):
    """Ensure "where was it?" after a meeting with no place of its own is answered with the forum the meeting took
    place during (its part_of fact), as "where was the meeting?" is, in all four languages."""
    *_, discussed, where = converse(engine, *questions)
    assert discussed.facts == (f"{MEETING}.discussed",)
    assert where.facts == (f"{MEETING}.part_of",)
    assert "Sumgait Green Industry Forum" in where.text


def test_a_word_nothing_explains_still_keeps_the_kind_noun_out(engine):
    """Ensure "А где она живёт?" (where does she live) after the meeting is not read as "where was the meeting?":
    a word of its own that nothing explains leaves it declined, never answered with the forum."""
    *_, lives = converse(engine, "Кто такая Nigar Rahimova?", "С кем она встречалась на форуме?", "Что они обсуждали?",
                         "А где она живёт?")
    assert lives.kind is AnswerKind.DECLINE and lives.facts == ()
