"""Overviews of a thing the question names only in part ("Tell me about the Imishli-Saatli wind project" of the
"180-megawatt wind power project in Imishli and Saatli"): its profile when every word is explained and nothing else is
named, never the profile of another kind of thing than the kind noun says; on fictional records
(data/overview_named_in_part.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "overview_named_in_part.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_an_overview_of_a_thing_named_in_part_is_its_profile(engine):
    """Ensure "Tell me about the Imishli-Saatli wind project" (a few words of its long name) is the project's profile."""
    assert engine.ask("Tell me about the Imishli-Saatli wind project").facts[:1] == ("test-imishli-saatli-wind.summary",)


def test_an_overview_of_a_plant_is_never_the_agreement_on_it(engine):
    """Ensure "Tell me about the floating solar plant on Lake Mingachevir" is never answered with the profile of the
    implementation agreement whose name holds the plant's words (the kind noun says a plant)."""
    answer = engine.ask("Tell me about the floating solar plant on Lake Mingachevir")
    assert not any(f.startswith("test-mingachevir-implementation") for f in answer.facts)
