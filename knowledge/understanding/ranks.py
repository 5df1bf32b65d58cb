"""The rank a person's role states. A deputy ("Deputy Director General", "vice chairman") is not the head of the
organization he works for: asked who heads, chairs or directs an organization (a head cue and no deputy cue), the
facts of its deputies are no answer, whatever else fits ("Who is the chairman of the NDRC?" is its chairman, never
its deputy director general; "Who is the director of the department?" is not its deputy director). The words that
make a role no head's are those that keep a head from being derived from a role (facts/atoms.py)."""
from __future__ import annotations

from ..facts.atoms import Fact, cited_text, role_not_head, value_ids
from ..language.lexicon import lexicon
from ..language.text import stem, tokens
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


def asked_by_title(index: FactIndex, fact: Fact, a: Analysis) -> bool:
    """Does the question ask who a person is, naming him only by his title ("Who is the mayor of Xi'an?", "Who is the
    director of the state agency for renewable energy?")? Then his role, which says he holds it, answers. Only when
    the words naming him are his role's words (in any of its reports), not his name's, among them a title of office
    (the language file's `titles`), and the question says nothing more than who: no word left over, and every cue it
    says is a word of that title ("who did the mayor meet?" asks another thing of him)."""
    if fact.key != "person.role" or "q_who" not in a.early_q or a.residual or a.polar:
        return False
    m = a.mentions.get(fact.subject)
    if m is None or m.via_kind or not m.positions:
        return False
    said = {a.seq[p] for p in m.positions}
    title = {stem(w) for c in fact.evidence for w in tokens(cited_text(c))}
    if not said <= title or said <= index.name_stems(fact.subject):
        return False
    if not any(said & lexicon(code).titles for code in dict.fromkeys((a.lang, "en"))):
        return False  # (a title of office the language file lists: "mayor", "director", "secretary")
    covered = set(m.positions)
    for code in dict.fromkeys((a.lang, "en")):
        for c in lexicon(code).cues.find(a.seq):
            if not c.label.startswith("q_") and not set(range(c.start, c.end)) <= covered:
                return False
    return True
