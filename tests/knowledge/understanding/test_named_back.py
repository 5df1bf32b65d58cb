"""An answer that names back only what the question names tells nothing (Matcher._beyond_the_named): "who signed
the YRDB loan for Shamakhi Highland Dairy?" reaches the loan through its two parties, and is answered with its
signatories, not with the bank and the dairy it names. On the fictional fixture data/named_back.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "named_back.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "who signed the yrdb loan for shamakhi highland dairy",
    "Who signed the YRDB loan for Shamakhi Highland Dairy LLC?",
])
def test_who_signed_between_two_named_parties_is_its_signatories(engine, question):
    """Ensure the loan's signatories answer, not its parties (both named in the question)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-ydb-dairy-loan.signatories",)


def test_without_signatories_the_parties_still_answer(engine):
    """Ensure an agreement whose signatories are unknown is still answered with its parties."""
    answer = engine.ask("Who signed the credit line agreement with Quba Stone Bakery?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-ydb-bakery-credit.parties",)
