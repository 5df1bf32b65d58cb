"""A question with no pronoun and no ellipsis whose own words name, if only in part, the thing whose fact answers it
("Сколько компаний с китайским капиталом зарегистрировано в Азербайджане?") is that fact, whatever the conversation
was about: the context fills in what a question leaves out, it does not replace what it says (on fictional
records, data/growth.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "growth.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", [
    "Сколько компаний с китайским капиталом зарегистрировано в Азербайджане?",
    "How many companies with Chinese capital are registered in Azerbaijan?",
])
def test_its_own_words_win_over_the_conversation(engine, then):
    """Ensure the count of companies, named by part of its name's words, answers after the turnover talked about,
    not the turnover's value again."""
    value, count = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?", then)
    assert value.facts == ("test-az-tatarstan-trade-2026.value",)
    assert count.facts == ("test-chinese-capital-companies-az.value",)


def test_a_bare_count_is_still_read_in_the_conversation(engine):
    """Ensure "how many participants were there?" (nothing named) is still the expo's count after the expo."""
    _, count = converse(engine, "Where was the Kazan Agro Expo 2026 held?", "how many participants were there?")
    assert count.facts == ("test-kazan-agro-expo.participants_count",)
