"""Second pass: what the sentences say about the things named, each value with its sentence.

Rules over English news sentences: roles next to names, "was held on ... in ...",
"organized by ...", "with support from ...", "nearly 200 companies", "X met with Y",
"the two sides discussed ...", "a Memorandum of Understanding was signed between ...".
A rule that does not fire proposes nothing: a missing fact is better than a wrong one.
"""
from __future__ import annotations

import datetime as dt
import re

from .amounts import QUAL, qualifier
from .dates import DATE_PHRASE, dates_in, relative_date
from .dates import MONTH_WORDS as _MONTH_WORDS
from .lexicon import COUNTRIES, HEAD_ROLES
from .agreements import agreements
from .projects import projects_and_statistics
from .statements import statements
from .mentions import headed_by, its_role
from .reading import WITHIN, Reading, things_in
from .sentences import Sentence
from .things import Ref, Thing

_HELD = re.compile(r"\b(?:(?:was|were|is|are|will be|being|be)\s+(?:jointly\s+)?(?:held|organi[sz]ed|hosted|"
                   r"convened|opened)|took place|will take place|takes place|opened|kicked off|started|began|"
                   r"gets? under way|(?:was|were)\s+launched)\b")
_HELD_AFTER = re.compile(r",?\s+(?:held|opened|hosted)\b")
_GATHERED = re.compile(r"\b(?:gathered|convened|came together|met)\b")
_HERE = re.compile(r"\b(?:gathered|held|met|convened|took place|opened)\s+here\b")
_PLACE = re.compile(r"\b(?:held|took place|take place|takes place|opened|hosted|convened|kicked off|met)\s+"
                    r"(?:(?:on|from)\s+[^,]*?\s+)?in\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
                    r"(?!\s+(?:of|for)\b)")
_ORGANIZERS = re.compile(r"\b(?:(?:jointly |co-)?organi[sz]ed (?:jointly )?by|with the (?:joint )?organi[sz]ation of|"
                         r"hosted by|co-hosted by)\s+(?P<x>.+?)(?=,?\s+with (?:the )?support|,?\s+supported by|"
                         r"\s+on\s+(?:[A-Z]|\d)|[.;]?$)")
_SUPPORT = re.compile(r"\b(?:with (?:the )?support (?:from|of)|supported by|with the assistance of|sponsored by|"
                      r"under the auspices of)\s+(?P<x>.+?)(?=[.;,]|$)")
_PEOPLE_COUNT = re.compile(QUAL + r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:[A-Za-z-]+\s+){0,1}?"
                           r"(?:participants|guests|delegates|representatives|attendees|people)\b")
_SPAN = re.compile(rf"\bfrom\s+(?P<d1>{DATE_PHRASE})\s+(?:to|until|through|till)\s+(?:(?P<d2>[12]?\d|3[01])\b(?!\s*(?:{_MONTH_WORDS}))|{DATE_PHRASE})")
_COUNT = re.compile(r"(?P<q>\b(?i:nearly|almost|about|around|approximately|some|over|more than|up to|roughly|at least)\s+)?"
                    r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:[A-Za-z-]+\s+){0,2}?"
                    r"(?:companies|firms|enterprises|businesses)\b")
_MET = re.compile(r"\b(?:met with|met|held (?:a )?(?:meeting|talks) with)\b")
_DISCUSSED = re.compile(r"^(?:During the meeting, )?(?:the (?:two )?(?:sides|parties|officials)|they|both sides)"
                        r"\s+(?:also\s+)?discussed\s+(?P<x>.+?)\.?$", re.IGNORECASE)
_TO_DISCUSS = re.compile(r"\bto discuss\s+(?P<x>.+?)\.?$")
_FOUNDED = re.compile(r"\b(?:was\s+)?(?:founded|established|set up|created)\s+in\s+(?P<y>(?:19|20)\d\d)"
                      r"(?:\s+by\s+(?P<by>[^,.;]+?)(?=\s+to\b|[,.;]|$))?")
_ROLE_TAIL = re.compile(r"[\s,]+(?:of the|of|at the|at|in the|for the|for)?\s*$")


