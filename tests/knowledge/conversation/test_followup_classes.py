"""Follow-ups of the classes the conversation sets miss, on the shipped facts: a word that asks what is asked is no
name beside "it"; an overview asked after an attribute is the profile, not that attribute again; "о нём" after an
answer naming two people is what the answer was about; a "who" that says a country is not answered by a fact whose
people are all of another; a part of a year ("the first quarter of that year", "2024年第一季度") is that part's record
of the series, never the whole year's."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse

BILASUVAR = "What capacity will the Bilasuvar solar power plant have?"
CONFERENCE = ("How many documents were signed at the China-Azerbaijan Industrial and Investment Cooperation "
              "Promotion Conference?", "what was their total value?")


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_a_word_that_asks_what_is_asked_names_nothing_beside_it(shipped):
    """Ensure "How much money is being invested in it?" after the Bilasuvar plant is about the plant ("invested" is
    also a word of the Investment ... Conference's name): declined, since no investment in the plant is stated, never
    the conference's $335 million; and the next follow-up is still about the plant."""
    capacity, invested, households = converse(shipped, BILASUVAR, "How much money is being invested in it?",
                                              "how many households will it supply?")
    assert capacity.facts == ("bilasuvar-445mw-solar.capacity",)
    assert invested.kind is AnswerKind.DECLINE and invested.facts == ()
    assert "335" not in invested.text and "Bilasuvar" in invested.text
    assert households.facts == ("bilasuvar-445mw-solar.figure:households_supplied",)


def test_a_word_of_a_linked_things_name_still_names_it(shipped):
    """Ensure a thing its words name weakly that involves the one talked about still answers ("С кем он встретился на
    конференции в Пекине?" after Yusif Abdullayev: his meeting there), and "тот" next is the one he met."""
    _, met, role = converse(shipped, "Кто такой Юсиф Абдуллаев?", "С кем он встретился на конференции в Пекине?",
                            "Какую должность тот занимает?")
    assert met.facts == ("abdullayev-wu-meeting-2025.participants",)
    assert role.facts == ("wu-hongliang.role",)


@pytest.mark.parametrize("overview", [
    "tell me more about it",
    "tell me more about this conference",
    "Расскажи подробнее об этой конференции",
    "请详细介绍一下这次大会",
])
def test_an_overview_after_an_attribute_is_the_profile(shipped, overview):
    """Ensure an overview asked after the conference's total value is the conference's profile, in each language,
    not the total value asked again."""
    *_, value, profile = converse(shipped, *CONFERENCE, overview)
    assert value.facts == ("china-az-investment-conference-2025.total_value",)
    assert profile.facts == ("china-az-investment-conference-2025.summary",)


def test_about_him_after_two_people_is_what_the_answer_was_about(shipped):
    """Ensure "Расскажи о нём подробнее" after who signed the Belt and Road plan (two signatories) is the plan's
    profile: a singular "о нём" says neither of the two people."""
    signed, profile = converse(shipped, "Кто подписал План сотрудничества по совместному продвижению инициативы "
                                        "«Пояс и путь»?", "Расскажи о нём подробнее")
    assert signed.facts == ("bri-cooperation-plan-2025.signatories",)
    assert profile.facts == ("bri-cooperation-plan-2025.summary",)


def test_who_of_one_country_is_the_one_of_that_country(shipped):
    """Ensure "who spoke for the Chinese side there?" after Tural Hajili's words at the Shaanxi round table is not
    his (Azerbaijani) statement again but, of the round table's two, the Chinese speaker's; "he" next is that
    speaker, and the context still has Hajili ("Hajili's agency")."""
    *_, said, chinese, his, agency = converse(shipped, "Who is Tural Hajili?", "What did he say at the Shaanxi round table?",
                                              "who spoke for the Chinese side there?", "which organization is he with?",
                                              "And who runs Hajili's agency?")
    assert said.facts == ("statement-hajili-shaanxi-2025.said",)
    assert chinese.facts == ("statement-wang-hongwei-shaanxi-2025.said",)
    assert his.facts == ("wang-hongwei.organization",)
    assert "Abdullayev" in agency.text


@pytest.mark.parametrize("follow_up, fact", [
    ("and in the first quarter of that year?", "trade-az-cn-2024-q1.value"),
    ("那2024年第一季度呢？", "trade-az-cn-2024-q1.value"),
    ("and what about the first quarter of 2023?", "trade-az-cn-2023-q1.value"),
    ("Bəs 2023-cü ilin birinci rübündə?", "trade-az-cn-2023-q1.value"),
    ("and in January 2026?", "trade-az-cn-2026-01.value"),
])
def test_a_part_of_a_year_is_that_parts_record(shipped, follow_up, fact):
    """Ensure a follow-up naming a part of a year (a quarter, a month; of the same year or another) after 2024's
    trade is the record of the series for that part, never the whole year's figure."""
    year, part = converse(shipped, "What was Azerbaijan-China trade turnover in 2024?", follow_up)
    assert year.facts == ("trade-az-cn-2024.value",)
    assert part.facts == (fact,)


def test_a_part_no_record_is_of_is_declined(shipped):
    """Ensure "and in the second half of 2023?" after 2024's trade, a part of 2023 no record is of, is declined,
    not answered with 2023's whole-year figure."""
    _, half = converse(shipped, "What was Azerbaijan-China trade turnover in 2024?", "and in the second half of 2023?")
    assert half.facts == ()
    assert not any(f.startswith("trade-az-cn-2023") for f in half.facts)


def test_a_lead_in_asks_nothing(shipped):
    """Ensure "By the way, who is Lu Mei?" in the middle of a conversation about the Alat plant is Lu Mei's
    profile, as "who is Lu Mei?" is: a lead-in ("by the way") asks no attribute."""
    capacity, who = converse(shipped, "What capacity will the solar panel factory planned in the Alat Free Economic "
                                      "Zone have?", "By the way, who is Lu Mei?")
    assert capacity.facts == ("alat-solar-panel-plant.capacity",)
    assert who.facts == ("lu-mei.summary",)
