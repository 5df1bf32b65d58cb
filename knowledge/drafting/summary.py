"""One line per proposed record: what the admin reviews before saving."""
from __future__ import annotations

from ..facts.factbase import AnyRecord, FactBase


def _name(rid: str, base: FactBase, drafted: dict[str, AnyRecord]) -> str:
    rec = drafted.get(rid) or base.get(rid)
    if rec is None:
        return rid
    return getattr(rec, "acronym", None) or getattr(rec, "name", None) or rid


def summary_line(rec: AnyRecord, base: FactBase, drafted: list[AnyRecord]) -> str:
    by_id = {r.id: r for r in drafted}
    names = lambda ids: ", ".join(_name(i, base, by_id) for i in ids)  # noqa: E731
    parts: list[str] = []
    if rec.type == "organization":
        parts += [f"({rec.acronym})" if rec.acronym else "", rec.country.value if rec.country else "",
                  f"part of {_name(rec.parent.value, base, by_id)}" if rec.parent else "",
                  f"founded {rec.founded.value}" if rec.founded else ""]
    elif rec.type == "person":
        parts += [rec.role.value if rec.role else "",
                  _name(rec.organization.value, base, by_id) if rec.organization else ""]
    elif rec.type == "event":
        parts += [rec.kind, rec.date.value.isoformat() if rec.date else "", rec.place.value if rec.place else "",
                  f"organized by {names(rec.organizers.value)}" if rec.organizers else "",
                  f"supported by {names(rec.supporters.value)}" if rec.supporters else "",
                  f"{'~' if rec.companies.approximate else ''}{rec.companies.value} companies" if rec.companies else "",
                  f"with {names(rec.participants.value)}" if rec.participants else "",
                  f"during {_name(rec.part_of.value, base, by_id)}" if rec.part_of else ""]
    elif rec.type == "agreement":
        parts += [rec.date.value.isoformat() if rec.date else "",
                  f"at {_name(rec.signed_at.value, base, by_id)}" if rec.signed_at else "",
                  f"purpose: {rec.purpose.value}" if rec.purpose else ""]
    detail = "; ".join(p for p in parts if p)
    return f"{rec.type} {rec.name}" + (f" — {detail}" if detail else "")


def value_text(value, base: FactBase, drafted: list[AnyRecord]) -> str:
    """A value as a person reads it: record ids as names, dates as ISO dates."""
    by_id = {r.id: r for r in drafted}
    if isinstance(value, tuple):
        return ", ".join(value_text(v, base, drafted) for v in value)
    if isinstance(value, str) and (value in by_id or base.get(value) is not None):
        return _name(value, base, by_id)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
