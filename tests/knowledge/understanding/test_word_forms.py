"""A short word is not a form of a longer one its stem happens to equal: "noted" stems to "note", so "not" in
"not the organizers" asks for no highlight. Asked of a fictional fair with an organizer, a supporter and a
highlight."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.text import stem
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "supported_fair.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_final_e_comes_back_on_a_short_stem():
    """Ensure "noted" and "note" meet, and "not" is neither."""
    assert stem("noted") == stem("note") == "note"
    assert stem("not") != stem("noted")
    assert stem("planned") == "plan" and stem("fixed") == "fix" and stem("ended") == "end"


@pytest.mark.parametrize("question", [
    "Who supported the Birch Lake Trade Fair, not the organizers?",
    "Who provided support for the Birch Lake Trade Fair - not the organizer, the supporting institution?",
])
def test_not_asks_for_no_highlight(engine, question):
    """Ensure the supporters fact answers a question that says "not the organizers"."""
    answer = engine.ask(question)
    assert answer.facts == ("test-birch-fair-2026.supporters",)


def test_noted_still_asks_for_highlights(engine):
    """Ensure "what was noted" is answered from the highlights."""
    answer = engine.ask("What was noted at the Birch Lake Trade Fair?")
    assert answer.facts == ("test-birch-fair-2026.highlights",)
