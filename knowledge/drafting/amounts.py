"""Amounts in news sentences: money ("$310 million", "245 million manats", "2.9 billion U.S. dollars"),
quantities ("1,200 tonnes of solar glass per day"), changes ("up 14.2 percent year on year"), periods
("in January–August 2026", "in the first three quarters of 2026", "in the first half of 2027") and the
qualifiers before numbers ("about", "nearly", "more than", "at least", "up to").

Plain regular expressions: the shapes are few and fixed in news English (price-parser and quantulum3
were not tried; see the note of issue 15).
"""
from __future__ import annotations

import re

QUALIFIERS = {"about": "about", "around": "about", "approximately": "about", "some": "about", "roughly": "about",
              "nearly": "nearly", "almost": "nearly", "close to": "nearly", "more than": "more_than",
              "over": "more_than", "at least": "at_least", "up to": "up_to"}
QUAL = r"(?P<q>\b(?i:about|around|approximately|some|roughly|nearly|almost|close to|more than|over|at least|up to)\s+)?"
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
_CURRENCY = {"$": "USD", "us$": "USD", "u.s. dollars": "USD", "us dollars": "USD", "dollars": "USD", "usd": "USD",
             "manats": "AZN", "manat": "AZN", "azn": "AZN", "yuan": "CNY", "cny": "CNY", "euros": "EUR", "euro": "EUR",
             "eur": "EUR", "€": "EUR"}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY = re.compile(
    QUAL + rf"(?:(?P<sym>US\$|\$|€)\s?(?P<n1>{_NUM})(?:\s*(?P<s1>thousand|million|billion|mln|bn)\b)?"
    rf"|(?P<n2>{_NUM})\s*(?P<s2>thousand|million|billion|mln|bn)?\s+(?P<cur>U\.S\. dollars|US dollars|dollars|"
    r"manats?|yuan|euros?|AZN|USD|CNY|EUR)\b)")
PER_PERIOD = re.compile(QUAL + rf"(?P<n>{_NUM})\s+(?:(?P<scale>thousand|million|billion)\s+)?"
                        r"(?P<unit>(?:[a-z-]+\s+){0,2}?[a-z-]+?)(?:\s+of\s+[\w\s-]+?)?\s+(?:per|a|each)\s+"
                        r"(?P<per>year|day|month|hour)\b")
QUANTITY = re.compile(QUAL + rf"(?P<n>{_NUM})\s+(?P<unit>(?:[a-z-]+\s+){{0,3}}?(?:tonnes|tons|units|containers|"
                      r"buses|megawatts|MW|GW|kWh|cubic meters|square meters|hectares|vehicles|cars|trucks))"
                      r"(?P<per>(?:\s+of\s+[\w\s-]+?)?\s+(?:per|a|each)\s+(?:year|day|month|hour))?")
CHANGE = re.compile(rf"(?P<n>{_NUM})\s*(?:percent|per cent|%)\s*(?P<dir>more|higher|less|lower)?"
                    r"|(?P<verb>up|down|increase of|decrease of|rising|falling|grew by|fell by)\s+(?P<n2>\d+(?:\.\d+)?)"
                    r"\s*(?:percent|per cent|%)")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_M = "|".join(m.capitalize() for m in _MONTHS)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_PERIODS = [
    (re.compile(rf"\b(?P<m1>{_M})[–-](?P<m2>{_M}) (?P<y>20\d\d)"), "months"),
    (re.compile(r"\bfirst (?P<k>two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?P<y>20\d\d)"), "first_months"),
    (re.compile(r"\bfirst (?P<k>two|three) quarters of (?P<y>20\d\d)"), "first_quarters"),
    (re.compile(r"\b(?:the )?(?P<k>first|second|third|fourth) quarter of (?P<y>20\d\d)"), "quarter"),
    (re.compile(r"\b(?:the )?(?P<k>first|second) half of (?P<y>20\d\d)"), "half"),
    (re.compile(rf"\b(?P<m1>{_M}) (?P<y>20\d\d)"), "month"),
    (re.compile(r"\b(?:in|by the end of|by|since|for) (?P<y>20\d\d)\b(?![–-]\d)"), "year"),
]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _plain(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 4)


def qualifier(match: re.Match) -> str | None:
    q = (match.group("q") or "").strip().lower()
    return QUALIFIERS.get(q)


def money_in(text: str, start: int = 0) -> list[tuple[re.Match, dict]]:
    """Every amount of money after `start`, as {amount, currency}."""
    out = []
    for m in MONEY.finditer(text, start):
        n, scale = (m.group("n1"), m.group("s1")) if m.group("n1") else (m.group("n2"), m.group("s2"))
        cur = _CURRENCY[(m.group("sym") or m.group("cur")).lower()]
        out.append((m, {"amount": _plain(_number(n) * _SCALE.get((scale or "").lower(), 1)), "currency": cur}))
    return out


def quantity_in(text: str) -> tuple[re.Match, dict] | None:
    """"1,200 tonnes of solar glass per day", "2 million tyres per year", "60,000 tonnes"."""
    m = PER_PERIOD.search(text)
    if m is not None:
        amount = _number(m.group("n")) * _SCALE.get(m.group("scale") or "", 1)
        return m, {"amount": _plain(amount), "unit": f"{' '.join(m.group('unit').split())} per {m.group('per')}"}
    m = QUANTITY.search(text)
    if m is None:
        return None
    unit = " ".join(m.group("unit").split())
    per = re.search(r"(?:per|a|each)\s+(year|day|month|hour)", m.group("per") or "")
    if per:
        unit += f" per {per.group(1)}"
    return m, {"amount": _plain(_number(m.group("n"))), "unit": unit}


def change_in(text: str) -> dict | None:
    for m in CHANGE.finditer(text):
        n = m.group("n") or m.group("n2")
        words = (m.group("dir") or m.group("verb") or "").lower()
        after = text[m.end():m.end() + 40].lower()
        if not words and not re.match(r"\s*(?:more|higher|less|lower|year|compared|up|down|,)", after):
            continue
        down = words in ("less", "lower", "down", "decrease of", "falling", "fell by")
        return {"amount": _plain(_number(n)), "unit": "%", "direction": "down" if down else "up"}
    return None


def period_in(text: str) -> str | None:
    """The first period a sentence names, in the schema's form (2026-01/2026-08, 2026-Q1/2026-Q3, 2027-H1, 2025)."""
    found = [(m.start(), -len(m.group(0)), m, shape) for pattern, shape in _PERIODS if (m := pattern.search(text))]
    for _, _, m, shape in sorted(found, key=lambda f: f[:2])[:1]:
        y = m.group("y")
        if shape == "months":
            a, b = (_MONTHS.index(m.group(k).lower()) + 1 for k in ("m1", "m2"))
            return f"{y}-{a:02d}/{y}-{b:02d}"
        if shape == "first_months":
            return f"{y}-01/{y}-{_ORD[m.group('k')]:02d}"
        if shape == "first_quarters":
            return f"{y}-Q1/{y}-Q{_ORD[m.group('k')]}"
        if shape == "quarter":
            return f"{y}-Q{_ORD[m.group('k')]}"
        if shape == "half":
            return f"{y}-H{_ORD[m.group('k')]}"
        if shape == "month":
            return f"{y}-{_MONTHS.index(m.group('m1').lower()) + 1:02d}"
        return y
    return None
