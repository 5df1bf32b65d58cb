"""A Chinese follow-up with words of its own that nothing explains ("它的上网电价是多少？", what is its feed-in tariff?)
is no bare "how much is it?": it does not take the last question's attribute (Chinese is read character by
character, so such words are runs of characters no cue, name or stop word covers); on fictional records
(data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
CAPACITY = "What is the capacity of the Qobu Solar Park?"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", ["它的上网电价是多少？", "年发电量呢？", "占地多少公顷？"])
def test_words_of_its_own_do_not_take_the_last_questions_attribute(engine, then):
    """Ensure a Chinese follow-up asking what no fact of the park says is not answered with its capacity again."""
    capacity, answer = converse(engine, CAPACITY, then)
    assert capacity.facts == ("test-qobu-solar.capacity",)
    assert "test-qobu-solar.capacity" not in answer.facts
    assert answer.kind is not AnswerKind.FACT


@pytest.mark.parametrize("then, fact", [
    ("它什么时候完工？", "test-qobu-solar.completion"),
    ("那谁开发的？", "test-qobu-solar.developer"),
    ("它的装机容量呢？", "test-qobu-solar.capacity"),
])
def test_a_follow_up_its_cues_explain_is_still_answered(engine, then, fact):
    """Ensure Chinese follow-ups whose characters cues explain ("完工", "开发", "装机容量") are answered about the park."""
    _, answer = converse(engine, "Who develops the Qobu Solar Park?" if fact.endswith("capacity") else CAPACITY, then)
    assert answer.facts == (fact,)

