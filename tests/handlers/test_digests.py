"""Digests end to end against the fake Bot API: after an admin's change each subscribed chat (private
or group) gets exactly one message saying what is new or changed, with its source, in the chat's
language; none for a change undone within the delay; a chat that blocked the bot is dropped while the
others get theirs; flood control (429) while sending to many chats still delivers each exactly once;
/unsubscribe stops them; subscriptions and waiting digests survive a restart."""
from __future__ import annotations

import asyncio

import pytest

from knowledge.store import Store
from tests.handlers.subscribing import (admin_import, admin_undo, digests, event_document, settle, subscribe,
                                        subscription_bot, subscriptions_of)
from tests.telegram import updates as u
from tests.telegram.tghtml import parse_html

ALICE, BOB, GROUP = u.ALICE, u.BOB, u.GROUP
IVAN = {"id": 1003, "is_bot": False, "first_name": "Ivan", "language_code": "ru"}
NEW = ("New: The Baku Energy Week 2025 was held on 2 June 2025. It was jointly organized by the Export and "
       "Investment Promotion Agency of Azerbaijan (AZPROMO). (Trend, Baku, 21 April 2025)\n"
       "/unsubscribe stops these updates.")


@pytest.fixture
async def tg(start_bot, bot_settings):
    async with subscription_bot(start_bot, bot_settings) as bot:
        yield bot


async def subscribe_all(tg):
    """ALICE (English) and IVAN (Russian) in private chats, and GROUP by its administrator BOB."""
    tg.server.set_member(GROUP, BOB, "administrator")
    await subscribe(tg, ALICE)
    await subscribe(tg, IVAN)
    await subscribe(tg, BOB, chat=GROUP)


def visible(html: str) -> str:
    return parse_html(html).text


async def test_each_subscribed_chat_gets_exactly_one_digest_per_change_in_its_language(tg):
    await subscribe_all(tg)
    await admin_import(tg, event_document())
    assert digests(tg, ALICE) == []  # nothing before the delay
    await settle(tg)
    assert [visible(h) for h in digests(tg, ALICE)] == [NEW]
    assert [visible(h) for h in digests(tg, GROUP)] == [NEW]
    [russian] = [visible(h) for h in digests(tg, IVAN, lang="ru")]
    assert russian.startswith("Новое: Baku Energy Week 2025: дата проведения — 2 июня 2025 г.")
    assert "(Trend, Баку, 21 апреля 2025 г.)" in russian

    await admin_import(tg, event_document(day=3))
    await settle(tg)
    [_, changed] = [visible(h) for h in digests(tg, ALICE)]
    assert changed == ("Changed: The Baku Energy Week 2025 was held on 3 June 2025. (Trend, Baku, 21 April 2025)\n"
                       "/unsubscribe stops these updates.")
    assert len(digests(tg, GROUP)) == 2 and len(digests(tg, IVAN, lang="ru")) == 2
    assert digests(tg, u.OWNER) == []  # the admin who made the change is not subscribed


async def test_a_change_telling_of_nothing_subscribers_follow_sends_nothing(tg):
    """Ensure a change to an organization only (no event, agreement, project or statistic) is not told."""
    await subscribe(tg, ALICE)
    await admin_import(tg, "organizations:\n  - id: fixture-fund\n    name: Fixture Fund\n")
    await settle(tg)
    assert digests(tg, ALICE) == []


async def test_a_change_undone_within_the_delay_sends_nothing(tg):
    await subscribe_all(tg)
    await admin_import(tg, event_document())
    assert "undid change" in await admin_undo(tg)
    await settle(tg)
    assert digests(tg, ALICE) == [] and digests(tg, GROUP) == [] and digests(tg, IVAN, lang="ru") == []

    await admin_import(tg, event_document("baku-energy-week-2026"))
    await settle(tg)
    assert len(digests(tg, ALICE)) == 1 and len(digests(tg, GROUP)) == 1


async def test_a_chat_that_blocked_the_bot_is_dropped_while_the_others_get_theirs(tg, caplog):
    await subscribe_all(tg)
    tg.server.block_chat(ALICE)
    await admin_import(tg, event_document())
    await settle(tg)
    assert [visible(h) for h in digests(tg, GROUP)] == [NEW] and len(digests(tg, IVAN, lang="ru")) == 1
    assert len(digests(tg, ALICE, ok=False)) == 1 and digests(tg, ALICE) == []
    assert not subscriptions_of(tg).is_subscribed(ALICE["id"])
    assert tg.server.token not in caplog.text

    await admin_import(tg, event_document(day=3))
    await settle(tg)
    assert len(digests(tg, ALICE, ok=False)) == 1  # not tried again
    assert len(digests(tg, GROUP)) == 2


