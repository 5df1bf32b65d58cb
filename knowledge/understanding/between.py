"""Days between two dated things a question names ("how many days passed between the signing of the loan and
the groundbreaking of the plant?"): a fact made for the question from the two records' own dates, never stored
(every pair of dated records would be too many). Only a question that asks a number of days and names two
things clearly, each with a date to the day, gets one; a thing named twice (two articles' records) is one.
"""
from __future__ import annotations

from ..facts.atoms import Fact, event_date, is_day
from ..facts.factbase import FactBase
from ..facts.values import day_of
from .analysis import Analysis
from .index import FactIndex

DATED_TYPES = frozenset({"event", "agreement"})
ATTRIBUTE = "days_between"
FIRST = "came_first"  # "which came first, A or B?": the earlier of the two is the fact's subject


def dated(rid: str, base: FactBase):
    """The record's date to the day (an event's own, or that of the event it was part of), as its Cited."""
    rec = base.get(rid)
    if getattr(rec, "type", None) not in DATED_TYPES:
        return None
    cited = event_date(rec, base) if rec.type == "event" else rec.date
    return cited if cited is not None and is_day(cited) else None


def days_between(a: Analysis, index: FactIndex) -> Fact | None:
    """The days-between fact of the two things the question names, first named first (for "which came first",
    the earlier first); None unless it asks a number of days or which came first and names exactly two dated
    things (not by kind nouns, nor in a relative clause's aside)."""
    first = "came_first" in a.tags
    if not ("days" in a.tags or first) or a.polar:
        return None
    named = sorted((m for m in a.mentions.values() if m.named and not a.subordinate(m)), key=lambda m: m.first)
    things: dict[str, object] = {}  # each thing named, with its date
    for m in named:
        if any(index.same_thing(m.entity, t) or m.positions <= a.mentions[t].positions for t in things):
            continue
        cited = dated(m.entity, index.base)
        if cited is not None:
            things[m.entity] = cited
        elif any(dated(r, index.base) is not None for r in _dated_parts(m.entity, index)):
            return None  # a named thing that is dated only through its parts: which date is meant is not said
    if len(things) != 2:
        return None
    (one, d1), (other, d2) = things.items()
    if day_of(d1.value) == day_of(d2.value):
        return None
    if first and day_of(d2.value) < day_of(d1.value):
        one, other, d1, d2 = other, one, d2, d1
    attribute = FIRST if first else ATTRIBUTE
    return Fact(one, index.base.get(one).type, f"{attribute}:{other}", frozenset({one, other}), (d1, d2))


def _dated_parts(rid: str, index: FactIndex) -> list[str]:
    return [f.subject for f in index.by_related.get(rid, ()) if f.attribute == "date"]
