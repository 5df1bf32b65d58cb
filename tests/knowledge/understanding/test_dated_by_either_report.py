"""A thing two articles report, only one of which dates it (a company's founding year in one report), is dated by
that report when the years between it and another thing are asked ("How many years older is TSPG than the Ganja
Metal Industrial Park?"), not declined as dated only through its parts (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "dated_by_either_report.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "How many years older is TSPG than the Ganja Metal Industrial Park?",
    "How many years separate the founding of TSPG and the founding of GMIP?",
])
def test_the_years_between_a_thing_dated_in_its_other_report(engine, question):
    """Ensure the years between TSPG (founded 1998, in one report) and GMIP (2019) are 21."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert len(answer.facts) == 1 and answer.facts[0].partition(".")[2].startswith("years_between:")
    assert "21 years" in answer.body
    assert {s.publisher for s in answer.sources} == {"Pipe Test Daily", "Pipe Test Wire"}
