"""A record that links every thing a question names (the parties of a memorandum, the developers of a project) is
named through them, with no kind noun of it said, when its own words say every other word of the question ("how
many pylons will KGO and HLE replace?"); a word none of its facts says is something else (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "named_by_what_it_links.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize(("question", "fact"), [
    ("How many pylons will KGO and HLE replace?", "test-kurdamir-ring.figure:pylons"),
    ("By when will KGO and HLE complete the renewal?", "test-kurdamir-ring.completion"),
])
def test_a_record_linking_the_named_things_answers(engine, question, fact):
    """Ensure the record linking both named companies answers what its facts say."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question", ["How many pylons will KGO and HLE paint?", "How many drones will KGO and HLE buy?"])
def test_a_word_its_facts_do_not_say_is_not_answered(engine, question):
    """Ensure a question naming both companies and saying what none of the linking records' facts says (painting
    pylons, not replacing them) is declined."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert answer.facts == ()
