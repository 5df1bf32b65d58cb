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


TWO_KINDS = Path(__file__).parent / "data" / "plants_of_two_kinds.yaml"
_SUGGESTED = """
import sys
from pathlib import Path
from tests.one_report import engine_with
answer = engine_with(Path(sys.argv[1])).ask(sys.argv[2])
print(" ".join(answer.facts), "|", " ".join(s.fact_id for s in answer.suggestions))
"""


def test_the_questions_suggested_for_a_kind_noun_in_another_language_do_not_change_with_the_hash_seed():
    """Ensure "завод" (a plant and a factory both: two kinds) of a plant the facts do not know suggests the
    questions of the two kinds' records in one order whatever the hash seed (it once followed a set's order)."""
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[3]
    question = "Сколько турбин в год будет собирать завод Qingmu?"
    seen = set()
    for seed in ("0", "1", "3"):  # (seeds that ordered the kinds both ways before)
        run = subprocess.run([sys.executable, "-c", _SUGGESTED, str(TWO_KINDS), question], cwd=root,
                             env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True)
        seen.add(run.stdout.strip())
    assert len(seen) == 1, seen
    facts, suggested = seen.pop().split("|")
    assert facts.split() == []  # declined: no fact answered
    assert set(suggested.split()) == {"test-qaradag-wind.capacity", "test-yevlakh-bus-factory.capacity"}
