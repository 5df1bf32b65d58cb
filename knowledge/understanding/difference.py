"""How much a figure changed in its own unit ("by how many dollars did trade grow on the same period of 2025?"):
a fact made for the question from two statistics of the base, never stored. A statistic whose change is stated
against a period (`change.compared_to`) and a statistic of the same kind between the same sides for exactly
that period, both figures in the same currency or unit and the earlier one stated by the source that states
the change (so the difference is the one that source's figures make, not two sources' figures mixed), give
the difference of the two figures; the stated change (a percentage) is said beside it. Without such an
earlier figure the change is answered as stated.
"""
from __future__ import annotations

from ..facts.atoms import Fact
from ..facts.models import Statistic
from ..facts.values import Money, Quantity
from .analysis import Analysis
from .index import FactIndex

ATTRIBUTE = "difference"


def _unit(value) -> tuple[str, str] | None:
    if isinstance(value, Money):
        return ("money", value.currency)
    if isinstance(value, Quantity):
        return ("quantity", value.unit) if value.unit != "%" else None
    return None


def _sides(rec: Statistic) -> frozenset[str]:
    return frozenset(v.casefold() for v in rec.between.value) if rec.between else frozenset()


def earlier_of(rec: Statistic, index: FactIndex) -> Statistic | None:
    """The one statistic of the same kind, sides and unit for the period `rec`'s change is compared to."""
    if rec.change is None or not rec.change.value.compared_to or rec.value is None:
        return None
    unit = _unit(rec.value.value)
    if unit is None:
        return None
    found = [r for r in index.base.of_type("statistic") if r.id != rec.id and r.kind == rec.kind
             and r.period is not None and str(r.period.value) == str(rec.change.value.compared_to)
             and r.value is not None and _unit(r.value.value) == unit and _sides(r) == _sides(rec)
             and r.value.source == rec.change.source and not index.same_thing(r.id, rec.id)]
    return found[0] if len(found) == 1 else None


def difference(fact: Fact, a: Analysis, index: FactIndex) -> Fact | None:
    """The difference fact for a question that asks how a statistic changed (not yes/no), when the base holds
    the figure it is compared to; None otherwise."""
    if fact.rtype != "statistic" or fact.attribute not in ("change", "value") or a.polar or "change" not in a.tags:
        return None
    rec = index.base.get(fact.subject)
    earlier = earlier_of(rec, index) if isinstance(rec, Statistic) else None
    if earlier is None:
        return None
    return Fact(rec.id, "statistic", f"{ATTRIBUTE}:{earlier.id}", frozenset({rec.id, earlier.id}),
                (rec.value, earlier.value, rec.change))
