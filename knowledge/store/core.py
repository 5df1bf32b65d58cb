"""The live fact base: an SQLite store (WAL) of records, their history, admin grants and asked questions.

The store is the one live source of facts. On first open it is seeded from the
YAML files shipped in knowledge/data/facts/; as long as nobody has changed it, a newer
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..cache import cached
from ..errors import FactFileError, RecordNotFound, StoreUnavailable
from ..facts.codec import record_from_json
from ..facts.factbase import FactBase
from ..facts.loader import FACTS_DIR, dump_document, load_paths
from . import audit, grants, question_log, subscriptions
from .audit import Change
from .changes import PAUSE_IMPORT_ENV, StoreChanges, _counts
from .records import SCHEMA, SCHEMA_VERSION, ImportResult, StoredRecord, _digest, _Snapshot

__all__ = ["PAUSE_IMPORT_ENV", "ImportResult", "Store", "StoredRecord"]

log = logging.getLogger(__name__)

class Store(StoreChanges):
    """The SQLite store. Open with `Store.open(path)`; thread-safe; one connection per Store."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self._path = path
        self._lock = threading.RLock()
        self._snap = _Snapshot(FactBase(), generation=-1)  # read at the first transaction
        self._data_version = -1
        self._live_generation = -1  # the generation last handed to on_change
        self.on_change: Callable[[FactBase], None] | None = None
        self.read_only: str | None = None  # why this process cannot write the store, if it cannot
        self.questions = question_log.QuestionLog(db, self._lock)
        self.grants = grants.Grants(db, self._lock)
        self.subscriptions = subscriptions.Subscriptions(path)  # chats told of changes, their pending digests

    # ----- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, seed_dir: Path = FACTS_DIR,
             on_change: Callable[[FactBase], None] | None = None) -> "Store":
        """Open (creating and seeding from `seed_dir` if new) the store at `path`.

        A store this process cannot write (its file or directory not writable, a full disk)
        but can read is opened read-only: it answers, and every change is refused with the
        reason. One it cannot read at all is StoreUnavailable, never some other fact base.
        A new data directory is made 0700 and a new store file 0600 (it holds the change
        history, the admin grants and the question log; SQLite gives its -wal and -shm files
        the same mode).
        """
        try:
            db, schema = cls._connect(path)
            read_only = None
        except (sqlite3.DatabaseError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            try:
                db, read_only = cls._connect_read_only(path), reason
            except (sqlite3.DatabaseError, OSError):
                raise StoreUnavailable(str(path), reason) from None
            log.warning("The fact store %s cannot be written (%s); answering from it read-only, "
                        "changes are refused.", path, reason)
        store = cls(db, path)
        store.read_only = store.subscriptions.read_only = read_only
        if read_only is None:
            if 0 < schema < SCHEMA_VERSION:
                store._migrate(schema)
            store._follow_seed(seed_dir)
        else:
            store.sync()
        store._live_generation = store._snap.generation
        store.on_change = on_change
        return store

    @staticmethod
    def _connect(path: Path) -> tuple[sqlite3.Connection, int]:
        """A read-write connection and the schema version it found; the file created (0600, in a 0700
        directory) and its schema set up if new."""
        if not path.parent.is_dir():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        elif not os.access(path, os.W_OK):  # SQLite would open it read-only without a word
            raise PermissionError(13, "the file is not writable for this user")
        db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            db.row_factory = sqlite3.Row
            schema = db.execute("PRAGMA user_version").fetchone()[0]
            if schema > SCHEMA_VERSION:
                raise StoreUnavailable(str(path), "it was written by a newer partnerbot")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            if schema == 0:  # a new file
                db.executescript("BEGIN IMMEDIATE;" + SCHEMA + audit.SCHEMA + grants.SCHEMA + question_log.SCHEMA
                                 + subscriptions.SCHEMA + f"PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")
        except BaseException:
            db.close()
            raise
        return db, schema

    @staticmethod
    def _connect_read_only(path: Path) -> sqlite3.Connection:
        """A read-only connection to an existing store with a schema this version reads (else an error).
        An older schema is read as it is (records are read in their old format) and not migrated."""
        if not path.is_file():
            raise FileNotFoundError(2, "no such file", str(path))
        wal = path.with_name(path.name + "-wal")
        try:
            return Store._checked(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0,
                                                  isolation_level=None, check_same_thread=False))
        except sqlite3.DatabaseError:
            if wal.exists() and wal.stat().st_size:  # committed changes still in the WAL: `immutable` would miss them
                raise
        # WAL mode needs its -shm index even to read; where that cannot be made (a full disk, a read-only
        # directory) and the WAL is empty, the file alone holds every committed change.
        log.warning("The fact store %s is read without its WAL index: changes made meanwhile are seen after a "
                    "restart.", path)
        return Store._checked(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                              isolation_level=None, check_same_thread=False))

    @staticmethod
    def _checked(db: sqlite3.Connection) -> sqlite3.Connection:
        """`db` if it is a readable partnerbot store of this version (else closed, and an error)."""
        try:
            db.row_factory = sqlite3.Row
            if not 0 < db.execute("PRAGMA user_version").fetchone()[0] <= SCHEMA_VERSION:  # older ones read as is
                raise sqlite3.DatabaseError("not a partnerbot store this version can read")
            db.execute("SELECT count(*) FROM records").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _follow_seed(self, seed_dir: Path) -> None:
        """Seed a new store; re-seed a store nobody has changed when the shipped files changed."""
        files = sorted(seed_dir.glob("*.yaml"))
        digest = hashlib.sha256(b"".join(f.name.encode() + b"\0" + f.read_bytes() for f in files)).hexdigest()
        if digest in self._seed_marks(self._db):  # the usual case: read only, no write lock
            self.sync()
            return
        try:
            self._take_seed(seed_dir, files, digest)
        except StoreUnavailable as exc:  # e.g. a full disk: a store with facts keeps answering from them
            self.sync()
            if not self._snap.base.records:
                raise
            log.warning("The shipped facts in %s changed, but the store could not take them: %s", seed_dir, exc)

    def _take_seed(self, seed_dir: Path, files: list[Path], digest: str) -> None:
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

    def _migrate(self, old: int) -> None:
        """Rewrite the records of an older store in today's format (e.g. `approximate: true` becomes
        `qualifier: nearly`), as one change in the history by "migration"; add the newer tables."""
        with self._write() as db:
            for statement in subscriptions.schema_statements():  # 3: subscriptions and digests
                db.execute(statement)
            self._commit(db, list(self._snap.base), actor="migration", action="migrate", origin=str(self._path),
                         summary=lambda es: f"migrated the store from schema {old} to {SCHEMA_VERSION}: "
                                            f"{len(es)} record(s) rewritten in the new format")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @staticmethod
    def _seed_marks(db: sqlite3.Connection) -> set[str]:
        """Digests of shipped seeds this store has taken or knowingly kept its own facts over."""
        return {row[0] for row in db.execute("SELECT value FROM meta WHERE key IN ('seed', 'ignored_seed')")}

    def close(self) -> None:
        self.subscriptions.close()
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

    def changed_elsewhere(self) -> bool:
        """Has another connection committed since this one last read? One PRAGMA, for a caller that
        must not wait (the bot's event loop); False while this process is using the store."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            return self._db.execute("PRAGMA data_version").fetchone()[0] != self._data_version
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

    # ----- internals -----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction with the snapshot brought up to date inside it; rolled back on any error.

        An SQLite failure (a full disk, a read-only file) becomes StoreUnavailable naming it; SQLite
        may have rolled the transaction back itself already, which must not hide the cause."""
        with self._lock:
            if self.read_only is not None:
                raise StoreUnavailable(str(self._path), f"it is read-only here ({self.read_only}); nothing was changed")
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
            except BaseException as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._snap = committed
                if isinstance(exc, sqlite3.Error):
                    raise StoreUnavailable(str(self._path), f"{exc}; nothing was changed") from None
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
        """The records as stored. The first read of a process (its start) goes through the start-up
        cache (knowledge/cache.py), under a hash of the rows: validating them is most of its time."""
        rows = db.execute("SELECT id, position, version, data FROM records ORDER BY position, id").fetchall()
        digest = _digest(row["data"] for row in rows) if rows and self._snap.generation == -1 else None

        def build() -> FactBase:
            return FactBase.build([record_from_json(row["data"]) for row in rows], origin=str(self._path))

        try:
            base = build() if digest is None else cached("facts", digest, build)
        except (ValueError, FactFileError) as exc:
            raise StoreUnavailable(str(self._path), f"its records do not validate: {exc}") from None
        return _Snapshot(base, {r["id"]: r["version"] for r in rows}, {r["id"]: r["position"] for r in rows},
                         {r["id"]: r["data"] for r in rows}, self._generation(db), digest)

    @property
    def digest(self) -> str | None:
        """A hash of the facts as read at the start (None once they changed): the key of what the
        start-up cache keeps built from them (the Engine's index)."""
        return self._snap.digest

