"""A plant named in another script by the words of its English name ("завод лопастей в Ширване": the blade plant in
Shirvan) is asked about as in English: its town said in Cyrillic is a word of its name, no word its facts lack, and
the word of its name that is also its capacity's unit ("blades") names it, no other figure. Asked of a fictional
plant."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "plant_named_in_scripts.yaml"
PLANT = "test-norvik-shirvan-blade-plant"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("How many jobs will the Norvik plant in Shirvan create?", "jobs"),
    ("Сколько рабочих мест создаст завод Norvik в Ширване?", "jobs"),
    ("How much will Norvik invest in the blade plant in Shirvan?", "investment"),
    ("Сколько инвестирует Norvik в завод лопастей в Ширване?", "investment"),
])
def test_the_plants_town_and_kind_in_cyrillic_ask_of_the_plant(engine, question, fact):
    """Ensure the plant's jobs and investment, asked with its town ("в Ширване") and its blades ("лопастей") in
    Russian, are answered from its own facts, as in English."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (f"{PLANT}.{fact}",)


@pytest.mark.parametrize("question", ["Сколько рабочих мест создаст завод Norvik в Гяндже?",
                                      "Сколько инвестирует Norvik в завод лопастей в Баку?"])
def test_another_town_in_cyrillic_is_still_declined(engine, question):
    """Ensure the plant asked about as one in another town (Ganja, Baku), which none of its facts say, is declined."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
