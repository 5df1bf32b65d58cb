"""TEMPORARY placeholder; the real index lands shortly."""
from __future__ import annotations

from dataclasses import dataclass

from .answers import SourceRef
from .factbase import FactBase


@dataclass(frozen=True)
class FactIndex:
    base: FactBase

    @classmethod
    def build(cls, base: FactBase) -> "FactIndex":
        return cls(base)

    def source_refs(self) -> list[SourceRef]:
        return [SourceRef(id=s.id, publisher=s.publisher, place=s.place, published=s.published, title=s.title,
                          url=s.url, language=s.language) for s in self.base.sources()]
