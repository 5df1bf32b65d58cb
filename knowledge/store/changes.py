"""Changing the store: add, edit, delete, import and undo, each one transaction with its audit entries.

A mixin of Store (core.py), which provides the connection, the snapshot and `_write()`.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import (ChangedMeanwhile, FactError, FactFileError, HistoryMoved, ImportRefused, NothingToUndo,
                      RecordExists, RecordInUse, RecordNotFound)
from ..facts.codec import record_from_json, record_to_json
from ..facts.doc_lines import duplicate_errors, with_lines
from ..facts.evidence import check_evidence
from ..facts.factbase import AnyRecord, FactBase
from ..facts.loader import parse_records
from . import audit, subscriptions
from .audit import Change, ChangeEntry
from .records import ImportResult, _Snapshot

# Test hook: with this set to a file path, an import writes that file halfway through
# its rows, inside the open transaction, and waits there (so a test can kill it mid-way).
PAUSE_IMPORT_ENV = "PARTNERBOT_TEST_PAUSE_IMPORT"



class StoreChanges:
    """The changing half of Store."""


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
                verify = _touching(records, target)
                if problems:  # refused anyway; build only to report the document's other problems too
                    base = FactBase.build(target, origin=origin)
                    problems += check_evidence(base.records, origin=origin, only=verify)
                else:
                    how = "replaced the fact base with" if replace else "imported"
                    change = self._commit(db, target, actor=actor, action="replace" if replace else "import",
                                          origin=origin, summary=lambda es: f"{how} {origin}: {_counts(es)}",
                                          pause_midway=True, verify=verify)
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

    def check_documents(self, documents: list[tuple[str | bytes, str]]) -> FactBase:
        """What importing the documents ((text, origin) pairs, merged in order) would make the fact base,
        checked the way an import checks it, without changing anything. FactFileError lists every
        problem with record, field and (for one document) line."""
        records: list[AnyRecord] = []
        problems: list[FactError] = []
        for text, origin in documents:
            try:
                got = parse_records(text, origin=origin)
            except FactFileError as exc:
                problems += exc.errors
                continue
            problems += duplicate_errors(got, text, origin=origin)
            records += got
        if problems:
            raise _lined(problems, documents)
        origin = ", ".join(o for _, o in documents)
        incoming = {r.id: r for r in records}
        records = list(incoming.values())
        target = [incoming.pop(r.id, r) for r in self.base] + list(incoming.values())
        try:
            base = FactBase.build(target, origin=origin)
        except FactFileError as exc:
            raise _lined(exc.errors, documents) from None
        problems = check_evidence(base.records, origin=origin, only=_touching(records, target))
        if problems:
            raise _lined(problems, documents)
        return base

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

    def _commit(self, db: sqlite3.Connection, target: list[AnyRecord], *, actor: str, action: str, origin: str,
                summary: str | Callable[[list[ChangeEntry]], str], positions: dict[str, int] | None = None,
                undoes: int | None = None, pause_midway: bool = False,
                verify: set[str] | None = None) -> Change | None:
        """Make `target` the fact base inside the open transaction: validate, diff, write rows and audit.

        Records keep their positions (or take those given); new ones go last, in order.
        The citations of the records in `verify` must hold (quotes verbatim, locators with a URL).
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
        if verify:
            bad = check_evidence(base.records, origin=origin, only=verify)
            if bad:
                raise FactFileError(bad)

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
        # subscribers hear of it after the digest delay; an undo before then cancels the digest and is not told
        if change is not None and not (undoes is not None and subscriptions.cancel(db, undoes)):
            subscriptions.queue(db, change, now=self.subscriptions.clock())
        generation = snap.generation + 1
        db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))
        self._snap = _Snapshot(base, versions, pos, encoded, generation)
        return change



def _lined(errors: list[FactError], documents: list[tuple[str | bytes, str]]) -> FactFileError:
    exc = FactFileError(errors)
    return with_lines(exc, documents[0][0]) if len(documents) == 1 else exc


def _touching(records: list[AnyRecord], target: list[AnyRecord]) -> set[str]:
    """The records an import's evidence check covers: its own, and those citing a source it brings."""
    ids = {r.id for r in records}
    sources = {r.id for r in records if r.type == "source"}
    if sources:
        from ..facts.factbase import citations
        ids |= {r.id for r in target if any(c.source in sources for _, c in citations(r))}
    return ids


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
