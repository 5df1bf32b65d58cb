"""What the knowledge core hands back for a question: an Answer, ready to render."""
from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from .conversation.context import Context


class AnswerKind(str, Enum):
    """Why the answer looks the way it does; renderers may style each kind."""

    FACT = "fact"            # a factual answer backed by sources
    DECLINE = "decline"      # the bot does not know; `text` says what it does know
    OFF_TOPIC = "off_topic"  # not about the partnership at all
    SMALLTALK = "smalltalk"  # greeting, thanks, help: a friendly pointer to what it can answer
    INVALID = "invalid"      # empty, oversized or unreadable input


class SourceRef(BaseModel):
    """A source as cited under an answer."""

    model_config = ConfigDict(frozen=True)

    id: str
    publisher: str
    place: str | None = None
    published: dt.date
    title: str | None = None
    url: str | None = None
    language: str = "en"

    def line(self) -> str:
        """`Trend, Baku, 21 April 2025` - the English citation line."""
        parts = [self.publisher, self.place, f"{self.published.day} {self.published:%B %Y}"]
        return ", ".join(p for p in parts if p)


class Quote(BaseModel):
    """The verbatim sentence of a source that supports a fact."""

    model_config = ConfigDict(frozen=True)

    source_id: str
    text: str


class Suggestion(BaseModel):
    """A question the bot can answer that may be what the user meant."""

    model_config = ConfigDict(frozen=True)

    question: str   # a question the matcher answers confidently, in the asker's language
    fact_id: str    # the fact it leads to


class Answer(BaseModel):
    """One reply of the knowledge core.

    `body` is the answer itself (one or two sentences, plain text); `text` adds the
    source line. `answered` is true only for a factual answer.
    """

    model_config = ConfigDict(frozen=True)

    kind: AnswerKind
    body: str
    lang: str = "en"
    sources: tuple[SourceRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[str, ...] = ()
    confidence: float = 0.0
    suggestions: tuple[Suggestion, ...] = ()
    source_label: str = "Source"
    label_sep: str = ": "  # "Source: ...", "来源：..."
    citation: str | None = None  # the sources as the answer's language writes them ("Trend, Баку, 21 апреля 2025 г.")
    quote_note: str | None = None  # e.g. "quote in English", for non-English answers
    known_about: tuple[str, ...] = Field(default=(), description="entity ids a decline talks about")
    more: int = 0  # a profile: how many further facts Engine.more() tells (a "More" button)
    # the conversation's context after this answer: hand it to the next Engine.ask of the same conversation
    context: Context | None = Field(default=None, exclude=True, repr=False)

    @property
    def answered(self) -> bool:
        return self.kind is AnswerKind.FACT

    def source_line(self) -> str:
        if not self.sources:
            return ""
        return f"{self.source_label}{self.label_sep}" + (self.citation or "; ".join(s.line() for s in self.sources))

    @property
    def text(self) -> str:
        line = self.source_line()
        return f"{self.body}\n{line}" if line else self.body

    def to_json(self) -> dict:
        """The stable JSON shape of `partnerbot ask --json/--jsonl`."""
        return {
            "answered": self.answered,
            "kind": self.kind.value,
            "text": self.text,
            "body": self.body,
            "lang": self.lang,
            "sources": [s.model_dump(mode="json") for s in self.sources],
            "quotes": [q.model_dump(mode="json") for q in self.quotes],
            "confidence": round(self.confidence, 3),
            "facts": list(self.facts),
            "suggestions": [s.model_dump(mode="json") for s in self.suggestions],
            "more": self.more,
        }
