"""Subscriptions: chats told when an admin's change adds or changes events, agreements, projects or
statistics, one digest per change, after a delay in which an undo cancels it.

Only a chat's id and its language code are kept. A change worth a digest is queued inside the
transaction that commits it (`queue`, called by changes.py while anyone is subscribed); undoing it
before it is released cancels it (`cancel`), and the undo sends nothing either. Once due, a digest
is released into one delivery per subscribed chat; a delivery is deleted when it is sent, so a
restart neither loses a digest nor sends one twice.

`Subscriptions` keeps its own SQLite connection (and lock) to the store's file, so the bot's digest
sender never waits for, nor holds up, the connection that answers questions and commits changes.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreUnavailable
from ..facts.codec import record_to_json
from ..facts.factbase import FactBase
from . import audit
from .audit import Change, ChangeEntry

SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions(
    chat_id INTEGER PRIMARY KEY,
    lang TEXT
);
CREATE TABLE IF NOT EXISTS digests(
    change_id INTEGER PRIMARY KEY REFERENCES changes(id),
    queued_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries(
    change_id INTEGER NOT NULL REFERENCES changes(id),
    chat_id INTEGER NOT NULL REFERENCES subscriptions(chat_id) ON DELETE CASCADE,
    PRIMARY KEY (change_id, chat_id)
);
"""

NEWSWORTHY_TYPES = ("event", "agreement", "project", "statistic")
NO_DIGEST = ("seed", "migrate")  # changes nobody made by hand


def schema_statements() -> list[str]:
    """SCHEMA one statement at a time (executescript would commit an open transaction)."""
    return [s.strip() for s in SCHEMA.split(";") if s.strip()]


def newsworthy(entries: Iterable[ChangeEntry]) -> list[ChangeEntry]:
    """The entries a digest tells of: events, agreements, projects and statistics added or changed."""
    return [e for e in entries if e.record_type in NEWSWORTHY_TYPES and e.action in ("add", "edit")]


def queue(db: sqlite3.Connection, change: Change, *, now: float) -> bool:
    """Queue the digest of `change` (inside its transaction) if it is worth one and anyone is subscribed."""
    if change.action in NO_DIGEST or not newsworthy(change.entries):
        return False
    if db.execute("SELECT 1 FROM subscriptions LIMIT 1").fetchone() is None:
        return False
    db.execute("INSERT OR REPLACE INTO digests(change_id, queued_at) VALUES (?, ?)", (change.id, now))
    return True


def cancel(db: sqlite3.Connection, change_id: int) -> bool:
    """Drop the queued digest of an undone change; True if it had not been released yet."""
    return db.execute("DELETE FROM digests WHERE change_id = ?", (change_id,)).rowcount == 1


@dataclass(frozen=True)
class Delivery:
    """One digest still to be sent to one chat, in the chat's language (None: not known)."""

    change_id: int
    chat_id: int
    lang: str | None