def apply_all(r: Reading, base: dt.date | None) -> None:
    for s in r.sentences:
        _roles(r, s)
    _parents(r)
    r.resolve_anaphora()  # "During the forum, X met with Y"
    for s in r.sentences:
        _meeting(r, s, base)
    r.resolve_anaphora()  # and now "the meeting"
    for s in r.sentences:
        _event_facts(r, s, base)
        _founded(r, s)
    agreements(r, base)
    _discussed(r)
    _organizations(r)
    projects_and_statistics(r, base)
    statements(r)


def _roles(r: Reading, s: Sentence) -> None:
    people = {t.name: t for t in r.things if t.type == "person"}
    for name, role, at in its_role(s.text):
        before = [x for x in r.refs_of(s, "organization") if x.end <= at]
        if not before and s.index > 0:
            before = r.refs_of(r.sentences[s.index - 1], "organization")[:1]
        if before:
            person = people.get(name) or r.thing("person", name, s, confidence=0.8)
            person.set("role", role, s)
            person.set("organization", before[-1].thing, s)
    for name, at in headed_by(s.text):
        before = [x for x in r.refs_of(s, "organization") if x.end <= at]
        if before:
            person = people.get(name) or r.thing("person", name, s, confidence=0.8)
            person.set("role", "head", s)
            person.set("organization", before[-1].thing, s)
    for person, p in r.people.get(s.index, []):
        if not p.role:
            continue
        role, org = p.role, None
        inside = [x for x in r.refs_of(s, "organization") if x.start >= p.role_start and x.start < p.role_end + 1]
        if inside and p.role_start < p.start:  # the role before the name: "AZPROMO Executive Director ..." has none
            inside = []
        if inside:
            org = inside[0].thing
            role = s.text[p.role_start:inside[0].start]
        else:
            before = [x for x in r.refs_of(s, "organization") if x.end <= p.role_start
                      and re.fullmatch(r"(?:['’]s)?\s", s.text[x.end:p.role_start])]
            after = [x for x in r.refs_of(s, "organization") if x.start in (p.role_end + 2, p.role_end + 6)
                     and re.fullmatch(r", (?:the )?", s.text[p.role_end:x.start])]
            org = (before or after or [None])[0]
            org = org.thing if org else None
        role = _ROLE_TAIL.sub("", role).strip()
        role = re.sub(r"^the\s+", "", role)
        if role:
            person.set("role", role, s)
        if org is not None:
            person.set("organization", org, s)


def _event_facts(r: Reading, s: Sentence, base: dt.date | None) -> None:
    events = [x for x in r.refs_of(s, "event") if x.thing.kind != "meeting"]
    if not events:
        return
    subject = events[0]
    held = _HELD.search(s.text) or _HELD_AFTER.match(s.text, subject.end)
    gathered = _GATHERED.search(s.text)
    if gathered and len(events) == 1 and gathered.start() < subject.start:
        held = gathered  # "... gathered here on Tuesday for a round table on ..."
        subject = Ref(subject.thing, 0, 0)
    if held and subject.start < held.start() + 1:
        ds = [d for m, d in dates_in(s.text, base=base) if m.start() > subject.end]
        day = ds[0] if ds else relative_date(s.text[held.start():], base)
        if day is not None:
            subject.thing.set("date", day, s)
        place = _PLACE.search(s.text, subject.end)
        if place and not r.refs_of(s, None, place.start("place"), place.end("place") + 1):
            subject.thing.set("place", place.group("place"), s)
        elif r.dateline_place and _HERE.search(s.text):
            subject.thing.set("place", r.dateline_place, s)
    for pattern, field in ((_ORGANIZERS, "organizers"), (_SUPPORT, "supporters")):
        m = pattern.search(s.text)
        if m and subject.start < m.start():
            orgs = things_in(r, s, m.start("x"), m.end("x"), ("organization",))
            if orgs:
                subject.thing.set(field, tuple(orgs), s)
    count = _COUNT.search(s.text)
    if count:
        after = [x for x in events if x.start > count.end()]
        target = (after or events)[0].thing
        target.set("companies", int(count.group("n").replace(",", "")), s, qualifier=qualifier(count))
    people_count = _PEOPLE_COUNT.search(s.text)
    if people_count:
        after = [x for x in events if x.start > people_count.end()]
        target = (after or events)[0].thing
        target.set("participants_count", int(people_count.group("n").replace(",", "")), s,
                   qualifier=qualifier(people_count))
    span = _SPAN.search(s.text)
    if span and held and subject.start < held.start() + 1:
        start = dates_in(span.group(0), base=base)
        if len(start) == 2:
            subject.thing.set("end_date", start[1][1], s)
        elif start and span.group("d2"):
            first = start[0][1]
            try:
                subject.thing.set("end_date", first.replace(day=int(span.group("d2"))), s)
            except ValueError:
                pass


