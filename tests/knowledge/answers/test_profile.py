"""Overviews: "Tell me about X" is a short sourced profile of X, and Engine.more() tells the rest."""
from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.one_report import load_one_report

CONF = "china-az-investment-conference-2025"
MOU = "azpromo-ndrc-icc-mou-2025"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())


@pytest.mark.parametrize("question, subject", [
    ("Tell me everything about the conference", CONF),
    ("what do you know about the conference", CONF),
    ("summary of the MoU", MOU),
    ("AZPROMO?", "azpromo"),
    ("Расскажи о конференции", CONF),
    ("Что известно о меморандуме?", MOU),
    ("Konfrans haqqında məlumat ver", CONF),
    ("介绍一下大会", CONF),
])
def test_overview_questions_get_the_things_profile(engine, question, subject):
    """Ensure overview questions in each language, also by a kind noun, answer from the thing's profile."""
    answer = engine.ask(question)
    assert answer.facts == (f"{subject}.summary",)
    assert answer.sources and answer.sources[0].publisher == "Trend"
    assert len(answer.text) < 1500  # a few sentences, well within one message


def test_an_overview_with_a_particular_question_is_that_question(engine):
    """Ensure "tell me when the conference was held" is its date, not its profile."""
    assert engine.ask("tell me when the conference was held").facts == (f"{CONF}.date",)


def test_more_tells_what_the_profile_did_not(engine):
    """Ensure the rest of a profile adds facts the profile did not say, each sourced, none repeated."""
    profile = engine.ask("Tell me about the conference")
    assert profile.more > 0
    rest = engine.more(profile.facts[0], lang="en")
    assert rest.answered and len(rest.facts) == profile.more
    assert "azpromo-ndrc-icc-mou-2025.signed_at" in rest.facts and f"{CONF}.date" not in rest.facts
    assert "Memorandum" in rest.body and rest.sources
    for line in rest.body.splitlines():
        assert line.lstrip("\u2022 ") not in profile.body


def test_more_is_in_the_askers_language(engine):
    """Ensure the rest of a profile asked in Russian is in Russian."""
    profile = engine.ask("Расскажи о конференции")
    rest = engine.more(profile.facts[0], lang=profile.lang)
    assert rest.lang == "ru" and "Меморандум" in rest.body and rest.source_label == "Источник"


def test_more_of_something_gone_is_declined(engine):
    """Ensure a stale "more" (a fact id no longer in the base, or no profile) is declined, not an error."""
    assert not engine.more("no-such-record.summary").answered
    assert not engine.more("azpromo.founded").answered
