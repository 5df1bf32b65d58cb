"""A visit ("访问", "səfər") is an event of its own, not one of an agency's export trips: "how many documents were
signed during the visit?" after a visit is that visit's documents, not the one report's count of export trips
(on fictional records, data/visit.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "visit.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", ["访问期间签署了多少份文件？", "Səfər zamanı neçə sənəd imzalanıb?"])
def test_documents_signed_during_the_visit_are_the_visits(engine, then):
    """Ensure the visit talked about answers how many documents were signed during it."""
    when, signed = converse(engine, "When was Tahir Rahmanov's official visit to Chengdu?", then)
    assert when.facts == ("test-rahmanov-chengdu-visit.date",)
    assert signed.facts == ("test-rahmanov-chengdu-visit.documents_signed",)


def test_a_visit_on_its_own_is_not_the_agencys_export_trips(engine):
    """Ensure "how many documents were signed during the visit?" asked on its own is not answered with the
    count of the one report's export trips (AZPROMO's 33), which "visit" does not name."""
    answer = engine.ask("访问期间签署了多少份文件？")
    assert not any(f.startswith("made-in-azerbaijan") for f in answer.facts), answer.text
