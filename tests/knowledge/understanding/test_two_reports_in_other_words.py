"""One thing two articles report (twins) is one answer with both sources to a question in another language, when
the English words its own words read as are said by the reports: a figure's name by the figure ("длина": its
length), and a word read two ways by either reading. A fictional fixture: one cable, two outlets."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_reports_in_other_words.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_figures_name_said_in_another_language_is_said_by_the_figure(engine):
    """Ensure "Какова длина кабеля ...?" is the cable's length from both reports, not "which one?"."""
    answer = engine.ask("Какова длина кабеля Khazar Test Cable?")
    assert answer.answered, answer.text
    assert answer.facts[0] in {"daily-khazar-test-cable.figure:length", "wire-khazar-test-cable.figure:length"}
    assert "310" in answer.body
    assert {s.publisher for s in answer.sources} == {"Cable Test Daily", "Cable Test Wire"}
