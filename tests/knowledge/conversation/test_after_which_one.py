"""After a question answered with "which one do you mean?" ("Who did Elnur Qasimzade meet?", of his two meetings),
the conversation is about the thing it named: a follow-up is read about him (which meeting, when the follow-up
says it), never about some other record the question alone would reach (on fictional records,
data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
WHO = "Who did Elnur Qasimzade meet?"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", ["what did they discuss?", "Что они обсуждали?"])
def test_what_they_discussed_is_not_another_meetings(engine, then):
    """Ensure "what did they discuss?" after "which one?" about his two meetings asks again which one, and is never
    the one report's meeting (what "what did they discuss?" alone is about)."""
    which, discussed = converse(engine, WHO, then)
    assert which.kind is not AnswerKind.FACT and which.facts == ()
    assert discussed.kind is not AnswerKind.FACT and discussed.facts == ()


@pytest.mark.parametrize("then, fact", [
    ("who did he meet in Ganja?", "test-qasimzade-li-meeting.participants"),
    ("Где он встретился с Li Wenbo?", "test-qasimzade-li-meeting.place"),
])
def test_a_follow_up_that_says_which_is_that_meeting(engine, then, fact):
    """Ensure a follow-up saying which of his meetings ("in Ganja", "with Li Wenbo") is answered about him: that one."""
    _, answer = converse(engine, WHO, then)
    assert answer.facts == (fact,)


def test_then_the_conversation_is_about_that_meeting(engine):
    """Ensure "what did they discuss?" after the Ganja meeting's participants is what that meeting discussed."""
    *_, discussed = converse(engine, WHO, "who did he meet in Ganja?", "what did they discuss?")
    assert discussed.facts == ("test-qasimzade-li-meeting.discussed",)
