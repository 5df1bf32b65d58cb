"""Who reported it ("Which outlet reported that 369 trains used the route in 2024?", "Which news agency reported
the plant deal?"): a fact made for the question, never stored, whose evidence is what the sources say of the
thing the question names, so the answer is those sources' publishers.

The question asks for a publisher (the languages' `publisher` cue) and names something that is not a source.
What it says of that thing is read first as a question of its own (the publisher words left out): when that
reading answers from a fact of the named thing, the sources of that fact reported it. Otherwise every source
that states something of the named thing did, narrowed to the facts that state the numbers the question
says ("369 trains") when some do. A question that names a report itself ("who published the Trend report?")
is left to the report's own facts.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..facts.atoms import Fact, cited_text
from ..language.text import stem, tokens
from ..facts.models import Cited
from .analysis import Analysis
from .index import FactIndex
from .names import NAMED

ATTRIBUTE = "reported_by"
ASKS_PUBLISHER = "publisher"
# the cues that say a report is asked of, not what it reports
_REPORT_TAGS = frozenset({"publisher", "report", "publish", "source"})


def reported_by(a: Analysis, index: FactIndex, decide: Callable[[Analysis], object]) -> Fact | None:
    """The reported-by fact for a question asking who reported something the base knows; None otherwise."""
    if ASKS_PUBLISHER not in a.tags or a.polar:
        return None
    base = index.base
    named = [m.entity for m in a.mentions.values() if not m.via_kind and m.strength >= NAMED]
    if not named or any(getattr(base.get(rid), "type", "") == "source" for rid in named):
        return None
    facts = _facts_reported(a, index, decide, named)
    evidence = _first_each_source(facts)
    if not evidence:
        return None
    subject = facts[0].subject
    return Fact(subject, base.get(subject).type, ATTRIBUTE, frozenset({subject, *(c.source for c in evidence)}),
                evidence)


def _facts_reported(a: Analysis, index: FactIndex, decide: Callable[[Analysis], object],
                    named: list[str]) -> list[Fact]:
    """The facts of the named thing the question is about: the one its own words ask for, or else all of the
    one thing it names (those stating the numbers it says, if any do)."""
    base = index.base
    inner = dataclasses.replace(
        a, tags=a.tags - _REPORT_TAGS, early_q=a.early_q - _REPORT_TAGS, kind_labels=a.kind_labels - {"source"},
        mentions={rid: m for rid, m in a.mentions.items() if getattr(base.get(rid), "type", "") != "source"})
    d = decide(inner)
    fact = getattr(d, "fact", None)
    if getattr(d, "kind", "") == "fact" and fact is not None and fact.subject in named and fact.evidence:
        return [fact, *(v for v in getattr(d, "variants", ()) if v.evidence)]
    strongest = max(m.strength for m in a.mentions.values() if m.entity in named)
    best = [rid for rid in named if a.mentions[rid].strength >= strongest - 1e-9]
    things = [rid for i, rid in enumerate(best) if not any(index.same_thing(rid, o) for o in best[:i])]
    if len(things) == 1:  # its own facts and those of things that refer to it
        records = [rid for rid in named if index.same_thing(rid, things[0])]
        pool = [f for rid in records for lists in (index.by_subject, index.by_related) for f in lists.get(rid, ())]
    else:  # "... that EZDA and Datang signed a memorandum": the facts that link them all
        pool = [f for f in index.by_related.get(things[0], ())
                if all(rid == f.subject or rid in f.related for rid in things[1:])]
    return _stating_most([f for f in pool if f.evidence and f.attribute != "summary"], a, index)


def _stating_most(pool: list[Fact], a: Analysis, index: FactIndex) -> list[Fact]:
    """Of the facts about the named thing (its own and those of things that refer to it), those that state the
    most of what else the question says, its numbers and its other words ("board approved" of the board's
    approval, not of the plant); all of its own when it says nothing else, none when no fact says any of it."""
    words, numbers = set(a.residual), a.numbers
    if not words and not numbers:
        return pool
    best, score = [], 0
    for f in pool:
        said = index.name_stems(f.subject) | {stem(t) for c in f.evidence for t in tokens(cited_text(c))}
        got = len(words & said) + len(numbers & index.numbers_of(f))
        if got > score:
            best, score = [f], got
        elif got == score and got:
            best.append(f)
    return best


def _first_each_source(facts: list[Fact]) -> tuple:
    """The facts' citations, one per source, in the order the facts give them."""
    seen: dict[str, object] = {}
    for f in facts:
        for cited in f.evidence:
            for c in cited.all_citations() if isinstance(cited, Cited) else (cited,):
                seen.setdefault(c.source, c)
    return tuple(seen.values())
