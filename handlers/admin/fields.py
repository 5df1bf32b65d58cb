"""The fields an admin fills in per record type: a prompt with an example, and parsing typed text into a value.

Pure Python (no Telegram), used by /add and /edit. A parser raises ValueError with
a message meant for the admin; references accept an id, a name or an acronym.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from knowledge.facts.codec import record_from_data, record_to_data
from knowledge.facts.factbase import REFERENCES, AnyRecord, FactBase
from knowledge.facts.models import Cited

Parser = Callable[[str, FactBase], Any]
MAX_TEXT = 2000
SKIP_WORDS = {"-", "skip", "none"}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d.%m.%Y", "%d/%m/%Y")


@dataclass(frozen=True)
class Field:
    """One field of a record type as /add and /edit ask for it."""

    name: str
    prompt: str  # what to send, with an example (HTML-safe plain text)
    parse: Parser
    required: bool = False
    cited: bool = True  # a fact with source and quote, or a plain attribute (name, aliases ...)


# ----- parsers ------------------------------------------------------------------------------------

def _text(text: str, base: FactBase) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValueError("Please send some text.")
    if len(text) > MAX_TEXT:
        raise ValueError(f"That is {len(text)} characters; at most {MAX_TEXT} fit.")
    return text


def _texts(separator: str) -> Parser:
    def parse(text: str, base: FactBase) -> tuple[str, ...]:
        items = tuple(_text(p, base) for p in re.split(separator, text) if p.strip())
        if not items:
            raise ValueError("Please send at least one item.")
        return items
    return parse


def _date(text: str, base: FactBase) -> dt.date:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(text.replace(",", " ").split()))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise ValueError("That is not a date I can read. Send it like 2025-04-17 or 17 April 2025.")


def _count(text: str, base: FactBase) -> int:
    digits = text.strip().replace(",", "").replace(" ", "")
    if not digits.isdigit():
        raise ValueError("Please send a whole number, like 200.")
    return int(digits)


def _year(text: str, base: FactBase) -> int:
    year = _count(text, base)
    if not 1800 <= year <= 2100:
        raise ValueError("Please send a year, like 2003.")
    return year


def _url(text: str, base: FactBase) -> str:
    url = text.strip()
    if not re.fullmatch(r"https?://\S+", url):
        raise ValueError("Please send a web address starting with https://")
    return url


def _lang(text: str, base: FactBase) -> str:
    code = text.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise ValueError("Please send a language code, like en, ru, az or zh.")
    return code


def find_record(text: str, base: FactBase, types: tuple[str, ...]) -> str:
    """The id of the record of one of `types` that `text` names (id, name, acronym or alias)."""
    wanted = text.strip()
    candidates = [r for r in base if r.type in types]
    for rec in candidates:
        if rec.id == wanted.lower():
            return rec.id
    folded = wanted.casefold()
    for rec in candidates:
        names = [getattr(rec, "name", None), getattr(rec, "acronym", None), *getattr(rec, "aliases", ())]
        if any(n and n.casefold() == folded for n in names):
            return rec.id
    kinds = " or ".join(types)
    labels = {rec.id: f"{rec.id} ({getattr(rec, 'name', None) or rec.id})" for rec in candidates}
    hit = process.extractOne(wanted, labels, scorer=fuzz.WRatio, score_cutoff=60) if labels else None
    hint = f" Did you mean {hit[0]}?" if hit else ""
    raise ValueError(f"There is no {kinds} '{wanted}'.{hint} Send its id (see /facts), or /add it first.")


def _ref(*types: str) -> Parser:
    def parse(text: str, base: FactBase) -> str:
        return find_record(text, base, types)
    return parse


def _refs(*types: str) -> Parser:
    def parse(text: str, base: FactBase) -> tuple[str, ...]:
        parts = [p for p in re.split(r"[,;\n]", text) if p.strip()]
        if not parts:
            raise ValueError("Please send at least one, separated by commas.")
        return tuple(dict.fromkeys(find_record(p, base, types) for p in parts))
    return parse


def parse_id(text: str, base: FactBase) -> str:
    rid = text.strip().lower()
    if not _ID.fullmatch(rid):
        raise ValueError("An id uses only a-z, 0-9, '.', '_' and '-', starts with a letter or digit "
                         "and is at most 80 characters, like baku-china-forum-2025.")
    if rid in base.records:
        raise ValueError(f"The id '{rid}' is taken; please choose another.")
    return rid


# ----- the fields of each type -------------------------------------------------------------------

def _refs_of(type_name: str, field: str) -> tuple[str, ...]:
    return REFERENCES[type_name][field]


NAME = Field("name", "The full name, e.g. Baku China Business Forum 2025", _text, required=True, cited=False)
ALIASES = Field("aliases", "Other names people use, separated by commas, e.g. Baku forum, China business forum",
                _texts(r","), cited=False)

FIELDS: dict[str, tuple[Field, ...]] = {
    "source": (
        Field("publisher", "Who published it, e.g. Trend", _text, required=True, cited=False),
        Field("title", "The headline, e.g. AZPROMO, NDRC discuss joint business events", _text, cited=False),
        Field("place", "Where it was published, e.g. Baku", _text, cited=False),
        Field("published", "The publication date, e.g. 2025-04-21", _date, required=True, cited=False),
        Field("url", "The web address, e.g. https://en.trend.az/business/...", _url, cited=False),
        Field("language", "Its language code, e.g. en", _lang, cited=False),
    ),
    "organization": (
        NAME,
        Field("acronym", "The short name, e.g. AZPROMO", _text, cited=False),
        Field("kind", "What it is, e.g. agency, ministry, commission, company", _text, cited=False),
        ALIASES,
        Field("country", "Its country, e.g. Azerbaijan", _text),
        Field("based_in", "Where it is based, e.g. China", _text),
        Field("parent", "The organization it belongs to (id or name), e.g. ndrc", _ref(*_refs_of("organization", "parent"))),
        Field("founded", "The year it was founded, e.g. 2003", _year),
        Field("founder", "Who founded it (id or name), e.g. ministry-of-economy-az",
              _ref(*_refs_of("organization", "founder"))),
        Field("head", "The person who leads it (id or name), e.g. yusif-abdullayev",
              _ref(*_refs_of("organization", "head"))),
        Field("purpose", "What it is for, e.g. to facilitate foreign investment in the non-oil industry", _text),
        Field("objective", "Its main objective, e.g. to foster exports in the non-oil sector", _text),
    ),
    "person": (
        NAME,
        ALIASES,
        Field("role", "Their position, e.g. Executive Director", _text),
        Field("organization", "Where they work (id or name), e.g. azpromo",
              _ref(*_refs_of("person", "organization"))),
    ),
    "event": (
        NAME,
        Field("kind", "What kind of event, e.g. conference, forum, meeting, visit", _text, required=True, cited=False),
        ALIASES,
        Field("date", "When it took place, e.g. 2025-04-17 or 17 April 2025", _date),
        Field("place", "Where it took place, e.g. Beijing", _text),
        Field("part_of", "The event it was part of (id or name)", _ref(*_refs_of("event", "part_of"))),
        Field("organizers", "Who organized it: ids or names, separated by commas, e.g. azpromo, ndrc",
              _refs(*_refs_of("event", "organizers"))),
        Field("supporters", "Who supported it: ids or names, separated by commas",
              _refs(*_refs_of("event", "supporters"))),
        Field("participants", "Who took part: ids or names, separated by commas",
              _refs(*_refs_of("event", "participants"))),
        Field("companies", "How many companies took part, e.g. 200", _count),
        Field("discussed", "What was discussed, separated by semicolons, e.g. joint business events; "
                           "investment partnerships", _texts(r"[;\n]")),
    ),
    "agreement": (
        NAME,
        Field("kind", "What kind of agreement, e.g. Memorandum of Understanding", _text, required=True, cited=False),
        ALIASES,
        Field("parties", "Who signed it: ids or names, separated by commas, e.g. azpromo, ndrc-icc",
              _refs(*_refs_of("agreement", "parties")), required=True),
        Field("date", "When it was signed, e.g. 2025-04-17", _date),
        Field("signed_at", "The event where it was signed (id or name)", _ref(*_refs_of("agreement", "signed_at"))),
        Field("purpose", "What it is for, e.g. to attract Chinese companies to invest in Azerbaijan", _text),
    ),
    "initiative": (
        NAME,
        ALIASES,
        Field("owner", "Who runs it (id or name), e.g. azpromo", _ref(*_refs_of("initiative", "owner"))),
    ),
}


def field(type_name: str, name: str) -> Field | None:
    return next((f for f in FIELDS.get(type_name, ()) if f.name == name), None)


def needs_source(type_name: str) -> bool:
    return any(f.cited for f in FIELDS[type_name])


# ----- records from values -----------------------------------------------------------------------

def suggest_id(type_name: str, values: dict[str, Any], base: FactBase) -> str:
    """A free id from the name (or publisher and date), like baku-china-business-forum-2025."""
    if type_name == "source":
        words = f"{values.get('publisher', 'source')} {values.get('published', '')}"
    else:
        words = str(values.get("name", type_name))
    slug = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:60].strip("-") or type_name
    candidate, n = slug, 2
    while candidate in base.records:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def build_record(type_name: str, record_id: str, values: dict[str, Any], *,
                 source: str | None, quote: str | None) -> AnyRecord:
    """The record from the collected values; cited ones get `source` and `quote`. ValueError if invalid."""
    data: dict[str, Any] = {"type": type_name, "id": record_id}
    for f in FIELDS[type_name]:
        if f.name in values:
            data[f.name] = {"value": values[f.name], "source": source, "quote": quote} if f.cited else values[f.name]
    return _validated(data)


def with_value(record: AnyRecord, name: str, value: Any, *, source: str | None, quote: str | None) -> AnyRecord:
    """The record with one field set to `value` (None clears it); a cited field gets `source` and `quote`."""
    spec = field(record.type, name)
    data = record_to_data(record)
    if value is None:
        data.pop(name, None)
    elif spec is not None and spec.cited:
        data[name] = {**data.get(name, {}), "value": value, "source": source, "quote": quote}
    else:
        data[name] = value
    return _validated(data)


def current(record: AnyRecord, name: str) -> Any:
    """A field's value (unwrapped from its citation), or None."""
    value = getattr(record, name, None)
    return value.value if isinstance(value, Cited) else value


def citation(record: AnyRecord, name: str) -> Cited | None:
    value = getattr(record, name, None)
    return value if isinstance(value, Cited) else None


def show(value: Any) -> str:
    """A value as plain text: dates ISO, lists joined with commas."""
    if isinstance(value, Cited):
        value = value.value
    if isinstance(value, (tuple, list)):
        return ", ".join(show(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {show(v)}" for k, v in value.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _validated(data: dict[str, Any]) -> AnyRecord:
    try:
        return record_from_data(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'record'}: {e['msg']}"
                             for e in exc.errors())
        raise ValueError(f"The record is not valid: {problems}") from None
