"""Overviews: "Tell me about X" gets a short profile (the record's summary: its few most telling
facts), and the rest of what is known about X is one tap away ("More" on Telegram, /more in the
terminal chat): further facts in the order that describes a thing best, each with its source."""
from __future__ import annotations

from ..facts.atoms import Fact, value_ids
from ..facts.models import Cited
from .phrasing import DERIVED, _capitalize
from .render import Renderer

MORE_FACTS = 8  # facts the "more" part adds at most (one Telegram message)


def more_facts(r: Renderer, summary: Fact, shown: str) -> list[tuple[Fact, str]]:
    """The facts (with their sentences) about the summary's record that the profile `shown` does not
    say: neither the sentence itself nor, for a fact naming things, all it names."""
    rid = summary.subject
    out: list[tuple[Fact, str]] = []
    said = shown
    names = sorted({_capitalize(r.name(rid, full=full)) for full in (False, True)}, key=len, reverse=True)
    for f in r.about_facts(rid, limit=3 * MORE_FACTS, skip=set(DERIVED)):
        if f.attribute.startswith("age_at:"):
            continue
        text = r.body(f)
        if not text or _said(text, said, names) or _values_said(r, f, rid, said):
            continue
        said += " " + text
        out.append((f, text))
        if len(out) == MORE_FACTS:
            break
    return out


def _said(text: str, said: str, names: list[str]) -> bool:
    """Is the sentence already there, perhaps as "It ..." (how a profile chains its sentences)?"""
    if text in said:
        return True
    return any(text.startswith(n + " ") and ("It" + text[len(n):]) in said for n in names)


def _values_said(r: Renderer, f: Fact, rid: str, said: str) -> bool:
    """Does the text already name everything the fact's value is ("founded by the Ministry of
    Economy" said, the founder is no news)? Only for values that are names or short words."""
    ids = [v for v in value_ids(f, r.index.base) if v != rid]
    if ids:
        return all(r.name(v) in said or r.name(v, full=True) in said for v in ids)
    value = getattr(r.index.base.get(f.subject), f.attribute, None)
    if isinstance(value, Cited) and isinstance(value.value, str) and len(value.value.split()) <= 3:
        return r.text(value) in said
    return False
