"""A follow-up that names only another year ("What about 2025?", "Bəs 2023-cü ildə?", "那2022年呢？"): the
same question about the record of that year, of the same kind as the one talked about (a statistic of
2024 -> that statistic of 2025), found by its name; never the record talked about, whose year it is not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts.factbase import FactBase
from ..language.text import stem, tokens
from ..language.lexicon import lexicon
from ..understanding.analysis import CONNECTIVES, Analysis
from ..understanding.periods import (_words as period_words, chinese_part_said, months_said, says_a_part,
                                     says_period)

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
    own = years_of(topic, base)
    if years <= own and _another_part(a, topic, base):
        return own  # "那2024年第一季度呢？", "and in the first quarter of that year?" after 2024's figure: a part of it
    if not years or years <= own:
        return frozenset()
    if a.attribute_tags - CONNECTIVES and years <= years_of(topic, base, facts):  # ("and" asks nothing itself)
        return frozenset()
    return years


def _another_part(a: Analysis, topic: str, base: FactBase) -> bool:
    """Does the question, about a statistic of one year, name a part of a year (a quarter, a half, a month: not an
    ordinal alone, "who reported it first?") its period is not?"""
    rec = base.get(topic)
    nouns = _part_nouns(a.lang)  # (a stem cut one letter apart is the same word: "квартал", "кварта")
    named = (a.lang == "zh" and chinese_part_said(a.seq) or bool(months_said(a))
             or any(s in nouns or len(s) > 4 and s[:-1] in nouns for s in a.seq))
    return (rec is not None and rec.type == "statistic" and len(years_of(topic, base)) == 1 and named
            and not _part_said(a, rec))


def _months_in(words: list[str], lang: str) -> set[int]:
    """The months (as numbers) these stems name in `lang` or English, a name with a case ending too."""
    out = set()
    for code in dict.fromkeys((lang, "en")):
        for n, name in enumerate(lexicon(code).messages.get("months") or [], 1):
            for t in tokens(str(name)):
                m = stem(t)
                if not m.isdigit() and len(m) >= 3 and any(w == m or len(w) > len(m) and w.startswith(m) for w in words):
                    out.add(n)
    return out


@lru_cache(maxsize=8)
def _part_nouns(lang: str) -> frozenset[str]:
    """The words that name a part of a year in `lang` or English whatever its number: the words all quarters' (or
    both halves') phrases share that a month's phrase does not ("quarter", "квартал", "rübü")."""
    out: set[str] = set()
    for code in dict.fromkeys((lang, "en")):
        stop = lexicon(code).stopwords
        t = {k: str(v) for k, v in (lexicon(code).messages.get("period") or {}).items()}
        month = period_words(t.get("month", ""), stop) | period_words(t.get("year", ""), stop)
        for grain, n in (("quarter", 4), ("half", 2)):
            phrases = [period_words(t.get(f"{grain}{i}", ""), stop) for i in range(1, n + 1)]
            if all(phrases):
                out |= set.intersection(*phrases) - month
    return frozenset(out)  # (a month's name only beside a number, months_said: "may I ask")


def _name_words(rec) -> frozenset[str]:
    name = _BRACKETS.sub(" ", getattr(rec, "name", "") or "")
    return frozenset(stem(t) for t in tokens(name) if not t.isdigit() and len(t) > 1)


def of_year(topic: str, years: frozenset[str], base: FactBase, kin: list[str], a: Analysis | None = None) -> str | None:
    """The record of `years` in the series `topic` is one of: same type and kind, a name of mostly the same
    words (years aside) that states those years. Of several, the one whose name shares most words, then
    the one of a whole year (no quarter or months: its name has no other number). `kin`: the ids of the
    records of its kind. When the question `a` says a part of a year ("那2024年第一季度呢？", "and in the first
    quarter of 2023?"), one whose period is the part it says comes first (a whole year's is no quarter's)."""
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
        key = (_part_said(a, other), shared, -parts, other.id)
        if best is None or key[:3] > best[:3]:
            best = key
    if best is not None and not best[0] and _says_a_part(a):
        return None  # a part of a year asked that no record of the series is of: never the whole year's
    return best[3] if best else None


_QUARTER = re.compile(r"\b([QH][1-4])\b")


def _says_a_part(a: Analysis | None) -> bool:
    return a is not None and (says_a_part(a) or a.lang == "zh" and chinese_part_said(a.seq))


def _part_said(a: Analysis | None, rec) -> bool:
    """Does the question say a part of a year, and is it the part of a year `rec`'s period covers (its period, else
    the quarter or half its name says: "Q1 2023")?"""
    if not _says_a_part(a):
        return False
    value = str(getattr(getattr(rec, "period", None), "value", "") or "")
    if not value:
        name = getattr(rec, "name", "") or ""
        part, year = _QUARTER.search(name), _YEAR.search(name)
        if not (part and year):  # ("January 2026": the months its name says, "yanvarında" of them)
            return bool(_months_in(a.seq, a.lang) & _months_in([stem(t) for t in tokens(name)], "en"))
        value = f"{year.group(0)}-{part.group(1)}"
    return not _YEAR.fullmatch(value) and says_period(a, value)
