"""The sentence of a days-between fact (understanding/between.py): the two things, their dates, the days."""
from __future__ import annotations

from ..facts.atoms import Fact
from ..facts.values import day_of
from ..understanding.between import DATED_TYPES
from .phrasing import Phrasing


class BetweenSentences(Phrasing):
    """The days between two dated things, said the same for an event and an agreement."""

    def _days_between(self, f: Fact, rec) -> str:
        first, second = (day_of(c.value) for c in f.evidence[:2])
        other = f.attribute.split(":", 1)[1]
        days = abs((second - first).days)
        key = "between.came_first" if f.attribute.startswith("came_first:") else "between.days"
        return self._a(key, first=self.name(rec.id, full=True), first_date=self.date(first),
                       second=self.name(other, full=True), second_date=self.date(second),
                       days=self.m("phrases.ago_day") if days == 1 else self.m("phrases.ago_days", n=days))



for _type in DATED_TYPES:  # (the sentence is the same whatever the type of the first thing)
    setattr(BetweenSentences, f"_{_type}_days_between", BetweenSentences._days_between)
    setattr(BetweenSentences, f"_{_type}_came_first", BetweenSentences._days_between)
