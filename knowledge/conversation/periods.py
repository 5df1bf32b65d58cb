"""A follow-up that names only another year ("What about 2025?", "Bəs 2023-cü ildə?", "那2022年呢？"): the
same question about the record of that year, of the same kind as the one talked about (a statistic of
2024 -> that statistic of 2025), found by its name; never the record talked about, whose year it is not.
"""
from __future__ import annotations

import re

from ..facts.factbase import FactBase
from ..language.text import stem, tokens
from ..understanding.analysis import CONNECTIVES, Analysis

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]")
SAME_NAME = 0.6  # share of the words (years aside) two names must share to be one series


def asked_years(a: Analysis) -> frozenset[str]:
    return frozenset(n for n in a.numbers if _YEAR.fullmatch(n))


def years_of(rid: str, base: FactBase, facts=()) -> frozenset[str]:
    """The years a record's name and period state, and with `facts`, its values ("up 21% on 2023"; not
    the dates its sources were published)."""
    rec = base.get(rid)
    texts = [getattr(rec, "name", "") or ""]
    period = getattr(rec, "period", None)
    if period is not None:
        texts.append(str(getattr(period, "value", "")))
    for f in facts:
        texts += [str(getattr(c, "value", "")) for c in f.evidence]
    return frozenset(y for t in texts for y in _YEAR.findall(t))


def another_year(a: Analysis, topic: str, base: FactBase, facts) -> frozenset[str]:
    """The years the question asks that are not the topic's: not its own (name, period) when the question
    asks nothing else ("А 2022?"), and none its facts state when it does ("how does that compare with 2023?")."""
    years = asked_years(a)
    if not years or years <= years_of(topic, base):
        return frozenset()
    if a.attribute_tags - CONNECTIVES and years <= years_of(topic, base, facts):  # ("and" asks nothing itself)
        return frozenset()
    return years


def _name_words(rec) -> frozenset[str]:
    name = _BRACKETS.sub(" ", getattr(rec, "name", "") or "")
    return frozenset(stem(t) for t in tokens(name) if not t.isdigit() and len(t) > 1)


def of_year(topic: str, years: frozenset[str], base: FactBase, kin: list[str]) -> str | None:
    """The record of `years` in the series `topic` is one of: same type and kind, a name of mostly the same
    words (years aside) that states those years. Of several, the one whose name shares most words, then
    the one of a whole year (no quarter or months: its name has no other number). `kin`: the ids of the
    records of its kind."""
    rec = base.get(topic)
    if rec is None:
        return None
    words = _name_words(rec)
    kind = getattr(rec, "kind", None)
    best: tuple[float, int, str] | None = None
    for rid in kin:
        other = base.get(rid)
        if other is None or other.id == topic or other.type != rec.type or getattr(other, "kind", None) != kind:
            continue
        name = getattr(other, "name", "") or ""
        if not years <= set(_YEAR.findall(name)):
            continue
        theirs = _name_words(other)
        shared = len(words & theirs) / max(len(words | theirs), 1)
        if shared < SAME_NAME:
            continue
        parts = len(re.findall(r"\d+", _BRACKETS.sub(" ", name)))
        key = (shared, -parts, other.id)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None
