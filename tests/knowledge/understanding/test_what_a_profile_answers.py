"""A thing's profile answers "what is X?" or a bare name, never a question asking for a figure, a date or a
place its facts do not give ("how many ...", "when ...", "where ..."), in every language: a Chinese question,
read a character at a time, leaves no unexplained word to say so. Asked of fictional records (two plants)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "two_plants.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["Shirvan Wind Power Plant 的总部在哪里？",
                                      "Shirvan Wind Power Plant 每年发电量是多少？",
                                      "Shirvan Wind Power Plant 什么时候投产？"])
def test_a_question_word_for_a_figure_date_or_place_is_not_answered_with_a_profile(engine, question):
    """Ensure "where", "how many" and "when" of the plant, whose facts give none of them, are declined, not
    answered with its profile."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
    assert not any(f.endswith(".summary") for f in answer.facts)


@pytest.mark.parametrize("question", ["Shirvan Wind Power Plant 是什么？", "Shirvan Wind Power Plant"])
def test_what_a_thing_is_is_still_its_profile(engine, question):
    """Ensure "what is the plant?" and its bare name are answered with its profile."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-shirvan-wind.summary",)


@pytest.mark.parametrize("question", ["Shirvan Wind Power Plant 的产能是多少？", "Shirvan Wind Power Plant 的装机容量是多少？"])
def test_a_capacity_asked_in_chinese_is_the_capacity(engine, question):
    """Ensure production capacity (产能) and installed capacity asked in Chinese are the plant's capacity fact."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-shirvan-wind.capacity",)
