"""Names the facts never use: a question about them is declined, never answered from a known thing's fact."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from tests.one_report import load_one_report


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("question", [
    "What did AZPROMO sign with Huawei at the conference?",
    "Which Azerbaijani bank sponsored the conference in Shanghai?",
    "Did Gazprom take part in the conference?",
])
def test_a_capitalised_name_no_fact_uses_is_declined(engine, question):
    """Ensure a question naming something no fact mentions is declined rather than answered about the rest."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text


def test_capitalised_words_the_facts_use_are_not_unknown(engine):
    """Ensure a place or title the facts state ("Baku", "Executive Director") does not make a question unknown."""
    answer = engine.ask("I'm a journalist in Baku and need the correctly spelled full name of the person "
                        "who serves as Executive Director of AZPROMO, please.")
    assert answer.answered, answer.text
    assert answer.facts[0] == "azpromo.head"
