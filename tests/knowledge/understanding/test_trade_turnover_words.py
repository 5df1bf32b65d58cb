"""A trade turnover asked in another language by its own words ("товарооборот", "贸易额": the language files'
name words for 'trade turnover') names the statistic, not a trade house of the same place; and a question of
how much it grew ("на сколько вырос", "增长了多少") is never answered with the level, even when "и" joins the
two sides of "между" (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "trade_turnover.yaml"
TURNOVER = "test-az-gilan-trade-2026"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "2026年阿塞拜疆与Gilan的贸易额是多少？",
    "Каким был товарооборот между Азербайджаном и Gilan в 2026 году?",
    "What was the trade turnover between Azerbaijan and Gilan in 2026?",
])
def test_a_trade_turnover_is_named_by_its_words_in_another_language(engine, question):
    """Ensure the turnover's value, not the Gilan Trade House, answers how large the trade was."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (f"{TURNOVER}.value",)


@pytest.mark.parametrize("question", [
    "На сколько вырос товарооборот между Азербайджаном и Gilan в 2026 году?",
    "2026年阿塞拜疆与Gilan的贸易额增长了多少？",
])
def test_how_much_it_grew_is_not_answered_with_the_level(engine, question):
    """Ensure a question of the turnover's growth gets its change or a decline, never its value."""
    answer = engine.ask(question)
    assert answer.facts in ((), (f"{TURNOVER}.change",)), answer.text
