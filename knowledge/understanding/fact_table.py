"""FactTable: an index's facts by id, without keeping the ids.

A dict of fact id -> fact would keep a string per fact (650,000 at 100,000 records: with the dict
itself, a sixth of the index's memory). The table keeps the facts in the order they were derived
and finds one by id through the facts of its subject (`by_subject`), as a dict would: where two
facts have one id (two people whose roles make each the head of one organization, an organization
in two fields of one event), the one derived last, in the place of the first.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..facts.atoms import Fact


class FactTable(Mapping):
    def __init__(self) -> None:
        self._order: list[Fact] = []
        self._by_subject: Mapping[str, list[Fact]] = {}  # (the index's, once built)
        self._repeatable: dict[str, int] | None = {}  # (while building) where each fact whose id may repeat is

    def add(self, fact: Fact) -> None:
        """File a fact (during the build; its subject's list in `by_subject` is the caller's to fill)."""
        attribute = fact.attribute
        # (a record's own facts have an attribute each: only those one record derives for another can repeat)
        if attribute == "head" or attribute.startswith("age_at:"):
            at = self._repeatable.get(fact.id)
            if at is not None:
                self._order[at] = fact
                return
            self._repeatable[fact.id] = len(self._order)
        self._order.append(fact)

    def built(self, by_subject: Mapping[str, list[Fact]]) -> None:
        """The build is over: facts are found through `by_subject` (each subject's facts, sorted), and
        what the build needed to tell repeated ids apart is dropped."""
        self._by_subject = by_subject
        self._repeatable = None

    def clear(self) -> None:
        """Empty it fact by fact (see engine.release: freed whole, the facts would hold the interpreter lock)."""
        while self._order:
            self._order.pop()

    def get(self, fact_id: str, default: Fact | None = None) -> Fact | None:
        i = fact_id.find(".")
        while i > 0:  # (record ids may have dots: each split in turn)
            facts = self._by_subject.get(fact_id[:i])
            if facts:
                attribute, found = fact_id[i + 1:], None
                for f in facts:  # (a subject's facts are sorted by rank and id: equal ids are together)
                    if f.attribute == attribute:
                        found = f
                    elif found is not None:
                        break
                if found is not None:
                    return found
            i = fact_id.find(".", i + 1)
        return default

    def __getitem__(self, fact_id: str) -> Fact:
        got = self.get(fact_id)
        if got is None:
            raise KeyError(fact_id)
        return got

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self.get(fact_id) is not None

    def __iter__(self) -> Iterator[str]:
        return (f.id for f in self._order)

    def __len__(self) -> int:
        return len(self._order)

    def values(self) -> Iterator[Fact]:  # type: ignore[override]
        """The facts in the order they were derived (an iterator, not a view)."""
        return iter(self._order)

    def items(self) -> Iterator[tuple[str, Fact]]:  # type: ignore[override]
        return ((f.id, f) for f in self._order)
