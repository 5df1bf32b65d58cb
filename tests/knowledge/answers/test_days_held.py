""""When" about an event of several days is answered with its first and last day ("12–13 May 2027") in every
language, and its end is said as expected while it is still to come. Asked of a fictional fair (3–5 March 2026)
and a fictional forum (20–21 June 2027, expected), on 2 December 2026."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "multi_day_events.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, days", [
    ("When was the Amber River Trade Fair held?", "3–5 March 2026"),
    ("Когда прошла Amber River Trade Fair?", "3–5 марта 2026 г."),
    ("琥珀河贸易博览会是什么时候举行的？", "2026年3月3日至5日"),
    ("When will the Cedar Valley Investment Forum take place?", "expected to take place on 20–21 June 2027"),
    ("雪松谷投资论坛什么时候举行？", "2027年6月20日至21日"),
])
def test_an_event_of_several_days_is_dated_by_its_first_and_last_day(engine, question, days):
    """Ensure the date fact answers, rendered as the range of days, not the first day alone."""
    answer = engine.ask(question)
    event = "test-amber-fair-2026" if "2026" in days else "test-cedar-forum-2027"
    assert answer.facts == (f"{event}.date",)
    assert days in answer.body


@pytest.mark.parametrize("question, event, said", [
    ("When did the Amber River Trade Fair end?", "test-amber-fair-2026", "ended on 5 March 2026"),
    ("When does the Cedar Valley Investment Forum end?", "test-cedar-forum-2027", "is expected to end on 21 June 2027"),
])
def test_the_end_of_an_event_to_come_is_expected(engine, question, event, said):
    """Ensure the end date fact answers, in the past tense only for an event that has been held."""
    answer = engine.ask(question)
    assert answer.facts == (f"{event}.end_date",)
    assert said in answer.body
    assert "ended" not in answer.body or event == "test-amber-fair-2026"
