"""A follow-up's references ("it", "he", "они", "onun", "这个电站"): what each can stand for, and where it is."""
from __future__ import annotations

from collections.abc import Callable

from ..language.lexicon import lexicon
from ..understanding.analysis import Analysis


def _matches(a: Analysis) -> list:
    matches = lexicon(a.lang).references.find(a.seq)
    if a.lang != "en":
        matches += lexicon("en").references.find(a.seq)
    return matches


def references(a: Analysis, stopwords: frozenset[str]) -> tuple[set[str], set[int]]:
    """What the question's references can stand for, and where they are."""
    matches = _matches(a)
    spans = [(m.start, m.end) for m in matches]
    kept = [m for m in matches if not any(s <= m.start and m.end <= e and e - s > m.end - m.start
                                          for s, e in spans)]
    named_at = {p for m in a.mentions.values() for p in m.positions if not m.via_kind}
    kept = [m for m in kept if not set(range(m.start, m.end)) & named_at]
    # a demonstrative before a kind noun ("that ministry", "это министерство", "bu nazirlik", "该部")
    # refers by that kind noun: the question is read as naming the kind ("the ministry")
    kind_at = {p for m in a.mentions.values() if m.via_kind for p in m.positions}
    kept = [m for m in kept if not (m.label == "this" and before_kind(a, m.end, kind_at))]
    # ... and before another noun ("这个电站", "this plant") stands for a thing, not a person
    stop = stopwords | lexicon(a.lang).stopwords
    # (not before a word that asks what is asked: "тот работает", that one works, is a pronoun before its verb)
    cued = {c.start for c in lexicon(a.lang).cues.find(a.seq) if not c.label.startswith("q_")}
    nouned = {m.start for m in kept if m.label == "this" and m.end < len(a.seq) and a.seq[m.end] not in stop
              and not a.seq[m.end].isdigit() and m.end not in named_at and m.end not in cued
              and (len(a.seq[m.end]) > 1 or a.lang == "zh")}
    # (the noun a demonstrative stands before is part of the reference: "that month" says no month of its own)
    return ({("thing" if m.start in nouned else "any") if m.label == "this" else _AS.get(m.label, m.label)
             for m in kept}, {p for m in kept for p in range(m.start, m.end + (m.start in nouned))})


def before_kind(a: Analysis, end: int, kind_at: set[int]) -> bool:
    """Does a kind noun follow a demonstrative that ends at `end` ("that ministry"), in Chinese past the classifier
    between them ("这条走廊", this corridor)?"""
    return end in kind_at or a.lang == "zh" and end + 1 in kind_at and end < len(a.seq) and len(a.seq[end]) == 1


_AS = {"with": "any"}  # "onunla", "с ним" (with it, with him): a reference like any other, but see refers_within


def refers_within(a: Analysis, refs: set[str], positions: set[int], is_person: Callable[[str], bool],
                  among: frozenset[str] | None = None) -> bool:
    """Can the question's references stand for things it names before them: several for "they",
    a person for "he", a thing for "it", anything for "его"? Never one that says "with" ("onunla", "с ним"): the
    thing named is one side, the reference the other. (`among`: things it names by their own words, however
    weakly, that may be the ones meant.)"""
    matches = _referring(a, positions)
    if any(m.label == "with" for m in matches):
        return False  # "AZPROMO onunla memorandumu harada imzalayıb?": "with it" is the other side, not AZPROMO
    start = reference_start(a, positions)
    before = [m.entity for m in a.mentions.values() if m.first < start
              and (m.named or among is not None and m.entity in among and not m.via_kind)]
    people = [e for e in before if is_person(e)]
    fits = {"plural": len(before) >= 2, "person": bool(people), "thing": len(people) < len(before),
            "any": bool(before)}
    return all(fits.get(r, False) for r in refs)


def _referring(a: Analysis, positions: set[int]) -> list:
    """The question's references at `positions` that stand for something (not an ellipsis's "what about")."""
    return [m for m in _matches(a) if m.label != "ellipsis" and m.start in positions]


def reference_start(a: Analysis, positions: set[int]) -> int:
    """Where the question's first reference that stands for something begins (0 when it has none)."""
    return min((m.start for m in _referring(a, positions)), default=0)
