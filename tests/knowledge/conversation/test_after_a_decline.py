"""After a declined question, "it" is the thing the question was about: not a thing named only by its kind's
words (the one report's "memorandum of understanding") that other names in the question describe (fictional
records, data/followups.yaml, beside the one report)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
FIRST_FORUM = "Where was the Sumgait Green Industry Forum held?"
REPORTS_MOU = "azpromo-ndrc-icc-mou-2025"  # the one report's memorandum, aliased "memorandum of understanding"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("questions", [
    ("What is the capacity of the Qobu Solar Park?",
     "What is the memorandum of understanding signed by Heron Energy Group with the Sumgait Water Agency about?",
     "When was it signed?"),
    ("Какова мощность Qobu Solar Park?",
     "О чём меморандум о взаимопонимании, который Heron Energy Group подписала с Sumgait Water Agency?",
     "Когда его подписали?"),
    ("Qobu Solar Park的装机容量是多少？", "Heron Energy Group与Sumgait Water Agency签署的谅解备忘录是关于什么的？",
     "它是什么时候签署的？"),
])
def test_it_after_a_declined_memorandum_of_others_is_not_the_reports_memorandum(engine, questions):
    """Ensure "when was it signed?" after a declined question about a memorandum Heron signed with the water agency
    (which no record holds) is declined, never answered with the report's memorandum's date."""
    _, about, when = converse(engine, *questions)
    assert about.kind is AnswerKind.DECLINE
    assert when.kind is AnswerKind.DECLINE and when.facts == ()
    assert not any(f.startswith(REPORTS_MOU) for f in when.facts)


def test_it_after_a_declined_question_about_the_reports_memorandum_is_still_that_memorandum(engine):
    """Ensure a thing named by its kind's words whose facts involve the other thing named ("the memorandum of
    understanding signed by AZPROMO") stays what "it" is after a decline: its signing date answers."""
    _, cost, when = converse(engine, "What is the capacity of the Qobu Solar Park?",
                             "What did the memorandum of understanding signed by AZPROMO cost?", "When was it signed?")
    assert cost.kind is AnswerKind.DECLINE
    assert when.facts == (f"{REPORTS_MOU}.date",)


def test_after_an_unanswered_who_he_is_not_the_person_named(engine):
    """Ensure "what is his position?" after "Who met Nigar Rahimova in Shusha?" (no fact says) is not answered
    with her own position: "his" is the one asked for, whom the facts do not name."""
    unanswered, position = converse(engine, "Who met Nigar Rahimova in Shusha?", "what is his position?")
    assert unanswered.facts == ()
    assert "test-nigar-rahimova.role" not in position.facts
    assert not position.answered, position.text


def test_after_an_answered_who_he_is_the_one_answered(engine):
    """Ensure "what is his position?" after "Who met Nigar Rahimova at the forum?" is the position of the one met."""
    _, position = converse(engine, "Who met Nigar Rahimova at the forum?", "what is his position?")
    assert position.facts == ("test-zhou-ping.role",)


def test_after_an_unanswered_which_document_it_is_not_another_thing_talked_about(engine):
    """Ensure "when did it take place?" after "What document did Nigar Rahimova sign in Shusha?" (no fact says) is
    not answered with the forum talked about before: "it" is the document asked for, whom no fact names."""
    *_, when = converse(engine, FIRST_FORUM, "What document did Nigar Rahimova sign in Shusha?", "when did it take place?")
    assert "test-sumgait-forum.date" not in when.facts
    assert not when.answered, when.text
