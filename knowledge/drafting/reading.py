"""First pass over the article: every organization, event and person it names, and where.

Each sentence gets its references (`Ref`): names, acronyms standing alone, and the
kind nouns that point back to a thing named before ("the conference", "the agency").
Names the fact base already holds become links to those records.
"""
from __future__ import annotations

import re

from .lexicon import COUNTRY_OF, EVENT_KINDS, NOT_ACRONYMS, ORG_HEADS, ORG_KINDS
from .link import Linker, name_key
from .mentions import Mention, acronym_mentions, name_mentions, person_mentions, unnamed_events
from .sentences import Sentence
from .things import Ref, Thing

_ORG_NOUNS = {h.lower() for h in ORG_HEADS if h.isalpha() and not h.isupper()} - {"co", "capital", "government"}
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?P<noun>conference|forum|summit|exhibition|expo|fair|event|meeting|"
                      r"session|round table|roundtable|ceremony|" + "|".join(sorted(_ORG_NOUNS)) + r")\b",
                      re.IGNORECASE)
# the words before an event that a meeting or a signing was part of: "during the", "on the sidelines of"
WITHIN = re.compile(r"(?:[Dd]uring|sidelines of|framework of|\bat|[Ww]ithin|\bon)\s+(?:the\s+)?$")
_CAPS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,9})(?![\w-])")


