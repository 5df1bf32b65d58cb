"""Dates in article sentences and the dateline ("BAKU, Azerbaijan, April 21." / "BAKU, April 21 (Xinhua) --").

A regular expression finds the date phrases; dateparser reads them, relative to the
article's date, so a year-less "April 17" in an article of 21 April 2025 is 17 April
2025 (and a future "will be held on May 5" is after it, not a year before).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
MONTH_WORDS = _MONTHS
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATE_PHRASE = (rf"(?:{_DAY}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+{_DAY}(?!\d))(?:,?\s+(?:19|20)\d\d)?"
               r"|\b(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d\b")
DATE_RE = re.compile(rf"\b(?:{DATE_PHRASE})")
_FUTURE = re.compile(r"\b(?:will|shall|to be held|is to|are to|upcoming|scheduled|plans? to|next)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")

DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){{0,2}})"
    r"(?:,\s*(?P<country>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?))?"
    rf"[,.]\s*(?P<date>{DATE_PHRASE})"
    r"(?:[,.]?\s*(?:\((?P<agency>[^)]{2,30})\)|(?P<agency2>[A-Z][A-Za-z.]{1,20}(?![a-z]))))?"
    r"\s*(?:--|[.:/—–-]|$)\s*")


@dataclass(frozen=True)
class Dateline:
    place: str
    date_text: str
    agency: str | None
    end: int  # where the article's own first sentence starts in the paragraph


def parse_date(phrase: str, *, base: dt.date | None, sentence: str = "") -> dt.date | None:
    """A date phrase as a date; a year-less one is read relative to `base` (None: the phrase needs a year)."""
    import dateparser  # loaded when first needed

    if base is None and not _YEAR.search(phrase):
        return None
    future = bool(_FUTURE.search(sentence))
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["day", "month"],
                "DATE_ORDER": "DMY"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(phrase.replace(".", " ") if "." in phrase and not phrase[0].isdigit() else phrase,
                              languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def dates_in(sentence: str, *, base: dt.date | None) -> list[tuple[re.Match, dt.date]]:
    out = []
    for m in DATE_RE.finditer(sentence):
        d = parse_date(m.group(0), base=base, sentence=sentence)
        if d is not None:
            out.append((m, d))
    return out


def find_dateline(paragraph: str) -> Dateline | None:
    m = DATELINE.match(paragraph)
    if m is None:
        return None
    place = m.group("place")
    place = place.title() if place.isupper() else place
    return Dateline(place=place, date_text=m.group("date"), agency=m.group("agency") or m.group("agency2"),
                    end=m.end())


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(r"\b(?:on\s+)?(?P<w>today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                       re.IGNORECASE)


def relative_date(text: str, base: dt.date | None) -> dt.date | None:
    """"today", "yesterday", "on Tuesday" (the latest such day up to the article's date), in past-tense news."""
    m = _RELATIVE.search(text)
    if m is None or base is None or _FUTURE.search(text[:m.start()]):
        return None
    word = m.group("w").lower()
    if word == "today":
        return base
    if word == "yesterday":
        return base - dt.timedelta(days=1)
    return base - dt.timedelta(days=(base.weekday() - _WEEKDAYS.index(word)) % 7)
