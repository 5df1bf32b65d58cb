"""A follow-up's own question word says what kind of answer it wants: "who?" after "when will it be completed?"
asks for someone, not for the date again (on fictional records, data/followups.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "followups.yaml"
PARK = "test-qobu-solar"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("questions", [
    ("What is the capacity of the Qobu Solar Park?", "When will it be completed?", "Who?"),
    ("Qobu Solar Park-ın gücü nə qədərdir?", "Nə vaxt tamamlanacaq?", "Bəs kim?"),
    ("Qobu Solar Park的装机容量是多少？", "它什么时候完工？", "谁？"),
])
def test_who_after_a_date_is_not_the_date_again(engine, questions):
    """Ensure "who?" after the park's expected completion is not answered with that completion date: it is
    about the park (its profile, which names its developer), in English, Azerbaijani and Chinese."""
    _, completed, who = converse(engine, *questions)
    assert completed.facts == (f"{PARK}.completion",)
    assert f"{PARK}.completion" not in who.facts
    assert who.facts in ((f"{PARK}.developer",), (f"{PARK}.summary",))
    assert "Heron Energy Group" in who.text


def test_who_after_a_who_still_asks_the_same_thing(engine):
    """Ensure a "who" the last question had is still filled in by its words: "and who?" after "who develops
    it?" stays the developer."""
    _, dev, again = converse(engine, "What is the capacity of the Qobu Solar Park?", "Who develops it?", "and who?")
    assert dev.facts == (f"{PARK}.developer",)
    assert again.facts == (f"{PARK}.developer",)
