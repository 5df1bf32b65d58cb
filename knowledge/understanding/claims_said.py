"""A yes/no question whose claim is what a statement says: "Is the Sumgayit blade plant Tianfeng's first factory outside
China?" names the statement the facts hold (its name is the claim: "Tianfeng's first factory outside China"), and what
the statement says answers it, yes. Only when every word of the question is said by the statement or by the
things it names, and every number it writes is the statement's: "... first factory outside Georgia?" or "... in 2030?"
claims what the statement does not say, and is no yes."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts.atoms import Fact, cited_text
from .analysis import Analysis

if TYPE_CHECKING:
    from .index import FactIndex

WHOLE = 1.0  # a statement named by its whole name (partial_names gives less)
_NUMBER = re.compile(r"\d+")


def claimed_statement(a: Analysis, index: "FactIndex") -> Fact | None:
    """The `said` fact of the one statement a yes/no question names as its claim, or None."""
    if not a.polar or a.unknown or a.unknown_names:
        return None
    named = [m for m in a.mentions.values() if not m.via_kind and m.strength >= WHOLE
             and getattr(index.base.get(m.entity), "type", None) == "statement"]
    if len({index.name_text(m.entity) for m in named}) != 1:
        return None
    statement = named[0].entity
    said = next((f for f in index.by_subject.get(statement, ()) if f.attribute == "said"), None)
    if said is None:
        return None
    others = [m.entity for m in a.mentions.values() if m.named and m.entity != statement]
    words = index.own_words(statement).union(*(index.own_words(e) for e in others))
    if any(w not in words and w not in index.stopwords and not w.isdigit() for w in a.seq[a.focus:]):
        return None  # a word neither the statement nor what the question names says ("and Iran"): another claim
    stated = set(_NUMBER.findall(" ".join(cited_text(c) for c in said.evidence)))
    return said if set(a.numbers) <= stated else None
