""""On what day of the week was it held?" is answered with the date and its weekday, in the asker's language;
a plain "when" gets the date alone. Asked of a fictional commission's session (1 October 2026, a Thursday)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "ordinal_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, weekday", [
    ("On what day of the week was the 3rd session of the Lotus Trade Commission held?", "Thursday"),
    ("В какой день недели прошла 3rd session of the Lotus Trade Commission?", "четверг"),
    ("莲花贸易委员会第三次会议是星期几举行的？", "星期四"),
])
def test_a_weekday_asked_is_the_dates_weekday(engine, question, weekday):
    """Ensure the weekday asked is answered from the session's date fact, with the weekday named."""
    answer = engine.ask(question)
    assert answer.facts == ("test-lotus-commission-3.date",)
    assert weekday in answer.body


def test_a_plain_when_is_the_date_alone(engine):
    """Ensure "when" is answered with the date and no weekday."""
    answer = engine.ask("When was the 3rd session of the Lotus Trade Commission held?")
    assert answer.facts == ("test-lotus-commission-3.date",)
    assert "Thursday" not in answer.body
