""""Who did he meet in Ganja?" about someone of several meetings: the one whose name or place says the question's
own words, not "which one?" (on fictional records, data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("questions, meeting", [
    (("Who is Elnur Qasimzade?", "Who did he meet in Ganja?", "What did they discuss?"), "test-qasimzade-li-meeting"),
    (("Who is Elnur Qasimzade?", "Who did he meet in Lankaran?", "What did they discuss?"), "test-qasimzade-chen-meeting"),
    (("Кто такой Elnur Qasimzade?", "С кем он встречался в Ganja?", "Что они обсуждали?"), "test-qasimzade-li-meeting"),
])
def test_a_place_word_picks_the_one_of_his_meetings(engine, questions, meeting):
    """Ensure "who did he meet in Ganja?" after a person of two meetings is the meeting in Ganja (its name and
    place say so) and "what did they discuss?" that meeting's topics; "in Lankaran" (said by its place alone) the other."""
    _, met, discussed = converse(engine, *questions)
    assert met.facts == (f"{meeting}.participants",)
    assert discussed.facts == (f"{meeting}.discussed",)


@pytest.mark.parametrize("question", ["Who did he meet?", "Who did he meet in Baku?"])
def test_words_no_meeting_says_still_ask_which(engine, question):
    """Ensure "who did he meet?" (or "in Baku", which neither meeting says) is still asked back, never one of them."""
    _, met = converse(engine, "Who is Elnur Qasimzade?", question)
    assert met.kind is AnswerKind.DECLINE and met.facts == ()
