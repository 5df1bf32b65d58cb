"""An event named by a kind noun only ("announced *at the summit*") places what is asked at that occasion: a
fact that none of the events the noun names has anything to do with (no event refers to its thing, nor it to
one) answers what some other occasion saw, and is declined. Facts of things the event involves still answer.
Asked of fictional records: a summit, a loan agreement signed at it, the bank that organized it, a letter of
the bank, and a yearly investment figure."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "occasions.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_figure_asked_of_an_occasion_it_has_nothing_to_do_with_is_declined(engine):
    """Ensure the investment figure, which no summit has to do with, does not answer what was announced at the
    summit; asked without the summit, it answers."""
    answer = engine.ask("What was the total value of ferry sector investments announced at the summit?")
    assert not answer.answered, (answer.text, answer.facts)
    answer = engine.ask("What was the total value of ferry sector investments into Azerbaijan?")
    assert answer.facts == ("test-lotus-investment-2026.value",)


@pytest.mark.parametrize("question, fact", [
    ("When was the Lotus ferry loan agreement signed at the summit?", "test-lotus-ferry-loan.date"),
    ("How old was the Lotus Harbour Bank at the summit?", "test-lotus-bank.age_at:test-lotus-summit-2026"),
])
def test_the_facts_of_what_the_occasion_involves_still_answer(engine, question, fact):
    """Ensure the agreement signed at the summit and the bank that organized it are answered at the summit."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_verb_whose_stem_is_a_records_kind_names_no_such_record(engine):
    """Ensure "let me know" names no letter (the kind "letter" stems to "let"), so no occasion is placed and the
    bank's founding year answers."""
    answer = engine.ask("Could you let me know when the Lotus Harbour Bank was founded?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-lotus-bank.founded",)
