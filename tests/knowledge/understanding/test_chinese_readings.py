"""Records named in English only, asked in Chinese (and a pinyin name asked in Azerbaijani): the words of their
English names read from the question's characters, the characters of one word counted as one word; 项目 (a
project) names no initiative; the protocol of a meeting is not the meeting its words name; a pinyin name is not
another one that sounds alike. On the fictional fixture data/chinese_readings.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.sounds import latin_keys, question_keys
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "chinese_readings.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_country_before_the_words_of_an_english_name_is_part_of_it(engine):
    """Ensure "阿塞拜疆茶叶公司的主席" is the chairman of Azerbaijan Tea Company, not the "阿塞拜疆制造" initiative
    whose Chinese name shares the country's characters."""
    answer = engine.ask("阿塞拜疆茶叶公司的主席是谁？")
    assert answer.answered, answer.text
    assert answer.facts in (("test-ramil-qasimov.role",), ("test-az-tea-company.head",))


def test_a_project_noun_names_no_initiative(engine):
    """Ensure "……光伏电站项目由哪家公司建设" is never answered with the one initiative of the base."""
    answer = engine.ask("阿斯塔拉光伏电站项目由哪家公司建设？")
    assert not any(f.startswith("made-in-azerbaijan") for f in answer.facts), answer.text


def test_the_meeting_is_not_its_protocol(engine):
    """Ensure "委员会第五次会议在哪里举行" is the meeting's place, not where its protocol was signed: the protocol's
    name holds the meeting's words, but the question does not say "protocol"."""
    answer = engine.ask("茶叶贸易委员会第五次会议在哪里举行？")
    assert answer.answered, answer.text
    assert answer.facts == ("test-tea-commission-5.place",)


def test_a_pinyin_name_is_not_another_that_sounds_alike(engine):
    """Ensure Jiangsu is not read as Zhejiang: a vowel between two like consonants keeps them two."""
    assert not latin_keys("zhejiang") & latin_keys("jiang")
    assert latin_keys("zhejiang") & question_keys("чжэцзян", "ru")
    assert latin_keys("mammadov") & question_keys("мамедов", "ru")
    answer = engine.ask("Azərbaycan–Jiangsu çay forumu harada keçiriləcək?")
    assert not answer.answered, (answer.text, answer.facts)
    answer = engine.ask("Azərbaycan–Zhejiang çay forumu harada keçiriləcək?")
    assert answer.facts == ("test-az-zhejiang-tea-forum.place",)


def test_characters_joined_to_a_name_that_nothing_explains_are_an_unknown_name(engine):
    """Ensure "AZPROMO和腾讯签署的谅解备忘录" (with a company the facts do not know) is not answered with the date of
    AZPROMO's memorandum with the NDRC's centre; said with the centre's name, it still is."""
    answer = engine.ask("AZPROMO和腾讯签署的谅解备忘录是什么时候签的？")
    assert not answer.answered, (answer.text, answer.facts)
    answer = engine.ask("AZPROMO和国家发展改革委国际合作中心签署的谅解备忘录是什么时候签的？")
    assert answer.facts == ("azpromo-ndrc-icc-mou-2025.date",)


def test_english_name_words_a_kind_noun_does_not_fit_are_another_thing():
    """Ensure "茶叶工作组会议" (a tea working group's meeting: name words read from the characters) is not the
    conference the kind noun 会议 names, in a base with no such meeting (data/trade_turnover.yaml)."""
    engine = engine_with(Path(__file__).parent / "data" / "trade_turnover.yaml")
    answer = engine.ask("茶叶工作组会议是什么时候举行的？")
    assert not answer.answered, (answer.text, answer.facts)
    assert answer.facts == ()
