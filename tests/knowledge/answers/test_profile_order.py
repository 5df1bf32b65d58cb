"""What a profile says first: what tells its type of thing best (answers/phrasing.py PROFILE_FIRST), not the
first attributes of one order for every type (a fictional fixture: one juice plant with many facts)."""
from __future__ import annotations

from pathlib import Path

from tests.one_report import engine_with

FIXTURE = Path(__file__).parents[1] / "understanding" / "data" / "profiled_plant.yaml"


def test_a_projects_profile_says_its_developer_place_money_size_and_jobs():
    """Ensure "tell me about <project>" says who builds it, where, for how much, how big and how many jobs."""
    answer = engine_with(FIXTURE).ask("Tell me about the Quba apple juice plant")
    assert answer.facts == ("test-quba-juice-plant.summary",)
    for said in ("Quba Juice Company", "Quba", "$40 million", "30,000", "250"):
        assert said in answer.body, said
    assert answer.more > 0  # (the rest, its status and completion, one tap away)
