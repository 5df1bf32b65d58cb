"""One plant imported from two articles, each with its own records, one naming it in more words than the other,
is one thing by its description (twins.py described_alike): asked about, it is answered from both reports, not
asked back; a word neither report says ("its insulin plant") is no question about it. Another thing of the
developer (a training programme, another plant's phases) stays another thing. Among things of a kind that fit
alike, a word of one's kind or place singles it out ("the *investment* agreement", "the forum *in Shusha*"); and
"which Russian company" is not answered with a Chinese one (a fictional fixture, records nobody tuned for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "one_plant_twice.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_one_plant_described_alike_is_one_thing(engine):
    """Ensure two articles' records of one plant (one developer, kind and place, names that agree) are one thing,
    and neither a developer's thing of another kind nor another phase is."""
    index = engine._responder.index
    assert index.same_thing("test-a-glass-plant", "test-b-glass-plant")
    assert not index.same_thing("test-a-glass-plant", "test-b-glass-training")
    assert not index.same_thing("test-a-bottle-plant-phase-1", "test-b-bottle-plant-phase-2")


@pytest.mark.parametrize("question, facts", [
    ("How many jobs will the HGG glass plant create?", {"test-a-glass-plant.jobs", "test-b-glass-plant.jobs"}),
    ("What is the capacity of the HGG glass plant in Ganja?",
     {"test-a-glass-plant.capacity", "test-b-glass-plant.capacity"}),
])
def test_one_plant_twice_is_answered_from_both_reports(engine, question, facts):
    """Ensure a plant two articles report is answered from each report (their figures shown), not asked back."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert set(answer.facts) == facts
    if "capacity" in question:
        assert "600" in answer.body and "650" in answer.body


@pytest.mark.parametrize("question", [
    "Is the capacity of the HGG glass plant in Ganja 600 tonnes a day?",
    "Does the HGG glass plant in Ganja have a capacity of 650 tonnes a day?",
])
def test_a_figure_the_question_states_does_not_hide_the_other_report(engine, question):
    """Ensure a yes/no question stating one report's figure is answered with what each report says (600 and 650),
    not with the one that agrees with the question alone."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert set(answer.facts) == {"test-a-glass-plant.capacity", "test-b-glass-plant.capacity"}
    assert "600" in answer.body and "650" in answer.body


def test_a_word_neither_report_says_is_not_answered(engine):
    """Ensure "its insulin plant" is not answered with the glass plant's facts."""
    answer = engine.ask("How much is HGG investing in its insulin plant in Ganja?")
    assert not answer.answered, answer.text
    assert answer.facts == ()


def test_a_kind_word_singles_out_one_agreement(engine):
    """Ensure "the investment agreement" of an investment and a loan agreement of one company is the former."""
    answer = engine.ask("When was the HGG investment agreement signed?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-a-glass-investment-agreement.date",)


@pytest.mark.parametrize("question, fact", [
    ("How many companies attended the glass forum in Ganja?", "test-a-glass-forum-1.companies"),
    ("How many companies will attend the glass forum in Shusha?", "test-a-glass-forum-2.companies"),
])
def test_a_place_said_beside_the_kind_noun_singles_out_one_forum(engine, question, fact):
    """Ensure a forum placed by the question ("the forum in Shusha") is the one held there."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_no_word_that_tells_them_apart_is_asked_back(engine):
    """Ensure a forum of a series named by its kind alone is asked back, with both editions to choose from."""
    answer = engine.ask("When was the glass forum?")
    assert not answer.answered, answer.text
    assert answer.facts == ()
    asked = " ".join(s.question for s in answer.suggestions)
    assert "1st Caspian Glass Industry Forum" in asked and "2nd Caspian Glass Industry Forum" in asked, asked


@pytest.mark.parametrize("question, answered", [
    ("Which Russian company signed the investment agreement with Ganja Industrial Park LLC?", False),
    ("Which Chinese company signed the investment agreement with Ganja Industrial Park LLC?", True),
])
def test_a_country_said_of_the_thing_asked_must_be_its_own(engine, question, answered):
    """Ensure "which Russian company" is not answered with the Chinese party, and "which Chinese company" is."""
    answer = engine.ask(question)
    assert answer.answered is answered, answer.text
    assert answer.facts == (("test-a-glass-investment-agreement.parties",) if answered else ())


def test_a_small_word_of_a_phrase_a_count_is_said_in_asks_no_count_of_it(engine):
    """Ensure "how many tonnes will the agreement add?" is not answered with a count of its signatories ("the" of
    "in the name of", a phrase signatories are said in, is no word that says them)."""
    answer = engine.ask("How many tonnes will the investment agreement on the HGG glass plant add?")
    assert not answer.answered, answer.text
    assert answer.facts == ()
