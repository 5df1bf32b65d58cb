"""The shipped fact base is the public reporting on the partnership: many sources and publishers, every
citation checkable, conflicting reports kept side by side, and the new kinds of facts answered."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import citations
from knowledge.facts.loader import load_shipped

TODAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def base():
    return load_shipped()


@pytest.fixture(scope="module")
def engine(base):
    return Engine(base, today=lambda: TODAY)


def test_the_base_holds_at_least_25_sources_from_4_publishers_each_with_url_and_date(base):
    """Ensure the shipped reporting is broad: >= 25 sources, >= 4 publishers, each with its URL and date."""
    sources = base.sources()
    assert len(sources) >= 25 and len({s.publisher for s in sources}) >= 4
    assert all(s.url and s.published for s in sources)


def test_no_text_of_another_publisher_is_shipped(base):
    """Ensure only the Trend report given to us is kept as text; every other source is cited by locator."""
    kept = {s.id for s in base.sources() if s.file or s.text}
    assert kept == {"trend-2025-04-21"}
    for rec in base:
        for path, c in citations(rec):
            assert (c.quote is not None) == (c.source in kept), f"{rec.id}.{path}"


def test_the_venue_is_answered_from_the_reports_that_say_beijing(engine):
    """Ensure the conference's venue comes from the reports stating it, never the Trend report that does not."""
    a = engine.ask("Where was the China-Azerbaijan investment conference held?")
    assert a.facts == ("china-az-investment-conference-2025.place",) and "Beijing" in a.text
    ids = {s.id for s in a.sources}
    assert "trend-2025-04-21" not in ids and any(s.publisher == "Trend" for s in a.sources)


def test_sources_that_disagree_are_both_shown_newest_last(engine, base):
    """Ensure a value stated differently by two reports is answered with each report's figure and source."""
    plant = base.get("gobustan-solar-100mw")
    claims = plant.completion.claims()
    assert len({c.value for c in claims}) == 2
    a = engine.ask("When will the Gobustan Solar Power Plant be completed?")
    assert a.facts == ("gobustan-solar-100mw.completion",)
    lines = [line for line in a.body.splitlines() if line.startswith("According to")]
    assert len(lines) == 2 and "2026" in lines[0] and "2027" in lines[1]
    assert "23 April 2025" in lines[0]  # the older report first


@pytest.mark.parametrize("question,fact,words", [
    ("What is the capacity of the Bilasuvar Solar Power Plant?", "bilasuvar-445mw-solar.capacity", ["445 MW"]),
    ("How much are the documents signed at the China-Azerbaijan Industrial and Investment Cooperation Promotion "
     "Conference worth?", "china-az-investment-conference-2025.total_value", ["$335 million"]),
    ("Who signed the Memorandum of Understanding on industrial cooperation in person?",
     "mou-economy-miit-industrial-2025.signatories", ["Mikayil Jabbarov"]),
    ("Which sectors does the Memorandum of Understanding on industrial cooperation cover?",
     "mou-economy-miit-industrial-2025.sectors", ["metallurgy", "renewable energy"]),
    ("What was the Azerbaijan-China trade turnover, Q1 2024?", "trade-az-cn-2024-q1.value",
     ["$748.8 million"]),
])
def test_the_new_kinds_of_facts_are_answered_with_their_sources(engine, question, fact, words):
    """Ensure projects, amounts, signatories, sectors and statistics are answered from the right fact."""
    a = engine.ask(question)
    assert a.facts == (fact,), a.text
    assert all(w in a.text for w in words) and a.sources


@pytest.mark.parametrize("question,fact,words", [
    ("Какова мощность Bilasuvar Solar Power Plant?", "bilasuvar-445mw-solar.capacity", ["445", "мощность"]),
    ("Bilasuvar Solar Power Plant gücü nə qədərdir?", "bilasuvar-445mw-solar.capacity", ["445", "gücü"]),
    ("Bilasuvar Solar Power Plant 的装机容量是多少？", "bilasuvar-445mw-solar.capacity", ["445", "装机容量"]),
    ("Сколько стоят документы, подписанные на конференции?", "china-az-investment-conference-2025.total_value",
     ["335 млн долларов США"]),
    ("Konfransda imzalanan sənədlərin ümumi dəyəri nə qədərdir?", "china-az-investment-conference-2025.total_value",
     ["335 milyon ABŞ dolları"]),
    ("大会上签署的文件总价值是多少？", "china-az-investment-conference-2025.total_value", ["3.35亿美元"]),
])
def test_the_new_facts_are_answered_in_russian_azerbaijani_and_chinese(engine, question, fact, words):
    """Ensure the new attributes have cues and sentences in every language, and answer from the right fact."""
    a = engine.ask(question)
    assert a.facts == (fact,), a.text
    assert all(w in a.text for w in words), a.text
