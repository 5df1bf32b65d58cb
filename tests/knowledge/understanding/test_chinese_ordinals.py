"""An ordinal a Chinese question writes in numerals ("第五次会议") states its number as "the 5th session" does:
asked of a session the facts number otherwise, it is a false premise and declined. Asked of a fictional
commission's 3rd session."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.numerals import chinese_ordinals, value
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "ordinal_meetings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["莲花贸易委员会第五次会议是什么时候举行的？",
                                      "When was the 5th session of the Lotus Trade Commission held?"])
def test_another_ordinal_than_the_facts_is_declined(engine, question):
    """Ensure the 5th session, asked in Chinese numerals or in digits, is not answered with the 3rd's date."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_the_facts_own_ordinal_in_chinese_numerals_is_answered(engine):
    """Ensure the 3rd session asked as 第三次 is answered with its date."""
    answer = engine.ask("莲花贸易委员会第三次会议是什么时候举行的？")
    assert answer.answered, answer.text
    assert answer.facts == ("test-lotus-commission-3.date",)


def test_a_count_in_numerals_is_no_number_stated():
    """Ensure only ordinals are read: "两位官员" (the two officials) states no number, as "two" does not."""
    assert chinese_ordinals("两位官员会谈时讨论了什么？") == frozenset()
    assert chinese_ordinals("第十次会议") == {"10"}
    assert [value(n) for n in ("十", "二十三", "一百零五", "三")] == [10, 23, 105, 3]


@pytest.mark.parametrize("question", ["When was the fifth session of the Lotus Trade Commission held?",
                                      "When was the Lotus Trade Commission's fifth session held?"])
def test_another_ordinal_in_english_words_is_declined(engine, question):
    """Ensure "the fifth session", an ordinal in words right before the kind noun, is another session than the
    3rd: not answered with the 3rd session's date."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_the_facts_own_ordinal_in_english_words_is_answered(engine):
    """Ensure "the third session" is the 3rd session."""
    assert engine.ask("When was the third session of the Lotus Trade Commission held?").facts == (
        "test-lotus-commission-3.date",)


def test_an_ordinal_is_not_stated_by_the_day_its_source_was_published(engine):
    """Ensure "the 4th Lotus Trade Fair" is declined though the fair's source was published on the 4th (of
    October): an ordinal numbers a thing, so the facts' own words or names must state it; the fair itself is
    still answered."""
    answer = engine.ask("Where was the 4th Lotus Trade Fair held?")
    assert not answer.answered, (answer.text, answer.facts)
    assert engine.ask("Where was the Lotus Trade Fair held?").facts == ("test-lotus-fair.place",)
