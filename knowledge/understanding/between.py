"""Days between two dated things a question names ("how many days passed between the signing of the loan and
the groundbreaking of the plant?"): a fact made for the question from the two records' own dates, never stored
(every pair of dated records would be too many). Only a question that asks a number of days and names two
things clearly, each with a date to the day, gets one; a thing named twice (two articles' records) is one.
A record of any type is dated by its schema: an event, an agreement or a statement by its date, a project by
the one of its start and completion that is a day.
"""
from __future__ import annotations

import datetime as dt

from ..facts.atoms import Fact, event_date, is_day
from ..facts.factbase import FactBase
from ..facts.values import day_of
from .analysis import Analysis
from .index import FactIndex
from .names import Mention

DATED_TYPES = frozenset({"event", "agreement", "statement", "project"})
ATTRIBUTE = "days_between"
YEARS = "years_between"
FIRST = "came_first"  # "which came first, A or B?": the earlier of the two is the fact's subject
WEAKLY_NAMED = 0.5  # a name said in part ("the XNET investment agreement") still names a thing of the two


def dated(rid: str, base: FactBase):
    """The record's date to the day (an event's own, or that of the event it was part of; the one day of a
    project's start and completion), as its Cited."""
    rec = base.get(rid)
    kind = getattr(rec, "type", None)
    if kind not in DATED_TYPES:
        return None
    if kind == "project":
        days = [c for c in (rec.start, rec.completion) if is_day(c)]
        return days[0] if len(days) == 1 else None
    cited = event_date(rec, base) if kind == "event" else rec.date
    return cited if cited is not None and is_day(cited) else None


def yeared(rid: str, base: FactBase):
    """The record's year, as its Cited: an organization's founding year, or the date of a dated record that is
    a day or a year alone (not a month or a quarter: which year part is meant would need its own sums)."""
    rec = base.get(rid)
    kind = getattr(rec, "type", None)
    if kind == "organization":
        return rec.founded
    cited = dated(rid, base)
    if cited is None and kind in DATED_TYPES and kind != "project":
        cited = event_date(rec, base) if kind == "event" else rec.date
    return cited if cited is not None and year_of(cited) is not None else None


def year_of(cited) -> int | None:
    """The year a founding year, a day or a year alone ("2027") says; None for a month or a period."""
    value = cited.value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date):
        return value.year
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) == 4 else None


def years_between(a: Analysis, index: FactIndex) -> Fact | None:
    """The years between two things the question names, one of them dated by a year alone (an organization's
    founding: "how many years older is X than Y?", "how many years after X was Y founded?", "which was
    established first?"); None unless it asks how long or which came first and names exactly two things with
    a year each, in different years."""
    first = "came_first" in a.tags
    if not ("howlong" in a.tags and "days" not in a.tags or first) or a.polar:
        return None
    got = _two_things(a, index, yeared)
    if got is None or all(is_day(c) for _, c in got):
        return None  # (two days: the days between them answer, not their years)
    (one, d1), (other, d2) = got
    if _aged_at(one, other, index) or _aged_at(other, one, index):
        return None  # ("how old was AZPROMO at the conference?": its age then, a fact of its own, answers)
    if year_of(d1) == year_of(d2):
        return None
    if first and year_of(d2) < year_of(d1):
        one, other, d1, d2 = other, one, d2, d1
    attribute = FIRST if first else YEARS
    return Fact(one, index.base.get(one).type, f"{attribute}:{other}", frozenset({one, other}), (d1, d2))


def _aged_at(org: str, event: str, index: FactIndex) -> bool:
    return any(f.attribute == f"age_at:{event}" for f in index.by_subject.get(org, ()))


def days_between(a: Analysis, index: FactIndex) -> Fact | None:
    """The days-between fact of the two things the question names, first named first (for "which came first",
    the earlier first); None unless it asks a number of days or which came first and names exactly two dated
    things (not by kind nouns, nor in a relative clause's aside)."""
    first = "came_first" in a.tags
    if not ("days" in a.tags or first) or a.polar:
        return None
    got = _two_things(a, index, dated)
    if got is None:
        return None
    (one, d1), (other, d2) = got
    if day_of(d1.value) == day_of(d2.value):
        return None
    if first and day_of(d2.value) < day_of(d1.value):
        one, other, d1, d2 = other, one, d2, d1
    attribute = FIRST if first else ATTRIBUTE
    return Fact(one, index.base.get(one).type, f"{attribute}:{other}", frozenset({one, other}), (d1, d2))


