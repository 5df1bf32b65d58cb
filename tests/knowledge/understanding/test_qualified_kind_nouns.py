"""A kind noun qualified past a postposition ("gömrük rüsumları haqqında saziş": the agreement on customs duties)
by a word no fact says is another thing of that kind, one the base does not hold: never the memorandum the kind
noun names otherwise. Asked of the one report's base (with the fictional fixture data/trade_turnover.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(Path(__file__).parent / "data" / "trade_turnover.yaml")


def test_a_kind_noun_qualified_past_a_postposition_is_another_thing(engine):
    """Ensure "the agreement on customs duties" (az) is declined, not answered with the memorandum's date."""
    answer = engine.ask("Gömrük rüsumları haqqında saziş nə vaxt imzalanıb?")
    assert not answer.answered, (answer.text, answer.facts)
    assert answer.facts == ()


def test_the_kind_noun_alone_still_names_the_memorandum(engine):
    """Ensure "Anlaşma memorandumu nə vaxt imzalanıb?" is still the memorandum's date."""
    answer = engine.ask("Anlaşma memorandumu nə vaxt imzalanıb?")
    assert answer.facts == ("azpromo-ndrc-icc-mou-2025.date",)
