"""Two or three words before a kind noun that are all words of one thing's name, and of no other thing of
that kind, name it though its official name is long ("the tariff waiver deal" of the "Agreement between ...
on Mutual Tariff Waiver for Holders of Coastal Cargo Permits"): not the memorandum documented by the one
report, which the kind noun alone would mean. Asked of a fictional agreement beside the one report."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "long_names.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("What is the point of the tariff waiver deal?", "test-tariff-waiver-agreement.purpose"),
    ("When was the tariff waiver agreement signed?", "test-tariff-waiver-agreement.date"),
])
def test_words_of_one_things_long_name_before_its_kind_noun_name_it(engine, question, fact):
    """Ensure "the tariff waiver deal" is the waiver agreement, never the memorandum's purpose or date."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_one_word_before_the_kind_noun_still_asks_which(engine):
    """Ensure one word ("the waiver agreement") says too little: which agreement is asked back, neither answered."""
    answer = engine.ask("When was the waiver agreement signed?")
    assert not answer.answered and not answer.facts


def test_words_no_name_of_the_kind_has_are_not_the_memorandum(engine):
    """Ensure "the coastal fishing deal", whose words are not all the waiver agreement's, is declined."""
    answer = engine.ask("When was the coastal fishing deal signed?")
    assert not answer.answered, (answer.text, answer.facts)
