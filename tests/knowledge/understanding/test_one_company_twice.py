"""One company imported from two articles, once with its legal form ("Co., Ltd.") and once without, is one
thing: a question naming either record is answered from whichever holds the fact, and naming it does not
rule out what the other record takes part in (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "one_company_twice.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Who heads Tovuz Agro Machinery?", "test-a-tovuz-agro.head"),
    ("Who is the chairwoman of Tovuz Agro Machinery?", "test-a-tovuz-agro.head"),
    ("When was Tovuz Agro Machinery Co., Ltd. founded?", "test-b-tovuz-agro.founded"),
    ("What is the purpose of the agreement between Tovuz Agro Machinery Co., Ltd. and Shamkir Farms Union?",
     "test-b-tractor-supply-agreement.purpose"),
])
def test_either_record_of_one_company_answers(engine, question, fact):
    """Ensure a company named as either article records it is answered from the record that states the fact."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_index_keeps_only_the_name_keys_records_share(engine):
    """Ensure the index keeps a name key only where two records share it (the company's two records), and
    that a record whose keys are its own is still one thing with itself and with no other record."""
    index = engine._responder.index
    held: dict[str, int] = {}
    for keys in index.name_keys.values():
        for key in keys:
            held[key] = held.get(key, 0) + 1
    assert held and all(n >= 2 for n in held.values())
    assert index.same_thing("test-a-tovuz-agro", "test-b-tovuz-agro")
    alone = next(rec.id for rec in index.base if "name" in rec.__dict__ and rec.id not in index.name_keys)
    assert index.same_thing(alone, alone)
    assert not any(index.same_thing(alone, rec.id) for rec in index.base if rec.id != alone)
    answer = engine.ask("Who heads Tovuz Agro Machinery?")
    assert answer.facts == ("test-a-tovuz-agro.head",)
