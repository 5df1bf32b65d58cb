"""Typo correction (knowledge/language/typo.py): of two known words one edit from what was typed, the one it
lacks a letter of is meant. "wher" is one substitution from "when" and one missing letter from "where"; read
as "when", a question asking where a meeting will be held was answered with its date. On the fictional fixture
data/numbered_meetings.yaml (tests/knowledge/understanding)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.typo import TypoIndex
from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "numbered_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_missing_letter_is_restored_before_a_letter_is_changed():
    """Ensure a word the typed one lacks a letter of wins over a word of the same length one letter apart."""
    typo = TypoIndex(["when", "where", "plant"])
    assert typo.correct("wher") == "where"
    assert typo.correct("whem") == "when"  # (no word it lacks a letter of: the nearest)


@pytest.mark.parametrize("question, fact", [
    ("wher will the 4th meeting of the working group on tea trade be held?", "test-tea-wg-4.place"),
    ("wher was the 3rd meeting of the working group on tea trade held?", "test-tea-wg-3.place"),
])
def test_a_misspelt_where_asks_the_place(engine, question, fact):
    """Ensure "wher" asks where the meeting is held, not when (the date the facts also hold)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
