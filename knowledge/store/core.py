"""The live fact base: an SQLite store (WAL) of records, their history, admin grants and asked questions.

The store is the one live source of facts. On first open it is seeded from the
YAML files shipped in knowledge/facts/; as long as nobody has changed it, a newer
shipped seed replaces the old one on the next open. Once anyone has changed it,
the store is never overwritten; YAML is then only the import/export format.

Every change (add, edit, delete, a whole import, an undo) is one transaction that
also writes its audit entries. The whole resulting fact base is validated before
anything is written, so a change either lands completely or not at all. After
the commit `on_change(base)` is called with the new FactBase (the bot swaps its
Engine there); changes committed by another process (the command line while the
bot runs) are picked up by `sync()`.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import audit, grants, question_log
from .audit import Change, ChangeEntry
from ..facts.codec import record_from_json, record_to_json
from ..facts.doc_lines import duplicate_errors, with_lines
from ..errors import (ChangedMeanwhile, FactError, FactFileError, HistoryMoved, ImportRefused, NothingToUndo,
                     RecordExists, RecordInUse, RecordNotFound, StoreUnavailable)
from ..facts.factbase import AnyRecord, FactBase
from ..facts.loader import FACTS_DIR, dump_document, load_paths, parse_records

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records(
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    position INTEGER NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL
);
"""
# Test hook: with this set to a file path, an import writes that file halfway through
# its rows, inside the open transaction, and waits there (so a test can kill it mid-way).
PAUSE_IMPORT_ENV = "PARTNERBOT_TEST_PAUSE_IMPORT"


@dataclass(frozen=True)
class StoredRecord:
    """A record with the version an edit must name to replace it."""

    record: AnyRecord
    version: int


@dataclass(frozen=True)
class ImportResult:
    """What an import did, by record id; `change` is None when nothing changed."""

    change: Change | None
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Snapshot:
    """The fact base as last read or written by this connection."""

    base: FactBase
    versions: dict[str, int] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    encoded: dict[str, str] = field(default_factory=dict)  # id -> canonical JSON
    generation: int = 0


