"""The drafter's working notes: the things an article names, and what it says of them, sentence by sentence."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .sentences import Sentence


@dataclass
class Value:
    value: Any
    sentence: Sentence
    qualifier: str | None = None  # about, nearly, more_than, at_least, up_to
    expected: bool = False        # a planned value ("expected to be completed in 2027")


@dataclass(eq=False)
class Thing:
    """A record in the making (or a link to an existing record when `existing` is set)."""

    type: str  # organization | person | event | agreement | project | statistic
    name: str
    first: Sentence
    kind: str | None = None
    acronym: str | None = None
    existing: str | None = None
    fields: dict[str, Value] = field(default_factory=dict)
    confidence: float = 0.8
    written: str = ""  # the name as the article first writes it (with its acronym)

    def set(self, name: str, value: Any, sentence: Sentence, *, qualifier: str | None = None,
            expected: bool = False) -> None:
        """The first sentence that states a field wins; later ones do not overwrite it."""
        if value is None or value == () or name in self.fields:
            return
        self.fields[name] = Value(value, sentence, qualifier, expected)

    def get(self, name: str) -> Any:
        v = self.fields.get(name)
        return v.value if v else None


@dataclass(frozen=True)
class Ref:
    """Where a sentence names a thing."""

    thing: Thing
    start: int
    end: int
