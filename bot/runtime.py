"""Opening the live knowledge: the services every front end (CLI, chat, Telegram) uses.

The SQLite store is the live fact base; the Engine answers from its current
facts and is swapped whenever the store changes (by this process at once, by
another process such as `partnerbot facts import` at the next question).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
import threading
from collections import deque

from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.store import Store

from .config import Settings
from .redaction import redact

log = logging.getLogger(__name__)

QUESTION_LOG_DELAY = 1.0  # seconds a question asked on the bot's loop may wait before it is written
QUESTION_LOG_BATCH = 200  # ... or until this many are waiting


class Services:
    """What the front ends share: settings, the store, and the engine over the store's facts."""

    def __init__(self, *, settings: Settings, engine: Engine, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store
        self._engine = engine
        self._syncing: asyncio.Future | None = None  # a sync of the store running in a worker thread
        self._asked: list[tuple[str, str, str, dt.datetime]] = []  # questions not yet written (see log_question)
        self._batches: deque[list[tuple[str, str, str, dt.datetime]]] = deque()  # taken, to be written
        self._asked_lock = threading.Lock()  # held while batches are written: close() waits for a write
        self._flush_timer: asyncio.TimerHandle | None = None

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
        """Record an asked question for /stats and /unanswered (no user ids or names).

        Without an event loop (the command line) it is written at once. On the bot's loop it is kept
        and written with the others asked within QUESTION_LOG_DELAY seconds (or QUESTION_LOG_BATCH of
        them), in one transaction in a worker thread: a commit per question cost the bot as much CPU
        as answering the question. /stats and /unanswered write what is kept first (flush_questions),
        and so does close(); a crash loses at most the last second's questions, never an answer."""
        if self.store is None or self.store.read_only:
            return
        row = (question, chat_type, answer.kind.value, dt.datetime.now(dt.timezone.utc))
        loop = _running_loop()
        if loop is None:
            self._batches.append([row])
            self._write_batches()
            return
        self._asked.append(row)
        if len(self._asked) >= QUESTION_LOG_BATCH:
            self._flush_in_worker(loop)
        elif self._flush_timer is None:
            self._flush_timer = loop.call_later(QUESTION_LOG_DELAY, self._flush_in_worker, loop)

    def flush_questions(self) -> None:
        """Write every question kept so far, waiting for a write in a worker thread: before the question
        log is read, and at close. Called on the thread that logs (the bot's event loop)."""
        self._take_asked()
        self._write_batches()

    def _take_asked(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        if self._asked:  # taken on the loop's thread, so no question is appended meanwhile
            rows, self._asked = self._asked, []
            self._batches.append(rows)

    def _flush_in_worker(self, loop: asyncio.AbstractEventLoop) -> None:
        self._take_asked()
        if self._batches:
            loop.run_in_executor(None, self._write_batches)

    def _write_batches(self) -> None:
        """Write the batches taken, oldest first (a batch no worker got to yet is written by the next
        caller: flush_questions at close writes it before the store closes)."""
        with self._asked_lock:
            while self._batches:
                rows = self._batches.popleft()
                try:
                    self.store.questions.log_many(rows)
                except sqlite3.Error:  # the answer matters more than its statistics
                    log.warning("could not log %d question(s)", len(rows), exc_info=True)

    @staticmethod
    def redact(text: str) -> str:
        """`text` without the bot token or webhook secret: error text passes here before it becomes a reply."""
        return redact(text)

    def close(self) -> None:
        """Write the questions kept, release the store."""
        if self.store is not None:
            if not self.store.read_only:
                self.flush_questions()
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

