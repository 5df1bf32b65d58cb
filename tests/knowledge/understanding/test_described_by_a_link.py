"""What a question asks of a thing it describes by its link to a named one ("Who chairs the Chinese brewing group
building the Lankaran brewery?") is asked of that thing: the head of the brewery's developer, not the developer, and of
two developers the one the words describe. A linked thing whose facts lack what is asked is no answer, nor is the
link (a fictional fixture: a brewery, its two developers and their heads, and a terminal whose developer has none)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "described_by_a_link.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Who chairs the Chinese brewing group that is building the Lankaran brewery?", "test-qhbg.head"),
    ("Who is the chairman of the Chinese group building the brewery in Lankaran?", "test-qhbg.head"),
    ("Who heads the Azerbaijani malt company that is developing the Lankaran brewery?", "test-lmh.head"),
])
def test_the_head_of_a_developer_described_by_its_project(engine, question, fact):
    """Ensure the head asked of the company a question describes as a project's developer is that company's head."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_the_link_alone_is_still_the_link(engine):
    """Ensure "who is building the brewery?" (nothing asked beyond the link) is still the developers."""
    answer = engine.ask("Who is building the Lankaran brewery?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-lankaran-brewery.developer",)


def test_a_head_the_linked_company_lacks_is_not_the_developer(engine):
    """Ensure the head of a developer whose facts give none is not answered with the developer itself."""
    answer = engine.ask("Who chairs the company building the Astara grain terminal?")
    assert not answer.answered, answer.text
    assert "test-astara-terminal.developer" not in answer.facts


def test_a_thing_described_by_another_country_is_not_the_one_named_after(engine):
    """Ensure "the Azerbaijani company that is QHBG's partner" is not answered with the Chinese QHBG's head."""
    answer = engine.ask("Who heads the Azerbaijani brewing company that is QHBG's partner?")
    assert "test-qhbg.head" not in answer.facts, answer.text


def test_a_named_thing_described_by_its_own_country_is_answered(engine):
    """Ensure "the Chinese company QHBG" is QHBG (its country is the one said)."""
    answer = engine.ask("Who heads the Chinese company QHBG?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-qhbg.head",)
