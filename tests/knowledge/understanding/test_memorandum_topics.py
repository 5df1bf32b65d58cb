"""A topic said inside the name of a thing (Doubts.topic_it_lacks): "the KTPA–HLC memorandum on *space*
cooperation" names the two parties and the kind, but a topic none of their memorandum's facts say; it is another
memorandum, which the base does not hold, never the one on tea logistics. On the fictional fixture
data/memorandum_topics.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "memorandum_topics.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "When was the KTPA-HLC memorandum on space cooperation signed?",
    "When was the KTPA–HLC memorandum on satellite cooperation signed?",
])
def test_a_topic_its_facts_never_say_is_another_memorandum(engine, question):
    """Ensure the memorandum on tea logistics does not answer for one on space or satellites."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)
    assert "test-ktpa-hlc-mou.date" not in answer.facts


@pytest.mark.parametrize("question", [
    "When was the KTPA-HLC memorandum on tea logistics cooperation signed?",
    "When was the KTPA-HLC memorandum on cooperation signed?",
    "When was the KTPA-HLC memorandum signed?",
])
def test_its_own_topic_or_none_is_the_memorandum(engine, question):
    """Ensure the memorandum is answered when the topic said is its own, or none is."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == ("test-ktpa-hlc-mou.date",)
