"""One thing two articles report (each its own record, twins) is one answer citing both, though the question types a
short word of its name with a letter missing ("mil" of "mill") that the typo index leaves alone (many words lack
that letter): the word is the one the reports say. A word neither report says still asks which one is meant.
A fictional fixture: one cement mill reported by two outlets."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_reports_of_a_mill.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_word_with_a_letter_missing_is_the_word_the_reports_say(engine):
    """Ensure "the shirvan cement mil" is the mill both outlets report, answered once with both sources."""
    answer = engine.ask("how many jobs at the shirvan cement mil")
    assert answer.answered, answer.text
    assert answer.facts[0] in {"daily-shirvan-cement-mill.jobs", "wire-shirvan-cement-mill.jobs"}
    assert {s.publisher for s in answer.sources} == {"Mill Test Daily", "Mill Test Wire"}


def test_a_word_neither_report_says_is_asked_which_one(engine):
    """Ensure a word no report says ("kiln") is not taken as said by them."""
    answer = engine.ask("how many jobs at the shirvan cement mill kiln")
    assert not answer.answered, answer.text
