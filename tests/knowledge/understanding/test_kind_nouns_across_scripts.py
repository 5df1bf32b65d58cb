"""A record's kind noun said in Russian or Azerbaijani ("завод", "zavodu": a plant) calls that kind's records
as the English one does, read through the language files' name words, on records nobody tuned for (the
fictional fixture of test_trade_names.py); a word that asks a cue ("şirkət": companies) calls none."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "trade_names.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Tianhe zavodu neçə iş yeri yaradacaq?", "test-cathode-plant.jobs"),
    ("Tianhe zavodunun tikintisi nə vaxt başlayacaq?", "test-cathode-plant.start"),
    ("Сколько рабочих мест создаст завод Tianhe?", "test-cathode-plant.jobs"),
    ("Sumqayitdəki zavod neçə iş yeri yaradacaq?", "test-cathode-plant.jobs"),  # "the one in": -dəki off
])
def test_a_kind_noun_in_another_language_calls_the_record(engine, question, fact):
    """Ensure "the Tianhe plant" said in Azerbaijani or Russian is the plant Tianhe builds."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
