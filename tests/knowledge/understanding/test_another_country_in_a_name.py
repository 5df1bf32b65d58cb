"""Another country said where a name says its own names another thing: "the Made in Russia initiative" or "the Made
in China initiative" is not "Made in Azerbaijan" (the one report), which its own name still reaches."""
from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with()


@pytest.mark.parametrize("question", ["What is the Made in Russia initiative?",
                                      "How many export trips has AZPROMO's Made in China initiative carried out?",
                                      'What is the "Made in China-Azerbaijan" initiative?'])
def test_another_country_in_a_name_names_another_thing(engine, question):
    """Ensure a "Made in <another country>" initiative is not answered with the "Made in Azerbaijan" facts."""
    answer = engine.ask(question)
    assert not any(f.startswith("made-in-azerbaijan.") for f in answer.facts), answer.text


@pytest.mark.parametrize("question", ["How many export trips has AZPROMO's Made in Azerbaijan initiative carried out?",
                                      "How many export trips under Made in Azerbaijan?"])
def test_the_name_with_its_own_country_still_answers(engine, question):
    """Ensure the "Made in Azerbaijan" initiative's trips still answer."""
    answer = engine.ask(question)
    assert answer.facts == ("made-in-azerbaijan.count:export_trips",), answer.text
