"""One official visit imported from two articles, each naming it its own way, is one thing (twins.py): an
event of one kind, day and place that someone takes part in as both records say. Named in the words of the
record that lacks a fact, it is answered from the other's; a meeting of other people that day in the same
city is another event (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "one_visit_twice.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_an_event_two_articles_report_is_one(engine):
    """Ensure two records of one visit (kind, day, place, a participant alike) are one thing, and a meeting of
    other people on that day in that city is not."""
    index = engine._responder.index
    assert index.same_thing("test-a-yunnan-visit", "test-b-yunnan-visit")
    assert not index.same_thing("test-b-yunnan-visit", "test-b-kunming-tea-meeting")
    assert not index.same_thing("test-a-yunnan-visit", "test-b-kunming-tea-meeting")


@pytest.mark.parametrize("question, fact", [
    ("How many documents were signed during the visit of the Azerbaijani delegation to Yunnan?",
     "test-a-yunnan-visit.documents_signed"),
    ("When did the visit of the Azerbaijani delegation to Yunnan end?", "test-a-yunnan-visit.end_date"),
])
def test_named_as_one_report_says_answered_from_the_other(engine, question, fact):
    """Ensure a visit named in one article's words is answered from the other article's record of it."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
