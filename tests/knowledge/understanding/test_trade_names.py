"""A company is called by its trade name ("Tianhe" of Sumqayit Tianhe Battery Materials Co., Ltd.), and a kind
noun after a company's name calls what it builds ("the Tianhe plant"), on records nobody tuned for (a
fictional fixture); a word two companies' names share names neither."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "trade_names.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("When was Tianhe founded?", "test-tianhe-battery.founded"),
    ("How many jobs will the Tianhe plant create?", "test-cathode-plant.jobs"),
    ("When does construction of the Tianhe plant start?", "test-cathode-plant.start"),
])
def test_a_trade_name_names_the_company(engine, question, fact):
    """Ensure a company's trade name alone names it, and "the <trade name> plant" the plant it builds."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_word_two_companies_share_names_neither(engine):
    """Ensure "Qiaolin", a word of two companies' names, is answered from neither's founding."""
    answer = engine.ask("When was Qiaolin founded?")
    assert not answer.answered, answer.text
