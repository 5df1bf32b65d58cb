"""A decline comes from what the question asks and the facts lack: words of what facts may hold (a phone
number, a fund, a visit) decline a question only about a record whose facts do not state them."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "words_of_new_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("When was the Silk Road Fund founded?", "test-silk-road-fund.founded"),
    ("Where is the Silk Road Fund based?", "test-silk-road-fund.based_in"),
    ("When did the Tengri Foods delegation visit the Sumgait Chemical Park?", "test-sumgait-visit.date"),
    ("Where was the Tengri Foods delegation visit?", "test-sumgait-visit.place"),
    ("When did Tengri Foods open its office in Ganja?", "test-tengri-opening.date"),
])
def test_a_record_that_states_the_word_is_answered(engine, question, fact):
    """Ensure a record an admin adds whose name or kind says "fund", "visit" or "opening" answers questions about it."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", [
    "What is the Silk Road Fund's phone number?",
    "What is the website of Tengri Foods?",
    "What is the budget of the Silk Road Fund?",
    "What is the phone number of the Tengri Foods office in Ganja?",
])
def test_what_no_fact_of_the_record_states_is_declined(engine, question):
    """Ensure an attribute none of the record's facts states is declined, never answered from another fact."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_a_place_the_subject_is_not_at_is_declined(engine):
    """Ensure a question placing the thing where its facts do not ("the visit to Ganja") is not answered by it."""
    answer = engine.ask("When did the Tengri Foods delegation visit Ganja?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question, fact", [
    ("When is the next Sumgait Chemical Industry Forum?", "test-sumgait-chemical-forum.date"),
    ("Where will the upcoming Sumgait Chemical Industry Forum be held?", "test-sumgait-chemical-forum.place"),
])
def test_next_is_answered_by_a_date_to_come(engine, question, fact):
    """Ensure "next", "upcoming" are answered by a record whose date is to come (planned, expected)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", [
    "When is the next Tengri Foods delegation visit to the Sumgait Chemical Park?",
    "When will the next opening of the Tengri Foods office in Ganja be held?",
    "What did the Tengri Foods delegation visit yesterday?",
])
def test_next_or_yesterday_is_declined_when_the_dates_say_otherwise(engine, question):
    """Ensure a question placed relative to today is not answered by a record dated otherwise (a past visit)."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", [
    "Which companies will attend the Sumgait Chemical Industry Forum?",
    "List the companies taking part in the Sumgait Chemical Industry Forum.",
])
def test_which_things_is_not_answered_by_a_number(engine, question):
    """Ensure a question asking which things (or a list of them) is not answered by how many there are."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text


def test_how_many_is_still_answered_by_the_number(engine):
    """Ensure the count itself stays askable."""
    answer = engine.ask("How many companies will take part in the Sumgait Chemical Industry Forum?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-sumgait-chemical-forum.companies",)
