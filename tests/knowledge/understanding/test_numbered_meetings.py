"""Numbered meetings named in English only (as an admin imports them), asked in Russian, Azerbaijani and Chinese:
the ordinal the question writes in digits with its ending ("3-е", "3-cü"), in words ("третье", "ikinci") or in
Chinese numerals ("第三次") is the "3rd" of the name; another ordinal is another meeting, never answered with one
the facts hold. Also: a pair of countries joined by a dash is the pair of a bilateral name, a two-syllable Chinese
name is found in Cyrillic and Azerbaijani spelling, and a statistic's period is no answer to a question that states
it. On the fictional fixture data/numbered_meetings.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.numerals import english_ordinal, ordinal_readings
from knowledge.language.text import tokens
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "numbered_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Где прошло 3-е заседание рабочей группы по торговле чаем?", "test-tea-wg-3.place"),
    ("Где прошло третье заседание азербайджано-китайской рабочей группы по торговле чаем?", "test-tea-wg-3.place"),
    ("Çay ticarəti üzrə işçi qrupunun 3-cü iclası harada keçirilib?", "test-tea-wg-3.place"),
    ("Azərbaycan–Çin Çay Ticarəti üzrə İşçi Qrupunun ikinci iclası nə vaxt keçirilib?", "test-tea-wg-2.date"),
    ("茶叶贸易工作组第三次会议在哪里举行？", "test-tea-wg-3.place"),
])
def test_an_ordinal_in_the_question_language_names_the_numbered_meeting(engine, question, fact):
    """Ensure the meeting numbered as the question numbers it answers, though its name is in English only."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", [
    "When was the 5th meeting of the working group on tea trade held?",
    "Когда прошло пятое заседание рабочей группы по торговле чаем?",
    "茶叶贸易工作组第五次会议在哪里举行？",
])
def test_another_ordinal_is_never_answered_with_a_meeting_the_facts_hold(engine, question):
    """Ensure the 5th meeting (none is known) is not answered with the date or place of the 1st, 2nd or 3rd."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
    assert answer.facts == ()


@pytest.mark.parametrize("question", ["Кто такая Ху Мэй?", "Hu Mey kimdir?"])
def test_a_two_syllable_chinese_name_in_another_spelling_is_the_person(engine, question):
    """Ensure "Ху Мэй" and "Hu Mey" (one consonant a word) are Hu Mei, not an unknown name."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-hu-mei.summary",)


def test_a_period_said_back_is_no_answer(engine):
    """Ensure "and in 2025?" after the 2025 figure is not answered with "the period: 2025"."""
    *_, again = converse(engine, "What were Azerbaijan's tea exports to China in 2025?", "Bəs 2025-ci ildə?")
    assert "test-tea-exports-2025.period" not in again.facts


def test_ordinal_readings():
    """Ensure digits with an ordinal ending and Chinese ordinals read as English ordinals; a year does not."""
    assert ordinal_readings(tokens("4-е заседание"), "ru")[0] == {0: "4th", 1: "4th"}
    assert ordinal_readings(tokens("2025-ci ildə"), "az")[0] == {}
    assert set(ordinal_readings(tokens("第二十三届会议"), "zh")[0].values()) == {"23rd"}
    assert [english_ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 22, 101)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd", "101st"]
