"""A FakeBotAPI on its own event loop in a daemon thread, for tests that run the bot's own event loop
(`partnerbot run` in this process) or the bot in another process."""
from __future__ import annotations

import asyncio
import threading

from .server import FakeBotAPI


class ThreadedBotAPI:
    """A FakeBotAPI on its own event loop in a daemon thread, driven synchronously."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server: FakeBotAPI = self.run(self._start())

    async def _start(self) -> FakeBotAPI:
        return await FakeBotAPI().start()

    def run(self, coro, timeout: float = 10.0):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def push(self, update: dict) -> None:
        self.loop.call_soon_threadsafe(self.server.push, update)

    def wait_for(self, predicate, what: str, pending: bool = False, timeout: float = 5.0):
        return self.run(self.server.wait_for(predicate, what=what, pending=pending, timeout=timeout))

    def close(self) -> None:
        self.run(self.server.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()
