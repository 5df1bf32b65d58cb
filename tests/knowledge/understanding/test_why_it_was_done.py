""""Why was X <done>?" asks why that was done: when none of X's facts says it was ("why was the cold store
abandoned?"), its purpose is no answer. Asked of a fictional cold store whose facts say what it is for."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "wrong_facts.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["Why is the cold store being built?", "What is the cold store for?"])
def test_why_a_thing_is_there_is_its_purpose(engine, question):
    """Ensure "why is it being built" and "what is it for" are still answered with its purpose."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-lankaran-cold-store.purpose",)


@pytest.mark.parametrize("question", ["Why was the Lankaran cold store abandoned?", "Why was the Lankaran cold store relocated?",
                                      "Why was the Lankaran cold store sold?"])
def test_why_something_no_fact_says_was_done_is_declined(engine, question):
    """Ensure "why was it abandoned", which none of its facts says it did, is declined, not answered with its purpose."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "test-lankaran-cold-store.purpose" not in answer.facts
