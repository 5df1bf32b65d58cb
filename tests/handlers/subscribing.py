"""What the subscription tests share: a bot whose digest delay runs on a clock the test moves, admin
changes made through Telegram, and the digests each chat received (tests/handlers/test_subscribe.py,
test_digests.py)."""
from __future__ import annotations

import asyncio
import contextlib
import time

from bot.runtime import open_services
from tests.telegram import updates as u
from tests.telegram.harness import FakeClock

OWNER = u.OWNER
SRC = "trend-2025-04-21"
DELAY = 300.0  # the default digest delay; the tests move the digest clock past it
FOOTERS = {"en": "/unsubscribe stops these updates.", "ru": "/unsubscribe отключает эти обновления."}


def event_document(event_id: str = "baku-energy-week-2025", *, day: int = 2, count: int = 1) -> str:
    """A fictional import of `count` events (test fixtures, never facts)."""
    out = "events:\n"
    for i in range(count):
        rid = event_id if count == 1 else f"{event_id}-{i}"
        name = "Baku Energy Week 2025" if count == 1 else f"Fixture Forum Number {i}"
        out += f"""  - id: {rid}
    name: {name}
    kind: exhibition
    date:
      value: 2025-06-{day:02d}
      source: {SRC}
      locator: "paragraph 2"
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"
"""
    return out


@contextlib.asynccontextmanager
async def subscription_bot(start_bot, bot_settings, *, settings=None):
    """A running bot over a fresh store whose digest clock moves only when the test says (`bot.wall`)."""
    services = open_services(settings or bot_settings)
    wall = FakeClock(start=time.time())
    services.store.subscriptions.clock = wall
    async with start_bot(services=services) as bot:
        bot.wall = wall
        yield bot


def subscriptions_of(tg):
    return tg.app.bot_data.services.store.subscriptions


async def admin_import(tg, document: str, name: str = "new.yaml") -> str:
    """An owner imports a YAML document through the chat (one change); the bot's reply text."""
    reply = (await tg.send_document(document.encode(), file_name=name, caption="/import", user=OWNER)).reply
    assert "Imported" in reply.text, reply.text
    return reply.text


async def admin_undo(tg) -> str:
    offer = (await tg.send("/undo", user=OWNER)).reply
    return (await tg.press(offer, "Undo it", user=OWNER)).reply.text


async def settle(tg, *, timeout: float = 20.0) -> None:
    """Move the digest clock past the delay and wait until the bot has nothing left to send: no digest
    waiting and no delivery pending (each is deleted after its chat got it, or was dropped)."""
    tg.wall.advance(DELAY + 1)
    subscriptions = subscriptions_of(tg)
    deadline = time.monotonic() + timeout
    while subscriptions.queued() or subscriptions.outbox():
        assert time.monotonic() < deadline, "the digests were not sent"
        await asyncio.sleep(0.02)


def digests(tg, chat: dict | int, *, lang: str = "en", ok: bool | None = True) -> list[str]:
    """The digest messages sent to a chat (their HTML), in order; ok=False: the refused attempts."""
    chat_id = chat["id"] if isinstance(chat, dict) else chat
    return [c.params["text"] for c in tg.server.calls_of("sendMessage", ok=ok)
            if c.params.get("chat_id") == chat_id and FOOTERS[lang] in c.params.get("text", "")]


async def subscribe(tg, user: dict, *, chat: dict | None = None, command: str = "/subscribe") -> str:
    return (await tg.send(command, user=user, chat=chat)).reply.text
