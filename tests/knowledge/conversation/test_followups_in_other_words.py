"""Follow-ups of the blind conversation set (evalsets/conversations_conv10.jsonl): thanks with a "that" in it
is no question, what a follow-up asks itself must be part of the answer, and the attributes English asks
by a word (theme, contractor, start, jobs) are asked the same way in Russian, Azerbaijani and Chinese."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse
from tests.one_report import load_one_report


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("questions, fact", [
    (("When was the conference held?", "thanks, that's all", "who organized it?"),
     "china-az-investment-conference-2025.organizers"),
    (("When was the MoU signed?", "спасибо, это всё", "кто его подписал?"), "azpromo-ndrc-icc-mou-2025.parties"),
])
def test_thanks_with_a_reference_in_it_is_no_question(engine, questions, fact):
    """Ensure "thanks, that's all" after an answer gets the thanks reply, not the last thing's facts again
    ("that" asks nothing), and the next follow-up is still read in the context."""
    _, thanks, last = converse(engine, *questions)
    assert thanks.kind is AnswerKind.SMALLTALK and thanks.facts == ()
    assert last.facts == (fact,)


def test_what_a_follow_up_asks_itself_is_not_answered_by_the_last_question(engine):
    """Ensure "what was its purpose?" after the conference's date is not answered with the date again:
    the conference's facts state no purpose, so it is declined."""
    _, purpose = converse(engine, "When was the conference held?", "what is its purpose?")
    assert purpose.kind is AnswerKind.DECLINE and purpose.facts == ()


@pytest.mark.parametrize("questions, fact", [
    (("When was the conference held?", "它的主题是什么？"), "china-az-investment-conference-2025.theme"),
    (("Konfrans nə vaxt keçirilib?", "Onun mövzusu nədir?"), "china-az-investment-conference-2025.theme"),
    (("Когда прошла конференция?", "Какова тема конференции?"), "china-az-investment-conference-2025.theme"),
    (("Who is building the Gobustan Solar Power Plant?", "什么时候开工的？"), "gobustan-solar-100mw.start"),
    (("Кто строит солнечную электростанцию в Билясуваре?", "Кто её подрядчик?"), "bilasuvar-445mw-solar.contractor"),
])
def test_attributes_asked_by_one_word_are_asked_in_every_language(shipped, questions, fact):
    """Ensure the theme, the contractor and the start of works are asked in Russian, Azerbaijani and
    Chinese as in English ("它的主题是什么？" was answered with who supported the conference)."""
    *_, last = converse(shipped, *questions)
    assert last.facts == (fact,)


@pytest.mark.parametrize("question", ["Сколько рабочих мест создаст электростанция в Гобустане?",
                                      "Qobustan günəş elektrik stansiyası neçə iş yeri açacaq?",
                                      "戈布斯坦太阳能电站将创造多少就业岗位？"])
def test_jobs_no_fact_states_are_declined_in_every_language(shipped, question):
    """Ensure the Gobustan plant's jobs (which no source states) are declined, not answered with another
    of its figures, in Russian, Azerbaijani and Chinese."""
    answer = shipped.ask(question)
    assert not answer.answered and answer.facts == ()



@pytest.mark.parametrize("questions", [
    ("Кто такой Парвиз Шахбазов?", "Что обсуждали?"),
    ("Pərviz Şahbazov kimdir?", "Aydındır.", "Hansı layihələri müzakirə ediblər?"),
])
def test_what_was_discussed_by_someone_of_many_meetings_is_not_another_meeting(shipped, questions):
    """Ensure "what did they discuss?" (the subject left out, as Russian and Azerbaijani do) after a minister
    who had several meetings asks which meeting, and is not answered with a meeting he was not at."""
    *_, discussed = converse(shipped, *questions)
    assert discussed.kind is AnswerKind.DECLINE and discussed.facts == ()
    assert discussed.suggestions  # the meetings to choose from


@pytest.mark.parametrize("questions", [
    ("When was the MoU signed?", "at which event?"),
    ("Когда был подписан меморандум?", "На каком мероприятии?"),
    ("Memorandum nə vaxt imzalanıb?", "Hansı tədbirdə?"),
    ("备忘录是什么时候签署的？", "在哪个活动上？"),
])
def test_at_which_event_asks_the_event_of_the_thing_talked_about(engine, questions):
    """Ensure "at which event?" after the MoU's date is the event it was signed at: a kind noun after a
    which-word asks for a thing of that kind, it does not refer to an event of the conversation."""
    _, event = converse(engine, *questions)
    assert event.facts == ("azpromo-ndrc-icc-mou-2025.signed_at",)


