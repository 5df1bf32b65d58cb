"""A yes/no question whose named things the asked fact does not hold, but another part of the record does: "Was
the memorandum signed during the fair?" (where it was signed holds the fair), "Did Rauf Aliyev sign the memorandum
with HFM?" (its signatories hold him, its parties HFM) are "Yes", with both facts; "Did the export fund organize
the fair?" is not, since the fund is among its supporters and "organize" asks for its organizers (the facts are
shown, no verdict). The record's own kind noun ("the memorandum") names it, not the other memoranda. A fictional
fixture: one fair, one memorandum signed during it."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "yes_in_another_part.yaml"
MOU = "test-hfm-chamber-mou"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", [
    "Was the orchard machinery memorandum signed during the fair?",
    "Was the memorandum with HFM signed during the Quince Valley fair?",
])
def test_signed_during_the_event_it_was_signed_at_is_yes(engine, question):
    """Ensure "signed during <the event>" is "Yes" when where it was signed is that event."""
    answer = engine.ask(question)
    assert answer.body.startswith("Yes."), answer.text
    assert answer.facts == (f"{MOU}.signed_at", f"{MOU}.parties")


def test_a_signatory_and_a_party_named_is_yes(engine):
    """Ensure "Did <signatory> sign the memorandum with <party>?" is "Yes", from its signatories and parties."""
    answer = engine.ask("Did Rauf Aliyev sign the memorandum with HFM?")
    assert answer.body.startswith("Yes."), answer.text
    assert answer.facts == (f"{MOU}.signatories", f"{MOU}.parties")


def test_a_supporter_asked_as_an_organizer_is_no_yes(engine):
    """Ensure a supporter asked whether it organized is told what it did (supporters, organizers), not "Yes"."""
    answer = engine.ask("Did the Quince Valley Export Fund organize the fair?")
    assert not answer.body.startswith("Yes"), answer.text
    assert answer.facts == ("test-quince-fair-2026.supporters", "test-quince-fair-2026.organizers")


def test_another_event_is_never_yes(engine):
    """Ensure a memorandum asked whether it was signed at an event the facts do not know is not "Yes"."""
    answer = engine.ask("Was the memorandum with HFM signed during the Birch Lake Trade Fair?")
    assert not answer.body.startswith("Yes"), answer.text
    assert f"{MOU}.signed_at" not in answer.facts