class Reading:
    """The things of one article and, per sentence, where they are named."""

    def __init__(self, sentences: list[Sentence], linker: Linker) -> None:
        self.sentences = sentences
        self.linker = linker
        self.things: list[Thing] = []
        self.by_key: dict[tuple[str, str], Thing] = {}
        self.acronyms: dict[str, Thing] = {}
        self.refs: dict[int, list[Ref]] = {}
        self.people: dict[int, list] = {}
        self.dateline_place: str | None = None  # where "here" is
        self.meetings: list[tuple[Thing, int]] = []  # each meeting and the index of its sentence
        self._read()

    def thing(self, type_: str, name: str, sentence: Sentence, **kw) -> Thing:
        key = (type_, name_key(name))
        found = self.by_key.get(key)
        if found is None:
            types = ("organization",) if type_ == "organization" else (type_,)
            found = Thing(type_, name, sentence, existing=self.linker.find(name, types), written=name, **kw)
            self.by_key[key] = found
            self.things.append(found)
        return found

    def _read(self) -> None:
        for s in self.sentences:
            refs: list[Ref] = []
            for m in name_mentions(s.text):
                refs.append(Ref(self._named(m, s), m.start, m.span_end))
            for name, kind, start, end in unnamed_events(s.text):
                if not any(r.start < end and start < r.end for r in refs):
                    refs.append(Ref(self.thing("event", name, s, kind=kind, confidence=0.6), start, end))
            self.refs[s.index] = refs
        self._expand_acronyms()
        # acronyms alone, once every definition "(NDRC)" is known; then kind nouns pointing back
        known = set(self.acronyms) | set(self.linker.acronyms)
        for s in self.sentences:
            refs = self.refs[s.index]
            for acr, start, end in acronym_mentions(s.text, known):
                if any(r.start <= start < r.end for r in refs):
                    continue
                thing = self.acronyms.get(acr) or self._existing_acronym(acr, s)
                refs.append(Ref(thing, start, end))
            for p in person_mentions(s.text):
                if any(r.start < p.end and p.start < r.end for r in refs):
                    continue
                person = self.thing("person", p.name, s, confidence=0.85 if p.role else 0.6)
                refs.append(Ref(person, p.start, p.end))
                self.people.setdefault(s.index, []).append((person, p))
            refs.sort(key=lambda r: r.start)
        self._surnames()

    def _surnames(self) -> None:
        """A surname alone ("Karimova met with ...") names the one person of the article with that surname."""
        by_last: dict[str, list[Thing]] = {}
        for t in self.things:
            if t.type == "person":
                by_last.setdefault(t.name.split()[-1], []).append(t)
        for s in self.sentences:
            refs = self.refs[s.index]
            for m in re.finditer(r"(?<![\w-])([A-Z][a-zà-ÿəğışçöü]+)(?![\w-])", s.text):
                people = by_last.get(m.group(1), [])
                if (len(people) == 1 and people[0].first.index <= s.index
                        and not any(r.start <= m.start() < r.end for r in refs)):
                    refs.append(Ref(people[0], m.start(), m.end()))
            refs.sort(key=lambda r: r.start)

    def resolve_anaphora(self) -> None:
        """Kind nouns ("the conference", "the meeting") as references to the thing named before."""
        for s in self.sentences:
            refs = self.refs[s.index]
            for m in _ANAPHOR.finditer(s.text):
                if any(r.start <= m.start("noun") < r.end for r in refs):
                    continue
                target = self._antecedent(m.group("noun").lower(), s)
                if target is not None:
                    refs.append(Ref(target, m.start(), m.end()))
            refs.sort(key=lambda r: r.start)

    def _named(self, m: Mention, s: Sentence) -> Thing:
        kind = (EVENT_KINDS.get(m.head.lower(), m.head.lower()) if m.kind == "event"
                else ORG_KINDS.get(m.head, m.head.lower()))
        thing = self.thing(m.kind, m.text, s, kind=kind, confidence=0.9 if m.acronym else 0.75)
        if m.country:
            thing.set("country", COUNTRY_OF.get(m.country, m.country), s)
        if m.based_in:
            thing.set("based_in", m.based_in, s)
        if m.acronym and m.kind == "organization":
            if thing.acronym is None:
                thing.acronym = m.acronym
                thing.written = s.text[m.start:m.span_end]
                if thing.existing is None:
                    thing.existing = self.linker.find(m.acronym, ("organization",))
            self.acronyms.setdefault(m.acronym, thing)
        return thing

    def _expand_acronyms(self) -> None:
        """Capitals never defined in brackets: "YPG, or Yunlan Photonic Glass Co., Ltd.", or spelled out by
        initials somewhere in the article ("Caspian Dragon Electric Vehicles ... known as CDEV")."""
        orgs = [t for t in self.things if t.type == "organization"]
        for s in self.sentences:
            for m in _CAPS.finditer(s.text):
                acr = m.group(1)
                if acr in self.acronyms or acr in self.linker.acronyms or acr in NOT_ACRONYMS or acr in COUNTRY_OF:
                    continue
                defined = next((r.thing for r in self.refs[s.index] if r.thing.type == "organization"
                                and s.text[m.end():r.start] == ", or "), None)
                defined = defined or next((t for t in orgs if _initials(t.name) == acr), None)
                if defined is None:
                    spelled = _spelled_out(acr, self.sentences)
                    if spelled is None:
                        continue
                    name, where = spelled
                    defined = self.thing("organization", name, where, confidence=0.7)
                    self.refs[where.index].append(Ref(defined, where.text.index(name),
                                                      where.text.index(name) + len(name)))
                if defined.acronym is None:
                    defined.acronym = acr
                    if defined.existing is None:
                        defined.existing = self.linker.find(acr, ("organization",))
                self.acronyms.setdefault(acr, defined)

    def _existing_acronym(self, acr: str, s: Sentence) -> Thing:
        rid = self.linker.acronyms[acr]
        rec = self.linker.base.get(rid)
        thing = self.thing(rec.type, getattr(rec, "name", acr), s)
        thing.existing = rid
        self.acronyms[acr] = thing
        return thing

    def _antecedent(self, noun: str, s: Sentence) -> Thing | None:
        """The latest thing of that kind named up to this sentence ("the event": any event)."""
        best = None
        for t in self.things:
            if t.first.index > s.index:
                continue
            if noun in ("event",) and t.type == "event" and t.kind != "meeting":
                best = best or t
            elif noun in ("meeting", "session") and t.type == "event" and t.kind == "meeting":
                best = t
            elif t.type == "event" and t.kind == EVENT_KINDS.get(noun):
                best = best or t
            elif noun in _ORG_NOUNS and t.type == "organization" and t.kind == ORG_KINDS.get(noun.title(), noun):
                best = t
        return best

    def refs_of(self, s: Sentence, type_: str | None = None, start: int = 0, end: int | None = None) -> list[Ref]:
        end = len(s.text) if end is None else end
        return [r for r in self.refs.get(s.index, []) if (type_ is None or r.thing.type == type_)
                and r.start >= start and r.end <= end]


_SKIP = {"of", "and", "the", "for", "&", "Co", "Ltd", "LLC", "OJSC", "CJSC", "JSC", "Inc"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w not in _SKIP and w[0].isupper())


def _spelled_out(acr: str, sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """The first run of capitalised words whose initials are the acronym."""
    gap = r"(?:\s+(?:of|and|for|the|&))*\s+"
    pattern = re.compile(r"(?<![\w-])" + gap.join(rf"{c}[a-z][\w’'-]*" for c in acr) + r"(?![\w-])")
    for s in sentences:
        m = pattern.search(s.text)
        if m:
            return m.group(0), s
    return None


def things_in(r: Reading, s: Sentence, start: int, end: int, types: tuple[str, ...]) -> list[Thing]:
    """The things of `types` named in s.text[start:end], in order, each once."""
    out: list[Thing] = []
    for x in r.refs.get(s.index, []):
        if start <= x.start < end + 1 and x.thing.type in types and x.thing not in out:
            out.append(x.thing)
    return out
