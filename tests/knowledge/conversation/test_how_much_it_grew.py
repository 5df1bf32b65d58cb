"""Follow-ups to a figure: how much it grew (a number, "compared with" the year its change is compared to), what
the figure of another year was after an answer that gave both the growth and the figure, and a count asked in
words only some facts state ("how many participants were there?"); on fictional records (data/growth.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "growth.yaml"
TRADE = "test-az-tatarstan-trade-2026"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("first, then", [
    ("What was the Azerbaijan-Tatarstan trade turnover in 2026?", "how much did it grow compared with 2025?"),
    ("What was the Azerbaijan-Tatarstan trade turnover in 2026?", "And how much did it grow?"),
    ("Azerbaijan-Tatarstan trade turnover, 2026?", "А на сколько он вырос?"),
    ("Azerbaijan-Tatarstan trade turnover, 2026?", "增长了多少？"),
    ("Azerbaijan-Tatarstan trade turnover, 2026?", "比2025年增长了多少？"),
])
def test_how_much_it_grew_is_its_change(engine, first, then):
    """Ensure "how much did it grow (compared with 2025)?" after 2026's turnover is its change: "how much" asks the
    size of the change, and the year it is compared to is no other period than the one talked about."""
    value, grew = converse(engine, first, then)
    assert value.facts == (f"{TRADE}.value",)
    assert grew.facts[0] == f"{TRADE}.change"


def test_compared_with_a_year_the_change_does_not_state_is_declined(engine):
    """Ensure "how much did it grow compared with 2021?" is not 2026's growth on 2025."""
    _, grew = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                       "how much did it grow compared with 2021?")
    assert f"{TRADE}.change" not in grew.facts


def test_another_year_after_the_growth_and_the_figure_is_that_years_figure(engine):
    """Ensure "what about 2023?" after an answer that gave both 2026's growth and its figure ("and how much did it
    grow?") is 2023's figure, which that record has, and "and 2022?" (no record) is declined."""
    *_, grew, other, none = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                                     "and how much did it grow compared with 2025?", "what about 2023?", "and 2022?")
    assert grew.facts == (f"{TRADE}.change", f"{TRADE}.value")
    assert other.facts == ("test-az-tatarstan-trade-2023.value",)
    assert none.kind is not AnswerKind.FACT and none.facts == ()


def test_another_year_after_the_growth_alone_whose_growth_no_fact_states_is_its_figure(engine):
    """Ensure "what about 2023?" after 2026's growth alone, of a year whose growth no fact states, is 2023's figure
    (a growth is the figure's), while "how much did it grow in 2023?", which asks the growth in words of its own, is
    declined, never answered with 2023's figure."""
    *_, other = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                         "how much did it grow compared with 2025?", "what about 2023?")
    assert other.facts == ("test-az-tatarstan-trade-2023.value",)
    *_, grew = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                        "how much did it grow compared with 2025?", "and how much did it grow in 2023?")
    assert grew.kind is not AnswerKind.FACT and grew.facts == ()


def test_another_year_after_the_growth_alone_gives_its_growth_and_its_figure(engine):
    """Ensure "what about 2021?" after 2026's growth alone is 2021's growth, with 2021's figure beside it (the
    figure the conversation began with), both facts of 2021's record."""
    *_, other = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                         "how much did it grow compared with 2025?", "what about 2021?")
    assert other.facts == ("test-az-tatarstan-trade-2021.change", "test-az-tatarstan-trade-2021.value")


def test_a_count_some_facts_state_is_answered_about_what_the_conversation_is_about(engine):
    """Ensure "and how many participants were there?" after the expo's place is its participants' count (a word
    of what facts may hold, which a fact of the expo states), and of a figure that has none it is declined."""
    place, count = converse(engine, "Where was the Kazan Agro Expo 2026 held?", "and how many participants were there?")
    assert place.facts == ("test-kazan-agro-expo.place",)
    assert count.facts == ("test-kazan-agro-expo.participants_count",)
    _, none = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?",
                       "and how many participants were there?")
    assert none.kind is not AnswerKind.FACT and none.facts == ()


@pytest.mark.parametrize("then", ["and how does that compare with 2025?", "А во сколько раз больше, чем в 2025-м?"])
def test_how_it_compares_with_a_year_is_its_change(engine, then):
    """Ensure "how does that compare with 2025?" ("во сколько раз больше", how many times more) after 2026's figure
    is its change on 2025."""
    _, change = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?", then)
    assert change.facts == (f"{TRADE}.change",)


@pytest.mark.parametrize("then", ["2027年2月呢？", "那2027年2月呢？"])
def test_a_month_written_as_a_number_is_the_month_of_that_record(engine, then):
    """Ensure "2027年2月呢？" (and February 2027?) after 2026's growth is February 2027's figure: the month's number is
    the month its record's name says, no number its facts must state."""
    *_, month = converse(engine, "Azerbaijan-Tatarstan trade turnover, 2026?", "增长了多少？", then)
    assert month.facts == ("test-az-tatarstan-trade-2027-02.value",)


def test_a_declined_question_referring_back_keeps_the_figure_talked_about(engine):
    """Ensure "and what part of that was Azerbaijani exports to Tatarstan?" (declined: no fact says it), which names
    "Azerbaijani investment in Tatarstan" only weakly, leaves the conversation on the trade: "what about 2023?" is
    2023's trade turnover."""
    *_, part, other = converse(engine, "What was the Azerbaijan-Tatarstan trade turnover in 2026?", "how much did it grow?",
                               "and what part of that was Azerbaijani exports to Tatarstan?", "what about 2023?")
    assert part.facts == ()
    assert other.facts == ("test-az-tatarstan-trade-2023.value",)
