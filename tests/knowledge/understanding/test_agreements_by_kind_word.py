"""A question in another language says which of a company's documents it asks about by the kind word, as the
English one does: "инвестиционное соглашение" is the investment agreement, not the memorandum signed beside it,
though "соглашение" is a word of every agreement (the language file reads it as English words: kind_words_said,
Analysis.residual_read). A fictional fixture: one company, one agency, a memorandum and an investment agreement."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "agreements_by_kind_word.yaml"
INVESTMENT = "test-tgg-wida-investment-agreement.signatories"
MEMORANDUM = "test-tgg-wida-training-mou.signatories"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Кто подписал инвестиционное соглашение со стороны TGG?",
    "Кто подписал инвестиционное соглашение?",
    "Who signed the investment agreement for TGG?",
])
def test_the_investment_agreement_is_the_one_its_kind_word_says(engine, question):
    """Ensure "инвестиционное соглашение" (investment agreement) is answered by the investment agreement's
    signatories, not the memorandum's."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (INVESTMENT,)


@pytest.mark.parametrize("question", [
    "Кто подписал меморандум со стороны TGG?",
    "Who signed the memorandum with TGG?",
    "TGG ilə memorandumu kim imzalayıb?",
])
def test_the_memorandum_is_still_the_memorandum(engine, question):
    """Ensure a memorandum asked about is still answered by the memorandum's signatories."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (MEMORANDUM,)


@pytest.mark.parametrize("question", [
    "Investisiya sazişini TGG tərəfdən kim imzalayıb?",
    "Кто подписал соглашение с TGG?",
])
def test_an_agreement_not_told_apart_is_never_the_memorandum(engine, question):
    """Ensure an agreement the question does not single out (or one whose kind word is read as a cue) is never
    answered from the memorandum alone: "which one?" or the investment agreement."""
    answer = engine.ask(question)
    assert MEMORANDUM not in answer.facts and "test-tgg-wida-training-mou.parties" not in answer.facts, answer.text
