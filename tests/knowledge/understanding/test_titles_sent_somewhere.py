"""A title that is "to" somewhere ("Velaria's Ambassador to Dostana") is not asked of the other way round
("Dostana's ambassador to Velaria") merely because both names are in it. Asked of a fictional envoy."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "envoys.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_title_asked_the_way_it_is_names_its_holder(engine):
    """Ensure "who is Velaria's ambassador to Dostana" is answered about the one who holds that title."""
    answer = engine.ask("Who is Velaria's ambassador to Dostana?")
    assert answer.answered, answer.text
    assert answer.facts[0].startswith("test-arin-telmar.")


@pytest.mark.parametrize("question", [
    "Who is Dostana's ambassador to Velaria?",
    "who is the ambassador of Dostana to Velaria",
])
def test_a_title_asked_the_other_way_round_names_nobody(engine, question):
    """Ensure the envoy of the other side, whom the facts do not name, is declined, not answered with this one."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert not any(f.startswith("test-arin-telmar.") for f in answer.facts)
