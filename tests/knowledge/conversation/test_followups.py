"""Follow-ups read in a conversation's context: pronouns, ellipsis, named things, declines."""
from __future__ import annotations

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import load_one_report

MOU = "azpromo-ndrc-icc-mou-2025"
CONF = "china-az-investment-conference-2025"
MEETING = "abdullayev-wu-meeting-2025"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())



def test_pronoun_follow_ups_answer_from_the_thing_talked_about(engine):
    """Ensure "who signed it?" and "what is its purpose" after the MoU's date are the MoU's parties and purpose."""
    _, signed, purpose = converse(engine, "When was the MoU signed?", "who signed it?", "what is its purpose")
    assert signed.facts == (f"{MOU}.parties",)
    assert purpose.facts == (f"{MOU}.purpose",)


def test_the_same_follow_up_alone_is_not_answered(engine):
    """Ensure a follow-up without a conversation is read as it stands (no context, no answer)."""
    assert not engine.ask("who signed it?").answered


def test_ellipsis_takes_what_was_asked_before(engine):
    """Ensure "by whom?" after "When was AZPROMO founded?" asks for the founder."""
    _, founder = converse(engine, "When was AZPROMO founded?", "by whom?")
    assert founder.facts == ("azpromo.founder",)


def test_what_about_another_thing_is_declined_when_its_facts_do_not_say(engine):
    """Ensure "What about the NDRC?" after "Who heads AZPROMO?" is declined, never AZPROMO's head or NDRC's profile."""
    head, ndrc = converse(engine, "Who heads AZPROMO?", "What about the NDRC?")
    assert head.facts == ("azpromo.head",)
    assert ndrc.kind is AnswerKind.DECLINE and ndrc.facts == ()
    assert "NDRC" in ndrc.body


def test_what_about_another_thing_is_answered_when_its_facts_say(engine):
    """Ensure "What about Wu Hongliang?" after Abdullayev's title asks for Wu's title."""
    _, wu = converse(engine, "What is Yusif Abdullayev's job title?", "What about Wu Hongliang?")
    assert wu.facts == ("wu-hongliang.role",)


def test_a_named_thing_wins_over_the_context(engine):
    """Ensure a question naming another thing is answered about it, not about the context."""
    _, founded = converse(engine, "Who signed the memorandum of understanding?", "And when was AZPROMO founded?")
    assert founded.facts == ("azpromo.founded",)


def test_he_is_the_person_the_answer_named(engine):
    """Ensure "his position" after "Who did Yusif Abdullayev meet?" is Wu's (the one the answer named)."""
    _, role = converse(engine, "Who did Yusif Abdullayev meet at the conference?", "what is his position?")
    assert role.facts == ("wu-hongliang.role",)


def test_the_two_of_them_is_their_meeting(engine):
    """Ensure "what did the two of them discuss?" answers from the meeting of the two people."""
    *_, discussed = converse(engine, "Who did Yusif Abdullayev meet at the conference?",
                             "what did the two of them discuss?")
    assert discussed.facts == (f"{MEETING}.discussed",)


def test_an_off_topic_message_between_keeps_the_context(engine):
    """Ensure "ok back to him" after an off-topic message still refers to the person talked about."""
    *_, weather, met = converse(engine, "Who is Wu Hongliang?", "which organization does he work for?",
                                "what's the weather like in Baku today?", "ok back to him: who did he meet?")
    assert not weather.answered
    assert met.facts == (f"{MEETING}.participants",)


def test_a_missing_attribute_of_the_referent_is_declined_not_taken_from_another_thing(engine):
    """Ensure "where did it take place?" about the conference is declined (the facts do not say), not
    answered with where an organizer is based."""
    *_, where = converse(engine, "Who organized the conference?", "When was it held?", "where did it take place?")
    assert where.kind is AnswerKind.DECLINE and where.facts == ()


def test_a_person_reference_never_answers_from_an_organization(engine):
    """Ensure "When was that official born?" is declined, not answered with AZPROMO's founding year."""
    _, born = converse(engine, "Who is the executive director of AZPROMO?", "When was that official born?")
    assert not born.answered and born.facts == ()


def test_a_kind_noun_points_to_that_kind_of_thing_in_the_context(engine):
    """Ensure "the purpose of the memorandum" after a question about AZPROMO is the MoU's purpose."""
    *_, purpose = converse(engine, "Who signed the memorandum of understanding?", "And when was AZPROMO founded?",
                           "what is the purpose of the memorandum?")
    assert purpose.facts == (f"{MOU}.purpose",)


@pytest.mark.parametrize("questions, fact", [
    (("Когда был подписан меморандум?", "А кем?"), f"{MOU}.parties"),
    (("Когда прошла инвестиционная конференция?", "А кто её поддержал?"), f"{CONF}.supporters"),
    (("С кем встречался Юсиф Абдуллаев?", "Какую должность он занимает?"), "wu-hongliang.role"),
    (("AZPROMO nə vaxt yaradılıb?", "Kim tərəfindən?"), "azpromo.founder"),
    (("Anlaşma memorandumu nə vaxt imzalanıb?", "Onun məqsədi nədir?"), f"{MOU}.purpose"),
    (("谅解备忘录是什么时候签署的？", "那谁签的？"), f"{MOU}.parties"),
    (("吴红亮是谁？", "他在哪个机构工作？"), "wu-hongliang.organization"),
])
def test_follow_ups_in_russian_azerbaijani_and_chinese(engine, questions, fact):
    """Ensure follow-ups in each language are read in the conversation's context."""
    *_, last = converse(engine, *questions)
    assert last.facts == (fact,)
    assert last.lang == engine.ask(questions[0]).lang


