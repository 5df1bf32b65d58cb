"""The chair of an organization's board (of directors, trustees, governors) chairs the organization
(knowledge/facts/atoms.py, _head_by_role): "Chairman of the Board of Directors of Ganja Power Corporation Ltd." heads
Ganja Power Corporation, while the board of another body named in a role makes no head of the organization he works
for. On the fictional fixture data/board_chair.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "board_chair.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Who is the chairman of Ganja Power Corporation?",
    "who heads ganja power corporation",
])
def test_the_chair_of_its_board_heads_it(engine, question):
    """Ensure the chairman of the board of directors is given as the company's head."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert tuple(answer.facts) == ("test-ganja-power.head",), answer.facts
    assert "Rauf Gasimov" in answer.text and "Aysel" not in answer.text
