"""A Chinese name is written in one piece: its characters said apart, with other words between them ("Norvik在里海的药厂
投资多少？": how much does Norvik invest in its plant by the Caspian, 里海…投资 of 里海投资促进局), do not name it, and
the plant's investment answers. Said together, the name still names the agency. Asked of fictional records."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "chinese_names_apart.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_names_characters_said_apart_name_nothing(engine):
    """Ensure the plant's investment answers, the agency's name being said only in characters apart."""
    answer = engine.ask("Norvik在里海的药厂投资多少？")
    assert answer.facts == ("test-norvik-pharmaceutical-plant.investment",), answer.text


def test_the_name_said_in_one_piece_still_names_the_agency(engine):
    """Ensure the agency, its Chinese name said whole, is still what is asked about."""
    answer = engine.ask("里海投资促进局在哪里？")
    assert answer.facts == ("test-caspian-investment-bureau.based_in",), answer.text
