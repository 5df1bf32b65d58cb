"""The fact schema: typed, frozen records in which every fact carries its evidence.

A record (organization, person, event, ...) names a thing of the partnership.
Each of its facts is a `Cited` value: the value, the id of the source that
states it, and where: the verbatim sentence of a source whose text is stored, or a
locator ("paragraph 3") in one we only link to. Further sources stating the same
value are its `also`; sources stating another value are its `variants`. Free-text values may carry
`translations` so answers can be given in other languages; names carry `names`
per language and `aliases` (any language, any spelling) for matching.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated, Any, Generic, Literal, TypeVar, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, model_validator

from ..language.invisible import refuse_invisible
from .values import DateValue, Measure, Money, Period, Qualifier, Quantity
from .values import Change as ChangeValue

T = TypeVar("T")

RecordId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$")]
LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
# Fact values refuse control, bidi and zero-width characters (knowledge/language/invisible.py);
# a source's stored article text keeps them, verbatim.
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
                     AfterValidator(refuse_invisible)]
Locator = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
                    AfterValidator(refuse_invisible)]
SourceText = Annotated[str, StringConstraints(min_length=1, max_length=500_000)]
Texts = tuple[NonEmpty, ...]
Ids = tuple[RecordId, ...]


class Frozen(BaseModel):
    # (validators are made at the first validation, not on import: see `record_adapter`)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __getattr__(self, name: str) -> Any:
        """Only called for a name the record does not have (`getattr(rec, "role", None)` of an organization):
        pydantic's own looks for private and extra attributes first, which these models have none of,
        and took 50 times a field's read; the index asks it of every record for many names."""
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class Citation(Frozen):
    """Where a source states a fact: the verbatim `quote` of a source whose text is stored (ours: the
    shipped Trend report, articles admins import), or a `locator` ("paragraph 3") in a source whose
    text we do not keep, whose record then carries the URL."""

    source: RecordId
    quote: NonEmpty | None = None
    locator: Locator | None = None

    @model_validator(mode="after")
    def _cites_somewhere(self) -> "Citation":
        if self.quote is None and self.locator is None:
            raise ValueError("a citation needs a quote (from the source's stored text) or a locator "
                             "such as 'paragraph 3'")
        return self


class Claim(Citation, Generic[T]):
    """A value as one source states it: the value, how exact it is, whether it is expected, and the
    other sources that state the same (`also`)."""

    value: T
    qualifier: Qualifier | None = None  # "nearly 200", "more than $1 billion"
    expected: bool = False  # a future or planned value ("expected to be completed in 2027")
    translations: dict[LangCode, NonEmpty] = Field(default_factory=dict)
    also: tuple[Citation, ...] = ()  # corroboration: further sources stating the same value

    @model_validator(mode="before")
    @classmethod
    def _legacy_approximate(cls, data: Any) -> Any:
        """Files of the first format say `approximate: true`; it was rendered "nearly"."""
        if isinstance(data, dict) and "approximate" in data:
            data = dict(data)
            approx = data.pop("approximate")
            if approx and data.get("qualifier") is None:
                data["qualifier"] = "nearly"
        return data

    @property
    def approximate(self) -> bool:
        return self.qualifier in ("about", "nearly")

    def citations(self) -> tuple[Citation, ...]:
        return (self, *self.also)


class Cited(Claim[T], Generic[T]):
    """A fact's value with its evidence; `variants` keeps what other sources state instead
    (conflicting figures side by side, none silently picked)."""

    variants: tuple[Claim[T], ...] = ()

    def claims(self) -> tuple[Claim[T], ...]:
        return (self, *self.variants)

    def all_citations(self) -> tuple[Citation, ...]:
        return tuple(c for claim in self.claims() for c in claim.citations())


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
    """A document the facts come from. Its text is stored when it is ours to keep (`file`, shipped in
    knowledge/data/sources/, or `text`, an article an admin imported): facts then quote it verbatim.
    Otherwise facts cite a locator in it, and `url` says where it can be read."""

    type: Literal["source"] = "source"
    id: RecordId
    publisher: NonEmpty
    title: NonEmpty | None = None
    place: NonEmpty | None = None
    published: dt.date
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$"), AfterValidator(refuse_invisible)] | None = None
    language: LangCode = "en"
    file: NonEmpty | None = None  # the shipped verbatim copy, relative to knowledge/data/sources/
    text: SourceText | None = None  # the stored text of an article imported at run time
    informant: Cited[RecordId] | None = None  # "AZPROMO told Trend"
    aliases: tuple[NonEmpty, ...] = ()


class Organization(Named):
    type: Literal["organization"] = "organization"
    acronym: NonEmpty | None = None
    kind: NonEmpty | None = None  # agency, ministry, commission, office, company ...
    country: Cited[str] | None = None
    based_in: Cited[str] | None = None
    parent: Cited[RecordId] | None = None
    founded: Cited[int] | None = None
    founder: Cited[RecordId] | None = None
    purpose: Cited[str] | None = None
    objective: Cited[str] | None = None
    head: Cited[RecordId] | None = None
    sectors: Cited[Texts] | None = None


