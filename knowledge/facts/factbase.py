"""FactBase: an immutable, validated set of records with their references checked."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..errors import FactError, FactFileError
from .models import (SECTIONS, Agreement, Event, Initiative, Organization, Person, Project, Source, Statement,
                     Statistic)

AnyRecord = Source | Organization | Person | Event | Agreement | Initiative | Project | Statistic | Statement

# Which fields refer to which record types (a tuple field holds several ids).
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "source": {"informant": ("organization", "person")},
    "organization": {
        "parent": ("organization",),
        "founder": ("organization", "person"),
        "head": ("person",),
    },
    "person": {"organization": ("organization",)},
    "event": {
        "part_of": ("event",),
        "organizers": ("organization", "person"),
        "supporters": ("organization", "person"),
        "participants": ("organization", "person"),
        "co_organizers": ("organization", "person"),
        "opened_by": ("person", "organization"),
    },
    "agreement": {"parties": ("organization", "person"), "signatories": ("person", "organization"),
                  "signed_at": ("event",)},
    "initiative": {"owner": ("organization", "person")},
    "project": {"developer": ("organization",), "investor": ("organization",), "contractor": ("organization",),
                "agreements": ("agreement",)},
    "statistic": {},
    "statement": {"speaker": ("person", "organization"), "at": ("event",)},
}


def cited_fields(record: BaseModel) -> Iterator[tuple[str, Any]]:
    """Every (field path, Cited) of a record, including list and dict members."""
    from .models import Cited

    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Cited):
            yield name, value
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, Cited):
                    yield f"{name}[{i}]", item
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, Cited):
                    yield f"{name}.{key}", item


def citations(record: BaseModel) -> Iterator[tuple[str, Any]]:
    """Every (field path, Citation) of a record: each value's own, its corroborations and its variants'."""
    for fpath, cited in cited_fields(record):
        for i, claim in enumerate(cited.claims()):
            path = fpath if i == 0 else f"{fpath}.variants[{i - 1}]"
            for j, citation in enumerate(claim.citations()):
                yield (path if j == 0 else f"{path}.also[{j - 1}]"), citation


def referenced_ids(record: AnyRecord) -> Iterator[tuple[str, str]]:
    """(field, id) for every reference a record makes to another record."""
    for fname in REFERENCES.get(record.type, {}):
        cited = getattr(record, fname)
        if cited is None:
            continue
        seen = set()
        for claim in cited.claims():
            for v in claim.value if isinstance(claim.value, tuple) else (claim.value,):
                if v not in seen:
                    seen.add(v)
                    yield fname, v


@dataclass(frozen=True)
class FactBase:
    """All records, by id. Build with `FactBase.build`, which checks ids and references."""

    records: dict[str, AnyRecord] = field(default_factory=dict)

    @classmethod
    def build(cls, records: Iterable[AnyRecord], *, origin: str = "<facts>") -> "FactBase":
        by_id: dict[str, AnyRecord] = {}
        errors: list[FactError] = []
        for rec in records:
            if rec.id in by_id:
                errors.append(FactError(origin, f"{rec.type} {rec.id}", "id", f"duplicate id '{rec.id}'"))
            by_id[rec.id] = rec
        errors += check_references(by_id, origin=origin)
        if errors:
            raise FactFileError(errors)
        return cls(records=by_id)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[AnyRecord]:
        return iter(self.records.values())

    def get(self, record_id: str) -> AnyRecord | None:
        return self.records.get(record_id)

    def of_type(self, type_name: str) -> list[AnyRecord]:
        return [r for r in self.records.values() if r.type == type_name]

    def sources(self) -> list[Source]:
        return [r for r in self.records.values() if isinstance(r, Source)]

    def referrers(self, record_id: str) -> list[str]:
        """Ids of records that refer to `record_id` (by reference field or cited source)."""
        out = []
        for rec in self.records.values():
            if rec.id == record_id:
                continue
            refs = {v for _, v in referenced_ids(rec)} | {c.source for _, c in citations(rec)}
            if record_id in refs:
                out.append(rec.id)
        return out

    def by_section(self) -> dict[str, list[AnyRecord]]:
        """Records grouped as in the YAML files, in section order."""
        out: dict[str, list[AnyRecord]] = {s: [] for s in SECTIONS}
        type_to_section = {t: s for s, t in SECTIONS.items()}
        for rec in self.records.values():
            out[type_to_section[rec.type]].append(rec)
        return out


def check_references(by_id: dict[str, AnyRecord], *, origin: str) -> list[FactError]:
    errors = []
    for rec in by_id.values():
        where = f"{rec.type} {rec.id}"
        for fname, target in referenced_ids(rec):
            allowed = REFERENCES[rec.type][fname]
            other = by_id.get(target)
            if other is None:
                errors.append(FactError(origin, where, fname, f"refers to unknown record '{target}'"))
            elif other.type not in allowed:
                errors.append(FactError(origin, where, fname,
                                        f"'{target}' is a {other.type}, expected {' or '.join(allowed)}"))
        for fpath, cited in citations(rec):
            src = by_id.get(cited.source)
            if src is None or src.type != "source":
                errors.append(FactError(origin, where, f"{fpath}.source", f"unknown source '{cited.source}'"))
    return errors
