"""A deputy is not the head (knowledge/understanding/ranks.py): asked who chairs or directs an organization, the
facts of a person whose role states a deputy rank there are no answer, even when his is the one fact a text we
hold quotes. On the fictional fixture data/ranks.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "ranks.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Who is the chairman of the Qilin Trade Commission?",
    "Who chairs the Qilin Trade Commission?",
    "Кто возглавляет Комиссию по торговле Цилинь (QTC)?",
])
def test_the_head_asked_is_not_answered_with_a_deputy(engine, question):
    """Ensure the commission's chairman answers, not its deputy director general (whose fact is quoted)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts and all(f.startswith("test-gu-tianrui.") for f in answer.facts), answer.facts


@pytest.mark.parametrize("question", [
    "Who is the director of the Lotus Province Forestry Bureau?",
    "Who heads the Lotus Province Forestry Bureau?",
])
def test_with_only_a_deputy_known_the_head_is_declined(engine, question):
    """Ensure the bureau's deputy director is not given as its director: the facts do not say who heads it."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
    assert not any(f.startswith("test-shi-lan.") for f in answer.facts)


@pytest.mark.parametrize("question, fact", [
    ("Who is the deputy director of the Lotus Province Forestry Bureau?", "test-shi-lan."),
    ("What is Ren Bowen in charge of at the Qilin Trade Commission?", "test-ren-bowen."),
])
def test_a_deputy_asked_or_named_still_answers(engine, question, fact):
    """Ensure a deputy asked as one, or named by his own name, is answered with his facts."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts and answer.facts[0].startswith(fact), answer.facts
