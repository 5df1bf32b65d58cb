""""Who signed X on behalf of Y?" asks X's signatories (a signatory acts for a party), though "on behalf" is
a phrase of what facts must state: an agreement's signatories state it, on records nobody tuned for (the
fictional fixture of test_one_company_twice.py); a thing with no signatories still lacks it."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "one_company_twice.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_who_signed_on_behalf_of_a_party_is_the_signatories(engine):
    """Ensure "who signed the tractor agreement on behalf of Shamkir Farms Union" is its signatories."""
    answer = engine.ask("Who signed the tractor supply agreement on behalf of Shamkir Farms Union?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-b-tractor-supply-agreement.signatories",)


def test_on_behalf_of_a_thing_with_no_signatories_is_declined(engine):
    """Ensure "who acts on behalf of Tovuz Agro Machinery" is not answered from its head or founding."""
    answer = engine.ask("Who speaks on behalf of Tovuz Agro Machinery?")
    assert not answer.answered, answer.text


def test_russian_on_behalf_of_a_party_is_the_signatories(engine):
    """Ensure "кто подписал ... со стороны X" is the signatories: "стороны" inside "со стороны" (a phrase the
    signatories are said in) does not ask for the parties."""
    answer = engine.ask("Кто подписал соглашение о поставке тракторов со стороны Shamkir Farms Union?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-b-tractor-supply-agreement.signatories",)


def test_russian_parties_are_still_the_parties(engine):
    """Ensure "между какими сторонами" without "со стороны" still asks the parties."""
    answer = engine.ask("Между какими сторонами подписано соглашение о поставке тракторов?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-b-tractor-supply-agreement.parties",)
