"""An amount of money is said in the words for money: "На какую сумму?" (for what sum?) asks a fact whose value is an
amount of money even though the language files list "сумма" among the words of what facts may hold (a budget,
a price: declined when no fact states one); "how many billions" still counts a scale the amount may not have
(on a fictional forum, data/sum_of_deals.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "sum_of_deals.yaml"
TOTAL = "test-sheki-silk-forum.total_value"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_for_what_sum_is_the_total_value(engine):
    """Ensure "На какую сумму были подписаны документы на Sheki Silk Business Forum?" is the documents' total value."""
    assert engine.ask("На какую сумму были подписаны документы на Sheki Silk Business Forum?").facts == (TOTAL,)


def test_for_what_sum_after_the_documents_is_their_total_value(engine):
    """Ensure "На какую сумму?" after how many documents the forum signed is their total value."""
    count, total = converse(engine, "Сколько документов подписали на Sheki Silk Business Forum?", "На какую сумму?")
    assert count.facts == ("test-sheki-silk-forum.documents_signed",)
    assert total.facts == (TOTAL,)


@pytest.mark.parametrize("question", [
    "Сколько миллиардов долларов принёс Sheki Silk Business Forum?",
    "Какой бюджет у Sheki Silk Business Forum?",
])
def test_a_scale_or_a_budget_is_still_what_the_facts_lack(engine, question):
    """Ensure "how many billions" and a budget, which no fact of the forum states, are declined, not its total value."""
    answer = engine.ask(question)
    assert answer.kind is not AnswerKind.FACT and answer.facts == ()