class Subscriptions:
    """The subscribed chats and their pending digests, over a connection of its own to the store's file."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._db: sqlite3.Connection | None = None  # opened at first use
        self._lock = threading.Lock()
        self.clock = clock  # wall-clock seconds: when a digest was queued, and whether it is due
        self.read_only: str | None = None  # set by Store.open: why the store cannot be written here

    # ----- chats --------------------------------------------------------------------------------

    def subscribe(self, chat_id: int, *, lang: str | None) -> bool:
        """Subscribe a chat (its language updated if it was already); False if it already was."""
        with self._transaction() as db:
            known = db.execute("SELECT 1 FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone() is not None
            db.execute("INSERT INTO subscriptions(chat_id, lang) VALUES (?, ?) "
                       "ON CONFLICT(chat_id) DO UPDATE SET lang = excluded.lang", (chat_id, lang))
        return not known

    def unsubscribe(self, chat_id: int) -> bool:
        """Stop a chat's digests (its pending ones too); False if it was not subscribed."""
        with self._transaction() as db:
            return db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)).rowcount == 1

    def move(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup with a new id: its subscription (and pending digests) follow it."""
        with self._transaction() as db:
            row = db.execute("SELECT lang FROM subscriptions WHERE chat_id = ?", (old_chat_id,)).fetchone()
            if row is None:
                return
            db.execute("INSERT OR IGNORE INTO subscriptions(chat_id, lang) VALUES (?, ?)", (new_chat_id, row[0]))
            db.execute("INSERT OR IGNORE INTO deliveries(change_id, chat_id) "
                       "SELECT change_id, ? FROM deliveries WHERE chat_id = ?", (new_chat_id, old_chat_id))
            db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (old_chat_id,))

    def is_subscribed(self, chat_id: int) -> bool:
        with self._transaction(write=False) as db:
            return db.execute("SELECT 1 FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone() is not None

    def chats(self) -> dict[int, str | None]:
        """Every subscribed chat id and its language."""
        with self._transaction(write=False) as db:
            return dict(db.execute("SELECT chat_id, lang FROM subscriptions ORDER BY chat_id").fetchall())

    # ----- digests ------------------------------------------------------------------------------

    def queued(self) -> list[int]:
        """The changes whose digests wait for their delay to pass (not yet released)."""
        with self._transaction(write=False) as db:
            return [r[0] for r in db.execute("SELECT change_id FROM digests ORDER BY change_id")]

    def anything_to_send(self, delay: float) -> bool:
        """Is a digest due, or one released and not yet sent everywhere? (One read, for a sender that looks often.)"""
        with self._transaction(write=False) as db:
            return bool(db.execute("SELECT EXISTS(SELECT 1 FROM digests WHERE queued_at <= ?) "
                                   "OR EXISTS(SELECT 1 FROM deliveries)", (self.clock() - delay,)).fetchone()[0])

    def release_due(self, delay: float) -> int:
        """Turn each digest queued at least `delay` seconds ago into one delivery per subscribed chat;
        the number of digests released."""
        with self._transaction() as db:
            due = [r[0] for r in db.execute("SELECT change_id FROM digests WHERE queued_at <= ? ORDER BY change_id",
                                            (self.clock() - delay,))]
            for change_id in due:
                db.execute("INSERT OR IGNORE INTO deliveries(change_id, chat_id) "
                           "SELECT ?, chat_id FROM subscriptions", (change_id,))
                db.execute("DELETE FROM digests WHERE change_id = ?", (change_id,))
        return len(due)

    def outbox(self, *, limit: int = 10_000) -> list[Delivery]:
        """Released digests not yet sent, oldest change first."""
        with self._transaction(write=False) as db:
            rows = db.execute("SELECT d.change_id, d.chat_id, s.lang FROM deliveries d "
                              "JOIN subscriptions s ON s.chat_id = d.chat_id "
                              "ORDER BY d.change_id, d.chat_id LIMIT ?", (limit,)).fetchall()
        return [Delivery(*row) for row in rows]

    def delivered(self, change_id: int, chat_id: int) -> None:
        """The digest was sent to the chat (or given up on): it is never sent there again."""
        with self._transaction() as db:
            db.execute("DELETE FROM deliveries WHERE change_id = ? AND chat_id = ?", (change_id, chat_id))

    def change(self, change_id: int) -> Change | None:
        """The change a digest tells of, with its entries."""
        with self._transaction(write=False) as db:
            return audit.read_change(db, change_id)

    def shows(self, base: FactBase, change: Change) -> bool:
        """Does `base` (the fact base answering questions) show the records of `change` as the store holds
        them now? A digest waits until it does: the index of a change is built after its commit, and one
        committed by another process is picked up a little later."""
        ids = [e.record_id for e in newsworthy(change.entries)]
        with self._transaction(write=False) as db:
            stored = dict(db.execute(f"SELECT id, data FROM records WHERE id IN ({','.join('?' * len(ids))})",
                                     ids).fetchall())
        for rid in ids:
            live = base.get(rid)
            if (record_to_json(live) if live is not None else None) != stored.get(rid):
                return False
        return True

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # ----- internals ----------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """This connection inside one transaction (a write one unless `write` is False); SQLite failures
        become StoreUnavailable, and a store that cannot be written here refuses at once."""
        if self.read_only is not None:
            raise StoreUnavailable(str(self._path), f"it is read-only here ({self.read_only}); nothing was changed")
        with self._lock:
            try:
                if self._db is None:
                    self._db = sqlite3.connect(self._path, timeout=10.0, isolation_level=None,
                                               check_same_thread=False)
                    self._db.row_factory = sqlite3.Row
                    self._db.execute("PRAGMA foreign_keys=ON")
                    self._db.execute("PRAGMA synchronous=FULL")
                db = self._db
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise StoreUnavailable(str(self._path), f"{exc}; try again") from None
            try:
                yield db
                db.execute("COMMIT")
            except BaseException as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreUnavailable(str(self._path), f"{exc}; nothing was changed") from None
                raise
