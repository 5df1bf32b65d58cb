"""A record with a long descriptive name is named by a few of its words ("the Kurdamir glass complex" of the "HPGG
solar glass complex and cutting line in the Kurdamir district") when they fit that record alone: not another
whose name says them only as what it is about or a part of (the agreement on the complex, its first furnace), nor
when the question says a word the name lacks (another place, another qualifier), nor by kind words alone, nor when
two records fit alike (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "named_in_part.yaml"
COMPLEX, FIRST_FURNACE = "test-hpgg-kurdamir-works", "test-hpgg-kurdamir-first-line"
AGREEMENT, RECYCLING = "test-hpgg-works-agreement", "test-lianfeng-kurdamir-plant"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, answering", [
    ("How many jobs will the Kurdamir glass complex create?", f"{COMPLEX}.jobs"),
    ("When is the glass complex in Kurdamir due to be completed?", f"{COMPLEX}.completion"),
    ("When will the first furnace in Kurdamir be completed?", f"{FIRST_FURNACE}.completion"),
    ("When was the Kurdamir glass complex agreement signed?", f"{AGREEMENT}.date"),
])
def test_a_few_words_of_a_long_name_name_its_record(engine, question, answering):
    """Ensure the record whose name's head the words say answers, not the agreement on it or a part of it."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (answering,)


@pytest.mark.parametrize("question", [
    "How many jobs will the Shamakhi glass complex create?",      # another place
    "How many jobs will the Kurdamir float glass complex create?",  # another qualifier, inside the name
    "How many jobs will the glass complex create?",               # its kind words alone
    "How many jobs will the Kurdamir glass project create?",      # the complex and the recycling plant alike
])
def test_words_that_fit_no_one_record_name_none(engine, question):
    """Ensure no record's jobs answer when the words say what its name lacks, or fit two records alike."""
    answer = engine.ask(question)
    assert not {f"{COMPLEX}.jobs", f"{RECYCLING}.jobs"} & set(answer.facts), answer.text
