"""No answer from the wrong fact: a kind noun qualified by a word the facts never say, an attribute the
record lacks, a thing named that the base does not hold. Asked of the one report beside fictional records
of shapes the shipped base lacks (a concession between a port authority and a shipping line)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "wrong_facts.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question", ["Who signed the loan agreement?", "When was the loan agreement signed?",
                                      "Кто подписал кредитное соглашение?"])
def test_a_kind_noun_qualified_by_a_word_no_fact_says_is_declined(engine, question):
    """Ensure "the loan agreement", in a base whose agreements are a memorandum and a concession, is not
    answered with either one's parties or date."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_a_record_called_by_its_own_kind_word_still_answers(engine):
    """Ensure the concession called by its name answers: "concession" is no word the facts never say."""
    answer = engine.ask("Who signed the Astara ferry terminal concession?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-astara-concession.parties",)


def test_a_kind_noun_for_the_one_part_of_a_named_event_asks_about_that_part(engine):
    """Ensure "the talks during the <fair>" is answered with the talks held at the fair, not the fair's own
    participants; the fair's participants still answer when the fair alone is asked about."""
    answer = engine.ask("Who held talks during the Caspian Ferry Fair?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-nuriyeva-zhou-talks.participants",)
    answer = engine.ask("Who took part in the Caspian Ferry Fair?")
    assert answer.facts == ("test-ferry-fair-2026.participants",)


def test_a_year_asked_of_a_half_years_figure_is_declined_without_a_false_decline(engine):
    """Ensure "in 2026" is not answered with the first half of 2026's figure, nor declined as if that figure
    were unknown; the half year asked by its words is answered."""
    answer = engine.ask("How many ferry passengers went through Astara in 2026?")
    assert not answer.answered, (answer.text, answer.facts)
    assert "first half" not in answer.body.split("\n")[0]
    answer = engine.ask("How many ferry passengers went through Astara in the first half of 2026?")
    assert answer.facts == ("test-astara-ferry-passengers-2026-h1.value",)


def test_a_part_of_a_year_asked_of_a_whole_years_figure_is_declined(engine):
    """Ensure the first quarter of 2025 is not answered with the whole year's figure, which still answers 2025."""
    answer = engine.ask("How much cargo did the Astara Ferry Port handle in the first quarter of 2025?")
    assert not answer.answered, (answer.text, answer.facts)
    answer = engine.ask("How much cargo did the Astara Ferry Port handle in 2025?")
    assert answer.facts == ("test-astara-cargo-2025.value",)


def test_another_year_than_the_figures_is_declined_though_its_source_is_of_that_year(engine):
    """Ensure 2026, the year the source was published, is not answered with the 2025 figure it reports."""
    answer = engine.ask("How much cargo did the Astara Ferry Port handle in 2026?")
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["How much diesel fuel will the Astara ferry terminal burn?",
                                      "What's the price of a single ferry ticket at the Astara ferry terminal?"])
def test_an_attribute_the_record_lacks_is_not_answered_from_a_neighbouring_one(engine, question):
    """Ensure a question naming the terminal and saying what none of its facts say (fuel burnt, a ticket's
    price) is declined, not answered with its investment."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_the_terminals_own_attributes_still_answer(engine):
    """Ensure the terminal's investment and capacity, asked in their own words, are answered."""
    assert engine.ask("How much is the investment in the Astara ferry terminal?").facts == (
        "test-astara-ferry-terminal.investment",)
    assert engine.ask("What is the capacity of the Astara ferry terminal?").facts == (
        "test-astara-ferry-terminal.capacity",)


def test_a_named_things_agreement_asked_by_its_kind_noun_is_not_the_things_own_purpose(engine):
    """Ensure "why did <company> sign its agreement with ..." is not answered with the company's own purpose
    (the concession states none; its premise, "did <company> sign its agreement with ...?", is asked first:
    premise.py)."""
    answer = engine.ask("Why did Pearl River Ferry Lines sign its agreement with the port authority?")
    assert not answer.answered, (answer.text, answer.facts)


def test_a_companys_own_purpose_still_answers_its_mission(engine):
    """Ensure "what is the mission of <company>?" is the company's purpose."""
    answer = engine.ask("What is the mission of Pearl River Ferry Lines?")
    assert answer.facts == ("test-pearl-shipping.mission",)


@pytest.mark.parametrize("question", ["How long will the rail siding at the Lankaran citrus cold store be?",
                                      "For how many years is the site of the Lankaran citrus cold store leased?"])
