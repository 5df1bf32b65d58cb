"""Follow-ups whose own words say what they are about: a kind noun right before the value asked ("what's the plant's
capacity?") is the thing of that kind talked about; a kind noun of a thing talked about whose fact is unknown is
declined about it, never answered with another thing of that kind; "now" is no word a fact must explain; a pronoun
after a thing the question names itself, however weakly, stands for that thing, and the next follow-up too, as
"what about <a thing named in part>?" is about that thing; on fictional records (data/named_in_the_follow_up.yaml,
../understanding/data/overview_named_in_part.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.conversation.kinds import referring_kinds
from knowledge.engine import Engine
from knowledge.understanding.analysis import analyse
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "named_in_the_follow_up.yaml"
OVERVIEW = Path(__file__).parents[1] / "understanding" / "data" / "overview_named_in_part.yaml"
PLANT = "test-qaradag-sun"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_the_plants_capacity_is_the_plant_talked_about(engine):
    """Ensure "what's the plant's capacity?" after the tender for the plant and its supporter is the plant's
    capacity (the one plant linked with a thing talked about), not "which plant?"."""
    *_, answer = converse(engine, "Who won the Qaradag Solar Tender?", "who supported it?",
                          "what's the plant's capacity?")
    assert answer.facts == (f"{PLANT}.capacity",)


@pytest.mark.parametrize("question", ["what's the plant's capacity?", "what is the plant's capacity?"])
def test_a_kind_noun_before_the_value_asked_is_whose_value_it_is(engine, question):
    """Ensure a kind noun right before a kind of value's word ("the plant's capacity") says whose value is asked:
    it refers to a plant (referring_kinds), it does not ask which plant (asked_things), as "which plant" does."""
    a = analyse(question, engine._responder.index, lang="en")
    assert not a.asked_things
    assert PLANT in referring_kinds(a)
    which = analyse("which plant has a capacity of 80 MW?", engine._responder.index, lang="en")
    assert which.asked_things and PLANT not in referring_kinds(which)


def test_an_unknown_attendance_of_the_forum_talked_about_is_declined_about_it(engine):
    """Ensure "how many delegates attended the forum?" after the Ganja forum's date is declined about that forum,
    never answered with the participants of the shipped report's conference."""
    date, attended = converse(engine, "When was the Ganja Business Forum held?", "how many delegates attended the forum?")
    assert date.facts == ("test-ganja-forum.date",)
    assert attended.kind is AnswerKind.DECLINE and attended.facts == ()
    assert "Ganja Business Forum" in attended.body


def test_what_the_meeting_was_part_of_is_the_event_it_was_held_at(engine):
    """Ensure "what was the meeting part of?" after the meeting's date is the event it was part of (an event's
    "part of" asks its part_of, as an organization's asks its parent)."""
    _, answer = converse(engine, "When did Elvin Rzayev and Wang Lin meet?", "what was the meeting part of?")
    assert answer.facts == ("test-rzayev-wang-meeting.part_of",)


def test_now_before_a_thing_named_asks_nothing(engine):
    """Ensure "ok, now the Ural Corridor: how many trains ran on it in 2025?" after another thing is the
    route's train count of 2025 ("now" is no word a fact must say)."""
    *_, answer = converse(engine, "Who is developing the Qaradag Solar Power Station?",
                          "ok, now the Ural Corridor: how many trains ran on it in 2025?")
    assert answer.facts == ("test-steppe-trains-2025.value",)
    assert "now" not in analyse("now, how many trains ran on the Ural Corridor in 2025?", engine._responder.index,
                                lang="en").residual


@pytest.mark.parametrize("named, then", [
    ("What about the floating plant on Lake Testkol - how big is its storage?", "who developed it?"),
    ("Different project: the floating solar plant on Lake Testkol. How much battery storage will it have?",
     "tell me more about it"),
    ("А что насчёт плавучей солнечной электростанции на озере Тесткол — какая у неё мощность?", "А кто её строит?"),
])
def test_a_pronoun_after_a_thing_the_question_names_is_not_the_last_one(engine, named, then):
    """Ensure a pronoun after a thing the question names itself ("the floating plant on Lake Testkol ... its
    storage") is not the plant talked about before: the question is declined (its storage is no fact), and the next
    one's "it" is never answered with the Qaradag plant's facts, only, if at all, with the Testkol plant's (named in
    part: partial_names.py)."""
    first, asked, after = converse(engine, "What is the capacity of the Qaradag Solar Power Station?", named, then)
    assert first.facts == (f"{PLANT}.capacity",)
    assert not any(f.startswith(PLANT) for f in asked.facts + after.facts)
    assert asked.kind is not AnswerKind.FACT
    assert all(f.startswith("test-testkol-floating-solar.") for f in after.facts), after.text


def test_what_about_a_thing_named_in_part_is_never_the_last_thing_asked_again():
    """Ensure "what about the floating solar plant on Lake Mingachevir, what capacity?" after the Imishli-Saatli
    wind project's capacity is about what it names (the plant, named in part, not the agreement on it), never
    answered with the wind project's capacity again."""
    first, then = converse(engine_with(OVERVIEW), "What is the capacity of the Imishli-Saatli wind project?",
                           "what about the floating solar plant on Lake Mingachevir, what capacity?")
    assert first.facts == ("test-imishli-saatli-wind.capacity",)
    assert then.facts == ("test-mingachevir-floating-solar.capacity",), then.text