class Person(Named):
    type: Literal["person"] = "person"
    role: Cited[str] | None = None
    organization: Cited[RecordId] | None = None
    country: Cited[str] | None = None


class Event(Named):
    type: Literal["event"] = "event"
    kind: NonEmpty  # conference, meeting, forum, visit ...
    date: Cited[DateValue] | None = None
    end_date: Cited[DateValue] | None = None
    place: Cited[str] | None = None
    part_of: Cited[RecordId] | None = None
    organizers: Cited[Ids] | None = None
    co_organizers: Cited[Ids] | None = None
    supporters: Cited[Ids] | None = None
    participants: Cited[Ids] | None = None  # people or organizations who took part
    opened_by: Cited[RecordId] | None = None
    companies: Cited[int] | None = None  # number of participating companies
    participants_count: Cited[int] | None = None  # number of people taking part
    delegation_size: Cited[int] | None = None
    documents_signed: Cited[int] | None = None
    total_value: Cited[Money] | None = None  # of the deals signed there
    sectors: Cited[Texts] | None = None
    theme: Cited[str] | None = None
    discussed: Cited[Texts] | None = None
    outcome: Cited[str] | None = None
    highlights: tuple[Cited[str], ...] = ()


class Agreement(Named):
    type: Literal["agreement"] = "agreement"
    kind: NonEmpty  # Memorandum of Understanding, agreement, joint declaration ...
    parties: Cited[Ids] | None = None
    signatories: Cited[Ids] | None = None  # the people who signed
    date: Cited[DateValue] | None = None
    place: Cited[str] | None = None
    signed_at: Cited[RecordId] | None = None  # the event
    purpose: Cited[str] | None = None
    value: Cited[Money] | None = None
    sectors: Cited[Texts] | None = None
    term: Cited[str] | None = None


class Initiative(Named):
    type: Literal["initiative"] = "initiative"
    owner: Cited[RecordId] | None = None
    counts: dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")], Cited[int]] = Field(
        default_factory=dict
    )  # e.g. export_trips: 33


class Project(Named):
    """An investment project: a plant, a factory, an industrial park, a corridor."""

    type: Literal["project"] = "project"
    kind: NonEmpty  # solar power plant, factory, industrial park ...
    sector: Cited[str] | None = None
    place: Cited[str] | None = None
    developer: Cited[Ids] | None = None
    investor: Cited[Ids] | None = None
    contractor: Cited[Ids] | None = None
    capacity: Cited[Quantity] | None = None
    investment: Cited[Money] | None = None
    jobs: Cited[int] | None = None
    status: Cited[str] | None = None  # planned, agreed, under construction, completed, operating
    start: Cited[DateValue] | None = None
    completion: Cited[DateValue] | None = None  # usually `expected: true`
    agreements: Cited[Ids] | None = None
    purpose: Cited[str] | None = None
    figures: dict[Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")], Cited[Measure]] = Field(
        default_factory=dict
    )  # further measured facts, e.g. annual_output: {amount: 1, unit: billion kWh}


class Statistic(Named):
    """An indicator: what is measured, its value, the period, how it changed, between whom."""

    type: Literal["statistic"] = "statistic"
    kind: NonEmpty  # trade turnover, exports, imports, investment ...
    measure: Cited[str] | None = None
    value: Cited[Measure] | None = None
    period: Cited[Period] | None = None
    change: Cited[ChangeValue] | None = None
    between: Cited[Texts] | None = None  # countries
    rank: Cited[str] | None = None


class Statement(Named):
    """Who said what (in our words), where and when."""

    type: Literal["statement"] = "statement"
    speaker: Cited[RecordId] | None = None  # none: the article's own statement
    said: Cited[str]
    at: Cited[RecordId] | None = None  # the event
    date: Cited[DateValue] | None = None


Record = Annotated[
    Union[Source, Organization, Person, Event, Agreement, Initiative, Project, Statistic, Statement],
    Field(discriminator="type"),
]



@lru_cache(maxsize=1)
def record_adapter() -> TypeAdapter:
    """The validator of any record (by its `type`), the record models' own validators and serializers
    made first. All are made on first use (`defer_build`), not on import: a question answered from the
    start-up cache validates nothing, so never waits for them."""
    for model in RECORD_TYPES.values():
        model.model_rebuild()
    return TypeAdapter(Record)


RECORD_TYPES: dict[str, type[BaseModel]] = {
    "source": Source,
    "organization": Organization,
    "person": Person,
    "event": Event,
    "agreement": Agreement,
    "initiative": Initiative,
    "project": Project,
    "statistic": Statistic,
    "statement": Statement,
}

# The YAML section that holds each record type, in file order.
SECTIONS: dict[str, str] = {
    "sources": "source",
    "organizations": "organization",
    "people": "person",
    "events": "event",
    "agreements": "agreement",
    "initiatives": "initiative",
    "projects": "project",
    "statistics": "statistic",
    "statements": "statement",
}

__all__ = ["Agreement", "ChangeValue", "Citation", "Cited", "Claim", "DateValue", "Event", "Initiative", "Measure",
           "Money", "Organization", "Period", "Person", "Project", "Quantity", "RECORD_TYPES", "Record", "SECTIONS",
           "Source", "Statement", "Statistic"]
