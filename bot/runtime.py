"""Opening the live knowledge: the services every front end (CLI, chat, Telegram) uses.

The SQLite store is the live fact base; the Engine answers from its current
facts and is swapped whenever the store changes (by this process at once, by
another process such as `partnerbot facts import` at the next question).
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3

from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.store import Store

from .config import Settings
from .redaction import redact

log = logging.getLogger(__name__)


class Services:
    """What the front ends share: settings, the store, and the engine over the store's facts."""

    def __init__(self, *, settings: Settings, engine: Engine, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store
        self._engine = engine
        self._syncing: asyncio.Future | None = None  # a sync of the store running in a worker thread

    @property
    def engine(self) -> Engine:
        """The engine over the current facts (picking up changes another process committed).

        On the bot's event loop such a change is read and indexed in a worker thread, which at
        100,000 records takes seconds: meanwhile questions are answered from the facts before it.
        """
        if self.store is not None:
            if _running_loop() is None:
                self.store.sync()
            elif (self._syncing is None or self._syncing.done()) and self.store.changed_elsewhere():
                self._syncing = asyncio.get_running_loop().run_in_executor(None, self.store.sync)
                self._syncing.add_done_callback(_log_failure)
        return self._engine

    def base_changed(self, base: FactBase) -> None:
        """The store's on_change: index `base` and make it live, off the event loop.

        Admin changes are made in a worker thread (handlers use asyncio.to_thread), so their
        index is built right there and the admin's next message sees the change; one noticed on
        the event loop is handed to a worker thread.
        """
        loop = _running_loop()
        if loop is None:
            self._engine.swap(base)
        else:
            loop.run_in_executor(None, self._engine.swap, base).add_done_callback(_log_failure)

    def is_owner(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.owner_ids

    def is_admin(self, user_id: int | None) -> bool:
        """Owners (from settings) and the user ids they granted admin rights."""
        if user_id is None:
            return False
        return self.is_owner(user_id) or (self.store is not None and self.store.grants.is_granted(user_id))

    def log_question(self, *, question: str, chat_type: str, answer: Answer) -> None:
        """Record an asked question for /stats and /unanswered (no user ids or names)."""
        if self.store is None or self.store.read_only:
            return
        try:
            self.store.questions.log(question=question, chat_type=chat_type, kind=answer.kind.value)
        except sqlite3.Error:  # the answer matters more than its statistics
            log.warning("could not log a question", exc_info=True)

    @staticmethod
    def redact(text: str) -> str:
        """`text` without the bot token or webhook secret: error text passes here before it becomes a reply."""
        return redact(text)

    def close(self) -> None:
        """Release the store."""
        if self.store is not None:
            self.store.close()


def open_services(settings: Settings) -> Services:
    """Open the store in settings.data_dir (creating it from the shipped facts) and the engine over it."""
    store = Store.open(settings.db_path, seed_dir=settings.seed_dir)
    base = store.base
    engine = Engine(base, cache_size=settings.answer_cache_size, cache_key=store.digest)
    services = Services(settings=settings, engine=engine, store=store)
    store.on_change = services.base_changed
    return services


def _log_failure(done: asyncio.Future) -> None:
    """A background sync or index build failed: the old facts stay live; say why in the log."""
    if not done.cancelled() and done.exception() is not None:
        log.error("could not make the changed facts live", exc_info=done.exception())


def _running_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop running in this thread, if any."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None

