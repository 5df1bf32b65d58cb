"""Who won an auction asked in Russian, Azerbaijani and Chinese ("выиграл", "qazanıb", "中标": its outcome, the auction
named by its word there: аукцион, hərrac, 招标); no why-question answered with what came of it; "由谁签署" (signed by
whom) asks who signed; a Chinese transcription's l for a foreign r ("希拉巴德": Shirabad). On the fictional fixture
data/multilingual_auctions.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "multilingual_auctions.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Кто выиграл аукцион на строительство Зирвинской солнечной электростанции?",
    "Zirva Günəş Elektrik Stansiyasının hərracını kim qazanıb?",
    "谁中标了Zirva光伏电站的招标？",
])
def test_who_won_is_the_auctions_outcome(engine, question):
    """Ensure "who won the auction for the Zirva plant?" is the auction's outcome, in each language."""
    answer = engine.ask(question)
    assert answer.facts == ("test-zirva-auction.outcome",), answer.text


def test_a_why_question_is_no_outcome(engine):
    """Ensure "why did Gao Lin win the auction?" is not answered with who won it (what came of it says no why)."""
    answer = engine.ask("Почему Гао Лин выиграл аукцион на строительство Зирвинской солнечной электростанции?")
    assert "test-zirva-auction.outcome" not in answer.facts, answer.text


def test_signed_by_whom_is_the_signatories(engine):
    """Ensure "……的贷款协议由谁签署？" (signed by whom) names who signed, not the parties."""
    answer = engine.ask("Qaraqum Solar和希拉巴德水务公司的贷款协议由谁签署？")
    assert answer.facts == ("test-shirabad-water-loan.signatories",), answer.text


def test_a_transcriptions_l_may_write_an_r(engine):
    """Ensure "希拉巴德" (xī lā bā dé) is read as Shirabad: Chinese writes a foreign r before a vowel with an l."""
    answer = engine.ask("希拉巴德水务公司的主席是谁？")
    assert answer.facts == ("test-shirabad-water.head",), answer.text
