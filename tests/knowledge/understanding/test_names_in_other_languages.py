"""Records named in English only, asked in Russian and Azerbaijani: the words of their English names read from
the question's words (the language files' name_words, and country words where they open a name). On the fictional
fixture data/names_in_other_languages.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "names_in_other_languages.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Azərbaycan Bərələrinin sədri kimdir?",
    "Кто председатель Азербайджанских паромов?",
])
def test_a_country_word_that_opens_a_name_is_that_names_word(engine, question):
    """Ensure "Azərbaycan Bərələri" (the next word capitalised) and "Азербайджанских паромов" (a country adjective
    capitalised mid-sentence) are Azerbaijan Ferries, not Aral Ferries: its chairman answered."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts in (("test-az-ferries.head",), ("test-samir-gulamov.role",)), answer.text


def test_a_country_word_that_describes_names_nothing(engine):
    """Ensure "компаний с китайским капиталом" (a lower-case adjective before a word) is not read as the words of a
    name ("China capital"): the count of companies answers, not Lankaran's investment in China."""
    answer = engine.ask("Сколько компаний с китайским капиталом зарегистрировано в Ленкорани?")
    assert answer.facts == ("test-firms-chinese-capital-2026.value",), answer.text


@pytest.mark.parametrize("question", [
    "Когда прошёл форум по ветроэнергетике и сетям в Гиляне?",
    "Gilan Külək və Şəbəkə Forumu nə vaxt keçirilib?",
    "Gilan风电与电网论坛是什么时候举行的？",
])
def test_generic_words_of_an_english_name_are_read_in_every_language(engine, question):
    """Ensure the words of an English name that are no proper names ("Wind and Grid": ветроэнергетика и сети,
    külək və şəbəkə, 风电与电网) name the record in Russian, Azerbaijani and Chinese."""
    answer = engine.ask(question)
    assert answer.facts == ("test-gilan-grid-forum.date",), answer.text


def test_a_figure_is_said_to_four_significant_digits(engine):
    """Ensure $748.8 million is "7.488亿" in Chinese (its own digits), not rounded to "7.49亿"; the revenue is read
    by its word (营业收入)."""
    answer = engine.ask("Azerbaijan Ferries 2025年营业收入是多少？")
    assert answer.facts == ("test-ferries-revenue-2025.value",), answer.text
    assert "7.488亿" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Когда завершился рабочий визит Самира Гуламова в Нинся?",
    "Samir Gulamovun Ningxia səfəri nə vaxt başa çatıb?",
    "Samir Gulamov的宁夏访问什么时候结束？",
])
def test_when_an_event_ended_is_its_end_date(engine, question):
    """Ensure "when did the visit end?" in ru/az/zh is the visit's end date, not the date it began."""
    answer = engine.ask(question)
    assert answer.facts == ("test-gulamov-visit.end_date",), answer.text


def test_why_is_not_answered_by_what_a_thing_is(engine):
    """Ensure "why was the forum postponed?" (a verb no fact states) gets no profile of the forum as an answer."""
    answer = engine.ask("为什么Gilan风电与电网论坛被推迟了？")
    assert not answer.answered and not answer.facts, answer.text


@pytest.mark.parametrize("question, fact", [
    ("Gilan Glassworks在连科兰的工厂投资多少？", "test-gilan-glass-plant.investment"),
    ("Gilan Glassworks的工厂将创造多少个就业岗位？", "test-gilan-glass-plant.jobs"),
])
def test_a_company_s_plant_asked_in_chinese_is_its_project(engine, question, fact):
    """Ensure "<company>的工厂" is the company's plant (a record's kind noun read from Chinese characters, as from
    the words of other languages), its investment said as "2900万" (no thousands separator before 万)."""
    answer = engine.ask(question)
    assert answer.facts == (fact,), answer.text
    if fact.endswith("investment"):
        assert "2900万" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Сколько Gilan Glassworks вложит в завод в Ленкорани?",
    "Gilan Glassworks zavoduna nə qədər sərmayə qoyacaq?",
])
def test_investing_said_by_its_verbs_asks_the_investment(engine, question):
    """Ensure "сколько … вложит", "nə qədər sərmayə qoyacaq" (how much will it put in) ask the plant's investment."""
    answer = engine.ask(question)
    assert answer.facts == ("test-gilan-glass-plant.investment",), answer.text



@pytest.mark.parametrize("question", [
    "2026-cı ildə Azərbaycan ilə Çin arasında çay ticarəti dövriyyəsi nə qədər olub?",
    "Каким был чайный товарооборот между Азербайджаном и Китаем в 2026 году?",
])
def test_two_countries_joined_by_and_are_a_bilateral_name_and_a_year_is_no_when(engine, question):
    """Ensure "Azərbaycan ilə Çin" / "Азербайджаном и Китаем" (two countries joined by "and") read as the country
    pair of an English name ("Azerbaijan–China tea trade turnover, 2026"), and "2026-cı ildə" / "в 2026 году" (the
    year it states) asks no "when": the figure answers."""
    answer = engine.ask(question)
    assert answer.facts == ("test-az-cn-tea-trade-2026.value",), answer.text


@pytest.mark.parametrize("question", [
    "2026-cı ildə Azərbaycanın Çinə çay ixracı nə qədər olub?",
    "What were Azerbaijan's tea exports to China in 2026?",
    "How many jobs will the Gilan Glassworks factories create?",
])
def test_a_statistic_answers_only_what_it_measures(engine, question):
    """Ensure exports are not answered with a trade turnover, nor jobs with a number of factories: a statistic
    measures what its name, kind and unit say."""
    answer = engine.ask(question)
    assert not answer.answered and not answer.facts, (answer.text, answer.facts)
