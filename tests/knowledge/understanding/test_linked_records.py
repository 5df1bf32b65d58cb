"""Records named through what they connect (issue 11, class 2): an agreement named by its parties, on
fictional records nobody tuned for (data/linked_records.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "linked_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_an_agreement_named_by_its_parties_acronyms_is_the_subject(engine):
    """Ensure "the loan agreement between KDB and ACS" is the agreement, even beside a ceremony whose name
    repeats those words, and not one of its parties (whose facts say nothing of a signing)."""
    answer = engine.ask("When was the loan agreement between KDB and ACS signed?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kdb-acs-loan.date",)


def test_the_agreement_linking_more_of_the_named_things_is_meant(engine):
    """Ensure "the memorandum with BEC" is KDB's memorandum with BEC, not its loan agreement with ACS."""
    answer = engine.ask("Who signed the memorandum between KDB and BEC?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kdb-bec-mou.signatories",)
    assert "Lin Mei" in answer.body


def test_two_agreements_with_the_named_party_are_asked_which_one(engine):
    """Ensure "the memorandum with BEC", with two memoranda BEC is a party to, asks "which one?"."""
    answer = engine.ask("Who signed the memorandum with BEC?")
    assert not answer.answered, answer.text
    assert "which one" in answer.body
    assert {s.fact_id for s in answer.suggestions} >= {"test-kdb-bec-mou.signatories", "test-acs-bec-mou.signatories"}


def test_a_word_said_twice_does_not_scatter_a_name(engine):
    """Ensure a name is found where its words stand together, though one of them is said earlier too
    ("Orion Weaving Textile and Vega Weaving Textile Group")."""
    answer = engine.ask("Who signed the MoU between Orion Weaving Textile and Vega Weaving Textile Group?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-orion-vega-mou.signatories",)


def test_did_someone_sign_is_checked_against_the_signatories(engine):
    """Ensure "Did <person> sign the memorandum with <party>?" is answered no, with who signed, when another
    person signed it: the person named is the claim checked, not a sign of another record."""
    answer = engine.ask("Did Lin Hao sign the memorandum between KDB and BEC?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kdb-bec-mou.signatories",)
    assert answer.body.startswith("No") and "Lin Mei" in answer.body


def test_did_the_signatory_sign_is_yes(engine):
    """Ensure the signatory named in "Did <person> sign the memorandum with <party>?" gets yes."""
    answer = engine.ask("Did Lin Mei sign the memorandum between KDB and BEC?")
    assert answer.answered, answer.text
    assert answer.facts[0] == "test-kdb-bec-mou.signatories"
    assert "Lin Mei" in answer.body and not answer.body.startswith("No")


def test_a_false_premise_about_who_signed_is_not_answered_with_the_date(engine):
    """Ensure "When did <person of a party> sign the memorandum with <party>?" is not answered with the
    memorandum's date when that person did not sign it."""
    answer = engine.ask("When did Lin Hao sign the memorandum between KDB and BEC?")
    assert not answer.answered, answer.text


def test_a_relative_clause_after_a_preposition_describes(engine):
    """Ensure "the ceremony at which KDB and ACS signed the loan agreement" asks about the ceremony."""
    answer = engine.ask("When was the ceremony at which KDB and ACS signed the loan agreement held?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kdb-acs-ceremony.date",)


def test_a_late_question_word_says_when_not_what_is_asked(engine):
    """Ensure "What did A and B discuss when they met?" is answered with what they discussed, not the date."""
    answer = engine.ask("What did Lin Hao and Sevda Aliyeva discuss when they met?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-lin-aliyeva-meeting.discussed",)


def test_a_kind_noun_that_is_another_records_alias_names_the_linked_one(engine):
    """Ensure "the memorandum of understanding between KDB and BEC" is KDB's memorandum with BEC, though the one
    report's memorandum has "memorandum of understanding" for an alias: beside the parties another memorandum
    links, those words are the kind noun, not that record's name (which has no signatories: a decline)."""
    answer = engine.ask("Who signed the memorandum of understanding between KDB and BEC?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kdb-bec-mou.signatories",)
    alone = engine.ask("Who signed the memorandum of understanding?")
    assert "test-kdb-bec-mou.signatories" not in alone.facts
