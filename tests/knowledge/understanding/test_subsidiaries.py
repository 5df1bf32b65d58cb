"""A company's subsidiary called by its kind noun after the company's name (Scorer.parts_named, `parent`): "What
name will Hongshan Insulator's subsidiary carry?" asks about the subsidiary, never answered with the company's
own name. On the fictional fixture data/subsidiaries.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "subsidiaries.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("What name will Hongshan Insulator's Azerbaijani subsidiary carry?", "test-hongshan-absheron.name"),
    ("What is Hongshan Insulator's subsidiary called?", "test-hongshan-absheron.name"),
])
def test_the_subsidiary_of_a_named_company_is_asked_about(engine, question, fact):
    """Ensure the subsidiary's fact answers, not the parent company's name."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_company_named_alone_is_still_the_company(engine):
    """Ensure a question about the company itself is answered with its own fact."""
    answer = engine.ask("When was Hongshan Insulator founded?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-hongshan.founded",)
