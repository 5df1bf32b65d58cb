"""Processing updates of different chats at once, and each chat's strictly in order.

PTB processes updates one at a time by default, so one slow request to Telegram delays
everybody's answers, and the bot uses a fraction of what it could do; with PTB's plain
`concurrent_updates` it processes any updates at once, so two messages of one chat (an
admin's flow: "/edit", then the new value) could be handled out of order. This
processor runs at most `max_concurrent_updates` updates at a time, never two of the same
chat together, and a chat's updates in the order they arrived. An update without a chat
(an inline query) is ordered by its user; one with neither is not ordered.

Updates waiting for their chat's previous update do not hold one of the
`max_concurrent_updates` places, so a chat sending a burst does not stall the others.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates PTB may hold at once (running, or waiting for their chat or for a place) before it stops
# taking more from its queue.
BACKLOG = 4096


def order_key(update: object) -> tuple[str, int] | None:
    """What an update must keep its order within: its chat, else its user, else nothing."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """At most `max_concurrent_updates` updates at once; one chat's one after another, in order."""

    __slots__ = ("_limit", "_running", "_tails")

    def __init__(self, max_concurrent_updates: int) -> None:
        if max_concurrent_updates < 1:
            raise ValueError("max_concurrent_updates must be a positive integer")
        self._limit = max_concurrent_updates
        super().__init__(max_concurrent_updates)
        # PTB's process_update holds its semaphore around do_process_update, waiting for the chat included:
        # made as large as the backlog, so updates waiting for their chat do not take running places
        self._semaphore = asyncio.BoundedSemaphore(max(BACKLOG, max_concurrent_updates))
        self._running = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._tails: dict[tuple[str, int], asyncio.Event] = {}  # each chat's latest update: set when it is done

    @property
    def max_concurrent_updates(self) -> int:
        """How many updates run at once (the ones waiting for their chat not counted)."""
        return self._limit

    @property
    def current_concurrent_updates(self) -> int:
        return self._limit - self._running._value  # noqa: SLF001 (asyncio keeps no public count)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = order_key(update)
        if key is None:
            async with self._running:
                await coroutine
            return
        previous = self._tails.get(key)
        done = self._tails[key] = asyncio.Event()
        started = False
        try:
            if previous is not None:
                await previous.wait()  # the chat's previous update has been processed (always set: see finally)
            async with self._running:
                started = True
                await coroutine
        finally:
            if not started and asyncio.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting (shutdown): it never ran
            done.set()
            if self._tails.get(key) is done:
                del self._tails[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: PTB awaits the updates in flight itself."""
