"""Admin grants: the Telegram user ids owners have made admins (owners themselves come from settings)."""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS admins(
    user_id INTEGER PRIMARY KEY,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Grant:
    user_id: int
    granted_by: str
    granted_at: dt.datetime


class Grants:
    """The admins table of the store (shares the store's connection and lock)."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db = db
        self._lock = lock

    def grant(self, user_id: int, *, by: str) -> bool:
        """Make `user_id` an admin; False if it already was."""
        at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        with self._lock:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO admins(user_id, granted_by, granted_at) VALUES (?, ?, ?)", (user_id, by, at))
            return cur.rowcount == 1

    def revoke(self, user_id: int) -> bool:
        """Take admin rights from `user_id`; False if it had none."""
        with self._lock:
            return self._db.execute("DELETE FROM admins WHERE user_id = ?", (user_id,)).rowcount == 1

    def is_granted(self, user_id: int) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM admins WHERE user_id = ?", (user_id,)).fetchone() is not None

    def all(self) -> list[Grant]:
        with self._lock:
            rows = self._db.execute("SELECT user_id, granted_by, granted_at FROM admins ORDER BY user_id").fetchall()
        return [Grant(u, b, dt.datetime.fromisoformat(a)) for u, b, a in rows]