def test_a_length_or_duration_is_not_answered_with_a_place_or_a_purpose(engine, question):
    """Ensure "how long", "for how many years" of the cold store, whose facts give no length or term, are
    declined, not answered with its purpose (which mentions the siding) or its place."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_a_things_age_and_place_still_answer(engine):
    """Ensure "how old" is still the company's age and "where" the cold store's place."""
    assert engine.ask("How old is Pearl River Ferry Lines?").facts == ("test-pearl-shipping.age",)
    assert engine.ask("Where is the Lankaran citrus cold store?").facts == ("test-lankaran-cold-store.place",)


def test_a_proper_name_the_facts_say_only_of_other_things_is_declined(engine):
    """Ensure "Pearl River Ferry Lines' Turkmenbashi office" (Turkmenbashi is said only of the port's cargo) is
    not answered with the company's own founding year, which still answers when the company alone is asked."""
    answer = engine.ask("When was Pearl River Ferry Lines' Turkmenbashi office founded?")
    assert not answer.answered, (answer.text, answer.facts)
    assert engine.ask("When was Pearl River Ferry Lines founded?").facts == ("test-pearl-shipping.founded",)


@pytest.mark.parametrize("question", ["How large will the Lankaran citrus cold store be?",
                                      "Which way will the Lankaran citrus cold store face?",
                                      "Какая компания будет управлять Lankaran citrus cold store?",
                                      "Будет ли Lankaran citrus cold store первым холодильником компании?"])
def test_a_future_tense_alone_asks_no_purpose(engine, question):
    """Ensure "will" ("будет") only says when: a question in the future tense asking a size, a direction or
    who will run the cold store is declined, not answered with the cold store's purpose."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["What will the Lankaran citrus cold store be used for?",
                                      "What benefits will the Lankaran citrus cold store bring?"])
def test_a_purpose_asked_in_the_future_tense_still_answers(engine, question):
    """Ensure what the cold store is for, asked with "will", is still its purpose."""
    assert engine.ask(question).facts == ("test-lankaran-cold-store.purpose",)


@pytest.mark.parametrize("question", ["Which company will run Pearl River Ferry Lines' ferries?",
                                      "Which company heads Pearl River Ferry Lines?"])
def test_which_company_is_not_answered_with_a_person(engine, question):
    """Ensure "which company" of a named company is declined, not answered with its head, a person: the fact
    asked names an organization."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_which_company_of_a_person_and_who_heads_still_answer(engine):
    """Ensure the company a person works for, the agreement two named parties signed and who heads the company
    are still answered."""
    assert engine.ask("Which company does Zhou Bin work for?").facts == ("test-zhou-bin.organization",)
    assert engine.ask("Which agreement did the Astara Ferry Port Authority sign with Pearl River Ferry Lines?"
                      ).facts == ("test-astara-concession.parties",)
    assert engine.ask("Who heads Pearl River Ferry Lines?").facts == ("test-pearl-shipping.head",)


@pytest.mark.parametrize("question", ["How much is the investment in the Astara ferry terminal in manats?",
                                      "How much is the Astara ferry terminal worth in yuan?"])
def test_an_amount_asked_in_another_currency_is_declined(engine, question):
    """Ensure the terminal's investment, stated in US dollars, does not answer an amount asked in manats or
    yuan: that figure (or a conversion) is one the facts do not state."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


def test_an_amount_asked_in_its_own_currency_still_answers(engine):
    """Ensure the investment asked in US dollars, the currency it is stated in, is answered."""
    assert engine.ask("How much is the investment in the Astara ferry terminal in US dollars?").facts == (
        "test-astara-ferry-terminal.investment",)


@pytest.mark.parametrize("question", ["What is the cargo handled by Pearl River Ferry Lines?",
                                      "What are the ferry passengers of Pearl River Ferry Lines?"])
def test_a_kind_of_another_records_type_said_beside_a_name_asks_no_profile(engine, question):
    """Ensure "the cargo handled by <company>" (the kind of the port's statistics) is declined, not answered with
    the company's profile: a thing of that kind is asked about, which the base does not hold for it."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["What is Pearl River Ferry Lines?", "Pearl River Ferry Lines?"])
def test_a_bare_name_still_asks_its_profile(engine, question):
    """Ensure the company's name alone, or "what is", is still its profile."""
    assert engine.ask(question).facts == ("test-pearl-shipping.summary",)


@pytest.mark.parametrize("question", ["What did Zhou Bin say at the talks with Leyla Nuriyeva?",
                                      "What did Zhou Bin say in his speech at the Caspian Ferry Fair?"])
def test_what_one_person_said_is_not_what_the_sides_stressed(engine, question):
    """Ensure what one participant said is declined, not answered with what the two sides of the talks stressed
    together: those are not his own words."""
    answer = engine.ask(question)
    assert not answer.answered, (answer.text, answer.facts)


@pytest.mark.parametrize("question", ["What did Leyla Nuriyeva and Zhou Bin say at their talks?",
                                      "What did the sides stress at the talks between Leyla Nuriyeva and Zhou Bin?"])
def test_what_the_sides_said_is_still_what_they_stressed(engine, question):
    """Ensure the two participants named together, or the sides, are answered with what the talks stressed."""
    assert engine.ask(question).facts == ("test-nuriyeva-zhou-talks.highlights",)



@pytest.mark.parametrize("question", ["Who signed the LRC cable plant agreement?",
                                      "Кто подписал соглашение о LRC cable plant?"])
def test_who_signed_is_not_answered_with_the_agreement_a_project_rests_on(question):
    """Ensure "who signed the agreement on <plant>?" is not answered with the plant's agreements (an agreement,
    no one who signed): who asks for people or bodies; if answered, the agreement's own facts answer."""
    engine = engine_with(Path(__file__).parent / "data" / "placed_plant.yaml")
    answer = engine.ask(question)
    assert all(f.startswith("test-lrc-cable-plant-agreement.") for f in answer.facts), (answer.text, answer.facts)


def test_the_kind_word_of_a_name_said_whole_asks_nothing(engine):
    """Ensure "who co-chaired the 2nd meeting of <group>?" is declined, not answered with who attended: "meeting"
    is the name's own word there and asks for no participants; who attended still answers."""
    answer = engine.ask("Who co-chaired the 2nd meeting of the Astara Ferry Working Group?")
    assert not answer.answered, (answer.text, answer.facts)
    assert engine.ask("Who attended the 2nd meeting of the Astara Ferry Working Group?").facts == (
        "test-ferry-working-group-2.participants",)
