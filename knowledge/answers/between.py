"""The sentence of a days-between fact (understanding/between.py): the two things, their dates, the days."""
from __future__ import annotations

from ..facts.atoms import Fact, is_day
from ..facts.values import day_of
from ..understanding.between import DATED_TYPES, year_of
from .phrasing import Phrasing


class BetweenSentences(Phrasing):
    """The days (or years) between two dated things, said the same whatever their types."""

    def _days_between(self, f: Fact, rec) -> str:
        one, two = f.evidence[:2]
        other = f.attribute.split(":", 1)[1]
        key = "between.came_first" if f.attribute.startswith("came_first:") else "between.days"
        if is_day(one) and is_day(two):
            days = abs((day_of(two.value) - day_of(one.value)).days)
            apart = self.m("phrases.ago_day") if days == 1 else self.m("phrases.ago_days", n=days)
        else:  # (a founding year, or a year alone: the years between them)
            apart = self.count_phrase(abs(year_of(two) - year_of(one)), "phrases.years_forms")
            key = "between.came_first_years" if key == "between.came_first" else key
        return self._a(key, first=self.name(rec.id, full=True), first_date=self._when(one),
                       second=self.name(other, full=True), second_date=self._when(two), days=apart)

    def _when(self, cited) -> str:
        """A day as a date, a founding year as "founded in 2003", a year alone as the year."""
        if is_day(cited):
            return self.date(day_of(cited.value))
        year = year_of(cited)
        return self.m("phrases.founded_in", year=year) if isinstance(cited.value, int) else str(year)



for _type in (*DATED_TYPES, "organization"):  # (the sentence is the same whatever the type of the first thing)
    for _attribute in ("days_between", "years_between", "came_first"):
        setattr(BetweenSentences, f"_{_type}_{_attribute}", BetweenSentences._days_between)
