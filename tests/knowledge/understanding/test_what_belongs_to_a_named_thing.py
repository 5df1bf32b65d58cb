"""A question naming a thing and asking what only a record that belongs to it holds (issue 11, items 1 and 6):
its project's investment, its loan agreement's value, on fictional records nobody tuned for
(data/belonging_records.yaml). Only when one such record holds it, and the question says nothing else."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "belonging_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_what_a_company_invests_is_its_one_projects_investment(engine):
    """Ensure "How much is FOG investing?" is the investment of the one project FOG develops."""
    answer = engine.ask("How much is FOG investing?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-guba-orchards.investment",)


def test_a_count_only_its_project_holds_is_the_projects(engine):
    """Ensure "How many jobs will FOG create?" is the jobs of FOG's project (the company holds no such count)."""
    answer = engine.ask("How many jobs will FOG create?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-guba-orchards.jobs",)


def test_when_a_bank_signed_is_the_date_of_the_one_agreement_it_is_a_party_to(engine):
    """Ensure "When did HRB sign?" is the date of the one agreement the bank is a party to."""
    answer = engine.ask("When did HRB sign?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-hrb-loan-agreement.date",)


def test_two_records_of_the_thing_holding_it_are_no_answer(engine):
    """Ensure "How much is Lark Textiles investing?" is not answered from either of its two mills."""
    answer = engine.ask("How much is Lark Textiles investing?")
    assert not answer.answered, answer.text
    assert not answer.facts


def test_an_attribute_of_the_named_things_type_is_not_asked_of_its_project(engine):
    """Ensure "When was FOG founded?" (a company's founding, which FOG's facts lack) is not answered with the
    start of FOG's project."""
    answer = engine.ask("When was FOG founded?")
    assert not answer.answered, answer.text
    assert "test-guba-orchards.start" not in answer.facts


def test_a_part_the_question_gives_the_named_thing_must_be_its_link(engine):
    """Ensure "How much did it cost to develop the Willow Industrial Park?" is not answered with the value of an
    agreement the park is only a party to (the question makes it what is developed)."""
    answer = engine.ask("How much did it cost to develop the Willow Industrial Park?")
    assert not answer.answered, answer.text
    assert not answer.facts


def test_a_country_the_record_does_not_say_is_no_question_about_it(engine):
    """Ensure "How much is FOG investing in Kazakhstan?" is not answered with the Guba project's investment."""
    answer = engine.ask("How much is FOG investing in Kazakhstan?")
    assert not answer.answered, answer.text
    assert not answer.facts


def test_where_and_when_gives_the_place_and_the_date(engine):
    """Ensure "Where and when was the HRB loan agreement signed?" gives both its date and its place."""
    answer = engine.ask("Where and when was the HRB loan agreement signed?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-hrb-loan-agreement.date", "test-hrb-loan-agreement.place")


def test_when_and_where_is_not_half_answered(engine):
    """Ensure "When and where was Lark Textiles founded?" is not answered with the year alone when the facts
    give no place."""
    answer = engine.ask("When and where was Lark Textiles founded?")
    assert not answer.answered, answer.text


def test_what_a_memorandum_covers_is_its_purpose(engine):
    """Ensure "What does the FOG–QFEU memorandum cover?" is the purpose of the memorandum between them."""
    answer = engine.ask("What does the FOG–QFEU memorandum cover?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-fog-qfeu-mou.purpose",)


def test_which_sectors_a_memorandum_covers_are_its_sectors(engine):
    """Ensure "Which sectors does the FOG–QFEU memorandum cover?" is its sectors, not its purpose."""
    answer = engine.ask("Which sectors does the FOG–QFEU memorandum cover?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-fog-qfeu-mou.sectors",)
