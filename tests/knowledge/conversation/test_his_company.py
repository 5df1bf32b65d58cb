""""How much is his company putting into the denim mill?" after a company's manager: "his company" is the one
company he works for, read as named where its kind noun stands, and of what it involves, the thing the question's
words name (its denim mill, not another company's); then "it" is that mill (on fictional records,
data/his_company.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "his_company.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_his_company_is_the_company_he_works_for(engine):
    """Ensure "his company's" denim mill is Qabala Textile Group's, and "it" next is that mill."""
    who, invested, done = converse(engine, "Who is Elnur Hasanov?",
                                   "how much is his company putting into the denim mill?",
                                   "when is it supposed to be completed?")
    assert who.facts == ("test-elnur-hasanov.summary",)
    assert invested.facts == ("test-qabala-denim-mill.investment",)
    assert "40 million" in invested.text
    assert done.facts == ("test-qabala-denim-mill.completion",)


def test_the_plant_his_company_builds_is_its_own(engine):
    """Ensure "the solar plant his company is building" is the company's own solar plant."""
    _, capacity = converse(engine, "Who is Elnur Hasanov?", "what's the capacity of the solar plant his company is building?")
    assert capacity.facts == ("test-qabala-solar.capacity",)


@pytest.mark.parametrize("then, fact, says", [
    ("and the offshore wind project they're developing?", "test-qabala-offshore-wind.capacity", "1 GW"),
    ("what about the denim mill they're building?", None, None),
])
def test_the_thing_they_develop_is_asked_what_was_asked(engine, then, fact, says):
    """Ensure "the offshore wind project they're developing" after the company's solar plant's capacity is the
    company's own offshore wind project, asked its capacity (not Lankaran's 300 MW one), and a mill of no stated
    capacity is declined, not answered with another figure."""
    _, solar, answer = converse(engine, "Who is Elnur Hasanov?",
                                "what's the capacity of the solar plant his company is building?", then)
    assert solar.facts == ("test-qabala-solar.capacity",)
    assert answer.facts == ((fact,) if fact else ())
    assert "300 MW" not in answer.text
    if says:
        assert says in answer.text
