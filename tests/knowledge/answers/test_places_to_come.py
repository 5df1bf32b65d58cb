"""The place of an event still to come is said in the future ("is to be held in Baku", "пройдёт", "keçiriləcək",
"将在…举行"), of one held in the past as held. On the fictional fixture of test_numbered_meetings.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "numbered_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, said", [
    ("Where will the 4th meeting of the working group on tea trade be held?", "is to be held in Baku"),
    ("Где пройдёт 4-е заседание рабочей группы по торговле чаем?", "пройдёт в городе Baku"),
    ("Çay ticarəti üzrə işçi qrupunun 4-cü iclası harada keçiriləcək?", "Baku şəhərində keçiriləcək"),
])
def test_an_expected_event_is_to_be_held_there(engine, question, said):
    """Ensure the expected 4th meeting's place is said as to come, from its own fact."""
    answer = engine.ask(question)
    assert answer.facts == ("test-tea-wg-4.place",)
    assert said in answer.body


def test_a_past_event_was_held_there(engine):
    """Ensure the 3rd meeting (held in September 2026) is still said as held."""
    answer = engine.ask("Where was the 3rd meeting of the working group on tea trade held?")
    assert answer.facts == ("test-tea-wg-3.place",)
    assert "was held in Lankaran" in answer.body
