"""Opening the live knowledge: the services every front end (CLI, chat, Telegram) uses.

The SQLite store is the live fact base; the Engine answers from its current
facts and is swapped whenever the store changes (by this process at once, by
another process such as `partnerbot facts import` at the next question).
"""
from __future__ import annotations

import logging
import sqlite3

from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.errors import StoreUnavailable
from knowledge.facts.loader import load_shipped
from knowledge.store import Store

from .config import Settings

log = logging.getLogger(__name__)


class Services:
    """What the front ends share: settings, the store, and the engine over the store's facts."""

    def __init__(self, *, settings: Settings, engine: Engine, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store
        self._engine = engine

    @property
    def engine(self) -> Engine:
        """The engine over the current facts (picking up changes another process committed)."""
        if self.store is not None:
            self.store.sync()
        return self._engine

    def is_owner(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.owner_ids

    def is_admin(self, user_id: int | None) -> bool:
        """Owners (from settings) and the user ids they granted admin rights."""
        if user_id is None:
            return False
        return self.is_owner(user_id) or (self.store is not None and self.store.grants.is_granted(user_id))

    def log_question(self, *, question: str, chat_type: str, answer: Answer) -> None:
        """Record an asked question for /stats and /unanswered (no user ids or names)."""
        if self.store is None:
            return
        try:
            self.store.questions.log(question=question, chat_type=chat_type, kind=answer.kind.value)
        except sqlite3.Error:  # the answer matters more than its statistics
            log.warning("could not log a question", exc_info=True)

    def close(self) -> None:
        """Release the store."""
        if self.store is not None:
            self.store.close()


def open_services(settings: Settings) -> Services:
    """Open the store in settings.data_dir (creating it from the shipped facts) and the engine over it."""
    store = Store.open(settings.db_path)
    engine = Engine(store.base, cache_size=settings.answer_cache_size)
    store.on_change = engine.swap
    return Services(settings=settings, engine=engine, store=store)


def open_engine(settings: Settings) -> Engine:
    """The engine over the live fact base; the shipped facts, with a warning, if the store cannot be opened."""
    try:
        return open_services(settings).engine
    except StoreUnavailable as exc:
        log.warning("%s; answering from the shipped facts instead", exc)
        return Engine(load_shipped())
