"""A person asked by his title alone (knowledge/understanding/ranks.py, asked_by_title): "who is the mayor of
Jinhua Lakeside?" is answered with the one whose role that is, but a question asking more of him than who he is
("who did the mayor meet?") is not answered with his role. On the fictional fixture data/asked_by_title.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "asked_by_title.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, person", [
    ("Who is the mayor of Jinhua Lakeside?", "test-he-lianfeng"),
    ("who's the mayor of jinhua lakeside?", "test-he-lianfeng"),
    ("Who is the Party Secretary of the Lakeside Provincial Committee of the Silk Weavers Guild?", "test-qiu-wenbo"),
])
def test_a_person_asked_by_his_title_is_answered(engine, question, person):
    """Ensure the person holding the title asked is the answer, with his role."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert tuple(answer.facts) == (f"{person}.role",), answer.facts
    assert "Mayor" in answer.text or "Party Secretary" in answer.text


def test_more_asked_of_the_titled_is_not_his_role(engine):
    """Ensure a question asking what the titled person did is not answered with who he is."""
    answer = engine.ask("Who did the mayor of Jinhua Lakeside meet?")
    assert "test-he-lianfeng.role" not in answer.facts, (answer.text, answer.facts)
