"""A timeline: the dated things of the fact base (events, agreements, projects' starts and
completions) in date order, one line each with its date and source, filtered by a year, a month
of a year or a topic (a thing they involve), and paged; and what the newest sources added.

The filter is read from plain words in any of the languages: "2025", "April 2025", "апрель 2025",
"2025年4月", "AZPROMO". Nothing is computed that the facts do not state: an undated record is
not on the timeline.
"""
from __future__ import annotations

import datetime as dt
import heapq
import re
from dataclasses import dataclass
from operator import itemgetter

from ..answer import Answer, AnswerKind, Quote
from ..facts.atoms import related_ids
from ..facts.models import Cited
from ..language.lexicon import lexicons
from ..language.text import stem, tokens
from ..understanding.analysis import analyse
from .render import Renderer

PAGE = 10  # lines a page (well within one Telegram message)
DATED = {"event": ("date",), "agreement": ("date",), "project": ("start", "completion")}
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_ZH_MONTH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*月")


@dataclass(frozen=True)
class Entry:
    start: dt.date  # for ordering and filtering: the first day the value stands for
    rid: str
    field: str      # date, start, completion
    cited: Cited


@dataclass(frozen=True)
class Query:
    year: int | None = None
    month: int | None = None
    topic: str | None = None  # a record id
    types: frozenset[str] = frozenset()  # record types a kind noun asks for ("what agreements ...")
    unknown_topic: bool = False


@dataclass(frozen=True)
class TimelinePage:
    answer: Answer
    page: int
    pages: int


def start_of(value: dt.date | str) -> dt.date | None:
    """The first day a date or period ("2025", "2025-04", "2026-H1", "2025-01/2025-04") stands for."""
    if isinstance(value, dt.date):
        return value
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:-?([QH])(\d))?", str(value))
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if m.group(4):
        month = (int(m.group(5)) - 1) * (3 if m.group(4) == "Q" else 6) + 1
    return dt.date(year, int(month or 1), int(day or 1))


def entries(base) -> list[Entry]:
    """Every dated thing, in date order (then by record type, id and field)."""
    order = {t: i for i, t in enumerate(DATED)}
    keyed = []
    for rec in base:
        for field in DATED.get(rec.type, ()):
            cited = getattr(rec, field, None)
            start = start_of(cited.value) if isinstance(cited, Cited) else None
            if start is not None:
                keyed.append(((start, order[rec.type], rec.id, field), Entry(start, rec.id, field, cited)))
    return [e for _, e in sorted_in_pieces(keyed)]


def sorted_in_pieces(items: list[tuple], piece: int = 4096) -> list[tuple]:
    """`sorted(items)` (tuples with distinct first members), without holding the interpreter lock for
    long: pieces sorted one C call each, merged in Python. A new fact base is indexed in a worker
    thread while the bot's event loop goes on (see engine.Engine.swap); at 100,000 records one sort of
    every dated thing stopped the loop for tens of milliseconds."""
    if len(items) <= piece:
        return sorted(items, key=_FIRST)
    pieces = [sorted(items[i:i + piece], key=_FIRST) for i in range(0, len(items), piece)]
    return list(heapq.merge(*pieces, key=_FIRST))


_FIRST = itemgetter(0)


def _months() -> dict[str, int]:
    """Month names of every language, as stems, to their number."""
    out: dict[str, int] = {}
    for lex in lexicons().values():
        for i, name in enumerate(lex.messages.get("months") or [], 1):
            for t in tokens(str(name)):
                if not t.isdigit():
                    out[stem(t)] = i
                    if lex.code == "en":
                        out[t[:3]] = i
    return out


def parse_query(text: str, index, lang: str) -> Query:
    """A year, a month and a topic from the words of `text`."""
    if not text.strip():
        return Query()
    year_m = _YEAR.search(text)
    year = int(year_m.group(1)) if year_m else None
    months = _months()
    month = next((months[stem(t)] for t in tokens(text) if stem(t) in months), None)
    zh = _ZH_MONTH.search(text)
    if zh:
        month = int(zh.group(1))
    a = analyse(text, index, lang=lang)
    named = sorted((m for m in a.mentions.values() if m.named), key=lambda m: -m.strength)
    kinds = [m for m in a.mentions.values() if m.via_kind]
    topic = named[0].entity if named else None
    unknown = bool(a.unknown_names) and topic is None and not kinds
    types = frozenset(index.base.get(m.entity).type for m in kinds if index.base.get(m.entity) is not None)
    kind_things = {m.entity for m in kinds}
    if topic is None and len(kind_things) == 1 and year is None:
        topic = next(iter(kind_things))  # "what happened at the conference?": the one conference
    return Query(year=year, month=month if year or month else None, topic=topic, unknown_topic=unknown,
                 types=types & set(DATED))


def select(all_entries: list[Entry], q: Query, base) -> list[Entry]:
    out = []
    for e in all_entries:
        if q.year is not None and e.start.year != q.year:
            continue
        if q.month is not None and e.start.month != q.month:
            continue
        if q.types and q.topic is None and base.get(e.rid).type not in q.types:
            continue
        if q.topic is not None and q.topic != e.rid and q.topic not in related_ids(base.get(e.rid), base):
            continue
        out.append(e)
    return out


def line(r: Renderer, e: Entry) -> str:
    """One line: its date, what, and its source."""
    name = r.name(e.rid, full=True)
    what = name if e.field == "date" else r.m(f"ui.timeline_{e.field}", name=name)
    expected = r.m("ui.timeline_expected") if getattr(e.cited, "expected", False) else ""
    return f"{r.when(e.cited.value, alone=True)}{expected} \u2014 {what[:1].upper() + what[1:]} ({r.citation([e.cited.source])})"


def page_of(r: Renderer, chosen: list[Entry], page: int, title: str) -> TimelinePage:
    """One page of lines as an Answer (the newest last)."""
    pages = max(1, -(-len(chosen) // PAGE))
    page = min(max(page, 0), pages - 1)
    shown = chosen[page * PAGE:(page + 1) * PAGE]
    if not shown:
        return TimelinePage(Answer(kind=AnswerKind.DECLINE, body=r.m("ui.timeline_empty"), lang=r.lang,
                                   source_label=r.m("source_label")), 0, 1)
    src_ids = list(dict.fromkeys(e.cited.source for e in shown))
    body = "\n".join([title, *(f"\u2022 {line(r, e)}" for e in shown)])
    answer = Answer(kind=AnswerKind.FACT, body=body, lang=r.lang, sources=tuple(r.index.source_refs(src_ids)),
                    quotes=tuple(Quote(source_id=e.cited.source, text=e.cited.quote) for e in shown if e.cited.quote),
                    facts=tuple(f"{e.rid}.{e.field}" for e in shown), confidence=1.0,
                    source_label=r.m("source_label"), label_sep=r.opt("source_sep", ": "),
                    citation=r.citation(src_ids) or None)
    return TimelinePage(answer, page, pages)


def latest(all_entries: list[Entry], base) -> list[Entry]:
    """What the newest sources added: the dated things the most recently published source states."""
    sources = sorted(base.sources(), key=lambda s: s.published)
    for src in reversed(sources):
        chosen = [e for e in all_entries if e.cited.source == src.id]
        if chosen:
            return chosen
    return []
