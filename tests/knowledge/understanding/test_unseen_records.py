"""Records nobody tuned for, imported beside the shipped ones: two reports of one thing, several
things of one kind, and numbers that only other records state."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_reports.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_two_reports_of_one_thing_that_disagree_are_both_shown(engine):
    """Ensure one forum reported twice with different figures is answered with each source's figure."""
    answer = engine.ask("How many companies took part in the Caspian Textile Investment Forum?")
    assert answer.answered, answer.text
    assert set(answer.facts) == {"daily-textile-forum.companies", "wire-textile-forum.companies"}
    assert "120" in answer.body and "140" in answer.body
    assert {s.publisher for s in answer.sources} == {"Caspian Test Daily", "Test Wire"}


def test_two_reports_of_one_thing_that_agree_are_one_answer(engine):
    """Ensure the same date from two reports is said once, citing both sources."""
    answer = engine.ask("When was the Caspian Textile Investment Forum held?")
    assert answer.answered, answer.text
    assert answer.body.count("1 May 2026") == 1
    assert {s.publisher for s in answer.sources} == {"Caspian Test Daily", "Test Wire"}


def test_several_things_of_one_kind_are_asked_which_one(engine):
    """Ensure "the forum" among several forums gets "which one?" with a choice for each, never "my sources don't say"."""
    answer = engine.ask("When was the forum held?")
    assert not answer.answered
    assert "which one" in answer.body and "don't say" not in answer.body
    assert len(answer.suggestions) >= 2


def test_a_number_only_another_record_states_is_a_false_premise(engine):
    """Ensure a year stated only by other records' sources ("trips in 2026") is not taken as AZPROMO's."""
    answer = engine.ask("How many export trips did AZPROMO make in 2026?")
    assert not answer.answered, answer.text


def test_a_question_naming_two_organizations_is_not_answered_from_any_event_they_share(engine):
    """Ensure an unexplained verb ("merge") does not turn into the date of some event both took part in."""
    answer = engine.ask("When did AZPROMO merge with the NDRC?")
    assert not answer.answered, answer.text


def test_the_report_among_several_sources_is_asked_which_one(engine):
    """Ensure "report date" with several reports in the base is not answered from one of them at random."""
    answer = engine.ask("report date")
    assert not answer.answered, answer.text
    assert len(answer.suggestions) >= 2


def test_a_like_name_with_a_word_the_facts_never_say_is_another_thing(engine):
    """Ensure "the Sumgait Textile Investment Forum" is not the Caspian one: the word beside the name is
    one no fact of that forum says."""
    answer = engine.ask("When was the Sumgait Textile Investment Forum held?")
    assert not answer.answered, answer.text
    assert "1 May 2026" not in answer.body


def test_a_name_of_a_kind_noun_and_an_unknown_word_is_unknown(engine):
    """Ensure "the World Bank" is not taken for an organizer of the conference."""
    answer = engine.ask("Why did the World Bank organise the China-Azerbaijan conference?")
    assert not answer.answered, answer.text


A5 = Path(__file__).parents[3] / "evalsets" / "fixtures" / "a5.yaml"


@pytest.fixture(scope="module")
def with_signatories() -> Engine:
    return engine_with(A5)


@pytest.mark.parametrize("question", [
    "Who signed the citrus memorandum between Qinglu Fresh Logistics and the Lankaran Citrus Union?",
    "who signed the Qinglu Fresh memorandum",
])
def test_who_signed_an_agreement_with_known_signatories_is_answered_with_them(with_signatories, question):
    """Ensure "who signed" names the people who signed, when the facts know them, not only the parties."""
    answer = with_signatories.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == "a5-qinglu-lankaran-mou.signatories"
    assert "Wang Meiyan" in answer.body


B7 = Path(__file__).parents[3] / "evalsets" / "fixtures" / "b7.yaml"


@pytest.fixture(scope="module")
def shaki() -> Engine:
    return engine_with(B7)


def test_what_a_named_person_said_is_his_statement(shaki):
    """Ensure "what did <person> say at the forum" is that person's statement, not the forum's highlights."""
    answer = shaki.ask("What did Deng Haoran say at the Shaki forum?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "b7-deng-haoran-natural-partners.said"


def test_what_an_agreement_is_about_is_its_purpose(shaki):
    """Ensure "what is the MoU between X and Y about" is answered with what it is for, not who signed it."""
    answer = shaki.ask("What does the MoU between the SRDA and the SCFEC provide for?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "b7-srda-scfec-mou.purpose"


def test_a_long_name_with_an_unknown_place_is_another_thing(shaki):
    """Ensure a question whose many capitals are a long name still sees the one word no fact says
    ("the Gabala Silk Road Investment Forum" is not the Shaki one)."""
    answer = shaki.ask("When was the Gabala Silk Road Investment Forum held?")
    assert not answer.answered, answer.text
    assert not answer.facts


def test_a_cue_word_inside_a_name_asks_nothing():
    """Ensure "Business" in "... Green Manufacturing Business Forum" does not turn "how many documents
    were signed" into how many companies took part."""
    a1 = Path(__file__).parents[3] / "evalsets" / "fixtures" / "a1.yaml"
    engine = engine_with(a1)
    answer = engine.ask("How many documents were signed at the Azerbaijan–China Green Manufacturing Business Forum?")
    assert "a1-green-manufacturing-forum-2026.companies" not in answer.facts, answer.text
