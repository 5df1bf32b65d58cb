"""Records asked about through what they are about (issue 11, class 1), on fictional records nobody tuned
for (data/about_records.yaml): a kind's head noun ("the plant"), a project named by its developer, an event
whose name names the project it is about."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "about_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_project_is_named_by_its_developer_and_its_kinds_head_noun(engine):
    """Ensure "the Kestrel Cable Company plant" is the plant Kestrel develops (kind "cable plant": "plant")."""
    answer = engine.ask("How many jobs will the Kestrel Cable Company plant create?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-shirvan-cable-plant.jobs",)


def test_a_head_noun_alone_among_several_is_asked_which_one(engine):
    """Ensure "the plant" with two plants of different kinds asks "which one?"."""
    answer = engine.ask("How many jobs will the plant create?")
    assert not answer.answered, answer.text
    assert "which one" in answer.body


def test_a_kind_said_whole_names_only_its_own_records(engine):
    """Ensure "the glass plant" is the glass plant, not every plant ("plant" inside "glass plant")."""
    answer = engine.ask("How many jobs will the glass plant create?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-alder-glass-plant.jobs",)


def test_an_event_is_asked_through_the_project_its_name_names(engine):
    """Ensure "who organized the groundbreaking for the cable plant in Shirvan?" is the ceremony's organizers:
    the plant named in the question is what the ceremony is about, not another thing."""
    answer = engine.ask("Who organized the groundbreaking for the cable plant in Shirvan?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-cable-groundbreaking.organizers",)


def test_how_many_days_is_not_answered_with_a_date(engine):
    """Ensure "how many days ..." with no second date is declined, never answered with the one date known."""
    answer = engine.ask("How many days did the groundbreaking ceremony for the cable plant in Shirvan last?")
    assert not answer.answered, answer.text


def test_a_year_asked_points_at_the_statistic_of_that_period(engine):
    """Ensure "cable exports in 2025" is the figure whose own period is 2025, not the 2024 one."""
    answer = engine.ask("How much were cable exports to China in 2025?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-cable-exports-2025.value",)
