""""Who signed its memorandum?", "the memorandum on it", "the memorandum" after a hydrogen hub: the memorandum that
hub is linked with (its agreements), not the one report's memorandum that "the memorandum" alone is about (on
fictional records, data/linked_memorandum.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "linked_memorandum.yaml"
MOU = "test-mou-shirvan-hydrogen"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("then", [
    "who signed its memorandum?",
    "who signed the memorandum on it?",
    "who signed the memorandum?",
    "Кто подписал меморандум?",
])
def test_the_memorandum_is_the_one_the_hub_is_linked_with(engine, then):
    """Ensure the memorandum asked after the hub is the hub's own memorandum."""
    developer, signed = converse(engine, "Who develops the Shirvan Hydrogen Hub?", then)
    assert developer.facts == ("test-shirvan-hydrogen-hub.developer",)
    assert signed.facts[0].startswith(MOU + ".")
