"""What an article says about records the fact base already holds: new facts, and values that disagree.

A linked record is never drafted again; instead each value the article states for it is
compared with the stored one. A field the record lacks is an addition (proposed, on by
default); a different value is a conflict ("the fact base says 2003, the article says
2004"), shown with both sources and off by default: replacing is the admin's choice.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..facts.factbase import REFERENCES, AnyRecord, FactBase
from ..facts.models import Cited
from .records import Builder
from .things import Thing

SKIPPED = {"mentioned"}


@dataclass(frozen=True)
class Update:
    record_id: str
    field: str
    new: Cited
    old: Cited | None = None  # None: the record has no value yet (an addition)
    reference: bool = False   # the value names records (which must exist when it is saved)

    @property
    def conflict(self) -> bool:
        return self.old is not None

    def refers_to(self) -> set[str]:
        if not self.reference:
            return set()
        value = self.new.value
        return set(value) if isinstance(value, tuple) else {value}

    def apply(self, record: AnyRecord) -> AnyRecord:
        return record.model_copy(update={self.field: self.new})


def updates_for(things: list[Thing], builder: Builder, base: FactBase) -> list[Update]:
    out: list[Update] = []
    for t in things:
        rec = base.get(t.existing) if t.existing else None
        if rec is None or rec.type != t.type:
            continue
        refs = REFERENCES.get(rec.type, {})
        model = type(rec).model_fields
        for fname, value in t.fields.items():
            if fname in SKIPPED or fname not in model:
                continue
            transform = (builder.refs if fname in refs and isinstance(value.value, tuple) else
                         builder.ref if fname in refs else (lambda x: x))
            try:
                new = builder.cited(value, transform)
                record_copy = rec.model_copy(update={fname: new})
                type(rec).model_validate(record_copy.model_dump())  # the value fits the field
            except (KeyError, ValueError):
                continue
            old = getattr(rec, fname)
            if isinstance(old, Cited) and old.value == new.value:
                continue
            if old is None or isinstance(old, Cited):
                out.append(Update(rec.id, fname, new, old, reference=fname in refs))
    return out


def describe(u: Update, base: FactBase, names) -> str:
    """`azpromo founded: the fact base says 2003 (trend-2025-04-21), the article says 2004`."""
    new = names(u.new.value)
    if u.old is None:
        return f"{u.record_id}: + {u.field} {new}"
    return (f"{u.record_id} {u.field}: the fact base says {names(u.old.value)} ({u.old.source}), "
            f"the article says {new}")
