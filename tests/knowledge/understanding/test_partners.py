"""A named thing's partner in another named thing is the other member of what the second lists it in: "Which
Azerbaijani company is QHBG's partner in the Lankaran brewery?" is the brewery's developers, "QHBG's partner on the
grain handling agreement" its parties (a fictional fixture: a brewery two companies develop, an agreement)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "described_by_a_link.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, partner", [
    ("Which Azerbaijani company is QHBG's partner in the Lankaran brewery?", "test-lankaran-brewery.developer",
     "Lankaran Malt Holding"),
    ("Who is partnering with Lankaran Malt Holding on the Lankaran brewery?", "test-lankaran-brewery.developer",
     "Qingdao Haibo Brewing Group"),
    ("Who was QHBG's partner on the grain handling agreement?", "test-qhbg-cpt-terminal-agreement.parties",
     "Caspian Pier Technologies"),
])
def test_a_partner_is_the_other_member(engine, question, fact, partner):
    """Ensure a named company's partner in a named thing is answered by the thing's list that holds them both."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
    assert partner in answer.body


def test_a_trading_partner_is_no_co_developer(engine):
    """Ensure "trading partner" (a rank) does not ask for the brewery's developers."""
    answer = engine.ask("Is QHBG Azerbaijan's largest trading partner?")
    assert "test-lankaran-brewery.developer" not in answer.facts
