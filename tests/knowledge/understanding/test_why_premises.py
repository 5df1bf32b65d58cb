"""A why-question takes its premise for granted ("Why is TGW closing its plant?" assumes it is): the premise
is asked as the yes/no question the why-word opens, and one the facts do not hold is declined, never
answered with the purpose of the thing (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.understanding.premise import premise_question
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "why_premises.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Why did TGW sign the memorandum with the Agdash Business Council?", "test-tgw-council-mou.purpose"),
    ("Why was the memorandum between TGW and the Agdash Business Council signed?", "test-tgw-council-mou.purpose"),
])
def test_a_premise_the_facts_hold_is_answered(engine, question, fact):
    """Ensure a why-question whose premise the facts hold is answered with the purpose."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", [
    "Why is TGW closing the Agdash glass plant?",  # (nothing says it closes)
    "Why did TGW sign the memorandum with the Qusar Chamber of Crafts?",  # (the chamber signed another one)
])
def test_a_premise_the_facts_do_not_hold_is_declined(engine, question):
    """Ensure a why-question whose premise the facts do not hold is declined, not answered with a purpose."""
    answer = engine.ask(question)
    assert not answer.answered and answer.facts == (), answer.text


@pytest.mark.parametrize("question, lang, premise", [
    ("Why is TGW closing the plant?", "en", "Is TGW closing the plant?"),
    ("why did they sign it", "en", "Did they sign it"),
    ("What is the plant for?", "en", None),  # (no why-word)
    ("Why the plant?", "en", None),  # (no yes/no opener after it)
    ("Почему TGW закрывает завод?", "ru", None),  # (yes/no questions marked by a particle: none read)
])
def test_the_premise_is_the_yes_no_question_the_why_word_opens(question, lang, premise):
    """Ensure the premise of a why-question is the yes/no question after its why-word, where one opens so."""
    assert premise_question(question, lang) == premise
