"""The matcher: right answers with sources, honest declines, and no answer from the wrong fact."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.one_report import load_one_report
from knowledge.answers.render import Renderer

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parent / "data" / "questions_en.jsonl").read_text(encoding="utf-8").splitlines() if line]
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report(), today=lambda: TODAY)


def _param(item: dict):
    """A question item as a test case; one the matcher is known to answer from the wrong fact is an xfail."""
    if item.get("known_wrong"):
        return pytest.param(item, marks=pytest.mark.xfail(reason=item["known_wrong"], strict=True))
    return item


@pytest.mark.parametrize("item", [_param(q) for q in QUESTIONS if not q.get("decline")], ids=lambda q: q["q"][:60])
def test_question_is_answered_with_its_source(engine, item):
    """Ensure each question about a fact of the report gets that fact, with the source line."""
    answer = engine.ask(item["q"])
    assert answer.answered, answer.text
    assert list(answer.facts) == item["facts"], answer.text  # which fact answered, not only its words
    for pattern in item["expect"]:
        assert re.search(pattern, answer.text, re.IGNORECASE), answer.text
    assert answer.sources and answer.sources[0].publisher == "Trend"
    assert answer.text.endswith("Source: Trend, Baku, 21 April 2025")
    assert answer.quotes and all(q.text for q in answer.quotes)


@pytest.mark.parametrize("item", [q for q in QUESTIONS if q.get("decline")], ids=lambda q: q["q"][:60])
def test_question_outside_the_facts_is_declined(engine, item):
    """Ensure questions the facts do not answer are declined, never answered from another fact."""
    answer = engine.ask(item["q"])
    assert not answer.answered, answer.text
    assert answer.kind in (AnswerKind.DECLINE, AnswerKind.OFF_TOPIC)


def test_every_fact_is_answered_by_its_own_question(engine):
    """Ensure the plain question for every fact in the base (the one offered as a suggestion) gets that fact."""
    r = Renderer(engine._responder.index, "en", TODAY)
    for fact in engine._responder.index.facts.values():
        if fact.attribute == "summary":
            continue
        question = r.question(fact)
        answer = engine.ask(question)
        assert answer.answered, question
        assert answer.facts == (fact.id,), (question, answer.facts)


def test_known_thing_unknown_attribute_never_borrows_another_things_fact(engine):
    """Ensure asking any thing for an attribute only another thing has is declined.

    Every fact's question is re-asked about each other record of the same type that
    lacks that attribute ("When was the NDRC founded?" from "When was AZPROMO founded?").
    """
    index = engine._responder.index
    r = Renderer(index, "en", TODAY)
    checked = 0
    for fact in index.facts.values():
        if fact.attribute in ("summary",):
            continue
        for other in index.base:
            if other.type != fact.rtype or other.id == fact.subject:
                continue
            if any(f.attribute == fact.attribute for f in index.by_subject.get(other.id, ())):
                continue
            question = r.m(f"questions.{fact.key}", subject=r.name(other.id), measure="export trips")
            answer = engine.ask(question)
            if answer.answered:
                answering = index.base.get(answer.facts[0].split(".")[0])
                part_of = getattr(answering, "part_of", None)
                # a sub-event of the thing asked about may answer ("discussed at the conference": at its meeting)
                assert answering.id != fact.subject or (part_of and part_of.value == other.id), (question, answer.text)
            checked += 1
    assert checked > 20


def test_decline_says_what_is_known_about_the_thing(engine):
    """Ensure "When was the NDRC founded?" is declined, says so, and tells what is known about the NDRC."""
    answer = engine.ask("When was the NDRC founded?")
    assert answer.kind is AnswerKind.DECLINE
    assert "don't know when NDRC was founded" in answer.text
    assert "National Development and Reform Commission" in answer.text
    assert "2003" not in answer.text
    assert answer.known_about == ("ndrc",)


def test_decline_offers_questions_that_are_answered(engine):
    """Ensure each suggestion of a decline is a question the bot answers with the suggested fact."""
    answer = engine.ask("What is the budget of the NDRC?")
    assert not answer.answered
    for s in engine.ask("Who heads the NDRC?").suggestions:
        assert engine.ask(s.question).facts == (s.fact_id,)


def test_off_topic_is_declined_politely(engine):
    """Ensure a question about something else entirely gets a polite pointer to what the bot knows."""
    answer = engine.ask("Who won the football world cup in 2022?")
    assert answer.kind is AnswerKind.OFF_TOPIC
    assert "China–Azerbaijan investment partnership" in answer.text
    assert not answer.sources


@pytest.mark.parametrize("text,kind", [("hello", "greeting"), ("thanks!", "thanks"), ("help", "help")])
def test_smalltalk_gets_a_friendly_reply(engine, text, kind):
    """Ensure greetings, thanks and help get a friendly reply (with examples where it helps), not a decline."""
    answer = engine.ask(text)
    assert answer.kind is AnswerKind.SMALLTALK
    assert not answer.answered
    if kind != "thanks":
        assert "AZPROMO" in answer.text or "conference" in answer.text.lower()


def test_years_since_founding_follow_today():
    """Ensure derived answers use today's date: AZPROMO's age grows with the calendar."""
    later = Engine(load_one_report(), today=lambda: dt.date(2030, 6, 1))
    assert "27 years" in later.ask("How many years has AZPROMO existed?").text
    assert "23 years" in Engine(load_one_report(), today=lambda: TODAY).ask("How old is AZPROMO?").text


def test_time_since_the_conference_and_days_to_the_report(engine):
    """Ensure how long ago the conference was, and the days between it and the report, are derived."""
    assert "1 year and 7 months ago" in engine.ask("How long ago was the conference?").text
    assert "4 days after" in engine.ask("How many days passed between the conference and the report?").text


@pytest.mark.parametrize("text", ["", "   \n\t", "x" * 100_000, "\x00\x01\x02\x03\x04\x05", "\ufffd" * 20, "!!!???"])
def test_unusable_input_gets_a_clear_message(engine, text):
    """Ensure empty, oversized and unreadable messages get a clear message instead of a guess."""
    answer = engine.ask(text)
    assert answer.kind is AnswerKind.INVALID
    assert answer.body and not answer.answered


def test_answer_metadata_is_consistent(engine):
    """Ensure an answer names existing facts, a confidence between 0 and 1 and at most three suggestions."""
    for q in ["When was AZPROMO founded?", "conference", "mou", "What is the weather?", "Who heads the NDRC?"]:
        answer = engine.ask(q)
        assert 0.0 <= answer.confidence <= 1.0
        assert len(answer.suggestions) <= 3
        for fid in answer.facts:
            assert fid in engine._responder.index.facts


def test_swap_changes_answers_at_once(engine):
    """Ensure a new fact base answers the next question (what admins' changes rely on)."""
    from knowledge.facts.factbase import FactBase
    base = load_one_report()
    azpromo = base.get("azpromo")
    changed = azpromo.model_copy(update={"founded": azpromo.founded.model_copy(update={"value": 2004})})
    e = Engine(base, today=lambda: TODAY)
    e.swap(FactBase.build([changed if r.id == "azpromo" else r for r in base]))
    assert "2004" in e.ask("When was AZPROMO founded?").text