async def test_other_send_errors_are_logged_and_do_not_stop_the_others(tg, caplog):
    await subscribe_all(tg)
    echo = f"Bad Request: not enough rights (POST /bot{tg.server.token}/sendMessage)"  # a proxy echoing the URL
    tg.server.fail_chat(GROUP, status=400, description=echo)
    await admin_import(tg, event_document())
    await settle(tg)
    assert digests(tg, GROUP) == [] and len(digests(tg, ALICE)) == 1 and len(digests(tg, IVAN, lang="ru")) == 1
    logged = caplog.text.lower()  # (PTB lowercases a Bad Request's description, the token in it too)
    assert "not enough rights (post /bot[redacted]/sendmessage)" in logged and tg.server.token.lower() not in logged
    assert subscriptions_of(tg).is_subscribed(GROUP["id"])  # still subscribed: the next change reaches it
    await admin_import(tg, event_document(day=3))
    await settle(tg)
    assert len(digests(tg, GROUP)) == 1


async def test_flood_control_during_a_send_to_many_chats_still_delivers_each_exactly_once(tg):
    """Ensure 40 subscribed chats, five of them answered 429 (retry after 1 s) and a group that removed the
    bot, end with exactly one digest each, and the group dropped."""
    users = [{"id": 5000 + i, "is_bot": False, "first_name": f"Reader {i}", "language_code": "en"} for i in range(40)]
    for user in users:
        tg.server.remember_chat(u.private_chat(user))
        subscriptions_of(tg).subscribe(user["id"], lang="en")
    tg.server.set_member(GROUP, BOB, "creator")
    await subscribe(tg, BOB, chat=GROUP)
    for user in users[10:15]:
        tg.server.fail_chat(u.private_chat(user), retry_after=1)
    tg.server.block_chat(GROUP)
    await admin_import(tg, event_document())
    await settle(tg)
    assert [len(digests(tg, user["id"])) for user in users] == [1] * 40
    flooded = [c for c in tg.server.calls_of("sendMessage", ok=False) if c.status == 429]
    assert sorted(c.params["chat_id"] for c in flooded) == [user["id"] for user in users[10:15]]
    assert digests(tg, GROUP) == [] and not subscriptions_of(tg).is_subscribed(GROUP["id"])


async def test_unsubscribing_stops_the_digests(tg):
    await subscribe(tg, ALICE)
    await admin_import(tg, event_document())
    await settle(tg)
    await subscribe(tg, ALICE, command="/unsubscribe")
    await admin_import(tg, event_document(day=3))
    await settle(tg)
    assert len(digests(tg, ALICE)) == 1


async def test_a_big_change_is_one_message_within_telegrams_limit(tg):
    """Ensure an import of 60 events is told in one message: as many lines as fit, then how many more."""
    await subscribe(tg, ALICE)
    await admin_import(tg, event_document("fixture-forum", count=60))
    await settle(tg)
    [html] = digests(tg, ALICE)
    text = visible(html)
    assert len(text) <= 4096 and text.startswith("\u2022 New: The Fixture Forum Number 0 was held on 2 June 2025.")
    shown = text.count("\u2022 New: ")
    assert 10 < shown < 60 and f"\u2026 and {60 - shown} more. /latest shows the newest." in text


async def test_subscriptions_and_waiting_digests_survive_a_restart(start_bot, bot_settings):
    async with subscription_bot(start_bot, bot_settings) as first:
        await subscribe(first, ALICE)
        await admin_import(first, event_document())  # its digest still waits for the delay at the restart
    async with subscription_bot(start_bot, bot_settings) as again:
        assert subscriptions_of(again).chats() == {ALICE["id"]: "en"}
        await settle(again)
        assert [visible(h) for h in digests(again, ALICE)] == [NEW]
        await admin_import(again, event_document(day=3))
        await settle(again)
        assert len(digests(again, ALICE)) == 2


async def test_a_change_the_command_line_commits_while_the_bot_runs_is_told_too(tg, bot_settings):
    """Ensure a change committed by another process (`partnerbot facts import`) reaches the subscribers once
    the bot answers from it."""
    await subscribe(tg, ALICE)
    other = Store.open(bot_settings.db_path, seed_dir=bot_settings.seed_dir)  # another connection, as the CLI has
    other.subscriptions.clock = tg.wall
    try:
        await asyncio.to_thread(other.import_document, event_document(), origin="new.yaml", actor="cli")
    finally:
        other.close()
    await settle(tg)
    assert [visible(h) for h in digests(tg, ALICE)] == [NEW]
