"""The days between two things, or which came first, of records of any dated type (an event, an agreement, a
project's foundation stone) named in any way a question names them: a name said within a longer one ("TOG's
board approval"), a name said in part ("the TOG investment agreement", reported by two sources under two
names), a word of the decline list one of them states ("visit"). Two things named by the same words on other
days, or two things read into one kind noun, get no answer (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "dated_across_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, said", [
    ("Which came first: TOG's board approval of the Quba investment or the RCB loan agreement?",
     "test-tog-board-approval.came_first:test-rcb-loan-agreement", "1 day before"),
    ("How many days passed between the signing of the TOG investment agreement and the approval by TOG's board?",
     "test-tog-board-approval.days_between:test-tog-investment-agreement-a", "2 days"),
    ("How many days passed between the delegation's visit to the Quba orchard site and TOG's board approval?",
     "test-quba-delegation-visit.days_between:test-tog-board-approval", "3 days"),
    ("How many days passed between the Quba cold store and the RCB loan agreement?",
     "test-rcb-loan-agreement.days_between:test-quba-cold-store", "2 days"),
])
def test_days_between_records_of_any_dated_type(engine, question, fact, said):
    """Ensure the days between two dated records named within longer names, in part, or beside a declined
    word are answered from both their dates, each date with its source."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    assert said in answer.body
    dates = {"test-tog-board-approval": "8 May 2026", "test-rcb-loan-agreement": "9 May 2026",
             "test-tog-investment-agreement-a": "6 May 2026", "test-quba-delegation-visit": "5 May 2026",
             "test-quba-cold-store": "11 May 2026"}
    other = fact.partition(":")[2]
    assert dates[fact.partition(".")[0]] in answer.body and dates[other] in answer.body
    assert answer.sources


@pytest.mark.parametrize("question", [
    "How many days passed between the RCB agreement and TOG's board approval?",  # (the loan or the memorandum)
    "Which was signed first, the RCB loan agreement or the Quba Orchard memorandum?",
])
def test_no_days_when_a_thing_is_not_told_apart(engine, question):
    """Ensure no days-between answer is made when the words name two things dated otherwise, or one kind noun
    is read into both things."""
    answer = engine.ask(question)
    assert not any("days_between" in f or "came_first" in f for f in answer.facts), answer.text


def test_which_came_first_is_never_one_things_fact(engine):
    """Ensure "which came first" that no two dated things answer is declined, not answered with one thing's
    parties."""
    answer = engine.ask("Which was signed first, the RCB loan agreement or the TOG investment agreement?")
    assert not answer.answered, answer.text
    assert answer.facts == ()


@pytest.mark.parametrize("question, fact, said", [
    ("How many years older is TOG than RCB?", "test-tog.years_between:test-ridge-bank", "6 years"),
    ("Which was established first, RCB or TOG?", "test-tog.came_first:test-ridge-bank", "6 years before"),
])
def test_years_between_founding_years(engine, question, fact, said):
    """Ensure the years between two organizations' founding, or which was founded first, are answered from
    both founding years, each said with its year."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    assert said in answer.body
    assert "founded in 2009" in answer.body and "founded in 2015" in answer.body


def test_years_between_in_russian(engine):
    """Ensure the years between two founding years are said in the asker's language, in its plural forms."""
    answer = engine.ask("На сколько лет TOG старше RCB?", lang="ru")
    assert answer.facts == ("test-tog.years_between:test-ridge-bank",)
    assert "6 лет" in answer.body and "2009" in answer.body


@pytest.mark.parametrize("question", [
    "Which was founded first, TOG or Quba Orchard LLC?",  # (both in 2009)
    "How many years after TOG was founded was the RCB loan agreement signed?",  # (the loan or the memorandum)
])
def test_no_years_without_two_years_told_apart(engine, question):
    """Ensure no years-between answer is made for two things of the same year, nor from a party named in the
    words of a thing not told apart (the bank of "the RCB loan agreement")."""
    answer = engine.ask(question)
    assert not any("years_between" in f or "came_first" in f for f in answer.facts), answer.text
