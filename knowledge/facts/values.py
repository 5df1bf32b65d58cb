"""The values facts hold besides text, numbers and ids: money, quantities, changes and imprecise dates.

Dates may be partial or periods: "2025", "2025-04", "2025-Q3", "2026-H1", or a span of such
("2025-01/2025-04"); a full date stays a `datetime.date`. `period_bounds` turns either into
the first and last day it covers, so derived answers can compare and count with them.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, PlainValidator, StringConstraints

_PART = r"\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?"
_FULL = r"\d{4}-\d{2}-\d{2}"
PERIOD_PATTERN = rf"^(?:{_PART}|{_FULL}/{_FULL}|{_PART}/{_PART})$"
_PERIOD_RE = re.compile(PERIOD_PATTERN)


def _year_to_text(value: object) -> object:
    """A bare year in YAML (2027) is an int: read it as the period "2027"."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Period = Annotated[str, BeforeValidator(_year_to_text), StringConstraints(pattern=PERIOD_PATTERN)]


def _date_value(value: object) -> dt.date | str:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    value = _year_to_text(value)
    if isinstance(value, str):
        text = value.strip()
        if _PERIOD_RE.match(text):
            return text
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError("expected a date (2025-04-17) or a year, month, quarter or half-year "
                     "(2025, 2025-04, 2025-Q3, 2026-H1)")


def _date_json(value: dt.date | str) -> str:
    return value.isoformat() if isinstance(value, dt.date) else value


# A date field: a full date, or a partial one / a period ("2025" is a year, never a timestamp)
DateValue = Annotated[Union[dt.date, str], PlainValidator(_date_value),
                      PlainSerializer(_date_json, when_used="json")]

Qualifier = Literal["about", "nearly", "more_than", "at_least", "up_to", "exactly"]
QUALIFIERS: tuple[str, ...] = ("about", "nearly", "more_than", "at_least", "up_to", "exactly")
Number = Union[int, float]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __getattr__(self, name: str) -> Any:  # (a missing attribute, fast: see models.Frozen)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class Money(_Value):
    """An amount of money: {amount: 335000000, currency: USD}."""

    amount: Number
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class Quantity(_Value):
    """A measured amount: {amount: 300, unit: MW}; a share is {amount: 14, unit: "%"}."""

    amount: Number
    unit: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]


class Change(_Value):
    """How a figure moved: {amount: 14, unit: "%", direction: up, compared_to: "2024-01/2024-04"}."""

    amount: Number
    unit: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] = "%"
    direction: Literal["up", "down"] = "up"
    compared_to: Period | None = None


Measure = Union[Money, Quantity, Number]


_MONTH_RE = re.compile(r"\d{4}-\d{2}")


def is_period(value: object) -> bool:
    return isinstance(value, str) and bool(_PERIOD_RE.match(value))


def _part_bounds(part: str) -> tuple[dt.date, dt.date]:
    year = int(part[:4])
    rest = part[5:]
    if not rest:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        first, last = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        first, last = 6 * h - 5, 6 * h
    elif len(rest) == 5:  # a full date inside a span
        d = dt.date.fromisoformat(part)
        return d, d
    else:
        first = last = int(rest)
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def day_of(value: object) -> dt.date | None:
    """A date value as a day: a date itself, a month ("2025-04") as its last day; anything else None."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _MONTH_RE.fullmatch(value):
        year, month = int(value[:4]), int(value[5:])
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return None


def period_bounds(value: dt.date | str) -> tuple[dt.date, dt.date]:
    """The first and last day a date or period covers."""
    if isinstance(value, dt.date):
        return value, value
    start, _, end = value.partition("/")
    return _part_bounds(start)[0], _part_bounds(end or start)[1]


def period_parts(value: str) -> list[tuple[str, int, int]]:
    """A period as (grain, year, number) pieces for wording it: ("year", 2025, 0), ("month", 2025, 4),
    ("quarter", 2025, 3), ("half", 2026, 1), ("day", ...) per end of a span."""
    out = []
    for part in value.split("/"):
        year, rest = int(part[:4]), part[5:]
        if not rest:
            out.append(("year", year, 0))
        elif rest[0] in "QH":
            out.append(("quarter" if rest[0] == "Q" else "half", year, int(rest[1])))
        elif len(rest) == 5:
            out.append(("day", year, int(rest[:2]) * 100 + int(rest[3:])))
        else:
            out.append(("month", year, int(rest)))
    return out
