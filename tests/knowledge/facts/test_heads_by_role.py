"""An organization that names no head is headed by the person whose role says they lead it
(knowledge/facts/atoms.py): by their organization and a role naming it by any of its names, or, of no
organization, by the one organization their role names in full."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "heads_by_role.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_role_naming_the_organization_by_its_alias_makes_its_head(engine):
    """Ensure "President of Lakeside Glass" heads Lakeside International Holdings Limited (alias Lakeside Glass), said without "its"."""
    answer = engine.ask("Who is the president of Lakeside International Holdings Limited?")
    assert answer.facts in (("test-lakeside-glass.head",), ("test-emil-rzayev.role",))
    answer = engine.ask("Who heads Lakeside International Holdings Limited?")
    assert answer.facts == ("test-lakeside-glass.head",)
    assert "is headed by Emil Rzayev, President of Lakeside Glass." in answer.text


def test_a_role_naming_an_organization_in_full_makes_its_head_without_one_stated(engine):
    """Ensure "Chairman of Kura Valley Railways" (no organization stated) heads Kura Valley Railways CJSC, and the
    answer cites the role."""
    answer = engine.ask("Who chairs Kura Valley Railways?")
    assert answer.facts == ("test-kura-railways.head",)
    assert "Samir Guliyev" in answer.text and "Vusal Karimov" not in answer.text


@pytest.mark.parametrize("question", ["Who heads Gabala Port?", "Who runs the Gabala Port?"])
def test_a_role_naming_only_part_of_a_name_makes_no_head(engine, question):
    """Ensure a mayor of Gabala is not taken for the head of Gabala Port: the question is declined."""
    answer = engine.ask(question)
    assert answer.facts == ()
    assert "Farid Aliyev" not in answer.text.split("\n")[0]
