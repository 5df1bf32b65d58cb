"""An imported article's records answer what is asked of them, and nothing asked of the other records: a record
nobody named or described is not chosen for being new (documented by a text we hold)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_shipped, parse_records

FIXTURES = Path(__file__).parents[3] / "evalsets" / "fixtures"


def shipped_with(*names: str) -> Engine:
    """An engine over the shipped facts and the fixture articles' records, as if an admin imported them."""
    records = list(load_shipped())
    for name in names:
        path = FIXTURES / f"{name}.yaml"
        records += parse_records(path.read_text(encoding="utf-8"), origin=str(path))
    return Engine(FactBase.build(records, origin="test"), today=lambda: dt.date(2026, 12, 2))


@pytest.fixture(scope="module")
def digital_forum():
    return shipped_with("h18", "h19")


def test_a_counted_kind_noun_points_at_no_company(digital_forum):
    """Ensure "how many companies" counts companies, not points at the one company an article documents (and so at
    the forum it took part in): the conference asked about is still the conference."""
    answer = digital_forum.ask("How many companies participated in the conference?")
    assert answer.answered, answer.text
    assert answer.facts == ("china-az-investment-conference-2025.companies",)


@pytest.fixture(scope="module")
def kura_gate():
    return shipped_with("b6", "b7")


def test_a_kind_noun_qualified_by_words_another_record_says_is_not_that_record(kura_gate):
    """Ensure "the floating solar plant on Lake Boyukshor" is not the solar panel plant an imported article documents
    (whose investment is the only one a plant's facts give): its being documented makes it no more the plant
    described, and the words describe another."""
    answer = kura_gate.ask("How much electricity will the floating solar plant on Lake Boyukshor produce a year?")
    assert not answer.answered, answer.text
    assert not any(f.startswith("b6-kura-gate-solar-panel-plant") for f in answer.facts)


def test_a_kind_noun_qualified_by_a_records_own_words_is_that_record(kura_gate):
    """Ensure "the solar panel plant" is still the imported article's solar panel plant."""
    answer = kura_gate.ask("How many jobs will the solar panel plant create?")
    assert answer.answered, answer.text
    assert answer.facts == ("b6-kura-gate-solar-panel-plant.jobs",)


@pytest.mark.parametrize("names", [("c8", "c9"), ("h18", "h19")])
def test_a_plural_kind_noun_is_not_one_documented_record(names):
    """Ensure "the participating companies" are not the one company an imported article documents (its country is no
    answer about several): the conference's companies answer, or which event is asked back."""
    answer = shipped_with(*names).ask("Were the participating companies only Chinese, or from both countries?")
    assert not any(f.endswith(".country") for f in answer.facts), answer.text

def test_one_month_is_not_a_span_of_months(kura_gate):
    """Ensure trade "in January 2026" is not answered with January–May 2026's figure, and January–May still is."""
    answer = kura_gate.ask("How much was Azerbaijan's trade with China in January 2026, in millions of US dollars?")
    assert "b6-az-china-trade-2026-01-05.value" not in answer.facts, answer.text
    answer = kura_gate.ask("What was the trade turnover between Azerbaijan and China in January–May 2026?")
    assert answer.answered, answer.text
    assert answer.facts == ("b6-az-china-trade-2026-01-05.value",)


def test_a_word_inside_a_name_said_is_not_explained_by_another_thing():
    """Ensure "Agricultural" inside "the China-Azerbaijan Agricultural Investment Promotion Conference" still tells
    another conference, though an imported statistic of agricultural exports says the word."""
    answer = shipped_with("a1", "a2", "a3", "a4", "a5").ask(
        "When was the China-Azerbaijan Agricultural Investment Promotion Conference held?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", [
    "What's the name of the conference at which AZPROMO and the NDRC signed the memorandum?",
    "Как называлась конференция, на которой подписали меморандум?",
])
def test_a_kind_noun_said_first_is_asked_not_pointed_from(kura_gate, question):
    """Ensure "the conference at which ... the memorandum" asks the conference's name when an imported conference
    makes the shipped one singled out by "the conference": it points at no memorandum said after it."""
    answer = kura_gate.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("china-az-investment-conference-2025.name",)


def test_a_kind_noun_said_after_still_points(kura_gate):
    """Ensure "the deal at the conference" is still the memorandum signed at the conference."""
    answer = kura_gate.ask("When was the deal at the conference signed?")
    assert answer.answered, answer.text
    assert answer.facts == ("azpromo-ndrc-icc-mou-2025.date",)
