"""Concurrent, per-chat ordered update processing (bot/updates.py), in the real application and alone."""
from __future__ import annotations

import asyncio

import pytest
from telegram import Update

from bot.app import build_application
from bot.runtime import Services
from bot.updates import ChatOrderedProcessor
from tests.telegram import updates as u

CAROL = {"id": 1003, "is_bot": False, "first_name": "Carol", "language_code": "en"}


def _replies_to(server, chat_id: int) -> list:
    return [c for c in server.calls if c.method.lower() == "sendmessage" and c.params.get("chat_id") == chat_id]


async def test_a_hanging_reply_holds_up_only_its_own_chat_ensures_others_are_answered_meanwhile(
        start_bot, bot_api):
    """Ensure that while one chat's reply hangs at Telegram, other chats get answers, and the
    hanging chat's next question is answered only after it, in order."""
    alice, bob = u.private_chat(u.ALICE), u.private_chat(u.BOB)
    async with start_bot(concurrent_updates=4) as bot:
        bot_api.hang_next("sendMessage")
        bot_api.push({"message": bot.message("When was AZPROMO founded?", user=u.ALICE)})
        await bot_api.wait_for(lambda c: c.hung, pending=True, what="Alice's reply to hang")
        bot_api.push({"message": bot.message("Who heads AZPROMO?", user=u.ALICE)})
        bot_api.push({"message": bot.message("When was AZPROMO founded?", user=u.BOB)})
        bob_reply = await bot_api.wait_for(
            lambda c: c.ok and c.method.lower() == "sendmessage" and c.params.get("chat_id") == bob["id"],
            what="Bob's answer")
        assert "2003" in bob_reply.params["text"]
        assert [c.ok for c in _replies_to(bot_api, alice["id"])] == [False]  # Alice's second waits for her first
        bot_api.release_hangs()  # the hung reply fails: the first update ends with an apology
        second = await bot_api.wait_for(
            lambda c: c.ok and c.method.lower() == "sendmessage" and c.params.get("chat_id") == alice["id"]
            and "Abdullayev" in c.params["text"], what="Alice's second answer")
        apology = next(c for c in _replies_to(bot_api, alice["id"]) if c.ok and "Sorry" in c.params["text"])
        assert bob_reply.seq < apology.seq < second.seq


def _update(update_id: int, user: dict, chat: dict | None = None) -> Update:
    chat = chat or u.private_chat(user)
    return Update.de_json({"update_id": update_id, "message": u.message(update_id, "hi", chat=chat, user=user)}, None)


async def test_updates_of_one_chat_run_one_after_another_ensures_their_order_is_kept():
    """Ensure a chat's updates never overlap and finish in the order they came, however long each takes."""
    proc = ChatOrderedProcessor(8)
    log: list[tuple[str, int]] = []

    async def work(n: int, delay: float) -> None:
        log.append(("start", n))
        await asyncio.sleep(delay)
        log.append(("end", n))

    delays = [0.03, 0.0, 0.02, 0.0, 0.01]
    await asyncio.gather(*(proc.process_update(_update(n, u.ALICE), work(n, d)) for n, d in enumerate(delays)))
    assert log == [(e, n) for n in range(len(delays)) for e in ("start", "end")]


async def test_updates_of_different_chats_overlap_up_to_the_limit_ensures_bounded_concurrency():
    """Ensure different chats' updates run at once, never more than the limit, and that one chat's
    burst does not take the places of other chats."""
    proc = ChatOrderedProcessor(2)
    running, peak, order = 0, 0, []

    async def work(name: str) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        order.append(name)
        await asyncio.sleep(0.01)
        running -= 1

    users = [u.ALICE] * 4 + [u.BOB, CAROL]  # Alice's burst first, then Bob and Carol
    tasks = [proc.process_update(_update(i, user), work(f"{user['first_name']}{i}")) for i, user in enumerate(users)]
    await asyncio.gather(*tasks)
    assert peak == 2 and proc.current_concurrent_updates == 0
    assert order.index("Bob4") < order.index("Alice1")  # Bob did not wait behind Alice's queue
    assert [n for n in order if n.startswith("Alice")] == ["Alice0", "Alice1", "Alice2", "Alice3"]


async def test_a_failing_update_does_not_block_its_chat_ensures_the_next_one_runs():
    """Ensure an update that raises still lets the same chat's next update run."""
    proc = ChatOrderedProcessor(4)
    done = []

    async def boom() -> None:
        raise RuntimeError("handler failed")

    async def ok() -> None:
        done.append("next")

    results = await asyncio.gather(proc.process_update(_update(1, u.ALICE), boom()),
                                   proc.process_update(_update(2, u.ALICE), ok()), return_exceptions=True)
    assert isinstance(results[0], RuntimeError) and done == ["next"]


def test_zero_concurrent_updates_ensures_a_clear_error():
    """Ensure a limit below one is refused."""
    with pytest.raises(ValueError, match="positive"):
        ChatOrderedProcessor(0)


def test_production_application_ensures_the_settings_concurrency_with_chat_order(bot_settings):
    """Ensure the application built as `partnerbot run` builds it processes CONCURRENT_UPDATES at once, chat-ordered."""
    app = build_application(Services(settings=bot_settings, engine=None))
    assert isinstance(app.update_processor, ChatOrderedProcessor)
    assert app.concurrent_updates == bot_settings.concurrent_updates > 1
    one = build_application(Services(settings=bot_settings.model_copy(update={"concurrent_updates": 1}), engine=None))
    assert one.concurrent_updates == 1
