"""The timeline: dated things in date order, filtered by year, month or topic, paged; and /latest."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_shipped
from tests.one_report import load_one_report
from knowledge.facts.models import Event

CONF = "china-az-investment-conference-2025"
MOU = "azpromo-ndrc-icc-mou-2025"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())


def many_events(n: int) -> Engine:
    """The shipped base plus `n` dated events (test fixtures: fictional) citing the shipped source."""
    base = load_one_report()
    quote = base.get(CONF).date.quote
    extra = [Event(id=f"fictional-forum-{i:02d}", name=f"Fictional Forum {i:02d}", kind="forum",
                   date={"value": f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}", "source": "trend-2025-04-21", "quote": quote})
             for i in range(n)]
    return Engine(FactBase.build([*base, *extra]))


@pytest.mark.parametrize("question", [
    "what happened in April 2025?", "Что произошло в апреле 2025 года?", "2025年4月发生了什么？", "Nə baş verib?",
])
def test_timeline_questions_list_the_dated_things_in_order_with_sources(engine, question):
    """Ensure "what happened in April 2025?" in each language lists the conference, then the MoU, each with its source."""
    answer = engine.ask(question)
    assert answer.facts == (f"{CONF}.date", f"{MOU}.date")
    lines = answer.body.splitlines()[1:]
    assert len(lines) == 2 and all("Trend" in line for line in lines)
    assert answer.sources[0].publisher == "Trend"


def test_a_kind_noun_and_a_year_keep_only_that_kind(engine):
    """Ensure "what agreements were signed in 2025?" lists the MoU only."""
    assert engine.ask("what agreements were signed in 2025?").facts == (f"{MOU}.date",)


def test_a_period_with_nothing_in_it_is_declined(engine):
    """Ensure a year without events is "I know of no events", not answered."""
    answer = engine.ask("what happened in 2019?")
    assert not answer.answered and answer.facts == ()


def test_what_the_facts_do_not_know_is_not_a_timeline(engine):
    """Ensure a timeline wording about an unknown thing or a false premise is declined, not listed."""
    for question in ("What's the latest news on the German elections?", "What happened on AZPROMO's 34th export trip?"):
        assert not engine.ask(question).answered, question


def test_the_latest_is_what_the_newest_source_states(engine):
    """Ensure /latest lists the dated things of the newest source."""
    page = engine.latest(lang="en")
    assert page.answer.facts == (f"{CONF}.date", f"{MOU}.date")


def test_timeline_by_topic(engine):
    """Ensure /timeline AZPROMO lists what involves AZPROMO (the conference it organised, its MoU)."""
    page = engine.timeline("AZPROMO", lang="en")
    assert set(page.answer.facts) == {f"{CONF}.date", f"{MOU}.date"}
    assert "AZPROMO" in page.answer.body.splitlines()[0]


def test_a_long_timeline_is_paged_in_date_order():
    """Ensure 25 dated things come in three pages of at most ten lines, the earliest first."""
    e = many_events(23)
    first, last = e.timeline("", lang="en", page=0), e.timeline("", lang="en", page=2)
    assert first.pages == 3 and len(first.answer.facts) == 10 and len(last.answer.facts) == 5
    dates = [e.base.get(f.split(".")[0]).date.value for p in range(3)
             for f in e.timeline("", lang="en", page=p).answer.facts]
    assert dates == sorted(dates) and len(dates) == 25
    assert len(first.answer.text) < 4096


@pytest.mark.parametrize("question", [
    "What's the dollar value of the agreements signed in 2025?",
    "Who signed the agreements in 2025?",
])
def test_a_question_asking_one_value_is_no_timeline(engine, question):
    """Ensure an amount or a person asked about the things of a year is not answered with a list of them."""
    answer = engine.ask(question)
    assert "•" not in answer.body, answer.body


def test_sorting_in_pieces_ensures_the_same_order_as_one_sort():
    """Ensure the timeline of a big base (sorted in pieces so that a swap never stops the bot's
    event loop for long) is in exactly the order one sort gives."""
    import datetime as dt
    import random

    from knowledge.answers.timeline import sorted_in_pieces

    rng = random.Random(7)
    items = [((dt.date(2000 + rng.randrange(30), 1 + rng.randrange(12), 1), rng.randrange(3), f"r{i}", "date"), i)
             for i in range(1000)]
    assert sorted_in_pieces(items, piece=37) == sorted(items)
    assert sorted_in_pieces(items[:10], piece=37) == sorted(items[:10])


@pytest.mark.parametrize("question", ["What's the latest?", "what is the latest", "latest news"])
def test_asking_for_the_latest_is_the_latest(engine, question):
    """Ensure "What's the latest?" lists what the newest source states: its "latest" is the timeline's
    phrase, not a value the facts cannot give."""
    assert engine.ask(question).facts == (f"{CONF}.date", f"{MOU}.date")


def test_a_month_without_a_day_is_written_as_a_heading_would():
    """Ensure a timeline line of a thing dated by its month only reads "апрель 2025 г." in Russian (the month
    on its own), not the genitive of a date ("апреля")."""
    body = Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2)).ask("Что произошло в апреле 2025 года?").body
    assert "\n• апрель 2025 г. —" in body and "• апреля" not in body
