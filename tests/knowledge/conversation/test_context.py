"""Conversations: contexts kept per conversation in memory, expiring after a quiet while."""
from __future__ import annotations

from knowledge.conversation import Context, Conversations


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_context_expires_after_the_quiet_while():
    """Ensure a context unused for longer than the ttl is gone, and one used in time is kept."""
    clock = Clock()
    convs = Conversations(ttl=900, clock=clock)
    ctx = Context().moved_to("azpromo", tags=frozenset({"head"}))
    convs.put("a", ctx)
    clock.now = 899
    assert convs.get("a") == ctx
    convs.put("a", ctx)  # used again: the quiet while starts again
    clock.now = 899 + 901
    assert convs.get("a") is None


def test_conversations_are_kept_apart_and_bounded():
    """Ensure each key has its own context and the least recently used go beyond capacity."""
    convs = Conversations(ttl=900, capacity=2, clock=Clock())
    for key, subject in (("a", "azpromo"), ("b", "ndrc"), ("c", "wu-hongliang")):
        convs.put(key, Context().moved_to(subject))
    assert convs.get("a") is None
    assert convs.get("b").subject == "ndrc" and convs.get("c").subject == "wu-hongliang"


def test_the_context_remembers_recent_records_first():
    """Ensure moving to a new subject keeps the earlier ones after it, without repeats."""
    ctx = Context().moved_to("azpromo", fresh=("yusif-abdullayev",))
    ctx = ctx.moved_to("wu-hongliang", named=("azpromo",))
    assert ctx.entities[:3] == ("wu-hongliang", "azpromo", "yusif-abdullayev")
    assert ctx.subject == "wu-hongliang" and ctx.fresh == ()


def test_a_context_after_a_question_about_an_unknown_thing_is_kept():
    """Ensure a context that talked about nothing known, but whose last question was about an unknown thing,
    is kept (the next question is read after it), while a blank one is not."""
    convs = Conversations()
    convs.put("a", Context())
    convs.put("b", Context(unknown=True))
    assert convs.get("a") is None
    assert convs.get("b") == Context(unknown=True)