def _two_things(a: Analysis, index: FactIndex, when) -> list[tuple[str, object]] | None:
    """The two things the question names, each with its date as `when` reads it (`dated`, `yeared`); None
    unless exactly two, not read into one kind noun."""
    things: dict[str, object] = {}  # each thing named, with its date
    for m in _named_things(a, index, when):
        cited = when(m.entity, index.base)
        if cited is None:  # (a thing reported twice is dated by the report that dates it: YLAG's founding in one)
            cited = next((c for t in sorted(index.twins.get(m.entity, ())) if (c := when(t, index.base)) is not None),
                         None)
        if any(index.same_thing(m.entity, t) or a.mentions[t].positions == m.positions and _same_when(cited, d)
               for t, d in things.items()):
            continue  # (another report of a thing taken, or one named by the same words the same day)
        if cited is not None:
            things[m.entity] = cited
        elif any(dated(r, index.base) is not None for r in _dated_parts(m.entity, index)):
            return None  # a named thing that is dated only through its parts: which date is meant is not said
    if len(things) != 2 or _share_a_kind_noun(*(a.mentions[t] for t in things), a):
        return None
    return list(things.items())


def _named_things(a: Analysis, index: FactIndex, when) -> list[Mention]:
    """The things the question names by their own words, in the order it names them: not a name said only
    within a longer one ("SJAG" of "SJAG's board approval": the approval is named), nor what a relative clause
    says aside. A thing named only in part ("the XNET investment agreement") counts when it is dated, says
    words no clearer name explains (not "the agreement ... the forum" of two other things' words) and no other
    thing is named by its words as strongly."""
    said = [m for m in a.mentions.values()
            if not m.via_kind and m.strength >= WEAKLY_NAMED and m.positions and not a.subordinate(m)]
    clear = [m for m in said if m.named and not any(_part_of(m, o, a, index) and (o.named or _party_of(m, o, index))
                                                     for o in said)]
    explained = frozenset().union(*(m.positions for m in clear))
    weak = _outermost([m for m in said if not m.named and _type(m, index) in DATED_TYPES and m.positions - explained
                       and when(m.entity, index.base) is not None and not _said_alike(m, said, index, when)
                       and not any(_share_a_kind_noun(m, o, a) for o in said if not _one_for_days(m, o, index, when))],
                      a, index)
    return sorted(_outermost(clear + weak, a, index), key=lambda m: m.first)


def _type(m: Mention, index: FactIndex) -> str | None:
    return getattr(index.base.get(m.entity), "type", None)


def _party_of(m: Mention, o: Mention, index: FactIndex) -> bool:
    """Is `m` a thing of another type than a dated one, named in a dated thing's words (the bank of "the RCB
    loan agreement", even where that agreement is not told apart from another): no thing asked of its own."""
    return _type(o, index) in DATED_TYPES and _type(m, index) not in DATED_TYPES


def _outermost(mentions: list[Mention], a: Analysis, index: FactIndex) -> list[Mention]:
    """The mentions not said as part of another's name."""
    return [m for m in mentions if not any(_part_of(m, o, a, index) for o in mentions)]


GAP = 3  # a name said within another's is said next to its other words, one word or small words apart


def _part_of(inner: Mention, outer: Mention, a: Analysis, index: FactIndex) -> bool:
    """Is `inner` said as a word of `outer`'s name: within its words and next to one of its others ("SJAG's board
    approval")? A name said apart from them ("the RCB loan agreement or the TOG ... agreement" of the memorandum
    between TOG and RCB) is a thing of its own."""
    if not inner.positions < outer.positions:
        return False
    others = outer.positions - inner.positions
    stop = index.stopwords
    return any(abs(p - q) <= 2 or all(a.seq[w] in stop for w in range(min(p, q) + 1, max(p, q)))
               for p in inner.positions for q in others if abs(p - q) <= GAP)


def _share_a_kind_noun(one: Mention, other: Mention, a: Analysis) -> bool:
    """Are two things named by one kind noun of the question ("the RCB loan agreement or the TOG investment
    agreement" read as a memorandum between TOG and RCB and the loan)? Each thing of two has its own: one of
    them is not the thing meant."""
    kind_positions = frozenset().union(*a.kinds_at.values())
    return bool(one.positions & other.positions & kind_positions)


def _said_alike(m: Mention, said: list[Mention], index: FactIndex, when) -> bool:
    """Is another thing named by the same words as `m`, as strongly, and dated otherwise?"""
    return any(o.positions == m.positions and o.strength >= m.strength and not _one_for_days(m, o, index, when)
               for o in said)


def _one_for_days(m: Mention, o: Mention, index: FactIndex, when) -> bool:
    """Are two mentions one thing for a question of days: the same record, two reports of one thing, or two
    things of the same day (the days are the same whichever is meant)?"""
    return (o.entity == m.entity or index.same_thing(o.entity, m.entity)
            or _same_when(when(o.entity, index.base), when(m.entity, index.base)))


def _same_when(one, other) -> bool:
    return one is not None and other is not None and one.value == other.value


def _dated_parts(rid: str, index: FactIndex) -> list[str]:
    return [f.subject for f in index.by_related.get(rid, ()) if f.attribute == "date"]
