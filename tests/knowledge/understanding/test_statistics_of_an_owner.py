"""A statistic whose name names its owner ("TGG's employees", "Factories operated by Tarsu") is about that owner:
a question naming the owner and saying the statistic in a word of its own asks its figure. Its period is no date
of the owner's, and a statistic named in another's name is not what that one is about (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "statistics_of_an_owner.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize(("question", "fact"), [
    ("Tarsu Glassworks Group number of employees", "test-tgg-employees.value"),
    ("How many employees does TGG have?", "test-tgg-employees.value"),
    ("How many factories does Tarsu operate?", "test-tgg-factories.value"),
    ("Tarsu factories?", "test-tgg-factories.summary"),  # (the words name it whole, its owner's name inside)
])
def test_a_statistic_named_after_its_owner_answers_through_it(engine, question, fact):
    """Ensure a statistic whose name names the company answers a question naming the company and the statistic."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_statistics_period_is_no_date_of_its_owner(engine):
    """Ensure "when" of the company (when construction of its plants starts) is not answered with the period of a
    statistic named after it."""
    answer = engine.ask("Tarsu zavodlarının tikintisi nə vaxt başlayacaq?")
    assert not answer.answered, answer.text
    assert "test-tgg-factories.period" not in answer.facts


def test_the_owners_name_and_a_year_say_no_statistic(engine):
    """Ensure the company's name and a year alone (the asked net profit not read) do not pick its revenue."""
    answer = engine.ask("TGG在2025年的净利润是多少？")
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_a_statistic_in_anothers_name_is_not_what_that_one_is_about(engine):
    """Ensure the share of trade that float glass makes up does not count as about the trade, and the trade's
    figure does not answer what float glass was worth."""
    answer = engine.ask("About how much was float glass worth in Azerbaijan-Gilan trade in 2026?")
    assert "test-az-gilan-trade-2026.value" not in answer.facts, answer.text


def test_the_companys_own_fact_still_answers(engine):
    """Ensure the company's own fact is answered as before."""
    assert engine.ask("When was TGG founded?").facts == ("test-tgg.founded",)


def test_a_statistic_named_after_its_owner_answers_in_its_measures_words(engine):
    """Ensure a question naming the company and saying what a statistic named after it measures ("employ", of
    people employed by TGG), though not the statistic's own name, is answered with its figure."""
    answer = engine.ask("How many people does Tarsu employ?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-tgg-employees.value",)


def test_a_word_a_count_is_said_in_says_the_statistic(engine):
    """Ensure a word the language files say a count of employees in ("workers", beside "employees") says the
    statistic of employees named after the company."""
    answer = engine.ask("How many workers does Tarsu have?")
    assert answer.facts == ("test-tgg-employees.value",), answer.text


@pytest.mark.parametrize("question", [
    "What are the names of the 9 projects TGG has identified for its expansion?",
    "How many people does Tarsu employ in its Gilan offices?",
])
def test_a_statistic_not_named_answers_only_its_figure_in_its_words(engine, question):
    """Ensure a statistic named after the company, not named itself, answers neither a list asked of its count nor
    a question saying more than its words."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", ["TGG headcount?", "Tarsu Glassworks Group headcount"])
def test_a_statistic_is_asked_in_a_word_said_for_what_it_counts(engine, question):
    """Ensure a word the language files say its count in ("headcount" of employees: `said_in`) asks the statistic of
    the company's employees, though it is a word a fact must state (`unknown`)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-tgg-employees.value",)


def test_a_word_no_statistic_of_it_is_said_in_is_declined(engine):
    """Ensure "TGG budget?" is not answered with a statistic of the company."""
    answer = engine.ask("TGG budget?")
    assert not answer.answered, answer.text
