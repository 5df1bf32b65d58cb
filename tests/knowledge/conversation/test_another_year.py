"""A follow-up naming only another year ("What about 2025?"): the same question about that year's record
of the series talked about, or a decline; never the record talked about."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse

FIRST = ("What was the Azerbaijan-China trade turnover in 2024?", "By how much did it grow?")


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("follow_up, fact", [
    ("What about 2025?", "trade-az-cn-2025.change"),
    ("А в 2025 году?", "trade-az-cn-2025.change"),
    ("Bəs 2023-cü ildə?", "trade-az-cn-2023.change"),
    ("那2022年呢？", "trade-az-cn-2022.change"),
])
def test_another_year_asks_the_same_of_that_years_record(shipped, follow_up, fact):
    """Ensure "What about 2025?" after 2024's growth is 2025's growth (the record of the same kind and name
    for that year), in each language, its year word asking no "when" (its figure, if any, beside it)."""
    value, change, other = converse(shipped, *FIRST, follow_up)
    assert value.facts == ("trade-az-cn-2024.value",)
    assert change.facts == ("trade-az-cn-2024.change",)
    assert other.facts[0] == fact and set(other.facts[1:]) <= {fact.replace(".change", ".value")}


def test_a_year_with_no_record_is_declined_not_the_last_years_answer(shipped):
    """Ensure "What about 2030?" is declined: no 2030 figure is known, and 2024's is no answer."""
    *_, other = converse(shipped, *FIRST, "What about 2030?")
    assert other.kind is not AnswerKind.FACT and other.facts == ()


def test_then_the_conversation_is_about_that_years_record(shipped):
    """Ensure "and the total turnover that year?" after "What about 2025?" is 2025's value."""
    *_, total = converse(shipped, *FIRST, "What about 2025?", "and the total turnover that year?")
    assert total.facts == ("trade-az-cn-2025.value",)
