"""How long ago an event was held is said from today's date; an event still to come is said as how long until it."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped

CONFERENCE_AGO = "china-az-investment-conference-2025.ago"


@pytest.fixture(scope="module")
def base():
    return load_shipped()


def ago_answer(base, today: dt.date, question: str, lang: str | None = None):
    return Engine(base, today=lambda: today).ask(question, lang=lang)


@pytest.mark.parametrize("question, lang, words", [
    ("How long ago was the conference?", None, "is to be held on 17 April 2025, in 16 days (as of 1 April 2025)"),
    ("Как давно прошла конференция?", "ru", "через 16 дн."),
    ("Konfrans nə qədər əvvəl keçirilib?", "az", "16 gün sonra keçiriləcək"),
    ("会议是多久以前举行的？", "zh", "距今还有16天"),
])
def test_an_event_still_to_come_is_said_as_how_long_until_it(base, question, lang, words):
    """Ensure "how long ago" of an event after today says the time until it, never a negative time ago."""
    answer = ago_answer(base, dt.date(2025, 4, 1), question, lang)
    assert answer.facts == (CONFERENCE_AGO,)
    assert words in answer.text and not re.search(r"-\s*\d+", answer.text.split("\n")[0])


def test_an_event_already_held_is_said_as_how_long_ago():
    """Ensure an event before today is still said as how long ago it was held."""
    answer = ago_answer(load_shipped(), dt.date(2025, 5, 1), "How long ago was the conference?")
    assert answer.facts == (CONFERENCE_AGO,)
    assert "14 days ago (as of 1 May 2025)" in answer.text
