"""A span of months said in Chinese ("前十个月", the first ten months; "1-10月"; "1月至5月") is the span an English name
says by its first and last month ("January–October 2026"): the statistic of that span answers, not another span of
the same year. The fixture is fictional."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.numerals import chinese_month_span
from knowledge.language.text import tokens
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "chinese_month_spans.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("2026年前十个月四川与阿塞拜疆的贸易额是多少？", "test-sichuan-az-trade-2026-01-10.value"),
    ("2026年1-10月四川与阿塞拜疆的贸易额是多少？", "test-sichuan-az-trade-2026-01-10.value"),
    ("2026年1月至5月四川与阿塞拜疆的贸易额是多少？", "test-sichuan-az-trade-2026-01-05.value"),
    ("2026年前五个月四川与阿塞拜疆的贸易额是多少？", "test-sichuan-az-trade-2026-01-05.value"),
])
def test_a_chinese_span_of_months_is_the_statistic_of_that_span(engine, question, fact):
    """Ensure the figure of the months the question spans answers, not the other span's nor a decline."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_span_no_statistic_covers_is_declined(engine):
    """Ensure "前三个月" (January to March), a span neither statistic covers, is not answered from either."""
    answer = engine.ask("2026年前三个月四川与阿塞拜疆的贸易额是多少？")
    assert not answer.facts, answer.text


@pytest.mark.parametrize("text, span", [
    ("2026年前十个月", (1, 10)), ("1-10月", (1, 10)), ("1月至10月", (1, 10)), ("前三季度", (1, 9)),
    ("2026年4月17日", None), ("第十次会议", None),
])
def test_the_months_of_a_chinese_span(text, span):
    """Ensure the first and last month are read from each way Chinese says a span, and a date or an ordinal is none."""
    got = chinese_month_span(tokens(text))
    assert (got[1] if got else None) == span
