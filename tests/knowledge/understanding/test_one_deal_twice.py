"""One deal imported from two articles, each naming the parties its own way, is one thing (twins.py): asked
by what it is about it is answered, not asked back; an amount asked in a currency is answered in it from
what states it (the plant's figure in manats) or declined; a yes/no question naming who did not sign is told
who did. A memorandum the same companies signed that day is another document (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "one_deal_twice.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_records_linking_the_same_things_are_one(engine):
    """Ensure two articles' records of one agreement (same parties, kind and date) are one thing, and a
    document of another kind between the same parties is not."""
    index = engine._responder.index
    assert index.same_thing("test-a-tile-plant-agreement", "test-b-tile-plant-agreement")
    assert not index.same_thing("test-a-tile-plant-agreement", "test-b-kiln-training-mou")
    assert not index.same_thing("test-b-tile-plant-agreement", "test-b-kiln-training-mou")


def test_one_deal_twice_is_not_asked_back(engine):
    """Ensure a deal two articles report, asked by what it is about, is answered rather than "which one?"."""
    answer = engine.ask("Who signed the investment agreement on the tile plant?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-a-tile-plant-agreement.signatories",)


def test_amount_asked_in_manats_comes_from_the_figure_in_manats(engine):
    """Ensure "the deal's value in manats" is answered by the amount in manats the plant it is for states."""
    answer = engine.ask("What is the value of the Qabala Ceramics–LFK investment agreement in manats?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-b-tile-plant.figure:investment_azn",)
    assert "153" in answer.body


def test_amount_in_a_currency_nothing_states_is_declined(engine):
    """Ensure an amount asked in yuan, which no fact states, is not answered with the dollar amount."""
    answer = engine.ask("What is the value of the Qabala Ceramics–LFK investment agreement in yuan?")
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_amount_in_its_own_currency_is_answered(engine):
    """Ensure the amount asked in the currency the facts state is answered from them (each report's)."""
    answer = engine.ask("How much is the investment agreement between Qabala Ceramics and LFK worth in dollars?")
    assert answer.answered, answer.text
    assert set(answer.facts) == {"test-a-tile-plant-agreement.value", "test-b-tile-plant-agreement.value"}


def test_who_did_not_sign_is_told_who_did(engine):
    """Ensure "Did <someone> sign it?" of a person who did not is answered with its signatories."""
    answer = engine.ask("Did Orhan Safarli sign the investment agreement between Qabala Ceramics and LFK?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-a-tile-plant-agreement.signatories",)
    assert answer.body.startswith("No")


def test_the_other_document_keeps_its_own_facts(engine):
    """Ensure the memorandum between the same companies is answered from its own record."""
    answer = engine.ask("What is the purpose of the memorandum between Qabala Ceramics and LFK?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-b-kiln-training-mou.purpose",)
