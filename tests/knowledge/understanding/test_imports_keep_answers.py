"""Importing articles about other things of like kinds (a forum, meetings, memoranda) beside the report we
hold changes no answer about the report's own records, unless the question is truly ambiguous."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import parse_records
from tests.one_report import load_one_report

FIXTURES = Path(__file__).parents[3] / "evalsets" / "fixtures"


@pytest.fixture(scope="module")
def engine() -> Engine:
    records = list(load_one_report())
    for n in range(1, 6):  # fictional articles: a forum, a loan, a bus plant, a round table, meetings, MoUs
        path = FIXTURES / f"a{n}.yaml"
        records += parse_records(path.read_text(encoding="utf-8"), origin=str(path))
    return Engine(FactBase.build(records, origin="test"), today=lambda: dt.date(2026, 12, 2))


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


def test_the_own_kind_word_of_an_imported_record_names_it(engine):
    """Ensure "the forum" is the imported forum (reported by two articles), not the conference."""
    answer = engine.ask("When was the forum held?")
    assert answer.answered, answer.text
    assert set(answer.facts) <= {"a1-green-manufacturing-forum-2026.date", "a4-green-manufacturing-forum-2026.date"}
