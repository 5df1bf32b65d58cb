"""A place said in another script than the records' English ("в Баку", "Bakıda", "在巴库") is a place like
"in Baku": a thing none of whose facts say it is not what is asked about there. Asked of fictional records
(an expo in Ganja, a plant in Baku)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "places_in_scripts.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["When was the Silk Wind Expo in Baku held?",
                                      "Когда прошла Silk Wind Expo в Баку?",
                                      "Bakıda Silk Wind Expo nə vaxt keçirilib?",
                                      "在巴库举行的Silk Wind Expo是哪一天？"])
def test_a_place_none_of_the_things_facts_say_is_declined_in_every_script(engine, question):
    """Ensure the expo held in Ganja, asked about as held in Baku, is declined, not answered with its date."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["When was the Silk Wind Expo in Ganja held?",
                                      "Когда прошла Silk Wind Expo в Гяндже?",
                                      "在甘贾举行的Silk Wind Expo是哪一天？"])
def test_the_things_own_place_in_any_script_still_answers(engine, question):
    """Ensure the expo asked about as held in Ganja, its own place, is answered with its date."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-silk-wind-expo-2026.date",)


def test_a_place_of_another_thing_the_words_half_name_is_no_place_of_the_subject(engine):
    """Ensure "the Silk Wind Trade Expo held in Baku" is declined: Baku is the place of the Caspian Trade
    Cooperation Expo, which the words name in part and which has nothing to do with the Ganja expo; in Ganja,
    the expo's date still answers."""
    answer = engine.ask("When was the Silk Wind Trade Expo held in Baku?")
    assert not answer.answered, (answer.text, answer.facts)
    answer = engine.ask("When was the Silk Wind Trade Expo held in Ganja?")
    assert answer.facts == ("test-silk-wind-expo-2026.date",)
