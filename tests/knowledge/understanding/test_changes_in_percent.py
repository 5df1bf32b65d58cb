"""A change is said in percentages: "By what percentage did Azerbaijan's tea exports to Testland rise in 2025?" asks
the statistic's change, though "percentage" is a word a fact must state to be asked of it (the language files'
`unknown`); what no fact of it measures in percent is still not answered. A fictional fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "changes_in_percent.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_change_is_asked_by_what_percentage(engine):
    """Ensure "by what percentage did it rise" is answered with the change."""
    answer = engine.ask("By what percentage did Azerbaijan's tea exports to Testland rise in 2025?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "test-tea-exports-2025.change"
    assert "18%" in answer.body


def test_a_percentage_of_what_no_fact_measures_is_declined(engine):
    """Ensure "what percentage of the tea exports went to Europe" is not answered with the growth."""
    answer = engine.ask("What percentage of Azerbaijan's tea exports to Testland went to Europe?")
    assert not answer.answered, answer.text
