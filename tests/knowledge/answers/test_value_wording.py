"""Free-text and keyed values read as English: a purpose "to …" after "is meant", and a gerund or a noun
phrase ("training ferry crews …", "a reserved quay …") after "is meant for"; a figure keyed with its currency
("investment_azn") said without the code. Asked of fictional records."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

DATA = Path(__file__).parents[1] / "understanding" / "data"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(DATA / "told_through_a_party.yaml", DATA / "long_names.yaml")


@pytest.mark.parametrize("question, fact, said", [
    ("What is the purpose of the memorandum between KLS and Gilan Port Terminal on crew training?",
     "test-kls-training-mou.purpose", "is meant for training ferry crews together"),
    ("What is the purpose of the ferry services agreement between KLS and Gilan Port Terminal?",
     "test-kls-gpt-agreement.purpose", "is meant for a reserved quay for KLS ferries"),
])
def test_a_purpose_not_said_as_to_reads_is_meant_for(engine, question, fact, said):
    """Ensure a purpose stated as a gerund or a noun phrase is said "is meant for …", from that agreement's fact."""
    answer = engine.ask(question)
    assert answer.facts[0] == fact, answer.text
    assert said in answer.body


def test_a_purpose_said_as_to_is_kept(engine):
    """Ensure a purpose the source states as "to …" is said "is meant to …", with no "for" put before it."""
    answer = engine.ask("What is the purpose of the agreement between the Lotus Ministry of Shipping and the Ganja "
                        "Ministry of Ports on mutual tariff waiver?")
    assert answer.facts[0] == "test-tariff-waiver-agreement.purpose", answer.text
    assert "is meant to make coastal cargo shipping cheaper" in answer.body


def test_a_figure_key_naming_its_currency_is_said_without_it():
    """Ensure a figure an admin keyed 'investment_azn' reads "investment, about 153 million manats", not
    "investment azn" (the amount says its currency), and answers from that figure."""
    engine = engine_with(DATA / "one_deal_twice.yaml")
    answer = engine.ask("How much is the tile plant in Qabala worth in manats?")
    assert answer.facts == ("test-b-tile-plant.figure:investment_azn",), answer.text
    assert "investment, about 153" in answer.body
    assert "azn" not in answer.body.lower()
