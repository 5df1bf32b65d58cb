"""/subscribe and /unsubscribe end to end: anyone in a private chat, only administrators in a group, both
idempotent with clear replies in the chat's language, and both in the command menus."""
from __future__ import annotations

import pytest

from tests.handlers.subscribing import subscribe, subscription_bot, subscriptions_of
from tests.telegram import updates as u
from tests.telegram.server import scope_key

ALICE, BOB = u.ALICE, u.BOB
IVAN = {"id": 1003, "is_bot": False, "first_name": "Ivan", "language_code": "ru"}


@pytest.fixture
async def tg(start_bot, bot_settings):
    async with subscription_bot(start_bot, bot_settings) as bot:
        yield bot


async def test_a_private_chat_subscribes_and_unsubscribes_and_each_is_idempotent(tg):
    """Ensure /subscribe and /unsubscribe say what they did, and a repeat says it was already so."""
    assert (await subscribe(tg, ALICE)).startswith("Subscribed. This chat will get a short message whenever events")
    assert (await subscribe(tg, ALICE)) == "This chat is already subscribed to updates. /unsubscribe stops them."
    assert subscriptions_of(tg).chats() == {ALICE["id"]: "en"}
    assert (await subscribe(tg, ALICE, command="/unsubscribe")).startswith("Unsubscribed: this chat gets no more")
    assert (await subscribe(tg, ALICE, command="/unsubscribe")).startswith("This chat is not subscribed.")
    assert subscriptions_of(tg).chats() == {}


async def test_the_replies_are_in_the_chats_language(tg):
    assert (await subscribe(tg, IVAN)).startswith("Подписка оформлена.")
    assert (await subscribe(tg, IVAN)).startswith("Этот чат уже подписан")
    assert subscriptions_of(tg).chats() == {IVAN["id"]: "ru"}
    assert (await subscribe(tg, IVAN, command="/unsubscribe")).startswith("Подписка отменена")


@pytest.mark.parametrize("status", ["administrator", "creator"])
async def test_a_group_administrator_subscribes_the_group(tg, status):
    """Ensure the bot asks Telegram whether the sender administers the group, and then subscribes the group."""
    tg.server.set_member(u.GROUP, ALICE, status)
    ex = await tg.send(f"/subscribe@{tg.username}", user=ALICE, chat=u.GROUP)
    assert ex.reply.text.startswith("Subscribed.") and ex.reply.chat_id == u.GROUP["id"]
    [asked] = [c for c in ex.calls if c.method == "getChatMember"]
    assert asked.params == {"chat_id": u.GROUP["id"], "user_id": ALICE["id"]}
    assert subscriptions_of(tg).chats() == {u.GROUP["id"]: "en"}
    assert (await subscribe(tg, ALICE, chat=u.GROUP)).startswith("This chat is already subscribed")


@pytest.mark.parametrize("status", ["member", "restricted", "left"])
async def test_anyone_else_in_a_group_is_refused_politely_and_nothing_changes(tg, status):
    """Ensure a member who is not an administrator can neither subscribe nor unsubscribe the group."""
    tg.server.set_member(u.GROUP, ALICE, "administrator")
    tg.server.set_member(u.GROUP, BOB, status)
    refusal = await subscribe(tg, BOB, chat=u.GROUP)
    assert refusal == ("Sorry, in a group only its administrators can turn updates on or off. Ask an "
                       "administrator, or send /subscribe to me in a private chat.")
    assert subscriptions_of(tg).chats() == {}
    await subscribe(tg, ALICE, chat=u.GROUP)
    assert (await subscribe(tg, BOB, chat=u.GROUP, command="/unsubscribe")) == refusal
    assert subscriptions_of(tg).is_subscribed(u.GROUP["id"])


async def test_the_refusal_is_in_the_askers_language(tg):
    assert (await subscribe(tg, IVAN, chat=u.GROUP)).startswith("Извините, в группе включать и отключать")


async def test_an_anonymous_group_administrator_may_subscribe_the_group(tg):
    """Ensure a command an administrator sent anonymously (as the group itself) is taken as an administrator's."""
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
    ex = await tg.send("/subscribe", user=anonymous, chat=u.GROUP, sender_chat=u.GROUP)
    assert ex.reply.text.startswith("Subscribed.") and not [c for c in ex.calls if c.method == "getChatMember"]


async def test_the_command_menus_list_subscribe_and_unsubscribe_in_every_language(tg):
    commands = tg.server.commands
    for scope in ("all_private_chats", "all_group_chats", "default"):
        names = [c["command"] for c in commands[(scope_key(scope), "")]]
        assert {"subscribe", "unsubscribe"} <= set(names), scope
    private_ru = {c["command"]: c["description"] for c in commands[(scope_key("all_private_chats"), "ru")]}
    assert private_ru["subscribe"] == "Сообщать о новых мероприятиях и соглашениях"
    owner = [c["command"] for c in commands[(scope_key({"type": "chat", "chat_id": u.OWNER["id"]}), "")]]
    assert "subscribe" in owner
