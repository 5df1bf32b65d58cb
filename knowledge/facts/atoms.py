"""Atomic facts derived from records: what one question can be answered from.

A record such as an event holds several facts (its date, organizers, ...). Each
Fact names its subject, its attribute, the records it involves (`related`, used
to refuse answering about one thing from another thing's fact) and its evidence.
Derived facts (how long ago, how many years) carry the evidence they rest on.
"""
from __future__ import annotations

import re

import sys
from dataclasses import dataclass, field
from operator import attrgetter

from .factbase import AnyRecord, FactBase, referenced_ids
import datetime as dt

from .models import Agreement, Claim, Cited, Event, Initiative, Organization, Person, Project, Source, Statement, Statistic


@dataclass(frozen=True, slots=True, init=False)  # (slots: a big base holds millions of facts)
class Fact:
    subject: str
    rtype: str
    attribute: str  # "founded", "count:export_trips", "summary", ...
    related: frozenset[str]
    # the evidence (see `evidence`): the one citation of most facts as itself, not in a tuple of one (at 100,000
    # records those tuples would be 550,000 objects and 30 MiB), else the tuple
    _evidence: "Cited | tuple[Cited, ...]"
    key: str = field(compare=False)  # the spec/template key, counts folded: "initiative.count"

    def __init__(self, subject: str, rtype: str, attribute: str, related: frozenset[str],
                 evidence: "tuple[Cited, ...] | Cited") -> None:
        # (one call setting every slot: a build at 100,000 records makes 650,000 facts; the key is read
        # for every candidate of every question)
        put = object.__setattr__
        put(self, "subject", subject)
        put(self, "rtype", rtype)
        put(self, "attribute", attribute)
        put(self, "related", related)
        if type(evidence) is not tuple and isinstance(evidence, (list, tuple)):
            evidence = tuple(evidence)
        put(self, "_evidence", evidence[0] if type(evidence) is tuple and len(evidence) == 1 else evidence)
        key = _KEY_OF.get((rtype, attribute))
        put(self, "key", key if key is not None else _key_of(rtype, attribute))

    @property
    def evidence(self) -> tuple[Cited, ...]:
        """The citations the fact rests on, each once."""
        got = self._evidence
        return got if type(got) is tuple else (got,)

    def __repr__(self) -> str:
        return (f"Fact(subject={self.subject!r}, rtype={self.rtype!r}, attribute={self.attribute!r}, "
                f"related={self.related!r}, evidence={self.evidence!r}, key={self.key!r})")

    @property
    def rank(self) -> int:
        """The attribute's place in ATTRIBUTE_ORDER (see `importance`). (Looked up, not kept: only sorting an
        index's lists reads it, and six slots make a fact 16 bytes smaller than seven, 10 MiB at 100,000 records.)"""
        return _RANK_OF_KEY[self.key]

    @property
    def id(self) -> str:
        """"azpromo.founded". (Made when read, not kept: at 100,000 records the ids of 650,000 facts
        would be a sixth of the index's memory.)"""
        return f"{self.subject}.{self.attribute}"

    def __reduce__(self) -> tuple:  # (pickled as its arguments: read back faster than slot by slot)
        return Fact, (self.subject, self.rtype, self.attribute, self.related, self._evidence)


