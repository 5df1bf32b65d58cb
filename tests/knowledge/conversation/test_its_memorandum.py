""""Who signed its memorandum?", "the memorandum on it", "the memorandum" (also "the memorandum of understanding",
"谅解备忘录", which are the one report's memorandum's aliases) after a hydrogen hub: the memorandum that
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


@pytest.mark.parametrize("then", [
    "who signed the memorandum of understanding?",
    "相关的谅解备忘录是谁签署的？",
    "谅解备忘录是谁签署的？",
    "Кто подписал меморандум о взаимопонимании?",
    "Anlaşma memorandumunu kim imzalayıb?",
])
def test_a_kind_noun_that_is_another_records_alias_is_the_hubs_memorandum(engine, then):
    """Ensure a kind noun that is also the one report's memorandum's alias ("memorandum of understanding",
    "谅解备忘录") asks, after the hub, for the hub's own memorandum."""
    developer, signed = converse(engine, "Who develops the Shirvan Hydrogen Hub?", then)
    assert developer.facts == ("test-shirvan-hydrogen-hub.developer",)
    assert signed.facts == (MOU + ".signatories",)


def test_the_alias_still_names_its_record_when_nothing_is_talked_about(engine):
    """Ensure that, asked on its own, the alias still names the record it is an alias of."""
    assert engine.ask("Who signed the memorandum of understanding?").facts == ("azpromo-ndrc-icc-mou-2025.parties",)


@pytest.mark.parametrize("then", ["who signed the memorandum?", "who signed the memorandum of understanding?"])
def test_of_a_partys_memoranda_the_one_with_the_other_party_talked_about(engine, then):
    """Ensure "the memorandum", after a question naming both Shirvan Energy and Hanlin Gas (which signed another
    memorandum too), is the one memorandum between the two, not Hanlin's other one nor the one report's."""
    _, signed = converse(engine, "What did Shirvan Energy Company and Hanlin Gas Group agree to build?", then)
    assert signed.facts == (MOU + ".signatories",)


@pytest.mark.parametrize("then", ["who signed the memorandum of understanding?", "谅解备忘录是谁签署的？"])
def test_a_kind_noun_after_a_party_of_two_memoranda_is_not_the_one_reports(engine, then):
    """Ensure the one report's memorandum, whose alias the kind noun is, does not answer after a company that
    signed two memoranda of its own: it is one of those (asked back or declined), never a third."""
    _, signed = converse(engine, "Where is Hanlin Gas Group based?", then)
    assert not signed.answered, signed.text
    assert not any(f.startswith("azpromo-ndrc-icc-mou-2025") for f in signed.facts)


@pytest.mark.parametrize("then", [
    "AZPROMO onunla memorandumu nə vaxt imzalayıb?",
    "When did AZPROMO sign the memorandum with it?",
    "Когда AZPROMO подписало меморандум с ним?",
])
def test_with_it_beside_a_name_is_the_other_side_of_their_memorandum(engine, then):
    """Ensure "AZPROMO onunla memorandumu" (AZPROMO's memorandum with it), after Hanlin Gas, is the memorandum
    between the two: "with it" is Hanlin, the other side, never AZPROMO itself (whose one report's memorandum the
    words alone would name)."""
    _, signed = converse(engine, "Where is Hanlin Gas Group based?", then)
    assert signed.facts == ("test-mou-azpromo-hanlin.date",)
