"""Follow-ups in the words people use: Chinese "几" with a classifier ("签署了几份文件？", how many documents were
signed?) asks how many as "多少" does, Russian "достроят" (will finish building) asks a completion, Azerbaijani
"inkişaf etdirir" (develops) a developer (on fictional records: data/followups.yaml, and the forum of
understanding/data/sum_of_deals.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

DATA = Path(__file__).parent / "data"
FORUM = Path(__file__).parents[1] / "understanding" / "data" / "sum_of_deals.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(DATA / "followups.yaml", FORUM)


@pytest.mark.parametrize("then", ["签署了几份文件？", "签署了多少份文件？"])
def test_how_many_documents_with_a_classifier(engine, then):
    """Ensure "签署了几份文件？" after the forum's place is how many documents it signed, not a memorandum's parties."""
    place, count = converse(engine, "Where was the Sheki Silk Business Forum held?", then)
    assert place.facts == ("test-sheki-silk-forum.place",)
    assert count.facts == ("test-sheki-silk-forum.documents_signed",)


@pytest.mark.parametrize("then", ["Когда её достроят?", "Когда её завершат?"])
def test_when_will_it_be_built_is_its_completion(engine, then):
    """Ensure "Когда её достроят?" after the park's developer is its expected completion."""
    developer, completion = converse(engine, "Who develops the Qobu Solar Park?", then)
    assert developer.facts == ("test-qobu-solar.developer",)
    assert completion.facts == ("test-qobu-solar.completion",)


@pytest.mark.parametrize("then", ["Onu hansı şirkət inkişaf etdirir?", "Onu kim inkişaf etdirir?"])
def test_which_company_develops_it_is_its_developer(engine, then):
    """Ensure Azerbaijani "inkişaf etdirir" (develops) after the park's capacity asks its developer."""
    capacity, developer = converse(engine, "What is the capacity of the Qobu Solar Park?", then)
    assert capacity.facts == ("test-qobu-solar.capacity",)
    assert developer.facts == ("test-qobu-solar.developer",)
