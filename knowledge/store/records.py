"""The store's tables and the values it hands out: stored records, import results, snapshots."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pydantic

from ..cache import code_fingerprint

from ..facts.factbase import AnyRecord, FactBase
from .audit import Change

FACTS_CODE = Path(__file__).resolve().parents[1] / "facts"  # the code a FactBase is read with

SCHEMA_VERSION = 3  # 2: citations with locators, qualifiers, variants; the new record types; 3: subscriptions
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
    digest: str | None = None  # the start-up read's hash of the records (see Store.digest)


def _digest(texts: Iterable[str]) -> str:
    """A hash of the records' stored text (in order) and of the code that reads them into a FactBase."""
    h = hashlib.blake2b(code_fingerprint(FACTS_CODE).encode() + pydantic.VERSION.encode(), digest_size=16)
    for text in texts:
        h.update(text.encode())
        h.update(b"\0")
    return h.hexdigest()