class Store:
    """The SQLite store. Open with `Store.open(path)`; thread-safe; one connection per Store."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self._path = path
        self._lock = threading.RLock()
        self._snap = _Snapshot(FactBase(), generation=-1)  # read at the first transaction
        self._data_version = -1
        self._live_generation = -1  # the generation last handed to on_change
        self.on_change: Callable[[FactBase], None] | None = None
        self.questions = question_log.QuestionLog(db, self._lock)
        self.grants = grants.Grants(db, self._lock)

    # ----- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, seed_dir: Path = FACTS_DIR,
             on_change: Callable[[FactBase], None] | None = None) -> "Store":
        """Open (creating and seeding from `seed_dir` if new) the store at `path`."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            schema = db.execute("PRAGMA user_version").fetchone()[0]
            if schema > SCHEMA_VERSION:
                raise StoreUnavailable(str(path), "it was written by a newer partnerbot")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            if schema < SCHEMA_VERSION:  # a new file (later: migrations)
                db.executescript("BEGIN IMMEDIATE;" + SCHEMA + audit.SCHEMA + grants.SCHEMA + question_log.SCHEMA
                                 + f"PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreUnavailable(str(path), str(exc)) from None
        store = cls(db, path)
        store._follow_seed(seed_dir)
        store._live_generation = store._snap.generation
        store.on_change = on_change
        return store

    def _follow_seed(self, seed_dir: Path) -> None:
        """Seed a new store; re-seed a store nobody has changed when the shipped files changed."""
        files = sorted(seed_dir.glob("*.yaml"))
        digest = hashlib.sha256(b"".join(f.name.encode() + b"\0" + f.read_bytes() for f in files)).hexdigest()
        if digest in self._seed_marks(self._db):  # the usual case: read only, no write lock
            self.sync()
            return
        with self._write() as db:
            if digest in self._seed_marks(db):
                return
            if audit.has_changes_by_people(db):
                log.warning("The shipped facts in %s changed, but the store %s has changes by people and is kept. "
                            "Import the shipped files to merge them: partnerbot facts import FILE", seed_dir, self._path)
                db.execute("INSERT OR REPLACE INTO meta VALUES ('ignored_seed', ?)", (digest,))
                return
            try:
                seed = load_paths(files) if files else FactBase()
            except FactFileError:
                if not self._snap.base.records:
                    raise
                log.warning("The shipped facts in %s do not load; the store %s keeps its facts.", seed_dir, self._path)
                return
            names = ", ".join(f.name for f in files) or "nothing"
            self._commit(db, list(seed), actor="seed", action="seed", origin=names,
                         summary=lambda entries: f"seeded from {names}: {_counts(entries)}",
                         positions={r.id: i for i, r in enumerate(seed)})
            db.execute("INSERT OR REPLACE INTO meta VALUES ('seed', ?)", (digest,))

    @staticmethod
    def _seed_marks(db: sqlite3.Connection) -> set[str]:
        """Digests of shipped seeds this store has taken or knowingly kept its own facts over."""
        return {row[0] for row in db.execute("SELECT value FROM meta WHERE key IN ('seed', 'ignored_seed')")}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def path(self) -> Path:
        return self._path

    # ----- reading -------------------------------------------------------------------------------

    @property
    def base(self) -> FactBase:
        """The current fact base (picking up changes made by other processes)."""
        self.sync()
        return self._snap.base

    def sync(self) -> bool:
        """Reload if another connection changed the facts since; True if it did (on_change is called).

        Returns at once while this process is writing (its commit hands on the new facts itself).
        """
        if not self._lock.acquire(blocking=False):
            return False
        try:
            data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
            if data_version == self._data_version:
                return False
            self._db.execute("BEGIN")
            try:
                self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
                if self._generation(self._db) != self._snap.generation:
                    self._snap = self._read(self._db)
            finally:
                self._db.execute("COMMIT")
            return self._notify_if_new()
        finally:
            self._lock.release()

    def get(self, record_id: str) -> StoredRecord:
        self.sync()
        snap = self._snap
        record = snap.base.get(record_id)
        if record is None:
            raise RecordNotFound(record_id)
        return StoredRecord(record, snap.versions[record_id])

    def export(self) -> str:
        """The whole fact base as one YAML document (what /import and `facts validate` read back unchanged)."""
        return dump_document(self.base)

    def history(self, record_id: str | None = None, *, limit: int = 20) -> list[Change]:
        """The latest changes, newest first; with a record id, the changes of that record."""
        with self._lock:
            return audit.read_history(self._db, record_id=record_id, limit=limit)

    def latest_undoable(self) -> Change | None:
        """The change `undo` would revert now (None if there is none)."""
        with self._lock:
            return audit.latest_undoable(self._db)

    # ----- changing ------------------------------------------------------------------------------

    def add(self, record: AnyRecord, *, actor: str) -> Change:
        """Add a new record; RecordExists if its id is taken, FactFileError if its references do not resolve."""
        with self._write() as db:
            snap = self._snap
            if record.id in snap.base.records:
                raise RecordExists(record.id)
            change = self._commit(db, [*snap.base, record], actor=actor, action="add", origin=actor,
                                  summary=f"added {record.type} {record.id}")
        assert change is not None
        return change

    def edit(self, record: AnyRecord, *, expected_version: int, actor: str) -> Change | None:
        """Replace the record with the same id, if it is still at `expected_version` (else ChangedMeanwhile).

        None when the new record equals the stored one (nothing is written).
        """
        with self._write() as db:
            snap = self._snap
            if record.id not in snap.base.records:
                raise RecordNotFound(record.id)
            if snap.versions[record.id] != expected_version:
                raise ChangedMeanwhile(record.id)
            target = [record if r.id == record.id else r for r in snap.base]
            return self._commit(
                db, target, actor=actor, action="edit", origin=actor,
                summary=lambda entries: f"edited {record.type} {record.id}: {', '.join(entries[0].changed_fields())}")

    def delete(self, record_id: str, *, actor: str, expected_version: int | None = None) -> Change:
        """Delete a record nothing refers to (else RecordInUse)."""
        with self._write() as db:
            snap = self._snap
            record = snap.base.get(record_id)
            if record is None:
                raise RecordNotFound(record_id)
            if expected_version is not None and snap.versions[record_id] != expected_version:
                raise ChangedMeanwhile(record_id)
            referrers = snap.base.referrers(record_id)
            if referrers:
                raise RecordInUse(record_id, referrers)
            change = self._commit(db, [r for r in snap.base if r.id != record_id], actor=actor, action="delete",
                                  origin=actor, summary=f"deleted {record.type} {record_id}")
        assert change is not None
        return change

    def import_document(self, text: str | bytes, *, origin: str, actor: str, replace: bool = False) -> ImportResult:
        """Import a YAML document: merge it (add and update its records) or, with `replace`, make it the whole base.

        The result is validated whole first; on any error ImportRefused (a FactFileError)
        lists every problem with record, field and line, and nothing changes.
        """
        try:
            records = parse_records(text, origin=origin)
        except FactFileError as exc:
            raise ImportRefused(exc.errors) from None
        problems = duplicate_errors(records, text, origin=origin)
        records = list({r.id: r for r in records}.values())  # duplicates refuse the import below
        if replace and not records:
            raise ImportRefused([FactError(origin, "", "", "the document holds no records; replacing the fact "
                                                           "base with it would delete every fact")])
        with self._write() as db:
            snap = self._snap
            incoming = {r.id: r for r in records}
            if replace:
                target = records
            else:
                target = [incoming.pop(r.id, r) for r in snap.base] + list(incoming.values())
            try:
                if problems:  # refused anyway; build only to report the document's other problems too
                    FactBase.build(target, origin=origin)
                else:
                    how = "replaced the fact base with" if replace else "imported"
                    change = self._commit(db, target, actor=actor, action="replace" if replace else "import",
                                          origin=origin, summary=lambda es: f"{how} {origin}: {_counts(es)}",
                                          pause_midway=True)
            except FactFileError as exc:
                raise ImportRefused(with_lines(FactFileError(problems + exc.errors), text).errors) from None
            if problems:
                raise ImportRefused(with_lines(FactFileError(problems), text).errors)
        by_action: dict[str, list[str]] = {"add": [], "edit": [], "delete": []}
        for e in change.entries if change else ():
            by_action[e.action].append(e.record_id)
        touched = {e.record_id for e in change.entries} if change else set()
        return ImportResult(change, tuple(by_action["add"]), tuple(by_action["edit"]),
                            tuple(r.id for r in records if r.id not in touched), tuple(by_action["delete"]))

    def undo(self, *, actor: str, expected_change: int | None = None) -> Change:
        """Revert the latest change not yet undone (seeds and undos excluded); the undo is a change itself.

        With `expected_change` (the change the admin confirmed), HistoryMoved if that is no longer the latest.
        """
        with self._write() as db:
            snap = self._snap
            latest = audit.latest_undoable(db)
            if latest is None:
                raise NothingToUndo()
            if expected_change is not None and latest.id != expected_change:
                raise HistoryMoved()
            target = dict(snap.base.records)
            positions: dict[str, int] = {}
            for e in latest.entries:
                if snap.encoded.get(e.record_id) != e.after_json:
                    raise ChangedMeanwhile(e.record_id)
                if e.before_json is None:
                    del target[e.record_id]
                else:
                    target[e.record_id] = record_from_json(e.before_json)
                    positions[e.record_id] = e.position
            change = self._commit(db, list(target.values()), actor=actor, action="undo", origin=actor,
                                  summary=f"undid change #{latest.id} ({latest.summary})",
                                  positions=positions, undoes=latest.id)
        assert change is not None
        return change

    # ----- internals -----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction with the snapshot brought up to date inside it; rolled back on any error."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreUnavailable(str(self._path), f"{exc}; try again") from None
            committed = self._snap
            try:
                # Nobody else can commit now: what this connection sees is the latest state.
                self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
                if self._generation(self._db) != self._snap.generation:
                    self._snap = committed = self._read(self._db)
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                self._snap = committed
                raise
            finally:
                self._notify_if_new()

    def _notify_if_new(self) -> bool:
        """Hand the fact base to on_change if it is newer than the one handed last."""
        if self._snap.generation == self._live_generation:
            return False
        self._live_generation = self._snap.generation
        if self.on_change is not None:
            self.on_change(self._snap.base)
        return True

    @staticmethod
    def _generation(db: sqlite3.Connection) -> int:
        row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def _read(self, db: sqlite3.Connection) -> _Snapshot:
        rows = db.execute("SELECT id, position, version, data FROM records ORDER BY position, id").fetchall()
        try:
            records = [record_from_json(row["data"]) for row in rows]
            base = FactBase.build(records, origin=str(self._path))
        except (ValueError, FactFileError) as exc:
            raise StoreUnavailable(str(self._path), f"its records do not validate: {exc}") from None
        return _Snapshot(base, {r["id"]: r["version"] for r in rows}, {r["id"]: r["position"] for r in rows},
                         {r["id"]: r["data"] for r in rows}, self._generation(db))

    def _commit(self, db: sqlite3.Connection, target: list[AnyRecord], *, actor: str, action: str, origin: str,
                summary: str | Callable[[list[ChangeEntry]], str], positions: dict[str, int] | None = None,
                undoes: int | None = None, pause_midway: bool = False) -> Change | None:
        """Make `target` the fact base inside the open transaction: validate, diff, write rows and audit.

        Records keep their positions (or take those given); new ones go last, in order.
        Returns the recorded change, or None if nothing differs.
        """
        snap = self._snap
        positions = positions or {}
        next_pos = max([*snap.positions.values(), *positions.values()], default=-1) + 1
        pos: dict[str, int] = {}
        for rec in target:
            if rec.id in positions:
                pos[rec.id] = positions[rec.id]
            elif rec.id in snap.positions and rec.id not in pos:
                pos[rec.id] = snap.positions[rec.id]
            elif rec.id not in pos:
                pos[rec.id], next_pos = next_pos, next_pos + 1
        ordered = sorted(target, key=lambda r: pos[r.id])
        base = FactBase.build(ordered, origin=origin)

        encoded = {r.id: record_to_json(r) for r in ordered}
        entries: list[ChangeEntry] = []
        for rid, text in encoded.items():
            old = snap.encoded.get(rid)
            if old is None:
                entries.append(ChangeEntry(rid, base.records[rid].type, "add", pos[rid], None, text))
            elif old != text:
                entries.append(ChangeEntry(rid, base.records[rid].type, "edit", pos[rid], old, text))
        for rid, old in snap.encoded.items():
            if rid not in encoded:
                entries.append(ChangeEntry(rid, snap.base.records[rid].type, "delete", snap.positions[rid], old, None))
        moved = [rid for rid in encoded if rid in snap.positions and snap.positions[rid] != pos[rid]]
        if not entries and not moved:
            return None

        versions = {rid: v for rid, v in snap.versions.items() if rid in encoded}
        for i, e in enumerate(entries):
            if pause_midway and i == len(entries) // 2:
                _pause_for_tests()
            if e.action == "delete":
                db.execute("DELETE FROM records WHERE id = ?", (e.record_id,))
            elif e.action == "add":
                versions[e.record_id] = 1
                db.execute("INSERT INTO records(id, type, position, version, data) VALUES (?, ?, ?, 1, ?)",
                           (e.record_id, e.record_type, e.position, e.after_json))
            else:
                versions[e.record_id] += 1
                db.execute("UPDATE records SET type = ?, position = ?, version = ?, data = ? WHERE id = ?",
                           (e.record_type, e.position, versions[e.record_id], e.after_json, e.record_id))
        edited = {e.record_id for e in entries}
        db.executemany("UPDATE records SET position = ? WHERE id = ?",
                       [(pos[rid], rid) for rid in moved if rid not in edited])
        if callable(summary):
            summary = summary(entries)
        change = audit.record_change(db, actor=actor, action=action, summary=summary,
                                     entries=entries, undoes=undoes) if entries else None
        generation = snap.generation + 1
        db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))
        self._snap = _Snapshot(base, versions, pos, encoded, generation)
        return change


def _counts(entries: list[ChangeEntry]) -> str:
    """`2 added, 1 changed` for the entries of a change."""
    counts = Counter(e.action for e in entries)
    parts = [f"{counts[a]} {word}" for a, word in (("add", "added"), ("edit", "changed"), ("delete", "removed"))
             if counts[a]]
    return ", ".join(parts) or "no record changed"


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_IMPORT_ENV)
    if marker:
        Path(marker).write_text(str(os.getpid()))
        time.sleep(60)
