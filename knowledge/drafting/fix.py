"""An admin's correction of one drafted value before saving: `/draft fix 3 date 2026-06-11`.

Only values the drafter proposed can be changed (their quote stays: it is where the article
states the fact); references take names, acronyms or ids of drafted or stored records.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pydantic import ValidationError

from ..facts.factbase import REFERENCES, FactBase
from ..facts.models import Cited
from .draft import Draft, Proposal
from .errors import DraftError
from .link import Linker, name_key
from .summary import summary_line


class BadFix(DraftError):
    def __init__(self, message: str):
        super().__init__(message)


def fix_value(draft: Draft, number: int, field: str, text: str, base: FactBase) -> Draft:
    """The draft with proposal `number` (1-based) carrying `text` as its `field`'s value."""
    if not 1 <= number <= len(draft.proposals):
        raise BadFix(f"There is no proposed record {number}; the draft has {len(draft.proposals)}.")
    proposal = draft.proposals[number - 1]
    record = proposal.record
    current = getattr(record, field, None) if field in type(record).model_fields else None
    if not isinstance(current, Cited):
        fields = ", ".join(f for f in type(record).model_fields if isinstance(getattr(record, f), Cited)
                           and f != "mentioned")
        raise BadFix(f"Record {number} has no drafted '{field}' to change. Its drafted values: {fields}.")
    value = _parse(draft, record.type, field, text.strip(), current.value, base)
    try:
        new = record.model_copy(update={field: current.model_copy(update={"value": value})})
        type(record).model_validate(new.model_dump())
    except ValidationError as exc:
        raise BadFix(f"'{text}' does not fit {field}: {exc.errors()[0]['msg']}.") from None
    records = [new if p is proposal else p.record for p in draft.proposals]
    proposals = tuple(Proposal(new, p.confidence, summary_line(new, base, records)) if p is proposal else p
                      for p in draft.proposals)
    return dataclasses.replace(draft, proposals=proposals)


def _parse(draft: Draft, type_: str, field: str, text: str, old: Any, base: FactBase) -> Any:
    if field in REFERENCES.get(type_, {}):
        ids = tuple(_record_id(draft, part.strip(), base) for part in text.split(",") if part.strip())
        return ids if isinstance(old, tuple) else ids[0]
    if isinstance(old, tuple):
        return tuple(p.strip() for p in text.split(";") if p.strip())
    if isinstance(old, bool):
        raise BadFix(f"{field} cannot be changed here.")
    if isinstance(old, int):
        try:
            return int(text.replace(",", ""))
        except ValueError:
            raise BadFix(f"{field} needs a whole number, e.g. 200.") from None
    if isinstance(old, dt.date):
        from .dates import parse_date
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            parsed = parse_date(text, base=None)
            if parsed is None:
                raise BadFix(f"'{text}' is not a date I can read. Send it like 2025-04-17 or 17 April 2025.") from None
            return parsed
    if isinstance(old, str):
        return text
    raise BadFix(f"{field} cannot be changed here; save the draft and use /edit.")


def _record_id(draft: Draft, name: str, base: FactBase) -> str:
    key = name_key(name)
    for p in draft.proposals:
        rec = p.record
        if name == rec.id or key in (name_key(getattr(rec, "name", "")), name_key(getattr(rec, "acronym", None) or "")):
            return rec.id
    if name in base.records:
        return name
    found = Linker(base).find(name, ("organization", "person", "event", "agreement", "project"))
    if found is None:
        raise BadFix(f"I know no record called '{name}' in the draft or the fact base.")
    return found