@pytest.mark.parametrize("questions", [
    ("Кто возглавляет AZPROMO?", "А НКРР?"),
    ("AZPROMO-ya kim rəhbərlik edir?", "Bəs NDRC-yə?"),
    ("谁领导AZPROMO？", "那国家发改委呢？"),
])
def test_what_about_the_ndrc_is_declined_in_every_language(engine, questions):
    """Ensure the NDRC's head, which the facts do not give, is declined in Russian, Azerbaijani and Chinese."""
    *_, last = converse(engine, *questions)
    assert not last.answered and last.facts == ()


def test_a_decline_about_a_named_thing_moves_the_context_to_it(engine):
    """Ensure "where is it based?" after a declined question about the Trade Office is about the Trade Office."""
    _, based = converse(engine, "When was the Trade Representative Office founded?", "Where is it based?")
    assert based.facts == ("az-trade-office-china.based_in",)


def test_a_bare_question_word_asks_what_was_asked_not_for_a_profile(engine):
    """Ensure "when?" after "who founded it?" is the founding year, not AZPROMO's profile."""
    *_, when = converse(engine, "What is AZPROMO?", "who founded it?", "when?")
    assert when.facts == ("azpromo.founded",)


def test_where_after_when_they_met_is_where_they_met(engine):
    """Ensure "where?" after the meeting's date is the event it took place during."""
    _, where = converse(engine, "When did Abdullayev meet Wu?", "where?")
    assert where.facts == (f"{MEETING}.part_of",)


def test_incidental_words_of_a_question_are_not_carried_on(engine):
    """Ensure "and the NDRC?" after "how old is the agency?" and a declined "what about the Ministry?"
    asks the NDRC's age (unknown: declined), not something the words "the agency" hinted at."""
    *_, ministry, ndrc = converse(engine, "Who heads AZPROMO?", "how old is the agency?",
                                  "what about the Ministry of Economy?", "and the NDRC?")
    assert not ministry.answered and not ndrc.answered and ndrc.facts == ()


def test_a_bare_name_after_a_profile_asks_for_its_profile(engine):
    """Ensure "and Abdullayev?" after "Who is Wu Hongliang?" is Abdullayev's profile."""
    _, other = converse(engine, "Who is Wu Hongliang?", "and Abdullayev?")
    assert other.facts == ("yusif-abdullayev.summary",)


def test_who_is_he_is_the_persons_profile(engine):
    """Ensure "Кто он?" after "С кем встретился У Хунлян?" is Abdullayev's profile, and "Где он работает?" his agency."""
    _, who, where = converse(engine, "С кем встретился У Хунлян?", "Кто он?", "Где он работает?")
    assert who.facts == ("yusif-abdullayev.summary",)
    assert where.facts == ("yusif-abdullayev.organization",)


def test_a_new_question_about_a_named_thing_is_not_bent_to_the_last_one(engine):
    """Ensure "Bəs Vu Honqlyan kimdir?" (and who is Wu?) after a question about the meeting is Wu's profile."""
    *_, wu = converse(engine, "Yusif Abdullayev kimdir?", "Onlar nəyi müzakirə ediblər?", "Bəs Vu Honqlyan kimdir?")
    assert wu.facts == ("wu-hongliang.summary",)


def test_what_the_follow_up_asks_itself_is_not_replaced_by_the_last_question(engine):
    """Ensure "what was signed there?" after "who backed it?" is not answered with the conference's backers."""
    *_, signed = converse(engine, "What's the date of the conference?", "who backed it?", "what was signed there?")
    assert f"{CONF}.supporters" not in signed.facts


def test_how_about_another_thing_asks_the_same_and_declines_what_is_unknown(engine):
    """Ensure "how about the trade office?" after "Who heads AZPROMO?" is declined, not the office's profile."""
    _, office = converse(engine, "Who heads AZPROMO?", "how about the trade office?")
    assert not office.answered and office.facts == ()


def test_a_follow_up_asking_nothing_of_its_own_asks_the_last_question_of_the_topic(engine):
    """Ensure "when was that?" after "Who founded the agency?" is AZPROMO's founding, not the date of
    a meeting its head took part in."""
    *_, when = converse(engine, "Who leads AZPROMO?", "Who founded the agency?", "when was that?")
    assert when.facts == ("azpromo.founded",)


@pytest.mark.parametrize("questions", [
    ("Who is Wu Hongliang?", "when was his organization founded?", "who heads it?"),  # "it" is no person
    ("Who signed the MoU?", "who drafted it?"),  # its own word, unexplained: not "who signed it"
    ("Кто возглавляет AZPROMO?", "Сколько ему лет?"),  # "ему": the head the answer named, whose age is unknown
    ("Кто возглавляет AZPROMO?", "А НКРР кто возглавляет?", "А её?"),  # a bare "and hers?" asks no profile
    ("Кто такой У Хунлян?", "Где находится его организация?", "Кто её возглавляет?"),  # not Wu's own title
])
def test_follow_ups_the_facts_do_not_answer_are_declined(engine, questions):
    """Ensure follow-ups whose referent lacks what is asked are declined, never answered from another record."""
    *_, last = converse(engine, *questions)
    assert not last.answered and last.facts == ()
