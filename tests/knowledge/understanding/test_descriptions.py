"""Things described rather than named: a kind noun with a country, from the records' own facts."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_shipped, parse_records

BANKS = """
sources:
  - {id: test-bank-news, publisher: Test Bank News, place: Baku, published: 2026-03-01}
organizations:
  - id: test-silk-bank
    name: Silk Test Bank
    kind: bank
    country: {value: China, source: test-bank-news, quote: "Silk Test Bank of China signed the loan."}
    founded: {value: 2011, source: test-bank-news, quote: "The bank was founded in 2011."}
  - id: test-caspian-bank
    name: Caspian Test Bank
    kind: bank
    country: {value: Azerbaijan, source: test-bank-news, quote: "Caspian Test Bank of Azerbaijan joined it."}
    founded: {value: 1996, source: test-bank-news, quote: "Caspian Test Bank dates from 1996."}
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    records = list(load_shipped()) + parse_records(BANKS, origin="banks")
    return Engine(FactBase.build(records, origin="test"), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("question, fact", [
    ("When was the Chinese bank founded?", "test-silk-bank.founded"),
    ("When was the Azerbaijani bank founded?", "test-caspian-bank.founded"),
    ("When was the Azerbaijani agency founded?", "azpromo.founded"),
])
def test_a_kind_with_a_country_names_the_thing_of_that_country(engine, question, fact):
    """Ensure "the Chinese bank" is the bank whose facts say China, among banks of other countries."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_kind_with_another_country_is_declined(engine):
    """Ensure "the Russian bank" is declined when the banks the facts know are Chinese and Azerbaijani."""
    answer = engine.ask("When was the Russian bank founded?")
    assert not answer.answered, answer.text


def test_a_kind_alone_among_several_is_asked_which_one(engine):
    """Ensure "the bank" with two banks is asked "which one?"."""
    answer = engine.ask("When was the bank founded?")
    assert not answer.answered
    assert len(answer.suggestions) == 2
