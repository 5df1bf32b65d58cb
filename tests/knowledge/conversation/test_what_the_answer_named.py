"""Follow-ups about what an answer named: a word of an attribute whose value is a record ("the developer") beside
words that ask that record's own attribute ("who runs the developer?"), a kind noun beside a named thing standing for
the thing of that kind talked about ("who from the company met ...?"), and another period of a series after its
growth; on fictional records (data/what_the_answer_named.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "what_the_answer_named.yaml"
FARM = "test-salyan-wind"
BUILDER = "test-hanjiang-build"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_who_runs_the_developer_is_declined_when_no_head_of_it_is_known(engine):
    """Ensure "who runs the developer?" after the farm's developer asks who heads that company, which no fact says:
    declined about the company, never answered with the farm's developer again."""
    developer, runs = converse(engine, "Who is developing the Salyan Wind Farm?", "who runs the developer?")
    assert developer.facts == (f"{FARM}.developer",)
    assert runs.kind is AnswerKind.DECLINE and runs.facts == ()
    assert "Kura Renewable Energy" in runs.body


@pytest.mark.parametrize("then, fact", [
    ("and who heads the contractor?", f"{BUILDER}.head"),
    ("when was the contractor founded?", f"{BUILDER}.founded"),
])
def test_the_value_of_an_attribute_is_asked_its_own_attribute(engine, then, fact):
    """Ensure "who heads the contractor?", "when was the contractor founded?" after the farm are the contractor's
    head and founding year (the contractor's facts), not the farm's contractor or the start of its works."""
    _, answer = converse(engine, "What is the capacity of the Salyan Wind Farm?", then)
    assert answer.facts == (fact,)


def test_the_attribute_itself_is_still_its_value(engine):
    """Ensure "who is the developer?" after the farm is still the farm's developer (no word asks more of it)."""
    _, answer = converse(engine, "What is the capacity of the Salyan Wind Farm?", "who is the developer?")
    assert answer.facts == (f"{FARM}.developer",)


def test_a_kind_noun_beside_a_named_person_is_the_company_talked_about(engine):
    """Ensure "who from the company met Orkhan Valiyev?" after Hanjiang's founding is the meeting with Liu Fang of
    Hanjiang, and "what is his position?" then is Liu Fang's role."""
    _, met, position = converse(engine, "When was Hanjiang Construction Group founded?",
                                "who from the company met Orkhan Valiyev?", "what is his position?")
    assert met.facts == ("test-valiyev-liu-meeting.participants",)
    assert position.facts == ("test-liu-fang.role",)


def test_a_kind_noun_beside_a_named_person_is_not_another_company(engine):
    """Ensure "who from the company met Orkhan Valiyev?" after the farm's developer (a company that met no one) is
    not answered with Hanjiang's meeting."""
    _, met = converse(engine, "Who is developing the Salyan Wind Farm?", "who from the company met Orkhan Valiyev?")
    assert met.kind is not AnswerKind.FACT and met.facts == ()


@pytest.mark.parametrize("then", ["and in January 2026?", "Bəs 2026-cı ilin yanvarında?"])
def test_another_period_after_the_growth_is_its_figure_when_it_states_no_growth(engine, then):
    """Ensure "and in January 2026?" after 2025's growth is January 2026's figure: that record states no growth."""
    *_, grew, other = converse(engine, "What was the Azerbaijan-Testland trade turnover in 2025?",
                               "how much did it grow?", then)
    assert grew.facts == ("test-az-testland-trade-2025.change",)
    assert other.facts == ("test-az-testland-trade-2026-01.value",)


def test_another_period_after_its_rank_is_not_its_figure(engine):
    """Ensure "what about 2024?" after January 2026's rank (a rank is no figure's) is declined, not 2024's figure."""
    *_, other = converse(engine, "What was the Azerbaijan-Testland trade turnover in January 2026?",
                         "what was its rank?", "what about 2024?")
    assert other.kind is not AnswerKind.FACT and other.facts == ()


def test_the_growth_asked_of_a_period_that_states_none_is_declined(engine):
    """Ensure "and how much did it grow in January 2026?" is declined: its own words ask a growth, not the level."""
    *_, other = converse(engine, "What was the Azerbaijan-Testland trade turnover in 2025?", "how much did it grow?",
                         "and how much did it grow in January 2026?")
    assert other.kind is not AnswerKind.FACT and other.facts == ()
