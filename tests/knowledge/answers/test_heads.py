"""An organization's head is said with the title the source gives, without repeating the organization."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "heads_and_titles.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact, sentence", [
    ("Who heads the Ganja Glassworking Vocational College?", "test-ganja-glass-college.head",
     "is headed by Nargiz Aliyeva, Rector of the Ganja Glassworking Vocational College (GGVC)."),
    ("Who heads Kura Tile Works?", "test-kura-tile-works.head", "is headed by Orkhan Babayev, Chairman of Kura Tile Works."),
    ("Who heads Shamkir Mosaic Studio?", "test-shamkir-mosaic-studio.head", "is headed by Lala Huseynova."),
    ("Who heads Tovuz Kiln Company?", "test-tovuz-kiln-company.head", "is headed by Rauf Mammadli, its Director General."),
])
def test_a_head_is_said_with_the_title_as_stated(engine, question, fact, sentence):
    """Ensure a title that names the organization has no "its" before it, and a head without a title none."""
    answer = engine.ask(question)
    assert answer.facts == (fact,)
    assert sentence in answer.text


def test_a_head_without_a_title_is_said_in_other_languages_too(engine):
    """Ensure a head whose role is not stated is said without an empty title in Russian."""
    answer = engine.ask("Кто возглавляет Shamkir Mosaic Studio?", lang="ru")
    assert answer.facts == ("test-shamkir-mosaic-studio.head",)
    assert "возглавляет Lala Huseynova." in answer.text
