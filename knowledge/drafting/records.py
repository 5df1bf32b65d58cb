"""From the drafter's things to records of the fact schema: ids, cited values, the source record."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..facts.factbase import AnyRecord
from ..facts.models import Agreement, Cited, Event, Organization, Person, Project, Source, Statement, Statistic
from .article import Article
from .things import Thing, Value

MAX_ID = 60


def slug(text: str, limit: int = MAX_ID) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_)
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            break
        out = f"{out}-{w}" if out else w
    return out or "record"


class Ids:
    """Unique ids: not taken in the fact base, not given twice in one draft."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)

    def new(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.taken:
            candidate = f"{base[:MAX_ID - 4]}-{n}"
            n += 1
        self.taken.add(candidate)
        return candidate


def thing_id(t: Thing, ids: Ids, year: int | None) -> str:
    if t.type == "organization":
        return ids.new(slug(t.acronym) if t.acronym else slug(t.name))
    if t.type == "person":
        return ids.new(slug(t.name))
    if t.type == "agreement":
        short = {"Memorandum of Understanding": "mou"}.get(t.kind or "", slug(t.kind or "agreement"))
        parties = [p.acronym or p.name.split()[-1] for p in t.get("parties") or ()]
        base = slug("-".join(parties[:2]), 40) + f"-{short}"
    elif t.kind == "meeting":
        people = [p.name.split()[-1] for p in t.get("participants") or ()]
        base = slug("-".join(people[:2]), 40) + "-meeting"
    elif t.type in ("project", "statistic", "statement"):
        return ids.new(slug(t.name, 50))
    else:
        base = slug(t.name, 50)
    date = t.get("date")
    y = date.year if date else year
    return ids.new(base if y is None or str(y) in base else f"{base}-{y}")


class Builder:
    """Turns things into records citing `source_id`; `ids` maps each thing to its record id."""

    def __init__(self, source_id: str, ids: dict[int, str]) -> None:
        self.source_id = source_id
        self.ids = ids

    def cited(self, v: Value | None, transform=lambda x: x) -> Cited | None:
        if v is None:
            return None
        return Cited(value=transform(v.value), source=self.source_id, quote=v.sentence.text,
                     qualifier=v.qualifier, expected=v.expected)

    def ref(self, t: Thing) -> str:
        return t.existing or self.ids[id(t)]

    def refs(self, ts) -> tuple[str, ...]:
        out: list[str] = []
        for t in ts:
            if self.ref(t) not in out:
                out.append(self.ref(t))
        return tuple(out)

    def record(self, t: Thing) -> AnyRecord:
        f = t.fields
        common = dict(id=self.ids[id(t)], name=t.name,
                      mentioned=Cited(value=t.written or t.name, source=self.source_id, quote=t.first.text))
        if t.type == "organization":
            return Organization(**common, acronym=t.acronym, kind=t.kind, country=self.cited(f.get("country")),
                                based_in=self.cited(f.get("based_in")),
                                parent=self.cited(f.get("parent"), self.ref), founded=self.cited(f.get("founded")),
                                founder=self.cited(f.get("founder"), self.ref), head=self.cited(f.get("head"), self.ref))
        if t.type == "person":
            return Person(**common, role=self.cited(f.get("role")),
                          organization=self.cited(f.get("organization"), self.ref))
        if t.type == "event":
            return Event(**common, kind=t.kind or "event", date=self.cited(f.get("date")),
                         place=self.cited(f.get("place")), part_of=self.cited(f.get("part_of"), self.ref),
                         organizers=self.cited(f.get("organizers"), self.refs),
                         supporters=self.cited(f.get("supporters"), self.refs),
                         participants=self.cited(f.get("participants"), self.refs),
                         companies=self.cited(f.get("companies")), discussed=self.cited(f.get("discussed")),
                         participants_count=self.cited(f.get("participants_count")),
                         end_date=self.cited(f.get("end_date")))
        if t.type == "project":
            return Project(**common, kind=t.kind or "project", place=self.cited(f.get("place")),
                           developer=self.cited(f.get("developer"), self.refs), capacity=self.cited(f.get("capacity")),
                           investment=self.cited(f.get("investment")), jobs=self.cited(f.get("jobs")),
                           start=self.cited(f.get("start")), completion=self.cited(f.get("completion")))
        if t.type == "statement":
            return Statement(**common, speaker=self.cited(f.get("speaker"), self.ref), said=self.cited(f["said"]),
                             at=self.cited(f.get("at"), self.ref))
        if t.type == "statistic":
            return Statistic(**common, kind=t.kind or "statistic", value=self.cited(f.get("value")),
                             period=self.cited(f.get("period")), change=self.cited(f.get("change")))
        date = f.get("date")
        signed_at = t.get("signed_at")
        if date is None and signed_at is not None and "date" in signed_at.fields:
            date = signed_at.fields["date"]  # signed during the event: the event's date, quoted where stated
        return Agreement(**common, kind=t.kind or "Agreement", parties=self.cited(f["parties"], self.refs),
                         date=self.cited(date), signed_at=self.cited(f.get("signed_at"), self.ref),
                         purpose=self.cited(f.get("purpose")), value=self.cited(f.get("value")),
                         signatories=self.cited(f.get("signatories"), self.refs))


def source_record(source_id: str, article: Article, *, publisher: str, published: dt.date, place: str | None,
                  informant: tuple[str, str] | None) -> Source:
    return Source(id=source_id, publisher=publisher, title=article.title, place=place, published=published,
                  url=article.url if article.url and re.match(r"^https?://\S+$", article.url) else None,
                  language=article.language if re.fullmatch(r"[a-z]{2,3}", article.language or "") else "en",
                  text="\n\n".join(article.paragraphs) or None,  # stored: the drafted quotes are checked against it
                  informant=Cited(value=informant[0], source=source_id, quote=informant[1]) if informant else None)
