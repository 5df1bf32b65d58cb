"""Drafting: an article in, proposed records out, each value quoting the sentence it comes from.

    draft = draft_article(article, base)       # base: the live FactBase, for linking
    draft.proposals                            # new records, each with its confidence and summary line
    draft.linked                               # ids of records the fact base already holds that they refer to
    draft.records(keep={...})                  # the kept records, references to dropped ones removed
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..facts.factbase import AnyRecord, FactBase, referenced_ids
from ..facts.models import Source
from .article import Article
from .dates import parse_date
from .errors import NoFacts, NotAnArticle
from .link import Linker, name_key
from .reading import Reading
from .records import Builder, Ids, slug, source_record, thing_id
from .relations import apply_all
from .sentences import split_article
from .summary import summary_line, value_text
from .updates import Update, describe, updates_for

_TOLD = re.compile(r"\b(?:told|reported to|informed)\s+(?P<pub>[A-Z][\w.]+)")
_REPORTS = re.compile(r"(?<![\w.])(?P<pub>[A-Z][\w.]+) (?:reports|informs|reported)\.?$")
MAX_TEXT = 500_000  # what a source can store (models.SourceText), so that its quotes can be checked
_ORDER = {"organization": 0, "person": 1, "event": 2, "agreement": 3, "project": 4, "statistic": 5, "statement": 6}


@dataclass(frozen=True)
class Proposal:
    record: AnyRecord
    confidence: float
    summary: str


@dataclass(frozen=True)
class Draft:
    article: Article
    source: Source
    source_is_new: bool
    proposals: tuple[Proposal, ...]
    linked: tuple[str, ...]
    notes: tuple[str, ...] = ()
    updates: tuple[Update, ...] = ()   # new facts and disagreeing values about records already held
    update_lines: tuple[str, ...] = ()

    def updated(self, base: FactBase, chosen: set[int], kept_ids: set[str]) -> list[AnyRecord]:
        """Records of `base` with the chosen updates applied (an update naming a dropped record is left out)."""
        known = set(base.records) | kept_ids
        out: dict[str, AnyRecord] = {}
        for i, u in enumerate(self.updates):
            if i in chosen and u.refers_to() <= known and (rec := out.get(u.record_id) or base.get(u.record_id)):
                out[u.record_id] = u.apply(rec)
        return list(out.values())

    def records(self, keep: set[str] | None = None) -> list[AnyRecord]:
        """The source (if new) and the kept proposals; references to dropped ones are removed,
        and a record left without a required reference (an agreement without parties) is dropped too."""
        kept = {p.record.id: p.record for p in self.proposals if keep is None or p.record.id in keep}
        dropped = {p.record.id for p in self.proposals} - set(kept)
        changed = True
        while changed and dropped:
            changed = False
            for rid, rec in list(kept.items()):
                new = _without(rec, dropped)
                if new is None:
                    del kept[rid]
                    dropped.add(rid)
                    changed = True
                elif new is not rec:
                    kept[rid] = new
        return ([self.source] if self.source_is_new else []) + list(kept.values())


def _without(rec: AnyRecord, dropped: set[str]) -> AnyRecord | None:
    update = {}
    for fname, target in referenced_ids(rec):
        if target not in dropped:
            continue
        cited = getattr(rec, fname)
        if isinstance(cited.value, tuple):
            rest = tuple(v for v in cited.value if v not in dropped)
            update[fname] = cited.model_copy(update={"value": rest}) if rest else None
        else:
            update[fname] = None
    if not update:
        return rec
    if rec.type == "agreement" and update.get("parties", True) is None:
        return None
    return rec.model_copy(update=update)


def draft_article(article: Article, base: FactBase, *, today: dt.date | None = None) -> Draft:
    """Propose records for what `article` states; raises NoFacts if it states none."""
    today = today or dt.date.today()
    if len(article.text) > MAX_TEXT:
        raise NotAnArticle(article.title or "That article", f"its text is longer than {MAX_TEXT:,} characters")
    sentences, dateline = split_article(article.paragraphs)
    notes: list[str] = []
    published = article.published
    if published is None and dateline is not None:
        published = parse_date(dateline.date_text, base=today)
        if published is not None and not re.search(r"\d{4}", dateline.date_text):
            notes.append(f"The dateline gives no year: the source's date is taken as {published.isoformat()} "
                         f"(the latest such day); check it.")
    if published is None:
        published = today
        notes.append("The article does not say when it was published: the source's date is today's; check it.")
    linker = Linker(base)
    reading = Reading(sentences, linker)
    reading.dateline_place = dateline.place if dateline else None
    apply_all(reading, published)
    _link_by_parties(reading, base)
    things = sorted(_emitted(reading), key=lambda t: (_ORDER[t.type], t.first.index))
    if not things and not any(t.existing for t in reading.things):
        raise NoFacts(article.title or "that article")
    publisher = article.publisher or (dateline.agency if dateline else None) or _told(sentences) or "Unknown publisher"
    if publisher == "Unknown publisher":
        notes.append("The publisher is not stated: edit the source's publisher.")
    existing_source = linker.same_source(article.url, publisher, article.title, published,
                                         sentences[0].text if sentences else "")
    ids = Ids(set(base.records))
    source_id = existing_source or ids.new(f"{slug(publisher, 40)}-{published.isoformat()}")
    id_of = {id(t): thing_id(t, ids, published.year) for t in things}
    builder = Builder(source_id, id_of)
    records = [builder.record(t) for t in things]
    if existing_source:
        source = base.get(existing_source)
        notes.append(f"This article is already in the fact base as source {existing_source}.")
    else:
        source = source_record(source_id, article, publisher=publisher, published=published,
                               place=dateline.place if dateline else None,
                               informant=_informant(reading, builder, publisher))
    proposals = tuple(Proposal(rec, round(t.confidence, 2), summary_line(rec, base, records))
                      for t, rec in zip(things, records))
    new_ids = {r.id for r in records} | {source_id}
    updates = updates_for([t for t in reading.things if t.existing], builder, base)
    linked = sorted(({target for rec in records + [source] for _, target in referenced_ids(rec)}
                     | {u.record_id for u in updates}) - new_ids)
    names = lambda v: value_text(v, base, records)  # noqa: E731
    return Draft(article, source, existing_source is None, proposals, tuple(linked), tuple(notes),
                 tuple(updates), tuple(describe(u, base, names) for u in updates))


def _link_by_parties(reading: Reading, base: FactBase) -> None:
    """Name agreements and meetings after their final parties, and link those the fact base holds
    (same kind, same parties or participants)."""
    def ids(things) -> frozenset[str] | None:
        out = [t.existing for t in things or ()]
        return frozenset(out) if out and all(out) else None

    for t in reading.things:
        if t.type == "agreement":
            names = [p.acronym or p.name for p in t.get("parties")]
            t.name = f"{t.kind} between {', '.join(names[:-1])} and {names[-1]}"
            mine, field, types = ids(t.get("parties")), "parties", ("agreement",)
        elif t.type == "event" and t.kind == "meeting":
            mine, field, types = ids(t.get("participants")), "participants", ("event",)
        else:
            continue
        if mine is None or t.existing:
            continue
        for rec in base:
            cited = getattr(rec, field, None) if rec.type in types else None
            if cited is not None and frozenset(cited.value) == mine and getattr(rec, "kind", None) == t.kind:
                t.existing = rec.id
                break


def _emitted(reading: Reading) -> list:
    """The new things worth a record, and every new thing they refer to."""
    out = [t for t in reading.things if t.existing is None and _worth(t)]
    todo = list(out)
    while todo:
        t = todo.pop()
        for v in t.fields.values():
            for x in (v.value if isinstance(v.value, tuple) else (v.value,)):
                if hasattr(x, "fields") and x.existing is None and x not in out:
                    out.append(x)
                    todo.append(x)
    return out


def _worth(t) -> bool:
    """A person named with nothing said about them, outside any meeting, is not worth a record."""
    return t.type != "person" or bool(t.fields) or t.confidence >= 0.85


def _told(sentences) -> str | None:
    """The publisher named in the text: "..., Trend reports." or "AZPROMO told Trend"."""
    for s in sentences:
        m = _REPORTS.search(s.text) or _TOLD.search(s.text)
        if m:
            return m.group("pub").rstrip(".")
    return None


def _informant(reading: Reading, builder: Builder, publisher: str) -> tuple[str, str] | None:
    """'AZPROMO told Trend': the organization that told the publisher."""
    for s in reading.sentences:
        m = _TOLD.search(s.text)
        if m and name_key(m.group("pub")) == name_key(publisher):
            refs = [x for x in reading.refs_of(s, "organization") if x.end <= m.start()
                    and s.text[x.end:m.start()].strip() in ("", ",")]
            if refs:
                return builder.ref(refs[-1].thing), s.text
    return None
