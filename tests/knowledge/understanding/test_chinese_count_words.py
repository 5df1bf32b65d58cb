"""What a Chinese question counts after 多少 is a word of its characters together: "多少公里" (how many kilometres)
asks a length, which a count of trains is not, though the 里 of 公里 is a character of the corridor's name (里海, the
Caspian). Asked of a fictional corridor and its trains, alone and as a follow-up."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.conversation.context import Context
from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "chinese_count_words.yaml"
TRAINS = "test-caspian-corridor-trains-2026.value"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["2026年里海测试铁路走廊开行了多少列列车？", "2026年里海测试铁路走廊开行了多少列火车？"])
def test_the_count_of_trains_answers_how_many_trains(engine, question):
    """Ensure "how many trains ran on the corridor in 2026" is answered with the count of its trains, the trains
    said as 列车 or as 火车, the everyday word."""
    answer = engine.ask(question)
    assert answer.facts == (TRAINS,), answer.text


@pytest.mark.parametrize("question", ["它全长多少公里？", "这条走廊全长多少公里？"])
def test_how_many_kilometres_after_the_trains_is_no_count_of_trains(engine, question):
    """Ensure "how many kilometres long is it?" after the trains' count is not answered with that count."""
    first = engine.ask("2026年里海测试铁路走廊开行了多少列列车？", context=Context())
    assert first.facts == (TRAINS,), first.text
    answer = engine.ask(question, context=first.context)
    assert TRAINS not in answer.facts, answer.text
