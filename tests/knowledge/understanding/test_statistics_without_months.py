"""A statistic whose name says its part of a year ("..., second quarter of 2026") is named by the rest of its
name and its year when the question says the part in words of its own ("q2 2026"); the year must be said,
and the part asked picks the figure, or none (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "statistics_without_months.yaml"
Q2_2026, Q1_2026 = "test-az-lunhai-trade-2026-q2", "test-az-lunhai-trade-2026-q1"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, answering", [
    ("q2 2026 trade between azerbaijan and lunhai??", Q2_2026),
    ("Azerbaijan–Lunhai trade in Q1 2026?", Q1_2026),
])
def test_the_quarter_said_in_other_words_names_its_figure(engine, question, answering):
    """Ensure the figure of the quarter and year asked answers, not another quarter's or year's."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (f"{answering}.value",)


@pytest.mark.parametrize("question", [
    "Azerbaijan–Lunhai trade in Q3 2026?",
    "Azerbaijan–Lunhai trade in Q2 2024?",
])
def test_a_quarter_or_year_no_name_says_is_not_answered(engine, question):
    """Ensure a quarter none of the figures covers, or a year no name says, gets no figure."""
    answer = engine.ask(question)
    assert not any(f.endswith(".value") for f in answer.facts), answer.text
