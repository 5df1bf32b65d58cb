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
                  f"{_q(rec.companies)}{rec.companies.value} companies" if rec.companies else "",
                  f"{_q(rec.participants_count)}{rec.participants_count.value} participants"
                  if rec.participants_count else "",
                  f"with {names(rec.participants.value)}" if rec.participants else "",
                  f"during {_name(rec.part_of.value, base, by_id)}" if rec.part_of else ""]
    elif rec.type == "agreement":
        parts += [_money(rec.value) if rec.value else "",
                  f"signed by {names(rec.signatories.value)}" if rec.signatories else "",
                  rec.date.value.isoformat() if rec.date and hasattr(rec.date.value, "isoformat") else "",
                  f"at {_name(rec.signed_at.value, base, by_id)}" if rec.signed_at else "",
                  f"purpose: {rec.purpose.value}" if rec.purpose else ""]
    elif rec.type == "project":
        parts += [rec.place.value if rec.place else "",
                  f"by {names(rec.developer.value)}" if rec.developer else "",
                  f"{_q(rec.capacity)}{rec.capacity.value.amount:,} {rec.capacity.value.unit}" if rec.capacity else "",
                  _money(rec.investment) if rec.investment else "",
                  f"{_q(rec.jobs)}{rec.jobs.value:,} jobs" if rec.jobs else "",
                  f"start {rec.start.value}" if rec.start else "", f"completion {rec.completion.value}"
                  if rec.completion else ""]
    elif rec.type == "statement":
        parts += [f"by {_name(rec.speaker.value, base, by_id)}" if rec.speaker else "",
                  f"at {_name(rec.at.value, base, by_id)}" if rec.at else ""]
    elif rec.type == "statistic":
        parts += [_money(rec.value) if rec.value and hasattr(rec.value.value, "currency") else
                  (f"{rec.value.value}" if rec.value else ""), rec.period.value if rec.period else "",
                  f"{'+' if rec.change.value.direction == 'up' else '-'}{rec.change.value.amount} %"
                  if rec.change else ""]
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


_QUALIFIER_TEXT = {"about": "about ", "nearly": "nearly ", "more_than": "more than ", "at_least": "at least ",
                   "up_to": "up to "}


def _q(cited) -> str:
    return _QUALIFIER_TEXT.get(cited.qualifier or "", "")


def _money(cited) -> str:
    m = cited.value
    return f"{_q(cited)}{m.amount:,} {m.currency}"
