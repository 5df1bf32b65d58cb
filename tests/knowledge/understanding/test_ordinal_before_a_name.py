"""An ordinal word right before a name ("the second Lankaran Tea Investment Forum") numbers the thing named, as a
record's name writes it ("2nd Lankaran Tea Investment Forum"): it says which of those of that name is asked, and
lacks nothing. A thing whose name numbers none is not asked by "the second <its name>". A fictional fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_reports_in_other_words.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("When is the second Lankaran Tea Investment Forum?", "test-tea-forum-2.date"),
    ("When was the first Lankaran Tea Investment Forum?", "test-tea-forum-1.date"),
])
def test_an_ordinal_word_before_a_name_says_which_one(engine, question, fact):
    """Ensure "the second <name>" is the record its name numbers 2nd."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_an_ordinal_no_name_says_is_not_the_unnumbered_one(engine):
    """Ensure "the second Shirvan Wine Investment Fair" is not answered with the one fair of that name."""
    answer = engine.ask("When is the second Shirvan Wine Investment Fair?")
    assert not answer.answered, answer.text
