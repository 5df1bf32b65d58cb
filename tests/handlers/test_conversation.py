"""Follow-ups on Telegram: one context per private chat, per user in groups, a reply carries its answer's."""
from __future__ import annotations

from tests.telegram import updates as u

SIGNED = "When was the MoU signed?"
FOLLOW_UP = "who signed it?"
PARTIES = "International Cooperation Center"


async def test_private_chat_follow_up_is_read_in_context(tg):
    """Ensure "who signed it?" after the MoU's date names the parties in a private chat."""
    await tg.send(SIGNED)
    reply = (await tg.send(FOLLOW_UP)).reply
    assert PARTIES in reply.text and "Source: Trend" in reply.text


async def test_context_expires_after_the_quiet_while(tg, fake_clock, bot_settings):
    """Ensure after CONTEXT_TTL_SECONDS of quiet the follow-up is no longer read in the old context."""
    await tg.send(SIGNED)
    fake_clock.advance(bot_settings.context_ttl_seconds + 1)
    reply = (await tg.send(FOLLOW_UP)).reply
    assert PARTIES not in reply.text and "Source:" not in reply.text


async def test_group_contexts_are_per_user(tg):
    """Ensure in a group Bob's "it" is not read in Alice's context."""
    await tg.send(f"/ask {SIGNED}", chat=u.GROUP, user=u.ALICE)
    bob = (await tg.send(f"/ask {FOLLOW_UP}", chat=u.GROUP, user=u.BOB)).reply
    assert PARTIES not in bob.text
    alice = (await tg.send(f"/ask {FOLLOW_UP}", chat=u.GROUP, user=u.ALICE)).reply
    assert PARTIES in alice.text


async def test_a_reply_to_an_answer_carries_that_answers_context(tg):
    """Ensure Bob replying to the bot's answer to Alice continues that answer's conversation."""
    answer = (await tg.send(f"/ask {SIGNED}", chat=u.GROUP, user=u.ALICE)).reply
    bob = (await tg.send(FOLLOW_UP, chat=u.GROUP, user=u.BOB, reply_to=answer.raw)).reply
    assert PARTIES in bob.text
