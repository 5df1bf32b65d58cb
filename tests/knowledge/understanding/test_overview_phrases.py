"""A phrase asking an overview ("what is known about X") is no question for the attribute a pattern within it matches
too ("what * about": what X is for): a thing with a purpose asked so gets its profile, which says its purpose among
the rest; an attribute asked in words of its own beside the phrase ("what about the forum - when was it held?") is
still that attribute. Asked of the fictional records of data/documents_in_order.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "documents_in_order.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_what_is_known_about_a_thing_with_a_purpose_is_its_profile(engine):
    """Ensure "what is known about the agreement" answers its summary (its purpose said in it), not its purpose alone."""
    answer = engine.ask("What is known about the investment agreement between the Lankaran Tea Board and Fujian "
                        "Leaf Tea Co.?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-tea-investment-agreement.summary",)
    assert "tea processing plant" in answer.body, answer.body


@pytest.mark.parametrize("question, fact", [
    ("What about the Kura Tea Investment Forum - when was it held?", "test-tea-forum-2026.date"),
    ("What did the investment agreement signed at the Kura Tea Investment Forum provide for?",
     "test-tea-investment-agreement.purpose"),
])
def test_an_attribute_asked_in_its_own_words_is_still_that_attribute(engine, question, fact):
    """Ensure a question asking one attribute beside an overview's phrase, or in words of its own, answers it."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
