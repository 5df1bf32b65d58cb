"""Questions in Russian, Azerbaijani and Chinese about records an admin adds, named in English only (issue 11):
what the English question reaches, its twin in another language reaches too, and no further."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.understanding.analysis import analyse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "multilingual_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "QMBG-nin 2025-ci ildə gəliri nə qədər olub?",
    "QMBG gəliri 2025-ci ildə nə qədər olub?",
    "QMBG在2025年的营收是多少？",
])
def test_a_word_of_what_facts_may_hold_is_read_in_english(engine, question):
    """Ensure a word that declines what no fact states ("gəlir", "营收": revenue) answers a record whose English
    name states it, as the English question does."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-qmbg-revenue-2025.value",)


def test_an_ending_written_apart_from_an_acronym_is_grammar(engine):
    """Ensure "QMBG-nin" (an Azerbaijani genitive after a hyphen) names QMBG and leaves no word of its own."""
    a = analyse("QMBG-nin 2025-ci ildə gəliri nə qədər olub?", engine._responder.index, lang="az")
    assert "nin" not in a.residual
    assert a.mentions["test-qmbg"].strength >= 1.0


@pytest.mark.parametrize("question", [
    "How much is QMBG's share in the Zardabad boatyard?",
    "QMBG-nin Zardabad tərsanəsində payı nə qədərdir?",
])
def test_a_word_of_another_figure_is_not_answered_by_a_neighbour(engine, question):
    """Ensure "how much is its share" is not answered with the project's investment or jobs when the project has a
    figure of that name: the question asks for the figure ("payı" is no typo of "sayı", count)."""
    answer = engine.ask(question)
    assert answer.facts not in (("test-zardabad-boatyard.investment",), ("test-zardabad-boatyard.jobs",))



@pytest.mark.parametrize("question", [
    "Qəbələ Zardabad Boatyard tikintisi nə vaxt başlayacaq?",
    "Gabala Zardabad Boatyard: when will it start?",
])
def test_a_first_word_beside_a_name_that_does_not_say_it_is_another_thing(engine, question):
    """Ensure an unknown word opening the question right before a name's capitalised words ("Qəbələ Zardabad ...",
    where Azerbaijani puts names first) is read as another thing's name, as it would be mid-sentence."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()


@pytest.mark.parametrize("question, fact", [
    ("Zardabad Boatyard tikintisi nə vaxt başlayacaq?", "test-zardabad-boatyard.start"),
    ("Когда начнётся строительство Zardabad Boatyard?", "test-zardabad-boatyard.start"),
    ("QMBG boatyard tikintisinə nə vaxt başlanacaq?", "test-zardabad-boatyard.start"),
])
def test_a_start_said_in_the_future(engine, question, fact):
    """Ensure the start of a project asked in the future tense ("başlayacaq", "начнётся") is its start."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_chinese_count_in_its_own_unit_is_answered(engine):
    """Ensure "交付了多少艘船" (how many boats delivered) is the count of boats, its measure word "艘" no unit."""
    answer = engine.ask("QMBG 2025年交付了多少艘船？")
    assert answer.answered, answer.text
    assert answer.facts == ("test-qmbg-boats-2025.value",)


def test_a_chinese_count_in_a_unit_the_fact_does_not_count_is_declined(engine):
    """Ensure "最长多少米" (how many metres at most) is not answered with the count of boats: the character after
    "多少" that nothing explains is what is counted, and the fact counts boats."""
    answer = engine.ask("QMBG的船最长多少米？")
    assert not answer.answered, answer.text
    assert answer.facts == ()


@pytest.mark.parametrize("question", ["QMBG在2025年的营收是多少？", "Какова выручка QMBG в 2025 году?"])
def test_revenue_in_other_languages(engine, question):
    """Ensure "营收", "выручка" (words of the decline list) ask for the revenue a statistic's English name states."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0].startswith("test-qmbg-revenue-2025.")


def test_a_descriptive_name_said_in_another_language_keeps_its_kind_word(engine):
    """Ensure "инвестиционное соглашение о логистическом центре в Зардабаде" names the investment agreement its words
    describe, its "соглашение" no kind noun naming every memorandum besides it."""
    answer = engine.ask("Кто подписал инвестиционное соглашение о логистическом центре в Зардабаде?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-qmbg-investment-agreement.signatories",)


@pytest.mark.parametrize("question", [
    "Когда инвестиционное соглашение вступит в силу?",
    "When will the investment agreement enter into force?",
    "İnvestisiya sazişi nə vaxt qüvvəyə minəcək?",
    "投资协议什么时候生效？",
])
def test_entry_into_force_no_fact_states_is_declined(engine, question):
    """Ensure when an agreement enters into force, which no fact states, is declined, never answered with the date
    it (or another agreement) was signed."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()
