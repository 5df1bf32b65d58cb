"""A Chinese question's particles and measure words (了, 年, 片) are no words between a name's; a statement is no
declaration in Russian, Azerbaijani and Chinese (заявление, bəyanat, 声明: each its own English word); a Chinese
question numbering months ("前七个月", "1月至7月") asks no whole year's figure; an investment asked is no count of
things of a unit the question does not say (nor does that count keep the investment of what belongs to the company
from answering). On the fictional fixture data/chinese_word_widths.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "chinese_word_widths.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_particles_and_measure_words_are_no_words_between_a_names(engine):
    """Ensure "兰海2025年交付了多少片叶片？" names the rotor blades Lanhai shipped in 2025 (its words 兰海, 2025 and 叶片
    apart only by a verb and 年, 了, 多少, 片), not the company alone."""
    answer = engine.ask("兰海2025年交付了多少片叶片？")
    assert answer.facts == ("test-lanhai-blades-shipped-2025.value",), answer.text


@pytest.mark.parametrize("question", [
    "巴库和宁波全面战略伙伴关系联合声明是哪天签署的？",
    "Когда было подписано совместное заявление о всеобъемлющем стратегическом партнёрстве Баку и Нинбо?",
])
def test_a_statement_is_no_declaration(engine, question):
    """Ensure a joint statement asked in Chinese or Russian (声明, заявление) is the joint statement, not the joint
    declaration of the same partners whose shorter name its words would otherwise cover."""
    answer = engine.ask(question)
    assert answer.facts == ("test-baku-ningbo-statement.date",), answer.text


@pytest.mark.parametrize("question", [
    "巴库和宁波战略伙伴关系联合宣言是哪天签署的？",
    "Когда была подписана совместная декларация о стратегическом партнёрстве Баку и Нинбо?",
    "Bakı və Ningbo strateji tərəfdaşlığı haqqında birgə bəyannamə nə vaxt imzalanıb?",
])
def test_a_declaration_is_still_the_declaration(engine, question):
    """Ensure 宣言, декларация and bəyannamə still name the joint declaration."""
    answer = engine.ask(question)
    assert answer.facts == ("test-baku-ningbo-declaration.date",), answer.text


@pytest.mark.parametrize("question", ["2025年前七个月巴库与宁波的贸易额是多少？", "2025年1月至7月巴库与宁波的贸易额是多少？"])
def test_months_numbered_ask_no_whole_year(engine, question):
    """Ensure the trade of the first seven months of 2025 is not answered with the whole year's figure."""
    answer = engine.ask(question)
    assert "test-baku-ningbo-trade-2025.value" not in answer.facts, answer.text


def test_the_whole_year_is_still_answered(engine):
    """Ensure the year said alone still asks the whole year's figure."""
    answer = engine.ask("2025年巴库与宁波的贸易额是多少？")
    assert answer.facts == ("test-baku-ningbo-trade-2025.value",), answer.text


@pytest.mark.parametrize("question", ["How much is Lanhai investing in blade plants?", "兰海在叶片工厂投资多少？"])
def test_an_investment_is_no_count_of_countries(engine, question):
    """Ensure "how much is Lanhai investing" is never answered with the 11 countries it has built blade plants in."""
    answer = engine.ask(question)
    assert "test-lanhai-countries.value" not in answer.facts, answer.text


def test_an_investment_asked_is_that_of_the_company_s_one_project(engine):
    """Ensure "how much is Lanhai investing", its count of countries no answer, is the investment of the one project
    Lanhai develops (what belongs to it), as before."""
    for question in ("How much is Lanhai investing?", "兰海投资多少？"):
        answer = engine.ask(question)
        assert answer.facts == ("test-lanhai-baku-plant.investment",), answer.text


def test_the_countries_are_still_counted(engine):
    """Ensure the countries asked by their own word are still that count."""
    answer = engine.ask("Lanhai在多少个国家建了叶片工厂？")
    assert answer.facts == ("test-lanhai-countries.value",), answer.text


def test_chinese_funded_companies_are_those_with_chinese_capital(engine):
    """Ensure "中资企业" (Chinese-funded companies) reads the "Chinese capital" of a statistic's English name."""
    answer = engine.ask("在巴库注册的中资企业有多少家？")
    assert answer.facts == ("test-chinese-capital-companies-baku.value",), answer.text
