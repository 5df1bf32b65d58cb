"""Callback data of the admin buttons: built here, parsed and validated here (at most 64 bytes each).

Every admin button's data starts with `adm|`. A record id that is too long for
64 bytes travels as `#` plus a hash and is looked up again in the fact base
(handlers/callback_refs.py, the scheme "did you mean" buttons use too), so buttons
keep working across restarts.
"""
from __future__ import annotations

import re

from telegram.constants import InlineKeyboardButtonLimit
from knowledge.facts.factbase import FactBase
from knowledge.facts.models import RECORD_TYPES

from .. import callback_refs

PREFIX = "adm"
PATTERN = rf"^{PREFIX}\|"
MAX_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA

_TYPES = "|".join(RECORD_TYPES)
_PLAIN_REF = r"[a-z0-9][a-z0-9._-]{0,39}"
_REF = rf"{_PLAIN_REF}|{callback_refs.HASHED}"
_FIELD = r"[a-z_]{1,30}"
_SHAPES = {
    "types": re.compile(r"types"),
    "facts": re.compile(rf"facts\|(?P<type>{_TYPES})\|(?P<page>\d{{1,4}})"),
    "fact": re.compile(rf"fact\|(?P<ref>{_REF})"),
    # /add and /edit buttons carry the number of the prompt they belong to, so an old button is not taken for a new one
    "add": re.compile(rf"add\|(?P<n>\d{{1,3}})\|(?:type\|(?P<type>{_TYPES})|src\|(?P<ref>{_REF})"
                      rf"|(?P<act>id|skip|done|save|discard))"),
    "edit": re.compile(rf"edit\|(?P<n>\d{{1,3}})\|(?:f\|(?P<field>{_FIELD})|src\|(?P<ref>{_REF})"
                       rf"|(?P<act>keep|save|discard))"),
    "del": re.compile(rf"del\|(?:(?P<ref>{_REF})\|(?P<version>\d{{1,9}})|(?P<act>no))"),
    "undo": re.compile(r"undo\|(?:(?P<change>\d{1,12})|(?P<act>no))"),
    # /draft review: the draft's token, then save / discard / go (draft the offered link) / no, or toggle record n
    "drf": re.compile(r"drf\|(?P<token>[0-9a-f]{8})\|(?:(?P<act>save|discard|go|no)|t\|(?P<idx>\d{1,3}))"),
}


def build(*parts: str | int) -> str:
    data = "|".join([PREFIX, *map(str, parts)])
    assert len(data.encode()) <= MAX_BYTES and parse(data) is not None, data
    return data


def parse(data: str | None) -> tuple[str, dict[str, str]] | None:
    """(verb, its named parts; absent ones None) for well-formed admin callback data, else None."""
    if not data or len(data.encode()) > MAX_BYTES or not data.startswith(PREFIX + "|"):
        return None
    rest = data[len(PREFIX) + 1:]
    verb = rest.split("|", 1)[0]
    shape = _SHAPES.get(verb)
    match = shape.fullmatch(rest) if shape else None
    if match is None:
        return None
    return verb, match.groupdict()


def ref(record_id: str) -> str:
    """A record id as it fits in callback data (handlers/callback_refs.py)."""
    return callback_refs.ref(record_id, _PLAIN_REF)


def resolve(token: str, base: FactBase) -> str | None:
    """The record id a `ref` stands for, if the record still exists."""
    return callback_refs.resolve(token, base.records)
