"""The audit log: every change to the fact base, who made it and when, each record before and after.

A change groups the record entries of one operation (an edit, a delete, a whole
import). Changes are written inside the transaction that makes them, so the log
and the fact base never disagree.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..facts.codec import record_from_json
from ..facts.factbase import AnyRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS changes(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    undoes INTEGER REFERENCES changes(id),
    undone_by INTEGER REFERENCES changes(id)
);
CREATE TABLE IF NOT EXISTS audit(
    change_id INTEGER NOT NULL REFERENCES changes(id),
    seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'delete')),
    position INTEGER NOT NULL,
    before TEXT,
    after TEXT,
    PRIMARY KEY (change_id, seq)
);
CREATE INDEX IF NOT EXISTS audit_by_record ON audit(record_id, change_id);
"""

# Actions a change can have; seeds and undos are not themselves undone by /undo.
NOT_UNDOABLE = ("seed", "undo", "migrate")


@dataclass(frozen=True)
class ChangeEntry:
    """One record as it was before and after a change (JSON text; None when absent)."""

    record_id: str
    record_type: str
    action: str  # add | edit | delete
    position: int
    before_json: str | None
    after_json: str | None

    @property
    def before(self) -> AnyRecord | None:
        return record_from_json(self.before_json) if self.before_json else None

    @property
    def after(self) -> AnyRecord | None:
        return record_from_json(self.after_json) if self.after_json else None

    def changed_fields(self) -> list[str]:
        """Top-level fields that differ between before and after, in field order."""
        before: dict[str, Any] = json.loads(self.before_json) if self.before_json else {}
        after: dict[str, Any] = json.loads(self.after_json) if self.after_json else {}
        keys = list(dict.fromkeys([*before, *after]))
        return [k for k in keys if k != "type" and before.get(k) != after.get(k)]


@dataclass(frozen=True)
class Change:
    """One operation on the fact base, with the records it touched."""

    id: int
    at: dt.datetime
    actor: str  # a Telegram user id, "cli" or "seed"
    action: str  # seed | migrate | add | edit | delete | import | replace | undo
    summary: str
    entries: tuple[ChangeEntry, ...]
    undoes: int | None = None
    undone_by: int | None = None

    @property
    def undoable(self) -> bool:
        return self.action not in NOT_UNDOABLE and self.undone_by is None


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def record_change(db: sqlite3.Connection, *, actor: str, action: str, summary: str,
                  entries: list[ChangeEntry], undoes: int | None = None) -> Change:
    """Write one change and its entries (inside the caller's transaction)."""
    at = now()
    cur = db.execute("INSERT INTO changes(at, actor, action, summary, undoes) VALUES (?, ?, ?, ?, ?)",
                     (at.isoformat(), actor, action, summary, undoes))
    change_id = int(cur.lastrowid)
    db.executemany(
        "INSERT INTO audit(change_id, seq, record_id, record_type, action, position, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(change_id, i, e.record_id, e.record_type, e.action, e.position, e.before_json, e.after_json)
         for i, e in enumerate(entries)],
    )
    if undoes is not None:
        db.execute("UPDATE changes SET undone_by = ? WHERE id = ?", (change_id, undoes))
    return Change(change_id, at, actor, action, summary, tuple(entries), undoes, None)


def read_history(db: sqlite3.Connection, *, record_id: str | None = None, limit: int = 20) -> list[Change]:
    """The latest changes, newest first; with `record_id`, only those touching it (and only its entries)."""
    if record_id is None:
        rows = db.execute("SELECT * FROM changes ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    else:
        rows = db.execute(
            "SELECT * FROM changes WHERE id IN (SELECT change_id FROM audit WHERE record_id = ?)"
            " ORDER BY id DESC LIMIT ?", (record_id, limit)).fetchall()
    return [_change(db, row, record_id=record_id) for row in rows]


def read_change(db: sqlite3.Connection, change_id: int) -> Change | None:
    row = db.execute("SELECT * FROM changes WHERE id = ?", (change_id,)).fetchone()
    return _change(db, row) if row else None


def latest_undoable(db: sqlite3.Connection) -> Change | None:
    row = db.execute(
        f"SELECT * FROM changes WHERE undone_by IS NULL AND action NOT IN ({','.join('?' * len(NOT_UNDOABLE))})"
        " ORDER BY id DESC LIMIT 1", NOT_UNDOABLE).fetchone()
    return _change(db, row) if row else None


def has_changes_by_people(db: sqlite3.Connection) -> bool:
    """True once anyone but the seeding has changed the fact base."""
    return db.execute("SELECT 1 FROM changes WHERE action NOT IN ('seed', 'migrate') LIMIT 1").fetchone() is not None


def _change(db: sqlite3.Connection, row: sqlite3.Row, *, record_id: str | None = None) -> Change:
    sql = "SELECT * FROM audit WHERE change_id = ?"
    params: tuple = (row["id"],)
    if record_id is not None:
        sql += " AND record_id = ?"
        params += (record_id,)
    entries = tuple(
        ChangeEntry(a["record_id"], a["record_type"], a["action"], a["position"], a["before"], a["after"])
        for a in db.execute(sql + " ORDER BY seq", params)
    )
    return Change(row["id"], dt.datetime.fromisoformat(row["at"]), row["actor"], row["action"], row["summary"],
                  entries, row["undoes"], row["undone_by"])
