"""Sending the digests of changes to subscribed chats (/subscribe): a task of the running application
that every few seconds releases the digests whose delay has passed (knowledge/store/subscriptions.py)
and sends each subscribed chat its one message, through the application's rate limiter
(AIORateLimiter: about 30 messages a second overall, 20 a minute in a group; see bot/app.py).

A chat that blocked the bot or removed it (403) is unsubscribed. A flood-control answer (429) is
waited out (retry_after) and the message sent again. Any other failure is logged, the token
redacted, and the other chats get theirs; a network failure leaves the message for the next round.
A chat gets a digest once: its delivery is deleted from the store when it is sent.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import logging
from typing import TYPE_CHECKING

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from knowledge.store.subscriptions import Delivery, Subscriptions

from .render import MAX_MESSAGE, esc, shorten, visible_length

if TYPE_CHECKING:
    from telegram import Bot

    from knowledge.digest import Digest
    from knowledge.engine import Engine

    from .services import Services

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 5.0  # seconds between looks for due digests
MAX_PARALLEL = 30  # sends waiting in the rate limiter at once
MAX_FLOOD_WAITS = 5  # 429 answers waited out for one message before it is left for the next round
MAX_LINE = 1500  # a record's line is shortened to this, so that several fit in one message


class DigestSender:
    """Sends due digests while the application runs: `start()` after it starts, `await stop()` before
    it shuts down; `await deliver()` does one round."""

    def __init__(self, bot: "Bot", services: "Services", *, interval: float = DEFAULT_INTERVAL) -> None:
        self._bot = bot
        self._services = services
        self._interval = interval
        self._task: asyncio.Task | None = None
        self._parallel = asyncio.Semaphore(MAX_PARALLEL)

    def start(self) -> None:
        if self._task is None and self._services.store is not None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="partnerbot-digests")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            try:
                await self.deliver()
            except Exception as exc:  # the store busy or broken: logged, tried again next round
                log.error("could not send the digests: %s", self._services.redact(str(exc)))
            await asyncio.sleep(self._interval)

    async def deliver(self) -> int:
        """Release the due digests and send every pending one; how many messages were sent."""
        store = self._services.store
        if store is None or store.read_only:
            return 0
        subscriptions = store.subscriptions
        delay = self._services.settings.digest_delay_seconds
        if not await asyncio.to_thread(subscriptions.anything_to_send, delay):
            return 0
        await asyncio.to_thread(subscriptions.release_due, delay)
        pending = await asyncio.to_thread(subscriptions.outbox)
        sent = 0
        for change_id, group in itertools.groupby(pending, key=lambda d: d.change_id):
            deliveries = list(group)
            engine = self._services.engine  # (noticing a change another process committed)
            change = await asyncio.to_thread(subscriptions.change, change_id)
            if change is not None and not await asyncio.to_thread(subscriptions.shows, engine.base, change):
                break  # its facts are not being answered from yet: it and the later ones wait a round
            texts: dict[str | None, str | None] = {}
            for d in deliveries:
                if d.lang not in texts:
                    digest = engine.digest(change.entries, lang=d.lang) if change is not None else None
                    texts[d.lang] = digest_html(digest, engine) if digest is not None else None
            results = await asyncio.gather(*(self._send(subscriptions, d, texts[d.lang]) for d in deliveries))
            sent += sum(results)
        return sent

    async def _send(self, subscriptions: Subscriptions, d: Delivery, html: str | None) -> bool:
        """Send one chat its digest; True if it was sent. Whatever happens, it is never sent there twice."""
        if html is None:  # nothing left to tell (its records were deleted since)
            await asyncio.to_thread(subscriptions.delivered, d.change_id, d.chat_id)
            return False
        chat_id, floods = d.chat_id, 0
        async with self._parallel:
            while True:
                try:
                    await self._bot.send_message(chat_id, html)
                    break
                except RetryAfter as exc:
                    floods += 1
                    if floods > MAX_FLOOD_WAITS:
                        log.warning("digest of change %s to chat %s: still flood-limited, left for the next round",
                                    d.change_id, chat_id)
                        return False
                    await asyncio.sleep(_seconds(exc.retry_after))
                except Forbidden as exc:  # blocked by the user, or removed from the group
                    log.info("chat %s refused the digest (%s): its subscription is dropped",
                             chat_id, self._services.redact(exc.message))
                    await asyncio.to_thread(subscriptions.unsubscribe, chat_id)
                    return False
                except ChatMigrated as exc:  # the group became a supergroup
                    await asyncio.to_thread(subscriptions.move, chat_id, exc.new_chat_id)
                    chat_id = exc.new_chat_id
                except BadRequest as exc:
                    return await self._give_up(subscriptions, d, chat_id, exc)
                except NetworkError as exc:  # Telegram unreachable or timing out: the next round tries again
                    log.warning("digest of change %s to chat %s not sent (%s); trying again later",
                                d.change_id, chat_id, self._services.redact(str(exc)))
                    return False
                except TelegramError as exc:
                    return await self._give_up(subscriptions, d, chat_id, exc)
        await asyncio.to_thread(subscriptions.delivered, d.change_id, chat_id)
        return True

    async def _give_up(self, subscriptions: Subscriptions, d: Delivery, chat_id: int, exc: TelegramError) -> bool:
        log.error("digest of change %s to chat %s failed: %s", d.change_id, chat_id, self._services.redact(str(exc)))
        await asyncio.to_thread(subscriptions.delivered, d.change_id, chat_id)
        return False


def digest_html(digest: "Digest", engine: "Engine", *, limit: int = MAX_MESSAGE) -> str:
    """One message: a line a record (as many as fit, then "… and N more"), and how to stop them."""
    text = lambda key, **values: esc(engine.message(key, lang=digest.lang, **values))  # noqa: E731
    footer = f"<i>{text('digest_footer')}</i>"
    bullet = "\u2022 " if len(digest.lines) > 1 else ""
    lines = [bullet + esc(shorten(line, MAX_LINE)) for line in digest.lines]
    room = limit - visible_length(footer) - 1
    shown: list[str] = []
    used = 0
    for n, line in enumerate(lines):
        rest = len(lines) - n - 1
        more = visible_length(text("digest_more", n=rest)) + 1 if rest else 0
        size = visible_length(line) + 1
        if used + size + more > room:
            break
        shown.append(line)
        used += size
    if len(shown) < len(lines):
        shown.append(text("digest_more", n=len(lines) - len(shown)))
    return "\n".join([*shown, footer])


def _seconds(retry_after: int | float | dt.timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)
