"""A follow-up with a pronoun and a named thing ("who did he meet from CEEC?"): the pronoun still stands for
the thing of the conversation, unless it stands for things the question itself names before it."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped
from tests.knowledge.conversation.converse import converse

MEETING = "azpromo-ceec-meeting-2023"


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


@pytest.mark.parametrize("first, follow_up, then", [
    ("Who is Yusif Abdullayev?", "Who did he meet from China Energy and Engineering Group?", "What did they discuss?"),
    ("Кто такой Юсиф Абдуллаев?", "С кем он встречался из China Energy and Engineering Group?", "Что они обсуждали?"),
    ("Yusif Abdullayev kimdir?", "O, China Energy and Engineering Group-dan kimlə görüşüb?", "Onlar nəyi müzakirə ediblər?"),
    ("Yusif Abdullayev是谁？", "他和中国能源建设集团的谁会面了？", "他们讨论了什么？"),
])
def test_a_pronoun_beside_a_named_thing_is_the_person_talked_about(shipped, first, follow_up, then):
    """Ensure "who did he meet from CEEC?" after Abdullayev is his meeting with CEEC (not a question about
    CEEC alone, asked back as "which one?"), and "what did they discuss?" that meeting's topics."""
    _, met, discussed = converse(shipped, first, follow_up, then)
    assert met.facts == (f"{MEETING}.participants",)
    assert discussed.facts == (f"{MEETING}.discussed",)


def test_a_pronoun_after_the_names_it_stands_for_is_not_the_context(shipped):
    """Ensure "they" in "What did Xi Jinping and Ilham Aliyev discuss when they met in Astana?" are the
    two named, not the joint declaration the conversation was about."""
    _, answer = converse(shipped, "Where was the Joint Declaration on the establishment of a strategic partnership "
                         "signed?", "What did Xi Jinping and Ilham Aliyev discuss when they met in Astana?")
    assert not any(f.startswith("joint-declaration-sp-2024") for f in answer.facts)


def test_after_a_decline_it_is_the_thing_whose_name_holds_the_others(shipped):
    """Ensure "At which event was it signed?" after a question about "the memorandum between EZDA and China Datang
    Overseas Investment on a Green Energy Industrial Park" is that memorandum's signing event (its name holds the
    other names), not the park that rests on it; and "that forum" then is that event."""
    _, event, when = converse(shipped, "Who signed the memorandum between EZDA and China Datang Overseas Investment "
                              "on a Green Energy Industrial Park?", "At which event was it signed?",
                              "And when did that forum take place?")
    assert event.facts == ("mou-ezda-datang-green-park.signed_at",)
    assert when.facts == ("aiif-2025.date",)
