"""A kind noun with a place that one record's name says ("the Lankaran forum") names that record among the
others of its kind, when no other's name says it: its fact answers, not "which one?". A common word ("the apple
forum") may name a forum the facts do not know, and a word its facts do not say beside it ("the gala dinner of
the Lankaran forum") asks of something else (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "forums_by_a_word.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("lankaran forum date", "test-lankaran-tea-forum.date"),
    ("how many companies were at the quba forum", "test-quba-apple-forum.companies"),
    ("how many companies were at the forum in quba", "test-quba-apple-forum.companies"),
])
def test_a_word_of_one_name_picks_it_among_its_kind(engine, question, fact):
    """Ensure a kind noun with a word of one record's name is answered from that record."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", [
    "When was the forum?",  # (no word says which)
    "how many companies were at the apple forum",  # (a common word: another forum, perhaps)
    "When is the gala dinner of the Lankaran forum?",  # (the dinner is no fact of the forum)
])
def test_no_word_or_another_things_word_picks_nothing(engine, question):
    """Ensure a kind noun alone, or with words the record's facts do not say, is not answered from one forum."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()