@pytest.mark.parametrize("questions", [
    ("When was the China-Azerbaijan Industrial and Investment Cooperation Promotion Conference held?",
     "how many documents were signed?"),
    ("Когда прошла конференция?", "Сколько документов было подписано?"),
    ("Konfrans nə vaxt keçirilib?", "Neçə sənəd imzalanıb?"),
    ("中阿产业与投资合作促进大会是什么时候举行的？", "签署了多少份文件？"),
])
def test_how_many_documents_counts_those_of_the_thing_talked_about(shipped, questions):
    """Ensure "how many documents were signed?" after the conference's date counts the conference's documents
    (13): the counted kind noun ("documents", "документов", "sənəd", "份文件") is not a reference to one."""
    _, count = converse(shipped, *questions)
    assert count.facts == ("china-az-investment-conference-2025.documents_signed",)


@pytest.mark.parametrize("questions", [
    ("When was AZPROMO founded?", "And when did that forum take place?"),
    ("Когда был основан AZPROMO?", "А когда прошёл этот форум?"),
    ("AZPROMO nə vaxt yaradılıb?", "Bu forum nə vaxt keçirilib?"),
    ("AZPROMO是什么时候成立的？", "该论坛是什么时候举行的？"),
])
def test_that_forum_when_the_conversation_had_none_is_not_another_forum(shipped, questions):
    """Ensure "when did that forum take place?" after a question about AZPROMO is not answered with the date
    of some other conference: "that forum" points back to the conversation, and it named no forum."""
    _, when = converse(shipped, *questions)
    assert not when.answered and when.facts == ()


def test_that_conference_is_the_conference_talked_about(shipped):
    """Ensure "where did that conference take place?" after the conference's date is still its place."""
    _, where = converse(shipped, "When was the conference held?", "where did that conference take place?")
    assert where.facts == ("china-az-investment-conference-2025.place",)


@pytest.mark.parametrize("questions", [
    ("Какова мощность Гобустанской солнечной электростанции?", "Что обсуждали?"),
    ("Qobustan günəş elektrik stansiyasının gücü nə qədərdir?", "Nəyi müzakirə ediblər?"),
    ("戈布斯坦太阳能电站的装机容量是多少？", "讨论了什么？"),
    ("What is the capacity of the Gobustan Solar Power Plant?", "what did they discuss?"),
])
def test_a_question_naming_nothing_is_not_answered_about_a_thing_of_no_part_in_the_conversation(shipped, questions):
    """Ensure "what was discussed?" (the subject left out) after the Gobustan plant is declined about the plant,
    not answered with what two officials discussed at a meeting the conversation never touched."""
    _, discussed = converse(shipped, *questions)
    assert discussed.kind is AnswerKind.DECLINE and discussed.facts == ()
    assert discussed.known_about == ("gobustan-solar-100mw",)


def test_a_question_naming_nothing_is_answered_about_what_the_conversation_involves(shipped):
    """Ensure "how many companies took part?" after AZPROMO's founding is still the conference AZPROMO organized."""
    _, companies = converse(shipped, "When was AZPROMO founded?", "how many companies took part?")
    assert companies.facts == ("china-az-investment-conference-2025.companies",)


@pytest.mark.parametrize("questions", [
    ("Между кем заключено соглашение о взаимном освобождении от визовых требований для владельцев обычных паспортов?",
     "Какова его цель?", "Когда оно вступит в силу?"),
    ("Böyükşor gölündəki üzən günəş stansiyası haqqında icra sazişinin tərəfləri kimlərdir?",
     "Onun tikintisi nə vaxt başa çatacaq?"),
])
def test_an_agreement_described_in_words_no_fact_says_is_not_the_memorandum(shipped, questions):
    """Ensure an agreement named only by its kind noun ("соглашение", "saziş") and words none of the AZPROMO
    memorandum's facts say (visa exemption, ordinary passports; a floating plant) is not answered with that
    memorandum, and neither are the follow-ups that would then refer to it (the implementation agreement on the
    floating plant on Lake Boyukshor, named by its words in Azerbaijani, answers with its own facts)."""
    for answer in converse(shipped, *questions):
        assert not any(f.startswith("azpromo-ndrc-icc-mou-2025.") for f in answer.facts), answer.text
        assert not answer.answered or all(f.startswith("impl-agr-datang-boyukshor-2025.") for f in answer.facts)


@pytest.mark.parametrize("question, fact", [
    ("Кто подписал меморандум?", "azpromo-ndrc-icc-mou-2025.parties"),
    ("Who signed the agreement on mutual visa exemption for holders of ordinary passports?",
     "visa-exemption-agreement-2025.parties"),
])
def test_an_agreement_named_by_its_kind_or_its_name_is_still_answered(shipped, question, fact):
    """Ensure "Кто подписал меморандум?" (the kind noun alone) and the visa agreement named in English still answer."""
    assert shipped.ask(question).facts == (fact,)
