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