def _meeting(r: Reading, s: Sentence, base: dt.date | None) -> None:
    m = _MET.search(s.text)
    if not m:
        return
    people = r.refs_of(s, "person")
    before = [x.thing for x in people if x.end <= m.start()]
    after = [x.thing for x in people if x.start >= m.end()]
    if not before or not after:
        return
    a, b = before[-1], after[0]
    meeting = r.thing("event", f"Meeting between {a.name} and {b.name}", s, kind="meeting", confidence=0.75)
    meeting.written = m.group(0).split()[0]
    meeting.set("participants", (a, b), s)
    for x in r.refs_of(s, "event", 0, m.start()):
        if x.thing is not meeting and WITHIN.search(s.text[:x.start]):
            meeting.set("part_of", x.thing, s)
    ds = dates_in(s.text, base=base)
    if ds:
        meeting.set("date", ds[0][1], s)
    d = _TO_DISCUSS.search(s.text, m.end())
    if d:
        meeting.set("discussed", _items(d.group("x")), s)
    r.meetings.append((meeting, s.index))  # "the two sides discussed ..." may follow


def _discussed(r: Reading) -> None:
    for t, at in r.meetings:
        if "discussed" in t.fields:
            continue
        for s in r.sentences[at + 1: at + 3]:
            d = _DISCUSSED.match(s.text)
            if d:
                t.set("discussed", _items(d.group("x")), s)
                break


def _items(text: str) -> tuple[str, ...]:
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|a|an|possible|further|new|joint|prospects|ways)\b)", text)
    return tuple(p.strip() for p in parts if p.strip())


def _founded(r: Reading, s: Sentence) -> None:
    m = _FOUNDED.search(s.text)
    if not m:
        return
    orgs = [x for x in r.refs_of(s, "organization") if x.end <= m.start()]
    after = [x for x in r.refs_of(s, "organization") if x.start >= m.end()]
    if not orgs and not (after and s.text[m.end():after[0].start].strip(" ,") in ("", "the")):
        return
    org = orgs[-1].thing if orgs else after[0].thing  # "Founded in 2011, the institute ..."
    org.set("founded", int(m.group("y")), s)
    if m.group("by"):
        founders = things_in(r, s, m.start("by"), m.end("by"), ("organization", "person"))
        if founders:
            org.set("founder", founders[0], s)


def _organizations(r: Reading) -> None:
    for t in r.things:
        if t.type == "organization":
            countries = {c for c, forms in COUNTRIES.items()
                         if any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", t.name) for f in forms)}
            if len(countries) == 1:
                t.set("country", countries.pop(), t.first)
        if t.type == "person" and t.get("role") and t.get("organization"):
            role = t.get("role").lower()
            if role in HEAD_ROLES:
                org = t.get("organization")
                org.set("head", t, t.fields["role"].sentence)


def _parents(r: Reading) -> None:
    for t in r.things:
        if t.type == "organization" and (owner := _possessor(r, t)) is not None:
            t.set("parent", owner, t.first)


def _possessor(r: Reading, t: Thing) -> Thing | None:
    first = t.name.split(" ", 1)[0]
    if not first.endswith(("'s", "’s")) or " " not in t.name:
        return None
    owner = first[:-2]
    found = r.acronyms.get(owner)
    if found is None:
        return None
    return found
