"""Which outlet reported something (understanding/provenance.py): the sources of what the question says of the
thing it names, never the report a kind noun happens to fit nor an attribute of the thing itself (a fictional
fixture: one glass plant that two made-up outlets report, each stating facts the other does not)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "reported_by.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, publisher, other", [
    ("Which outlet reported that the Zaqatala float glass plant will employ 640 people?", "Test Daily", "Test Wire"),
    ("Who reported that the float glass plant in Zaqatala will cost $90 million?", "Test Wire", "Test Daily"),
])
def test_the_source_of_what_the_question_states_is_named(engine, question, publisher, other):
    """Ensure "which outlet reported that <fact>" names the source that states that fact, and only it."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-zaqatala-float-glass-plant.reported_by",)
    assert publisher in answer.body and other not in answer.body
    assert [s.publisher for s in answer.sources] == [publisher]


def test_every_source_of_a_thing_named_alone_is_named(engine):
    """Ensure "which outlet reported <thing>" names every source that states something of it."""
    answer = engine.ask("Which news outlet reported the Zaqatala float glass plant?")
    assert answer.facts == ("test-zaqatala-float-glass-plant.reported_by",)
    assert "Test Wire" in answer.body and "Test Daily" in answer.body


def test_what_no_source_states_is_not_reported_by_anyone(engine):
    """Ensure a report of something no fact of the named thing states is declined, not answered with its sources."""
    answer = engine.ask("Which outlet reported the strike at the Zaqatala float glass plant?")
    assert not answer.answered, answer.text


def test_an_agency_asked_of_a_person_is_not_a_publisher(engine):
    """Ensure "какое агентство возглавляет …" (which agency does … head) asks what the person heads, not who
    reported on her."""
    answer = engine.ask("Какую компанию возглавляет Нигяр Алиева?")
    assert answer.facts and not any(f.endswith(".reported_by") for f in answer.facts), answer.text
