"""`partnerbot facts ...`: validate fact files, and list, import, export, undo and inspect the live store.

The store is the one in settings.data_dir, the same the bot uses; changes made
here are recorded as made by "cli" and reach a running bot at its next question.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import tempfile
from collections import Counter
from pathlib import Path

from knowledge.store import text as store_text
from knowledge.facts.doc_lines import with_lines
from knowledge.errors import FactFileError
from knowledge.facts.loader import FACTS_DIR, MAX_DOCUMENT_BYTES, dump_document, load_paths, parse_records
from knowledge.facts.models import RECORD_TYPES, SECTIONS
from knowledge.store import Store

from .config import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_FACTS = 0, 1, 2, 3
ACTOR = "cli"


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    """Run one `facts` subcommand; returns the exit code."""
    command = args.facts_command
    try:
        if command == "validate" and not args.paths:
            return _validate([FACTS_DIR])
        if command == "draft":
            from .draft_cli import draft
            return draft(args, settings)
        if command == "list" and args.type_name and args.type_name not in RECORD_TYPES:
            return _usage(f"unknown type {args.type_name!r}; choose one of {', '.join(RECORD_TYPES)}")
        if command in {"history", "unanswered"} and args.limit < 1:
            return _usage("--limit must be at least 1")
        store = Store.open(settings.db_path, seed_dir=settings.seed_dir)
        try:
            return _COMMANDS[command](args, store)
        finally:
            store.close()
    except FactFileError as exc:
        outcome = "" if command == "validate" else "; nothing was changed"
        print(f"partnerbot: {len(exc.errors)} problem(s){outcome}:", file=sys.stderr)
        for line in store_text.error_lines(exc):
            print(f"  {line}", file=sys.stderr)
        return EXIT_FACTS


def _usage(message: str) -> int:
    print(f"partnerbot: {message}", file=sys.stderr)
    return EXIT_USAGE


def _validate(paths: list[Path]) -> int:
    missing = [p for p in paths if not p.exists()]
    if missing:
        return _usage(f"no such file: {missing[0]}")
    try:
        base = load_paths(paths)
    except FactFileError as exc:
        # put lines on the errors found after parsing (not on a file refused for its size: never parse that)
        if len(paths) == 1 and paths[0].is_file() and paths[0].stat().st_size <= MAX_DOCUMENT_BYTES:
            raise with_lines(exc, paths[0].read_bytes()) from None
        raise
    counts = Counter(r.type for r in base)
    detail = ", ".join(f"{s}: {counts[t]}" for s, t in SECTIONS.items() if counts[t])
    print(f"ok: {len(base)} records ({detail or 'none'})")
    return EXIT_OK


def _validate_against_store(args: argparse.Namespace, store: Store) -> int:
    """`facts validate FILE...`: the files checked as their import into the live store would be."""
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        return _usage(f"no such file: {missing[0]}")
    files = [f for p in args.paths for f in (sorted(p.glob("*.yaml")) if p.is_dir() else [p])]
    try:
        documents = [(f.read_bytes(), str(f)) for f in files]
    except OSError as exc:
        return _usage(f"cannot read {exc.filename}: {exc.strerror}")
    base = store.check_documents(documents)
    records = sum(len(parse_records(text, origin=origin)) for text, origin in documents)
    counts = Counter(r.type for r in base)
    detail = ", ".join(f"{s}: {counts[t]}" for s, t in SECTIONS.items() if counts[t])
    print(f"ok: {records} records in {len(files)} file(s) fit the live fact base ({len(base)} records: {detail})")
    return EXIT_OK


def _list(args: argparse.Namespace, store: Store) -> int:
    for record in store.base:
        if args.type_name in (None, record.type):
            print(f"{record.type:<12} {record.id:<40} {store_text.title_of(record)}")
    return EXIT_OK


def _import(args: argparse.Namespace, store: Store) -> int:
    if str(args.file) == "-":
        data, origin = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            data, origin = args.file.read_bytes(), args.file.name
        except OSError as exc:
            return _usage(f"cannot read {args.file}: {exc.strerror}")
    result = store.import_document(data, origin=origin, actor=ACTOR, replace=args.replace)
    print(f"{'replaced with' if args.replace else 'imported'} {origin}: {store_text.import_summary(result)}")
    return EXIT_OK


def _export(args: argparse.Namespace, store: Store) -> int:
    text = dump_document(store.base)
    if str(args.file) == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomically(args.file, text)
    except OSError as exc:
        print(f"partnerbot: cannot write {args.file}: {exc.strerror or exc}; it was left as it was", file=sys.stderr)
        return EXIT_FAILED
    print(f"exported {len(store.base)} records to {args.file}")
    return EXIT_OK


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all: a temporary file beside it, synced, then renamed over it.

    A full disk or a kill half-way leaves the old file (say, the last good export) as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        try:
            mode = stat.S_IMODE(path.stat().st_mode)  # the file it replaces keeps its mode
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _history(args: argparse.Namespace, store: Store) -> int:
    changes = store.history(args.record_id, limit=args.limit)
    if not changes:
        print(f"no changes of {args.record_id}" if args.record_id else "no changes")
    for change in changes:
        print("\n".join(store_text.change_lines(change)))
    return EXIT_OK


def _undo(args: argparse.Namespace, store: Store) -> int:
    change = store.undo(actor=ACTOR)
    print("\n".join(store_text.change_lines(change)))
    return EXIT_OK


def _unanswered(args: argparse.Namespace, store: Store) -> int:
    groups = store.questions.unanswered(limit=args.limit)
    if not groups:
        print("no declined questions")
    for group in groups:
        print(store_text.group_line(group))
    return EXIT_OK


_COMMANDS = {"validate": _validate_against_store, 
    "list": _list,
    "import": _import,
    "export": _export,
    "history": _history,
    "undo": _undo,
    "unanswered": _unanswered,
}
