"""An attribute the facts do not state is declined, never answered from a neighbouring one: a loan's purpose does
not tell its interest rate, a memorandum's signatories do not count the people it trains, the occasion a meeting
is part of is not where it is held, a count of Chinese companies is no count of Azerbaijani ones, a month is no
exact date, and what a record is tells nothing of which outlet reported it (a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.understanding.analysis import analyse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "neighbouring_attributes.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_a_purpose_reached_by_its_words_does_not_answer_what_it_does_not_say(engine):
    """Ensure "what interest rate ... for the Khachmaz processing line?" is declined: the loan's purpose shares the
    line's words, but says nothing of an interest rate; what the loan is for is still its purpose."""
    rate = engine.ask("What interest rate does LSB charge for the Khachmaz processing line?")
    assert rate.kind is not AnswerKind.FACT and rate.facts == ()
    assert engine.ask("What is the LSB loan for?").facts == ("test-lsb-qhc-loan.purpose",)


def test_how_many_people_a_memorandum_trains_is_not_its_signatories(engine):
    """Ensure "how many beekeepers will be trained under the memorandum?" is not answered by counting who signed it
    ("the" of "in the name of" says no signatory); who signed it is still its signatories."""
    trained = engine.ask("How many beekeepers will be trained under the GBI memorandum?")
    assert "test-qhc-gbi-mou.signatories" not in trained.facts
    assert engine.ask("Who signed the GBI memorandum?").facts == ("test-qhc-gbi-mou.signatories",)


def test_where_a_meeting_is_held_is_its_own_place(engine):
    """Ensure "where will the next meeting ... be held?" is the meeting's own place, not the visit it is part of."""
    answer = engine.ask("Where will the next meeting of the beekeeping working group be held?")
    assert answer.facts == ("test-honey-group-next-meeting.place",)
    assert "Tianshui" in answer.body


def test_a_count_of_one_countrys_companies_is_not_another_countrys(engine):
    """Ensure "how many Azerbaijani companies" is declined when the count's sentence counts Chinese companies, and
    "how many Chinese companies" is that count."""
    azerbaijani = engine.ask("How many Azerbaijani companies attended the Quba–Gansu Honey Fair?")
    assert azerbaijani.kind is not AnswerKind.FACT and azerbaijani.facts == ()
    chinese = engine.ask("How many Chinese companies attended the Quba–Gansu Honey Fair?")
    assert chinese.facts == ("test-honey-fair-2027.companies",)


def test_an_exact_date_is_not_answered_with_the_month_the_question_states(engine):
    """Ensure "on what exact date in June 2028 ...?" is declined when the facts know only June 2028, while "when"
    is answered with that month."""
    exact = engine.ask("On what exact date in June 2028 will the 2nd Quba–Gansu Honey Fair open?")
    assert exact.kind is not AnswerKind.FACT and exact.facts == ()
    assert engine.ask("When will the 2nd Quba–Gansu Honey Fair be held?").facts == ("test-honey-fair-2028.date",)


def test_a_month_checked_by_a_yes_no_question_is_not_refuted_by_another_thing_named(engine):
    """Ensure "Will the 2nd Gansu Honey Fair be held in June 2028?" is yes, though its words also name the 1st fair:
    a date names no thing, so naming another thing is no "no"."""
    answer = engine.ask("Will the 2nd Gansu Honey Fair be held in June 2028?")
    assert answer.facts == ("test-honey-fair-2028.date",)
    assert answer.body.startswith("Yes")


def test_which_outlet_reported_a_figure_is_not_the_figure(engine):
    """Ensure "which outlet reported the capacity of ...?" is not answered with the capacity itself."""
    answer = engine.ask("Which outlet reported the capacity of the Qusar honey bottling plant?")
    assert "test-qusar-bottling-plant.capacity" not in answer.facts


def test_a_change_asked_is_said_with_the_figure_that_changed(engine):
    """Ensure "what was QHC's revenue and how did it change?" says both the revenue and its change, from the
    change's fact and citing the figure's."""
    answer = engine.ask("What was QHC's revenue in 2026 and how did it change?")
    assert answer.facts == ("test-qhc-revenue-2026.change",)
    assert "12 million" in answer.body and "15%" in answer.body


def test_the_sides_said_after_between_describe_the_agreement(engine):
    """Ensure "the agreement between Azerbaijan and China" names the sides as its name does: "between" asks for no
    parties there, so "what is it about?" is not answered with them; "who was it between?" still asks them."""
    question = "What is the beekeeping research agreement between Azerbaijan and China about?"
    index = engine._responder.index
    assert "between" not in analyse(question, index, lang="en").tags
    assert "test-beekeeping-research-agreement.parties" not in engine.ask(question).facts
    assert "between" in analyse("Who was the honey export agreement between?", index, lang="en").tags


def test_a_question_word_hyphened_into_a_name_asks_nothing(engine):
    """Ensure "who signed the sister-city agreement ...?" asks who signed it, not where ("city" is a word of its
    name): its parties, not the event it was signed at."""
    answer = engine.ask("Who signed the sister-city agreement between Quba and Tianshui?")
    assert answer.facts == ("test-quba-tianshui-sister-cities.parties",)


def test_a_currency_asked_of_a_count_is_declined(engine):
    """Ensure a count is no answer to an amount in yuan, while the count itself is answered."""
    answer = engine.ask("How many companies took part in the Quba–Gansu Honey Fair, in yuan?")
    assert answer.kind is not AnswerKind.FACT and answer.facts == ()
    assert engine.ask("How many companies took part in the Quba–Gansu Honey Fair?").facts == (
        "test-honey-fair-2027.companies",)


def test_a_venue_is_not_answered_with_a_town(engine):
    """Ensure "what venue" is declined when the place known is a town alone, and answered when it names a venue."""
    town = engine.ask("What venue will host the next meeting of the beekeeping working group?")
    assert town.kind is not AnswerKind.FACT and town.facts == ()
    venue = engine.ask("What venue hosted the Quba–Gansu Honey Fair?")
    assert venue.facts == ("test-honey-fair-2027.place",)


def test_when_an_event_wrapped_up_is_its_end(engine):
    """Ensure "when did the fair wrap up?" asks its end ("wrap up" a word of ending), not when it opened."""
    assert engine.ask("When did the Quba–Gansu Honey Fair wrap up?").facts == ("test-honey-fair-2027.end_date",)


@pytest.mark.parametrize("question", ["What is the title of the Test Bee News article about the loan?",
                                      "Как называется статья Test Bee News о кредите?"])
def test_a_reports_title_is_its_title(engine, question):
    """Ensure the title of a report is its title, not its publisher (a report's title is one of its facts)."""
    answer = engine.ask(question)
    assert answer.facts == ("test-bee-news-2027-06-05.title",)
    assert "Lanzhou bank backs Khachmaz honey line" in answer.body


def test_a_report_without_a_dateline_says_its_date_alone(engine):
    """Ensure the publisher of a report with no place is said with its date only, not "(, 7 June 2027)"."""
    answer = engine.ask("Who published the Apiary Daily report?")
    assert answer.facts == ("test-apiary-daily-2027-06-07.publisher",)
    assert "(7 June 2027)" in answer.body


def test_what_a_named_report_reported_is_not_its_publisher(engine):
    """Ensure "who signed the memorandum Test Bee News reported on?" is not answered "published by Test Bee News":
    that says back the name the question gives the report by."""
    answer = engine.ask("Who signed the memorandum Test Bee News reported on?")
    assert "test-bee-news-2027-06-05.publisher" not in answer.facts
