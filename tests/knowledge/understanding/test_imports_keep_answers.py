"""Importing articles about other things of like kinds (a forum, meetings, memoranda) beside the report we
hold changes no answer about the report's own records, unless the question is truly ambiguous."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURES = Path(__file__).parents[3] / "evalsets" / "fixtures"


@pytest.fixture(scope="module")
def engine() -> Engine:
    # fictional articles: a forum, a loan, a bus plant, a round table, meetings, MoUs
    return engine_with(*(FIXTURES / f"a{n}.yaml" for n in range(1, 6)))


@pytest.mark.parametrize("question, fact", [
    ("How many companies participated in the conference?", "china-az-investment-conference-2025.companies"),
    ("Which organization supported the conference?", "china-az-investment-conference-2025.supporters"),
    ("conference date", "china-az-investment-conference-2025.date"),
])
def test_the_kind_word_of_one_documented_record_names_it_not_one_that_only_counts_as_that_kind(engine, question, fact):
    """Ensure "the conference" is the conference we hold a text of, not an imported forum (a forum only
    counts as a conference)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == fact


def test_an_age_at_the_conference_is_at_the_conference(engine):
    """Ensure "how old was AZPROMO when the conference took place" is not its age at the imported forum."""
    answer = engine.ask("How old was AZPROMO when the conference took place?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "azpromo.age_at:china-az-investment-conference-2025"


@pytest.mark.parametrize("question, fact", [
    ("when did the summit happen", "china-az-investment-conference-2025.date"),
    ("who put the whole event together?", "china-az-investment-conference-2025.organizers"),
])
def test_a_general_word_for_a_kind_calls_the_record_of_that_very_kind(engine, question, fact):
    """Ensure "the summit", "the event" (words for a conference) call the conference, not a forum that only
    counts as one."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == fact


def test_a_narrower_kind_word_said_of_both_is_asked_which_one(engine):
    """Ensure "the forum", which calls the imported forum by its own kind and the conference by a word for
    it, is asked back with both as choices, never answered from one of them."""
    answer = engine.ask("forum date?")
    assert not answer.answered, answer.text
    assert "which one" in answer.body
    choices = {s.fact_id for s in answer.suggestions}
    assert "china-az-investment-conference-2025.date" in choices
    assert choices & {"a1-green-manufacturing-forum-2026.date", "a4-green-manufacturing-forum-2026.date"}


@pytest.mark.parametrize("question", [
    "who signed the deal at the conference",
    "Dear bot, I'd like to know which parties entered into the memorandum at the conference.",
])
def test_the_agreement_signed_at_the_one_record_a_kind_noun_singles_out_is_answered(engine, question):
    """Ensure "the memorandum at the conference", among several imported memoranda, is the one signed at
    the conference."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == "azpromo-ndrc-icc-mou-2025.parties"


def test_several_documented_memoranda_are_asked_which_one(engine):
    """Ensure "the MoU" with several memoranda documented by texts we hold is asked back, not answered with
    "my sources don't say"."""
    answer = engine.ask("MoU signed between?")
    assert not answer.answered, answer.text
    assert "which one" in answer.body and "don't say" not in answer.body
    assert len({s.fact_id for s in answer.suggestions}) >= 2


@pytest.mark.parametrize("question", ["EXPORT TRIPS COUNT", "How many export trips has AZPROMO made?"])
def test_a_kind_word_inside_a_count_name_is_what_is_counted_not_a_record(engine, question):
    """Ensure "export trips" is the count of trips, not the imported statistic of kind "exports"."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == "made-in-azerbaijan.count:export_trips"


@pytest.mark.parametrize("question", [
    "Wu Hongliang is a deputy director general at which Chinese body?",
    "Which department of the NDRC is Wu Hongliang deputy director general of?",
])
def test_a_title_said_of_a_named_person_is_theirs_not_that_of_another_with_a_shorter_one(engine, question):
    """Ensure "Wu Hongliang ... deputy director general" is not taken to name an imported "deputy director"."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == "wu-hongliang.role"


@pytest.mark.parametrize("question, fact", [
    ("What did the participation of nearly 200 companies show, according to the meeting?",
     "abdullayev-wu-meeting-2025.highlights"),
    ("Under what initiative have 33 export trips been carried out?", "made-in-azerbaijan.count:export_trips"),
])
def test_numbers_the_question_states_point_at_the_one_whose_facts_state_them(engine, question, fact):
    """Ensure "the meeting" or "the initiative" among several imported ones is the one whose facts state
    the question's numbers ("nearly 200 companies", "33 export trips")."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == fact


def test_the_digit_of_a_word_is_no_number_the_facts_state(engine):
    """Ensure "B2B" in a question about another event's B2B meetings is no "2" that points at a fact."""
    answer = engine.ask("How many B2B meetings were held at the Urumqi round table?")
    assert "a1-forum-b2b-meetings.value" not in answer.facts, answer.text
