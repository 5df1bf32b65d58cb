"""The fact schema: typed, frozen records in which every fact carries its evidence.

A record (organization, person, event, ...) names a thing of the partnership.
Each of its facts is a `Cited` value: the value, the id of the source that
states it, and the verbatim sentence of that source. Free-text values may carry
`translations` so answers can be given in other languages; names carry `names`
per language and `aliases` (any language, any spelling) for matching.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Generic, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")

RecordId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$")]
LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Cited(Frozen, Generic[T]):
    """A fact's value with the source that states it and the sentence that says so."""

    value: T
    source: RecordId
    quote: NonEmpty
    approximate: bool = False  # "nearly 200 companies"
    translations: dict[LangCode, NonEmpty] = Field(default_factory=dict)


class Named(Frozen):
    """What every record that names a thing has."""

    id: RecordId
    name: NonEmpty
    aliases: tuple[NonEmpty, ...] = ()
    names: dict[LangCode, NonEmpty] = Field(default_factory=dict)  # display name per language
    mentioned: Cited[str] | None = None  # where the source names it (value: the name as written)

    def display(self, lang: str = "en") -> str:
        return self.names.get(lang, self.name)


class Source(Frozen):
    """A document the facts come from."""

    type: Literal["source"] = "source"
    id: RecordId
    publisher: NonEmpty
    title: NonEmpty | None = None
    place: NonEmpty | None = None
    published: dt.date
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    language: LangCode = "en"
    file: NonEmpty | None = None  # the shipped verbatim copy, relative to knowledge/data/sources/
    informant: Cited[RecordId] | None = None  # "AZPROMO told Trend"
    aliases: tuple[NonEmpty, ...] = ()


class Organization(Named):
    type: Literal["organization"] = "organization"
    acronym: NonEmpty | None = None
    kind: NonEmpty | None = None  # agency, ministry, commission, office, news agency ...
    country: Cited[str] | None = None
    based_in: Cited[str] | None = None
    parent: Cited[RecordId] | None = None
    founded: Cited[int] | None = None
    founder: Cited[RecordId] | None = None
    purpose: Cited[str] | None = None
    objective: Cited[str] | None = None
    head: Cited[RecordId] | None = None


class Person(Named):
    type: Literal["person"] = "person"
    role: Cited[str] | None = None
    organization: Cited[RecordId] | None = None


class Event(Named):
    type: Literal["event"] = "event"
    kind: NonEmpty  # conference, meeting, forum ...
    date: Cited[dt.date] | None = None
    place: Cited[str] | None = None
    part_of: Cited[RecordId] | None = None
    organizers: Cited[tuple[RecordId, ...]] | None = None
    supporters: Cited[tuple[RecordId, ...]] | None = None
    participants: Cited[tuple[RecordId, ...]] | None = None  # people or organizations who took part
    companies: Cited[int] | None = None  # number of participating companies
    discussed: Cited[tuple[NonEmpty, ...]] | None = None
    highlights: tuple[Cited[str], ...] = ()


class Agreement(Named):
    type: Literal["agreement"] = "agreement"
    kind: NonEmpty  # Memorandum of Understanding, ...
    parties: Cited[tuple[RecordId, ...]]
    date: Cited[dt.date] | None = None
    signed_at: Cited[RecordId] | None = None  # the event
    purpose: Cited[str] | None = None


class Initiative(Named):
    type: Literal["initiative"] = "initiative"
    owner: Cited[RecordId] | None = None
    counts: dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")], Cited[int]] = Field(
        default_factory=dict
    )  # e.g. export_trips: 33


Record = Annotated[
    Union[Source, Organization, Person, Event, Agreement, Initiative],
    Field(discriminator="type"),
]

RECORD_TYPES: dict[str, type[BaseModel]] = {
    "source": Source,
    "organization": Organization,
    "person": Person,
    "event": Event,
    "agreement": Agreement,
    "initiative": Initiative,
}

# The YAML section that holds each record type, in file order.
SECTIONS: dict[str, str] = {
    "sources": "source",
    "organizations": "organization",
    "people": "person",
    "events": "event",
    "agreements": "agreement",
    "initiatives": "initiative",
}
