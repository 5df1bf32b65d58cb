"""Records an admin imports with English and pinyin names only, asked about in Russian, Azerbaijani and
Chinese as those languages spell the names ("Габалинский форум «Шёлковый путь»", "Qəbələ İpək Yolu",
"李晓明"): found by their sound and by the language files' name words, never by aliases per record."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "english_names.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Когда прошёл Габалинский форум «Шёлковый путь»?",
    "Qəbələ İpək Yolu Çay Forumu nə vaxt keçirilib?",
    "加巴拉丝绸之路茶叶论坛是哪天举行的？",
])
def test_an_english_event_name_said_in_another_language_is_the_event(engine, question):
    """Ensure "Габалинский", "Qəbələ" and "加巴拉" are heard as Gabala, and "шёлковый путь", "İpək Yolu" and
    "丝绸之路" read as Silk Road, so the date answered is the Gabala Silk Road Tea Forum's."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("gabala-tea-forum.date",)


@pytest.mark.parametrize("question", ["Кто такой Ли Сяомин?", "李晓明是谁？"])
def test_a_pinyin_name_in_cyrillic_or_characters_is_that_person(engine, question):
    """Ensure a Chinese name imported in pinyin ("Li Xiaoming") is found when written in Cyrillic
    ("Ли Сяомин", as Russian writes pinyin) or in Chinese characters ("李晓明")."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("li-xiaoming.summary",)
    assert "Li Xiaoming" in answer.body


def test_a_place_heard_in_no_known_name_is_still_unknown(engine):
    """Ensure "в Гяндже", a city no record of this base is named after, does not make the Gabala forum's date
    the answer about a Silk Road tea forum in Ganja."""
    answer = engine.ask("Когда прошёл форум «Шёлковый путь» по чаю в Гяндже?")
    assert "gabala-tea-forum.date" not in answer.facts, answer.text


def test_a_common_word_is_not_heard_as_a_name(engine):
    """Ensure ordinary Chinese words ("截至今天", "世界") are not read as the sound of a name."""
    answer = engine.ask("截至今天AZPROMO成立多少年了")
    assert answer.answered, answer.text
    assert answer.facts == ("azpromo.years_since_founded",) or all(f.startswith("azpromo.") for f in answer.facts)


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_a_name_said_in_three_of_its_words_across_scripts_is_that_thing(shipped):
    """Ensure "ветровой электростанции в Хызы и Абшероне" (wind, plant, Khizi, Absheron: two words by their
    meaning, two by their sound) names the 240 MW wind project in Khizi and Absheron, as its English words would."""
    answer = shipped.ask("Какова мощность ветровой электростанции в Хызы и Абшероне?")
    assert answer.facts == ("khizi-absheron-wind-240mw.capacity",), answer.text


def test_a_name_word_of_the_language_file_meets_the_plural_in_a_name(shipped):
    """Ensure "İqtisadi Zonaların İnkişafı Agentliyi" (zona: zone) names the Economic Zones Development Agency,
    whose name says "Zones": its parent ministry answers."""
    answer = shipped.ask("İqtisadi Zonaların İnkişafı Agentliyi hansı nazirliyin tabeliyindədir?")
    assert answer.facts == ("ezda.parent",), answer.text


@pytest.mark.parametrize("question, fact", [
    ("What was the Azerbaijan-China trade turnover in 2024?", "trade-az-cn-2024.value"),
    ("Who signed the memorandum between Azerbaijan Railways and Xi'an Port?", "mou-ady-xian-port-2025-10.signatories"),
])
def test_a_name_said_without_its_remark_in_brackets_names_the_thing(shipped, question, fact):
    """Ensure a name said whole but for its remark in brackets ('..., 2024 ("last year")', '... (October 2025)')
    names that record, not one whose name the words fill less (the first quarter of 2024)."""
    assert shipped.ask(question).facts == (fact,)


def test_a_kind_said_in_another_language_is_a_name_word_too(shipped):
    """Ensure "меморандум о взаимопонимании о промышленном сотрудничестве" (memorandum of understanding on industrial
    cooperation, each word said in Russian) names that memorandum, not the one whose alias is only "меморандум о
    взаимопонимании": its date then answers "Когда?"."""
    first, when = converse(shipped, "Кто подписал меморандум о взаимопонимании о промышленном сотрудничестве с "
                           "Министерством промышленности и информационных технологий Китая?", "Когда?")
    assert not any(f.startswith("azpromo-ndrc-icc-mou-2025") for f in first.facts)
    assert when.facts == ("mou-economy-miit-industrial-2025.date",)


def test_diplomatic_relations_said_in_russian_name_their_establishment(shipped):
    """Ensure "дипломатические отношения" (diplomatic relations, the words of the English name said in Russian)
    name the establishment of diplomatic relations: its date answers."""
    answer = shipped.ask("Когда были установлены дипломатические отношения между Азербайджаном и Китаем?")
    assert answer.facts == ("az-china-diplomatic-relations.date",), answer.text


def test_a_named_thing_in_russian_wins_over_the_memorandum_talked_about(shipped):
    """Ensure "А с кем подписан меморандум о расширении двустороннего торгового сотрудничества?" after another
    memorandum is the bilateral trade cooperation memorandum (bilateral, trade, cooperation said in Russian), not
    the one talked about."""
    _, answer = converse(shipped, "Когда был подписан меморандум о взаимопонимании о промышленном сотрудничестве?",
                         "А с кем подписан меморандум о расширении двустороннего торгового сотрудничества?")
    assert answer.facts and all(f.startswith("mou-economy-mofcom-trade-2025.") for f in answer.facts), answer.text
