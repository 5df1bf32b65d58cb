"""Yes/no questions: checked against the facts, answered with the fact, never from another one."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from tests.one_report import load_one_report


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("question, verdict, fact", [
    ("Was AZPROMO founded in 2010?", "No.", "azpromo.founded"),
    ("Was AZPROMO founded in 2003?", "Yes.", "azpromo.founded"),
    ("Was the conference held on April 17?", "Yes.", "china-az-investment-conference-2025.date"),
    ("Was the conference held in May?", "No.", "china-az-investment-conference-2025.date"),
    ("Did AZPROMO organize the conference?", "Yes.", "china-az-investment-conference-2025.organizers"),
    ("Была ли конференция в апреле?", "Да.", "china-az-investment-conference-2025.date"),
])
def test_a_yes_no_question_is_checked_against_the_fact(engine, question, verdict, fact):
    """Ensure the stated year, month or organizer is checked: yes or no, then the fact itself."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == fact
    assert answer.body.startswith(verdict), answer.body


def test_a_named_thing_in_another_role_is_answered_with_that_role(engine):
    """Ensure "Did the Beijing commission organize it?" says it supported it, not a bare yes or no."""
    answer = engine.ask("Did the Beijing Municipal Commission of Development and Reform organize the conference?")
    assert answer.answered
    assert answer.facts[0] == "china-az-investment-conference-2025.supporters"
    assert not answer.body.startswith(("Yes", "No")), answer.body


def test_a_question_word_makes_it_no_yes_no_question(engine):
    """Ensure "Can you confirm which ... and which ...?" is answered as the wh-question it is."""
    answer = engine.ask("Can you confirm which organisations jointly organised the conference?")
    assert answer.answered
    assert not answer.body.startswith(("Yes", "No")), answer.body


@pytest.fixture(scope="module")
def shipped() -> Engine:
    from knowledge.facts.loader import load_shipped
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("question, verdict", [
    ("Was the conference held on April 17?", "Yes."),
    ("Was the conference held on April 18?", "No."),
])
def test_a_date_reported_by_several_sources_is_checked(shipped, question, verdict):
    """Ensure a yes/no question about a date that other sources corroborate (their citations carry no
    value of their own) is checked against it, not failed."""
    answer = shipped.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] == "china-az-investment-conference-2025.date"
    assert answer.body.startswith(verdict), answer.body
