"""Deterministic synthetic fact bases in the shape of the shipped one, for benchmarks.

`synthetic_records(n=..., seed=...)` makes `n` schema-valid records (sources,
organizations with acronyms and aliases, people with mixed Azerbaijani, Chinese,
Russian and English names and roles, events, agreements, initiatives), every fact
a `Cited` value quoting a synthetic sentence of a synthetic source. Records are
generated in order from one seeded RNG and refer only to earlier records, so the
base of size n is a prefix of the base of any larger size: questions about the
first records stay answerable (and mean the same thing) at every size.

`synthetic_base(n=..., seed=...)` merges the real shipped records in and builds a
FactBase. Names are unique within a base and never equal a real record's name,
acronym or alias; name *parts* are shared freely (there are many Abdullayevs and
many investment conferences), which is what makes the matcher's job realistic.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.facts.factbase import AnyRecord, FactBase
from knowledge.facts.loader import load_shipped
from knowledge.facts.models import Agreement, Event, Initiative, Organization, Person, Source

from . import names as W

SOURCE_EVERY = 1000      # one synthetic source per this many records
DEFAULT_SEED = 20250421
RESERVED_PREFIX = 200    # the names of the first records are never repeated, even disambiguated
# The repeating pattern of record types (after the source that opens each block):
# about 32% organizations, 32% people, 20% events, 10% agreements, 6% initiatives.
TYPE_CYCLE = "OOPOPEPOAPEOPIOPEAPOEPOEPOAPEOPIEPOAPE"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")


def _acronym(name: str) -> str:
    words = re.split(r"[\s\-]+", name.replace(",", "").replace(".", ""))
    return "".join(w[0].upper() for w in words if w and w[0].isalpha() and w.lower() not in {"of", "and", "the", "in"})


def _a(word: str) -> str:
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


def _cite(value, source: str, quote: str, **extra) -> dict:
    """A synthetic source keeps no text, so a fact cites where in it (its URL is on the source)."""
    return {"value": value, "source": source, "locator": quote[:200], **extra}


@dataclass
class _State:
    """What generation has made so far: ids per type and the names taken."""

    rng: random.Random
    taken: set[str]
    reserved: set[str]
    reserving: bool = True
    sources: list[str] = field(default_factory=list)
    source_dates: list[dt.date] = field(default_factory=list)
    orgs: list[tuple[str, str, str]] = field(default_factory=list)     # (id, name, short name)
    people: list[tuple[str, str, str]] = field(default_factory=list)   # (id, name, org name)
    events: list[tuple[str, str, dt.date]] = field(default_factory=list)

    def unique(self, make, fallback, core=None) -> str | None:
        """A name not yet taken: `make()`, or `fallback(name, k)` for k = 2, 3 ... if that is taken.

        A name equal to a reserved one (a real record's names, or those of the first
        RESERVED_PREFIX synthetic records, which the benchmark's questions are about) is
        never made again, not even disambiguated ("Yusif C. Abdullayev"): those questions
        must stay unambiguous at every size; `core(name)` (e.g. without an ordinal) must not
        be reserved either. None if `make()` keeps giving reserved names.
        """
        for _ in range(30):
            name = make()
            if name.lower() in self.reserved or (core and core(name).lower() in self.reserved):
                continue
            k = 1
            candidate = name
            while candidate.lower() in self.taken:
                k += 1
                candidate = fallback(name, k)
            self.taken.add(candidate.lower())
            if self.reserving:
                self.reserved.add(candidate.lower())
            return candidate
        return None


def _real_names(records: Iterable[AnyRecord]) -> set[str]:
    out: set[str] = set()
    for r in records:
        for n in (getattr(r, "name", None), getattr(r, "acronym", None), *getattr(r, "aliases", ())):
            if n:
                out.add(n.lower())
    return out


def _source(st: _State, i: int) -> Source:
    rng = st.rng
    publisher, place = rng.choice(W.PUBLISHERS)
    published = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3400))
    sid = f"syn-src-{len(st.sources):04d}"
    st.sources.append(sid)
    st.source_dates.append(published)
    return Source(id=sid, publisher=publisher, place=place, published=published,
                  title=f"{publisher} report no. {len(st.sources)} on China-Azerbaijan cooperation",
                  url=f"https://example.org/synthetic/{sid}", language="en")


def _org(st: _State, i: int, src: str) -> Organization:
    rng = st.rng
    chinese = rng.random() < 0.45

    def make() -> str:
        place = rng.choice(W.CN_PLACES if chinese else W.AZ_PLACES + W.REGIONS)
        suffix, _ = rng.choice(W.ORG_KINDS)
        return f"{place} {rng.choice(W.SECTORS)} {suffix}"

    name = st.unique(make, lambda n, k: f"{n} No. {k}")
    suffix, kind = next((s, k) for s, k in W.ORG_KINDS if name.split(" No. ")[0].endswith(s))
    acronym = _acronym(name.split(" No. ")[0])
    if acronym.lower() in st.taken or len(acronym) < 3:
        acronym = None  # acronyms are unique within a base, so a question naming one is unambiguous
    else:
        st.taken.add(acronym.lower())
    country = "China" if chinese else "Azerbaijan"
    place = name.split(" ")[0]
    sector = name[len(place) + 1:].split(suffix)[0].strip() or "Investment"
    short = acronym or name
    rid = f"syn-org-{i:06d}-{_slug(name)}"
    intro = f"The {name}{f' ({acronym})' if acronym else ''} is {_a(kind)} based in {place}, {country}."
    aliases = [f"{place} {sector.lower()} {kind}", f"{name} of {country}"]
    aliases = [a for a in dict.fromkeys(aliases) if a.lower() not in st.taken]
    st.taken.update(a.lower() for a in aliases)
    data: dict = {"id": rid, "name": name, "kind": kind, "aliases": tuple(aliases),
                  "mentioned": _cite(name, src, intro),
                  "country": _cite(country, src, intro), "based_in": _cite(place, src, intro)}
    if acronym:
        data["acronym"] = acronym
    if rng.random() < 0.7:
        year = rng.randrange(1991, 2025)
        founder = st.orgs[rng.randrange(len(st.orgs))] if st.orgs and rng.random() < 0.5 else None
        q = f"{short} was founded in {year}{f' by the {founder[1]}' if founder else ''}."
        data["founded"] = _cite(year, src, q)
        if founder:
            data["founder"] = _cite(founder[0], src, q)
    purpose = rng.choice(W.PURPOSES).format(sector=sector.lower(), place=place)
    data["purpose"] = _cite(purpose, src, f"{short} was established {purpose}.")
    if rng.random() < 0.4:
        objective = f"to make {place} a hub of {sector.lower()} cooperation between China and Azerbaijan"
        data["objective"] = _cite(objective, src, f"The {kind}'s primary objective is {objective}.")
    if st.orgs and rng.random() < 0.15:
        parent = st.orgs[rng.randrange(len(st.orgs))]
        data["parent"] = _cite(parent[0], src, f"{short} is part of the {parent[1]}.")
    if st.people and rng.random() < 0.5:
        head = st.people[rng.randrange(len(st.people))]
        data["head"] = _cite(head[0], src, f"{short} is headed by {head[1]}.")
    st.orgs.append((rid, name, short))
    return Organization.model_validate(data)


def _person_name(rng: random.Random) -> tuple[str, list[str]]:
    """A full name and its aliases (other spellings and orders)."""
    kind = rng.random()
    if kind < 0.35:
        female = rng.random() < 0.35
        first = rng.choice(W.AZ_FEMALE if female else W.AZ_MALE)
        last = rng.choice(W.AZ_SURNAMES)
        aliases = []
        ru = W.AZ_RU_SPELLING.get(last)
        if female:
            last += "a"
            ru = ru + "a" if ru else None
        if ru:
            aliases.append(f"{first} {ru}")
        aliases.append(f"{first[0]}. {last}")
        return f"{first} {last}", aliases
    if kind < 0.65:
        last = rng.choice(W.CN_SURNAMES)
        if rng.random() < 0.4:
            given = rng.choice(W.CN_GIVEN)
        else:
            a, b = rng.choice(W.CN_SYLLABLES), rng.choice(W.CN_SYLLABLES)
            given = a.capitalize() + b
        return f"{last} {given}", [f"{given} {last}"]
    if kind < 0.82:
        female = rng.random() < 0.35
        first = rng.choice(W.RU_FEMALE if female else W.RU_MALE)
        last = rng.choice(W.RU_SURNAMES) + ("a" if female else "")
        root = rng.choice(W.RU_PATRONYMIC_ROOTS)
        patronymic = root + ("ovna" if female else "ovich") if not root.endswith(("i", "y")) else \
            root[:-1] + ("evna" if female else "evich")
        return f"{first} {last}", [f"{first} {patronymic} {last}", f"{first[0]}. {last}"]
    first, last = rng.choice(W.EN_FIRST), rng.choice(W.EN_SURNAMES)
    return f"{first} {last}", [f"{first[0]}. {last}"]


def _person(st: _State, i: int, src: str) -> Person:
    rng = st.rng
    aliases: list[str] = []

    def make() -> str:
        nonlocal aliases
        full, aliases = _person_name(rng)
        return full

    name = st.unique(make, lambda n, k: f"{n.split(' ', 1)[0]} {W.MIDDLE_INITIALS[k % len(W.MIDDLE_INITIALS)]}. "
                                        f"{n.split(' ', 1)[1]}" + (f" {k}" if k >= len(W.MIDDLE_INITIALS) else ""))
    aliases = [a for a in aliases if a.lower() not in st.taken]
    st.taken.update(a.lower() for a in aliases if not a[1:3] == ". ")  # initials may repeat; full spellings not
    role = rng.choice(W.ORG_ROLES)
    rid = f"syn-per-{i:06d}-{_slug(name)}"
    data: dict = {"id": rid, "name": name, "aliases": tuple(aliases)}
    org_name = ""
    if st.orgs:
        org = st.orgs[rng.randrange(len(st.orgs))]
        org_name = org[1]
        q = f"{name}, {role} of the {org[1]}, attended the talks."
        data["organization"] = _cite(org[0], src, q)
    else:
        q = f"{name}, {role}, attended the talks."
    data["role"] = _cite(role, src, q)
    data["mentioned"] = _cite(name, src, q)
    st.people.append((rid, name, org_name))
    return Person.model_validate(data)


def _pick(rng: random.Random, pool: list, k: int) -> list:
    if not pool:
        return []
    return [pool[j] for j in sorted({rng.randrange(len(pool)) for _ in range(k)})]


def _event(st: _State, i: int, src: str, src_date: dt.date) -> Event:
    rng = st.rng
    kind = rng.choice(W.EVENT_KINDS)
    date = src_date - dt.timedelta(days=rng.randrange(1, 20))
    meeting = kind in {"meeting", "B2B meeting"} and len(st.people) >= 2
    pair = _pick(rng, st.people, 2) if meeting else []
    name = None
    if len(pair) == 2:
        base = f"Meeting of {pair[0][1]} and {pair[1][1]}"
        name = st.unique(lambda: base, lambda n, k: f"{n} ({date.year}, {k})")
        pair = pair if name else []
    if name is None:
        def make() -> str:
            place = rng.choice(W.AZ_PLACES + W.CN_PLACES)
            sector = rng.choice(W.SECTORS)
            theme = rng.choice(("China-Azerbaijan", "Azerbaijan-China", place, rng.choice(W.REGIONS)))
            label = kind.title() if kind != "B2B meeting" else "B2B Meeting"
            if sector.split(" ")[-1].lower() in kind:  # not "Investment Investment Forum"
                sector = ""
            return " ".join(p for p in (rng.choice(W.ORDINALS), theme, sector, label) if p)
        name = st.unique(make, lambda n, k: f"{n} {date.year}" + (f" ({k})" if k > 2 else ""),
                         core=lambda n: n.split(" ", 1)[1])  # "3rd China-Azerbaijan Investment Conference"
    rid = f"syn-evt-{i:06d}-{_slug(name)}"
    place = rng.choice(W.AZ_PLACES + W.CN_PLACES)
    when = f"{date.day} {date:%B %Y}"
    intro = f"The {name} was held in {place} on {when}."
    words = name.split(" ")
    aliases = []
    if len(pair) != 2:
        aliases = [f"{' '.join(words[1:])}", f"{' '.join(words[1:])} {date.year}"]
    aliases = [a for a in dict.fromkeys(aliases) if a.lower() not in st.taken]
    st.taken.update(a.lower() for a in aliases)
    data: dict = {"id": rid, "name": name, "kind": kind, "aliases": tuple(aliases),
                  "mentioned": _cite(name, src, intro), "date": _cite(date, src, intro),
                  "place": _cite(place, src, intro)}
    organizers = _pick(rng, st.orgs, rng.randint(1, 3))
    if organizers:
        q = f"The {name} was organized by " + ", ".join(f"the {o[1]}" for o in organizers) + "."
        data["organizers"] = _cite(tuple(o[0] for o in organizers), src, q)
    if st.orgs and rng.random() < 0.4:
        sup = _pick(rng, st.orgs, rng.randint(1, 2))
        q = f"The {name} was supported by " + " and ".join(f"the {o[1]}" for o in sup) + "."
        data["supporters"] = _cite(tuple(o[0] for o in sup), src, q)
    if len(pair) == 2:
        q = f"{pair[0][1]} met with {pair[1][1]} on {when}."
        data["participants"] = _cite(tuple(p[0] for p in pair), src, q)
        if st.events and rng.random() < 0.6:
            parent = st.events[rng.randrange(len(st.events))]
            data["part_of"] = _cite(parent[0], src, f"{pair[0][1]} met with {pair[1][1]} during the {parent[1]}.")
    else:
        n = rng.choice((30, 50, 80, 100, 120, 150, 200, 250, 300, 400, 500)) + rng.randrange(0, 10)
        approximate = rng.random() < 0.4
        word = "nearly " if approximate else ""
        data["companies"] = _cite(n, src, f"Representatives of {word}{n} companies took part in the {name}.",
                                  approximate=approximate)
    topics = rng.sample(W.TOPICS, rng.randint(1, 3))
    data["discussed"] = _cite(tuple(topics), src, "The sides discussed " + ", ".join(topics[:-1])
                              + (" and " if len(topics) > 1 else "") + topics[-1] + ".")
    if rng.random() < 0.3:
        hl = f"the {kind} as a platform for {rng.choice(W.TOPICS)}"
        data["highlights"] = (_cite(hl, src, f"Participants emphasized {hl}."),)
    st.events.append((rid, name, date))
    return Event.model_validate(data)


def _agreement(st: _State, i: int, src: str, src_date: dt.date) -> Agreement | None:
    rng = st.rng
    parties = _pick(rng, st.orgs, 2)
    if len(parties) < 2:
        return None
    kind = rng.choice(W.AGREEMENT_KINDS)
    date = src_date - dt.timedelta(days=rng.randrange(1, 20))
    topic = rng.choice(W.TOPICS)
    base = f"{kind} between the {parties[0][1]} and the {parties[1][1]}"
    name = st.unique(lambda: base, lambda n, k: f"{n} on {topic}" if k == 2 else f"{n} of {date.year} ({k})")
    if name is None:
        return None
    short = "MoU" if kind.startswith("Memorandum") else kind.split(" ")[0].lower() + " agreement"
    rid = f"syn-agr-{i:06d}-{_slug(parties[0][2] + ' ' + parties[1][2])}"
    q = (f"{_a(kind)[0].upper()}{_a(kind)[1:]} was signed between the {parties[0][1]} and the {parties[1][1]}"
         f" on {date.day} {date:%B %Y}.")
    aliases = [f"{parties[0][2]} {parties[1][2]} {short}", f"{parties[0][2]}-{parties[1][2]} {kind.lower()}"]
    aliases = [a for a in dict.fromkeys(aliases) if a.lower() not in st.taken]
    st.taken.update(a.lower() for a in aliases)
    purpose = f"to cooperate on {topic}"
    data: dict = {"id": rid, "name": name, "kind": kind, "aliases": tuple(aliases),
                  "mentioned": _cite(f"{kind}", src, q),
                  "parties": _cite(tuple(p[0] for p in parties), src, q), "date": _cite(date, src, q),
                  "purpose": _cite(purpose, src, f"The document is intended {purpose}.")}
    if st.events and rng.random() < 0.5:
        ev = st.events[rng.randrange(len(st.events))]
        data["signed_at"] = _cite(ev[0], src, f"The {kind} was signed during the {ev[1]}.")
    return Agreement.model_validate(data)


def _initiative(st: _State, i: int, src: str) -> Initiative:
    rng = st.rng

    def make() -> str:
        return rng.choice(W.INITIATIVE_TEMPLATES).format(
            place=rng.choice(W.AZ_PLACES + W.CN_PLACES), region=rng.choice(W.REGIONS), sector=rng.choice(W.SECTORS))

    name = st.unique(make, lambda n, k: f"{n} {k}")
    rid = f"syn-ini-{i:06d}-{_slug(name)}"
    aliases = [a for a in (f"{name} initiative", f"{name} programme") if a.lower() not in st.taken]
    st.taken.update(a.lower() for a in aliases)
    data: dict = {"id": rid, "name": name, "aliases": tuple(aliases)}
    owner = st.orgs[rng.randrange(len(st.orgs))] if st.orgs else None
    counts = {}
    for key in rng.sample(W.COUNT_KEYS, rng.randint(1, 3)):
        n = rng.randrange(3, 400)
        who = f"the {owner[1]}" if owner else "the organizers"
        counts[key] = _cite(n, src, f"To date, {who} reported {n} {key.replace('_', ' ')} "
                                    f"under the \"{name}\" initiative.")
    data["counts"] = counts
    q = next(iter(counts.values()))["locator"]
    data["mentioned"] = _cite(f'the "{name}" initiative', src, q)
    if owner:
        data["owner"] = _cite(owner[0], src, q)
    return Initiative.model_validate(data)


def synthetic_records(*, n: int, seed: int = DEFAULT_SEED, avoid: set[str] | None = None) -> list[AnyRecord]:
    """`n` synthetic records; the list for n is a prefix of the list for any larger n (same seed)."""
    st = _State(rng=random.Random(seed), taken=set(avoid or ()), reserved=set(avoid or ()))
    out: list[AnyRecord] = []
    for i in range(n):
        st.reserving = i < RESERVED_PREFIX
        if i % SOURCE_EVERY == 0:
            out.append(_source(st, i))
            continue
        src, src_date = st.sources[-1], st.source_dates[-1]
        t = TYPE_CYCLE[i % len(TYPE_CYCLE)]
        if t == "O" or not st.orgs:
            rec = _org(st, i, src)
        elif t == "P":
            rec = _person(st, i, src)
        elif t == "E":
            rec = _event(st, i, src, src_date)
        elif t == "A":
            rec = _agreement(st, i, src, src_date) or _org(st, i, src)
        else:
            rec = _initiative(st, i, src)
        out.append(rec)
    return out


def synthetic_base(*, n: int, seed: int = DEFAULT_SEED, real: FactBase | None = None) -> FactBase:
    """The real shipped records plus `n` synthetic ones, as one checked FactBase."""
    real = real if real is not None else load_shipped()
    records = list(real) + synthetic_records(n=n, seed=seed, avoid=_real_names(real))
    return FactBase.build(records, origin=f"<synthetic n={n} seed={seed}>")