def related_ids(record: AnyRecord, base: FactBase, further: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """The record, what it refers to, and one step further for people (their organization)
    and organizations (their parent): "the AZPROMO-NDRC meeting" is about both agencies.
    `further` (record id -> that step from it) keeps each step once made: indexing a base asks it
    of every record referring to an organization."""
    out = {record.id}
    for _, target in referenced_ids(record):
        out.add(target)
        if further is None:
            out.update(_one_step_further(base.get(target)))
            continue
        step = further.get(target)
        if step is None:
            step = further[target] = _one_step_further(base.get(target))
        out.update(step)
    return frozenset(out)


def _one_step_further(record: AnyRecord | None) -> tuple[str, ...]:
    """The records that what refers to `record` relates to through it (see related_ids)."""
    if record is None:
        return ()
    return tuple(t2 for fname, t2 in referenced_ids(record) if fname in ("organization", "parent", "part_of"))


# role words that make a person the head of the organization they work for, and words that make them not
_HEAD_ROLE = frozenset("chairman chairwoman chair chairperson head director president ceo minister chief governor "
                       "rector mayor".split())
_NOT_HEAD = frozenset("deputy vice assistant adviser advisor acting former member secretary".split())
_LETTERS = re.compile(r"[a-z]+")


def role_not_head(role: str) -> bool:
    """Does a role say its holder is not the head of where they work ("Deputy Director General", "adviser")?"""
    return not _NOT_HEAD.isdisjoint(_LETTERS.findall(role.lower()))


def _head_by_role(person: Person, base, related_of, by_words: dict | None = None) -> list[Fact]:
    """"Who chairs EZDA?": a person whose role says they lead the organization they work for (its
    chairman, director, minister ...) is its head, where the organization's own facts name none; a person
    of no organization, the one organization their role names ("Chairman of Azerbaijan Railways"). The
    fact cites the person's role."""
    role = person.role
    if role is None or not isinstance(role.value, str):
        return []
    words = set(_LETTERS.findall(role.value.lower()))
    if not words & _HEAD_ROLE or role_not_head(role.value):
        return []
    parts = re.split(r"\b(?:of|at)\b", role.value, maxsplit=1)
    if len(parts) == 2 and (board := _BOARD.match(parts[1])):
        parts[1] = parts[1][board.end():]  # the chair of its board chairs it ("... of the Board of Directors of X")
    said = set(re.findall(r"[a-z0-9]+", parts[1].lower())) - _ROLE_GLUE if len(parts) == 2 else set()
    if person.organization is not None:
        org = base.get(person.organization.value)
        # a role naming a body ("Chairman of EZDA") must name this one: of another name it may be another body
        if said and not said <= set().union(*_names_words(org)) | _COUNTRY_WORDS:
            return []
        cited = person.organization.model_copy(update={"value": person.id, "source": role.source,
                                                       "quote": role.quote, "locator": role.locator})
    else:
        org = _named_by_role(said - _LEGAL_FORMS, base, by_words)
        cited = role.model_copy(update={"value": person.id})
    if not isinstance(org, Organization) or org.head is not None:
        return []
    return [Fact(org.id, org.type, "head", _related(org, base, related_of) | {person.id}, (cited,))]


_ROLE_GLUE = frozenset({"the", "and", "of", "for"})
# an organization's governing board, named before the organization in a role: "Chairman of the Board of Directors of
# China Datang Corporation Ltd." chairs China Datang Corporation Ltd. (the board is its organ, no other body)
_BOARD = re.compile(r"\s*(?:the\s+)?(?:supervisory\s+)?board(?:\s+of\s+(?:directors|trustees|governors))?\s+(?:of|at)\b",
                    re.IGNORECASE)
_COUNTRY_WORDS = frozenset({"azerbaijan", "china", "republic", "people", "s"})
# the words of a legal form, which say nothing of which company it is ("Azerbaijan Railways CJSC")
_LEGAL_FORMS = frozenset("co ltd llc inc corp limited jsc ojsc cjsc plc gmbh".split())


def _names_words(org) -> list[set[str]]:
    """The words of each of an organization's names: its name, its acronym, its aliases."""
    if not isinstance(org, Organization):
        return [set()]
    return [set(re.findall(r"[a-z0-9]+", n.lower())) for n in (org.name, org.acronym, *org.aliases) if n]


def _named_by_role(said: set[str], base, by_words: dict | None = None) -> Organization | None:
    """The one organization one of whose names (legal form aside) is the words a role says it is of
    ("Chairman of Azerbaijan Railways": Azerbaijan Railways CJSC); None when none or several. All its words:
    "Mayor of Xi'an" is not of Xi'an Port. `by_words` (see organizations_by_words), when given, is filled at
    the first need and read after: indexing a base asks this of every head of no organization."""
    if not said - _COUNTRY_WORDS:
        return None
    if by_words is None:
        found = [o for o in base.of_type("organization")
                 if any(n - _LEGAL_FORMS - _ROLE_GLUE == said for n in _names_words(o))]
    else:
        if not by_words:
            by_words.update(organizations_by_words(base))
            by_words[None] = ()  # (filled, even for a base of no organization)
        found = by_words.get(frozenset(said), ())
    return found[0] if len(found) == 1 else None


def organizations_by_words(base) -> dict[frozenset[str], list[Organization]]:
    """The words of each organization's names, legal form and glue aside -> the organizations named so,
    each once, in the base's order (what `_named_by_role` looks for, without walking every organization)."""
    out: dict[frozenset[str], list[Organization]] = {}
    for o in base.of_type("organization"):
        for key in {frozenset(n - _LEGAL_FORMS - _ROLE_GLUE) for n in _names_words(o)}:
            out.setdefault(key, []).append(o)
    return out


def cited_text(cited: Cited) -> str:
    """What a citation states, as text: its value (a corroborating citation has none) and its quote."""
    return f"{getattr(cited, 'value', '')} {cited.quote or ''}"


def _ev(*cited: Cited | None) -> tuple[Cited, ...]:
    """The evidence of a fact: each value's citation, its corroborations and its variants', once each."""
    if len(cited) > 1:
        cited = tuple(c for c in cited if c is not None)  # (a date with no end date or parent event)
    if len(cited) == 1:  # (most facts: one value one source states)
        value = cited[0]
        if value is None:
            return ()
        if not isinstance(value, Cited) or not (value.also or value.variants):
            return (value,)
    out: dict[tuple, Cited] = {}  # (where a source states it -> the first citation saying so)
    for value in cited:
        if value is None:
            continue
        for c in (value.all_citations() if isinstance(value, Cited) and (value.also or value.variants) else (value,)):
            out.setdefault((c.source, c.quote, c.locator), c)
    return tuple(out.values())


def is_day(cited: Claim | None) -> bool:
    """A value that is a full calendar date (not a year, month, quarter or half-year)."""
    return cited is not None and isinstance(cited.value, dt.date)


def _related(record: AnyRecord, base: FactBase, known: dict[str, frozenset[str]] | None) -> frozenset[str]:
    """related_ids, remembered in `known` (record id -> its related ids) when given."""
    if known is None:
        return related_ids(record, base)
    got = known.get(record.id)
    if got is None:
        got = known[record.id] = related_ids(record, base)
    return got


def derive_facts(record: AnyRecord, base: FactBase, *,
                 related_of: dict[str, frozenset[str]] | None = None,
                 signed_at: dict[str, list[Agreement]] | None = None,
                 named_by: dict | None = None) -> list[Fact]:
    """The record's facts. `related_of` (record id -> related_ids) remembers what each record
    relates to, `signed_at` (event id -> the agreements signed there, see `agreements_by_event`)
    saves looking through every agreement for each event, and `named_by` (an empty dict, filled at the
    first need: see _named_by_role) through every organization for each head: indexing a base computes
    each once."""
    rel = _related(record, base, related_of)
    alone: dict[int, tuple[Cited, ...]] = {}  # a value's evidence when it stands alone, made once per record

    def fact(attr: str, *cited: Cited | None) -> Fact:
        if len(cited) == 1 and cited[0] is not None:  # ("founded" and "age" rest on the one date)
            got = alone.get(id(cited[0]))
            if got is None:
                got = alone[id(cited[0])] = _ev(*cited)
            return Fact(record.id, record.type, attr, rel, got)
        return Fact(record.id, record.type, attr, rel, _ev(*cited))

    facts: list[Fact] = []
    add = facts.append
    if isinstance(record, Organization):
        add(fact("summary", record.mentioned, record.founded, record.founder, record.head, record.country,
                 record.parent))
        if record.acronym and record.mentioned:
            add(fact("full_name", record.mentioned))
        elif record.mentioned:
            add(fact("name", record.mentioned))
        for attr in ("founded", "founder", "head", "country", "based_in", "parent", "sectors"):
            if getattr(record, attr) is not None:
                add(fact(attr, getattr(record, attr)))
        if record.founded is not None:
            add(fact("age", record.founded))
        if record.objective or record.purpose:
            add(fact("mission", record.objective, record.purpose))
    elif isinstance(record, Person):
        if record.role or record.organization:
            add(fact("summary", record.role, record.organization))
            add(fact("role", record.role, record.organization))
        if record.organization:
            add(fact("organization", record.organization, record.role))
        facts += _head_by_role(record, base, related_of, named_by)
    elif isinstance(record, Event):
        date = event_date(record, base)
        add(fact("summary", record.mentioned, date, record.organizers, record.participants, record.discussed,
                 record.companies, record.part_of))
        if record.mentioned:
            add(fact("name", record.mentioned))
        if date is not None:
            add(fact("date", date, record.part_of, record.end_date))
            if is_day(date):
                add(fact("ago", date, record.part_of))
                facts += _days_to_report(record, date, rel, base)
        for attr in EVENT_FIELDS:
            if getattr(record, attr) is not None:
                add(fact(attr, getattr(record, attr)))
        facts += _deals_total(record, rel, base, signed_at)
        if record.highlights:
            add(fact("highlights", *record.highlights))
        facts += _ages_at(record, date, rel, base, related_of)
    elif isinstance(record, Agreement):
        add(fact("summary", record.parties, record.signed_at, record.date, record.purpose, record.value))
        if record.mentioned:
            add(fact("name", record.mentioned))
        if is_day(record.date):
            facts += _days_to_report(record, record.date, rel, base)
        if record.parties is not None:
            add(fact("parties", record.parties, record.signed_at))
        for attr in ("date", "signed_at", "purpose", "signatories", "place", "value", "sectors", "term"):
            if getattr(record, attr) is not None:
                add(fact(attr, getattr(record, attr), record.signed_at if attr == "date" else None))
    elif isinstance(record, Initiative):
        first = next(iter(record.counts.values()), None)
        add(fact("summary", record.mentioned, record.owner, first))
        if record.owner:
            add(fact("owner", record.owner))
        for key, cited in record.counts.items():
            add(fact(f"count:{key}", cited, record.owner))
    elif isinstance(record, (Project, Statistic, Statement)):
        facts += _plain_facts(record, fact)
    elif isinstance(record, Source):
        add(fact("summary", record.informant))
        add(fact("publisher", record.informant))
        add(fact("published", record.informant))
        if record.place:
            add(fact("place", record.informant))
        if record.title:
            add(fact("title", record.informant))
        if record.informant:
            add(fact("informant", record.informant))
    return facts


EVENT_FIELDS = ("place", "end_date", "part_of", "organizers", "co_organizers", "supporters", "participants", "opened_by",
                "companies", "participants_count", "delegation_size", "documents_signed", "total_value", "sectors",
                "theme", "discussed", "outcome")
# The facts of the newer record types: one per set field, the summary from the first that are set.
PLAIN_FIELDS = {
    "project": ("kind", "sector", "place", "developer", "investor", "contractor", "capacity", "investment", "jobs",
                "status", "start", "completion", "agreements", "purpose"),
    "statistic": ("value", "period", "change", "between", "rank", "measure"),
    "statement": ("said", "speaker", "at", "date"),
}


def _plain_facts(record: Project | Statistic | Statement, fact) -> list[Fact]:
    set_fields = [a for a in PLAIN_FIELDS[record.type] if isinstance(getattr(record, a, None), Cited)]
    out = [fact("summary", record.mentioned, *(getattr(record, a) for a in set_fields[:4]))]
    if record.mentioned:
        out.append(fact("name", record.mentioned))
    for attr in set_fields:
        if attr != "kind":
            out.append(fact(attr, getattr(record, attr)))
    for key, cited in getattr(record, "figures", {}).items():
        out.append(fact(f"figure:{key}", cited))
    return out


def agreements_by_event(base: FactBase) -> dict[str, list[Agreement]]:
    """Event id -> the agreements signed at it, in the base's order."""
    out: dict[str, list[Agreement]] = {}
    for a in base.of_type("agreement"):
        if isinstance(a, Agreement) and a.signed_at is not None:
            out.setdefault(a.signed_at.value, []).append(a)
    return out


def _deals_total(record: Event, rel: frozenset[str], base: FactBase,
                 signed_at: dict[str, list[Agreement]] | None) -> list[Fact]:
    """What the agreements signed at an event are worth together, where each states its value in one
    currency (a derived fact resting on each agreement's value)."""
    signed = (signed_at if signed_at is not None else agreements_by_event(base)).get(record.id, ())
    values = [a.value for a in signed if a.value is not None]
    if len(values) < 2 or len({v.value.currency for v in values}) != 1:
        return []
    return [Fact(record.id, record.type, "deals_total", rel, _ev(*values))]


def _ages_at(record: Event, date: Cited | None, rel: frozenset[str], base: FactBase,
             related_of: dict[str, frozenset[str]] | None) -> list[Fact]:
    """How old each founding-dated organization taking part in a dated event was then
    ("How old was AZPROMO at the conference?"): a fact of the organization, about the event."""
    if not is_day(date):
        return []
    out = []
    for _, rid in referenced_ids(record):
        org = base.get(rid)
        if isinstance(org, Organization) and org.founded is not None and org.founded.value <= date.value.year:
            own = _related(org, base, related_of)  # (often all within the event's: then the event's set is shared)
            out.append(Fact(org.id, org.type, f"age_at:{record.id}", rel if own <= rel else own | rel,
                            _ev(org.founded, date)))
    return out


def _days_to_report(record: AnyRecord, date: Cited, rel: frozenset[str], base: FactBase) -> list[Fact]:
    """How long after a dated thing its source reported it (the report is part of the fact)."""
    src = base.get(date.source)
    if isinstance(src, Source) and is_day(date) and src.published >= date.value:
        return [Fact(record.id, record.type, "days_to_report", rel | {src.id}, _ev(date))]
    return []


def value_ids(fact: Fact, base: FactBase) -> tuple[str, ...]:
    """The record ids a fact's own attribute names: the organizers of "organizers", the founder of "founder"."""
    value = getattr(base.get(fact.subject), fact.attribute, None)
    if not isinstance(value, Cited):
        return ()
    return value.value if isinstance(value.value, tuple) else (value.value,) if isinstance(value.value, str) else ()


def event_date(event: Event, base: FactBase) -> Cited | None:
    """The event's own date, or the date of the event it took place during."""
    if event.date is not None:
        return event.date
    if event.part_of is not None:
        parent = base.get(event.part_of.value)
        if isinstance(parent, Event) and parent.date is not None:
            return parent.date
    return None


# What describes a thing best comes first (answers about a thing, suggestions, "what I know").
ATTRIBUTE_ORDER = ["full_name", "name", "role", "organization", "said", "speaker", "value", "period", "date", "parties",
                   "founded", "head", "organizers", "participants", "developer", "investor", "capacity", "investment",
                   "status", "completion", "mission", "purpose", "companies", "participants_count",
                   "signatories", "discussed", "count", "owner", "supporters", "change", "between", "rank",
                   "total_value", "deals_total", "documents_signed", "sector", "sectors", "theme", "outcome",
                   "opened_by", "co_organizers", "start", "jobs", "contractor", "agreements", "term", "end_date",
                   "delegation_size", "figure", "at", "measure", "parent", "based_in", "country", "signed_at",
                   "part_of", "highlights", "founder", "age", "ago", "days_to_report", "summary", "place"]
_RANK = {a: i for i, a in enumerate(ATTRIBUTE_ORDER)}


def importance(fact: Fact) -> tuple[int, str]:
    return (fact.rank, fact.id)


def sort_by_importance(facts: list[Fact], *, one_subject: bool = False) -> None:
    """Sort in place by `importance`, with two stable C-level sorts. Facts of `one_subject` are in the
    order of their ids as of their attributes (the ids' common start is the subject's id): no id is made."""
    facts.sort(key=_BY_ATTRIBUTE if one_subject else _BY_ID)
    facts.sort(key=_BY_RANK)


_BY_ID, _BY_ATTRIBUTE, _BY_RANK = attrgetter("id"), attrgetter("attribute"), attrgetter("rank")
_KEY_OF: dict[tuple[str, str], str] = {}  # (record type, attribute or its head) -> its facts' key (see _key_of)
_RANK_OF_KEY: dict[str, int] = {}  # key -> rank (a key is made of the type and the head: one rank each)


def _key_of(rtype: str, attribute: str) -> str:
    """A fact's key: its record type and the head of its attribute ("count" of "count:export_trips"), kept by
    the head (attributes with a tail, "age_at:<event>", are as many as the records)."""
    head = attribute.partition(":")[0]
    key = _KEY_OF.get((rtype, head))
    if key is None:
        key = _KEY_OF[(rtype, head)] = sys.intern(f"{rtype}.{head}")
        _RANK_OF_KEY[key] = _RANK.get(head, len(_RANK))
    return key
