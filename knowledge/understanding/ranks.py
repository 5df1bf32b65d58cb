"""The rank a person's role states. A deputy ("Deputy Director General", "vice chairman") is not the head of the
organization he works for: asked who heads, chairs or directs an organization (a head cue and no deputy cue), the
facts of its deputies are no answer, whatever else fits ("Who is the chairman of the NDRC?" is its chairman, never
its deputy director general; "Who is the director of the department?" is not its deputy director). The words that
make a role no head's are those that keep a head from being derived from a role (facts/atoms.py)."""
from __future__ import annotations

from ..facts.atoms import Fact, role_not_head, value_ids
from ..language.lexicon import lexicon
from .analysis import Analysis
from .index import FactIndex


def asks_the_head(a: Analysis) -> bool:
    """Does the question ask who heads something, not who is its deputy?"""
    return "head" in a.tags and "deputy" not in a.tags


def deputy_of_a_named(index: FactIndex, fact: Fact, a: Analysis, cache: dict[str, bool]) -> bool:
    """Is `fact` a person's whose role states a deputy rank, while the question names the organization he works
    for (the one whose head it asks) and not him apart from it ("what is Wu in charge of at the NDRC?" asks of
    him)? `cache` keeps each person's answer for one question."""
    if fact.rtype != "person":
        return False
    found = cache.get(fact.subject)
    if found is None:
        found = cache[fact.subject] = _deputy_at_a_named(index, fact.subject, a)
    return found


def _deputy_at_a_named(index: FactIndex, pid: str, a: Analysis) -> bool:
    facts = index.by_subject.get(pid, ())
    works_for = {e for f in facts if f.attribute == "organization" for e in value_ids(f, index.base)}
    if not works_for & a.mentions.keys():
        return False
    m = a.mentions.get(pid)
    if m is not None:  # (named by the words of his role and organization only, he is what is asked, not named)
        covered = {p for e in works_for & a.mentions.keys() for p in a.mentions[e].positions}
        covered |= {p for code in dict.fromkeys((a.lang, "en")) for c in lexicon(code).cues.find(a.seq)
                    if c.label in ("head", "deputy", "role") for p in range(c.start, c.end)}
        if m.positions - covered:
            return False
    roles = [c.value for f in facts if f.attribute == "role" for c in f.evidence
             if isinstance(getattr(c, "value", None), str)]
    return any(role_not_head(text) for text in roles)
