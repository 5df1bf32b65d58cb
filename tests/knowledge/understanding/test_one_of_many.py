"""Things named only by a kind noun that others share, and questions naming the kind of value they ask:
never answered from whichever record happens to have an attribute."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_companies.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_kind_noun_naming_several_things_is_asked_which_one(engine):
    """Ensure "the company" among two companies, only one with a founding year, is asked back, not
    answered with that one's year."""
    answer = engine.ask("When was the company founded?")
    assert not answer.answered, answer.text
    assert "2011" not in answer.body
    assert "which one" in answer.body
    assert {s.fact_id for s in answer.suggestions} >= {"test-kura-cables.founded"}


def test_the_named_one_of_several_is_answered(engine):
    """Ensure naming the company still answers with its own year."""
    answer = engine.ask("When was Kura Cable Works founded?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kura-cables.founded",)


def test_the_only_documented_thing_of_its_kind_is_the_one_meant(engine):
    """Ensure "the conference", with one conference documented by the report we hold, is answered."""
    answer = engine.ask("When was the conference held?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "china-az-investment-conference-2025.date"


@pytest.mark.parametrize("question", [
    "How much money does AZPROMO have?",
    "What is the capacity of AZPROMO?",
])
def test_a_question_naming_the_value_it_asks_is_not_answered_with_another_kind(engine, question):
    """Ensure money or capacity is never answered with a date, a count or a name."""
    answer = engine.ask(question)
    assert not answer.answered, f"{question} -> {answer.facts} {answer.body}"


def test_an_explanation_of_an_unknown_initiative_is_not_a_known_one(engine):
    """Ensure words the facts do not hold beside a kind noun ("the Belt and Road Initiative") are not
    answered with the profile of the one initiative the facts know."""
    answer = engine.ask("Explain the Belt and Road Initiative in simple words")
    assert not answer.answered, answer.text


@pytest.fixture(scope="module")
def shipped() -> Engine:
    from knowledge.facts.loader import load_shipped
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_a_person_in_several_meetings_is_asked_which_meeting(shipped):
    """Ensure "who did Abdullayev meet" with Abdullayev in two meetings (one in the report we hold) is
    asked back with both, not answered from the other meeting because its name says China."""
    answer = shipped.ask("who did abdulayev meet with in china")
    assert not answer.answered, answer.text
    assert "abdullayev-wu-meeting-2025.participants" in {s.fact_id for s in answer.suggestions}


def test_which_official_asks_for_a_person(shipped):
    """Ensure "which <org> official" asks who took part, and a bare "which" about a meeting does not."""
    answer = shipped.ask("Which NDRC official met Yusif Abdullayev?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "abdullayev-wu-meeting-2025.participants"
    other = shipped.ask("On what basis should the investment partnerships be developed, according to the meeting?")
    assert "abdullayev-wu-meeting-2025.participants" not in other.facts


def test_how_much_money_is_no_count_of_things(shipped):
    """Ensure "how much capital" is never answered with a number of companies."""
    answer = shipped.ask("How much Chinese capital has flowed into Azerbaijan so far?")
    assert "chinese-capital-companies-az.value" not in answer.facts, answer.text


@pytest.mark.parametrize("question", [
    "What is the 5 billion dollar deal signed at the conference about?",
    "Konfransda imzalanan 5 milyard dollarlıq müqavilə nə barədədir?",
])
def test_a_number_inside_another_number_is_no_number_the_facts_state(shipped, question):
    """Ensure "5 billion" is not taken as stated because the answer says "$335 million", nor because
    some record the conference involves, and the question does not name, mentions a 5."""
    answer = shipped.ask(question)
    assert not answer.answered, answer.text


def test_a_person_whose_role_leads_the_organization_is_its_head(engine):
    """Ensure "who heads X?" is answered by the person whose role says they chair X, citing that role."""
    answer = engine.ask("Who heads Kura Cable Works?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kura-cables.head",)
    assert "Elvin Karimli" in answer.body


def test_a_role_naming_another_body_makes_no_head(engine):
    """Ensure a chairman of another body who works with X is not given as X's head."""
    answer = engine.ask("Who heads Lotus Glass Group?")
    assert not answer.answered, answer.text
    assert "Wang Li" not in answer.body.split("\n")[0]


def test_two_peoples_name_words_joined_name_nobody(shipped):
    """Ensure "Wu Hongwei" (Wu of Wu Hongliang, Hongwei of Wang Hongwei) is answered about neither."""
    answer = shipped.ask("Who is Wu Hongwei?")
    assert not answer.answered, answer.text


def test_a_thing_named_by_its_own_words_is_not_the_documented_one_of_its_kind(shipped):
    """Ensure "the mutual visa exemption agreement" is not answered with the MoU we hold a text of."""
    answer = shipped.ask("When does the mutual visa exemption agreement enter into force?")
    assert "azpromo-ndrc-icc-mou-2025.date" not in answer.facts, answer.text


def test_a_person_is_not_called_it(shipped):
    """Ensure a profile of a person repeats their name rather than calling them "it"."""
    answer = shipped.ask("What do you know about Wu Hongliang?")
    assert " It " not in answer.body and not answer.body.startswith("It "), answer.body
