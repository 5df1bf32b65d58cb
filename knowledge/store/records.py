"""The store's tables and the values it hands out: stored records, import results, snapshots."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..facts.factbase import AnyRecord, FactBase
from .audit import Change

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
