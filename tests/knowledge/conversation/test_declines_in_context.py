"""Follow-ups the facts cannot answer are declined about the thing they refer to, and words that read
two ways are read the way the conversation's things can answer."""
from __future__ import annotations

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import load_one_report


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())



@pytest.mark.parametrize("questions, about", [
    (("Who heads AZPROMO?", "when was he born?"), "yusif-abdullayev"),
    (("When was AZPROMO founded?", "what is its phone number?"), "azpromo"),
    (("Кто возглавляет AZPROMO?", "Когда он родился?"), "yusif-abdullayev"),
    (("AZPROMO-ya kim rəhbərlik edir?", "O nə vaxt doğulub?"), "yusif-abdullayev"),
    (("谁领导AZPROMO？", "他是哪年出生的？"), "yusif-abdullayev"),
])
def test_a_follow_up_asking_what_no_fact_says_is_declined_about_its_referent(engine, questions, about):
    """Ensure "when was he born?" after "Who heads AZPROMO?" is declined about Yusif Abdullayev (as the
    question naming him would be), not answered and not called off-topic, in all four languages."""
    *_, last = converse(engine, *questions)
    assert last.kind is AnswerKind.DECLINE and last.facts == ()
    assert last.known_about == (about,)


def test_the_context_stays_after_a_follow_up_declined_about_its_referent(engine):
    """Ensure a declined "what is his phone number?" leaves "his" for the next follow-up."""
    *_, phone, role = converse(engine, "Who heads AZPROMO?", "what is his phone number?", "what is his job title?")
    assert not phone.answered
    assert role.facts == ("yusif-abdullayev.role",)


def test_its_mission_after_the_initiatives_owner_is_the_owners_mission(engine):
    """Ensure "and what is its mission?" after "who owns that initiative?" (AZPROMO) and an off-topic message
    is AZPROMO's mission, not the number of the initiative's export missions."""
    *_, weather, mission = converse(engine, "How many export trips has AZPROMO made under Made in Azerbaijan?",
                                    "who owns that initiative?", "What is the weather in Beijing?",
                                    "and what is its mission?")
    assert not weather.answered
    assert mission.facts == ("azpromo.mission",)


@pytest.mark.parametrize("question", ["what is the mission of Made in Azerbaijan?", "Какова миссия Made in Azerbaijan?"])
def test_a_mission_is_no_count_of_missions(engine, question):
    """Ensure "the mission of Made in Azerbaijan" is not answered with how many export missions it made."""
    answer = engine.ask(question)
    assert "made-in-azerbaijan.count:export_trips" not in answer.facts


def test_how_many_missions_still_counts_them(engine):
    """Ensure "how many missions has AZPROMO made?" is the count of export missions."""
    assert engine.ask("how many missions has AZPROMO made?").facts == ("made-in-azerbaijan.count:export_trips",)


@pytest.mark.parametrize("questions", [
    ("Who founded AZPROMO?", "who heads that ministry?"),
    ("Who founded AZPROMO?", "Кто возглавляет это министерство?"),
    ("AZPROMO-nu kim təsis edib?", "Bu nazirliyə kim rəhbərlik edir?"),
    ("谁创立了AZPROMO？", "该部委由谁领导？"),
])
def test_that_ministry_is_the_ministry_of_the_context_not_the_last_subject(engine, questions):
    """Ensure "who heads that ministry?" after AZPROMO's founder (the Ministry of Economy) asks for the
    ministry's head, which the facts do not give (declined about the ministry), never AZPROMO's head."""
    *_, last = converse(engine, *questions)
    assert last.kind is AnswerKind.DECLINE and last.facts == ()
    assert last.known_about == ("ministry-of-economy-az",)


@pytest.mark.parametrize("questions, fact", [
    (("Who signed the MoU?", "when was this memorandum signed?"), "azpromo-ndrc-icc-mou-2025.date"),
    (("Who heads AZPROMO?", "what is that agency's mission?"), "azpromo.mission"),
    (("Кто организовал конференцию?", "Когда прошло это мероприятие?"), "china-az-investment-conference-2025.date"),
])
def test_a_demonstrative_and_kind_noun_answer_from_that_thing(engine, questions, fact):
    """Ensure "this memorandum", "that agency", "это мероприятие" are the thing of that kind talked about."""
    *_, last = converse(engine, *questions)
    assert last.facts == (fact,)


@pytest.mark.parametrize("questions, facts", [
    (("Who met at the conference?", "what are their positions?"), ("yusif-abdullayev.role", "wu-hongliang.role")),
    (("Кто встречался на конференции?", "Где они работают?"),
     ("yusif-abdullayev.organization", "wu-hongliang.organization")),
    (("Konfransda kim görüşüb?", "Onların vəzifələri nədir?"), ("yusif-abdullayev.role", "wu-hongliang.role")),
    (("谁在大会期间会见了？", "他们在哪里工作？"), ("yusif-abdullayev.organization", "wu-hongliang.organization")),
])
def test_they_asks_the_same_of_each_of_them(engine, questions, facts):
    """Ensure "what are their positions?" after the two who met is each one's position, in all four languages
    (not a decline saying the facts do not give Abdullayev's)."""
    *_, last = converse(engine, *questions)
    assert last.facts == facts


def test_they_is_what_the_two_share_when_it_is_asked(engine):
    """Ensure "what did the two of them discuss?" is still their meeting's, not each one's."""
    *_, last = converse(engine, "Who met at the conference?", "what did the two of them discuss?")
    assert last.facts == ("abdullayev-wu-meeting-2025.discussed",)


def test_they_answers_from_those_of_them_the_facts_say_it_of(engine):
    """Ensure "when were they founded?" after the conference's organizers is AZPROMO's founding (the one the
    facts date), not a decline saying AZPROMO's is unknown."""
    *_, last = converse(engine, "Who organized the conference?", "when were they founded?")
    assert last.facts == ("azpromo.founded",)


@pytest.mark.parametrize("questions", [
    ("When was the third session of the China-Azerbaijan parliamentary commission held?", "where?"),
    ("Когда прошло третье заседание китайско-азербайджанской парламентской комиссии?", "А где?"),
])
def test_a_thing_named_in_part_beside_unexplained_words_is_not_what_a_declined_question_was_about(engine, questions):
    """Ensure "where?" after a declined question about an unknown commission (whose words only in part name
    the conference) is not read about the conference: neither answered nor declined about it."""
    first, last = converse(engine, *questions)
    assert not first.answered
    assert not last.answered and last.facts == ()
    assert last.known_about == ()


def test_a_thing_named_whole_stays_what_a_declined_question_was_about(engine):
    """Ensure a declined question naming the conference in full still leaves it for "where was it held?"."""
    _, last = converse(engine, "When was the China-Azerbaijan Industrial and Investment Cooperation Promotion "
                               "Conference's gala dinner?", "where was it held?")
    assert last.known_about != ()
