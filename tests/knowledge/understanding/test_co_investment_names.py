"""A fund's name said in Russian, Azerbaijani or Chinese by its common words ("фонд совместных инвестиций",
"birgə investisiya fondu", "联合投资基金": a co-investment fund) names it among funds of a like name, as the
language files' name words read them (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "co_investment_fund.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Когда был основан фонд совместных инвестиций Gilan?",
    "Gilan birgə investisiya fondu nə vaxt yaradılıb?",
    "Gilan联合投资基金是哪一年成立的？",
])
def test_a_co_investment_fund_is_named_by_its_words_in_another_language(engine, question):
    """Ensure the co-investment fund, not the development fund of the same place, answers when it was founded."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-gilan-co-investment-fund.founded",)
