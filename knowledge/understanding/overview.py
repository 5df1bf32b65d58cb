"""Is a question asking for an overview of one thing ("Tell me about the conference", "summary of
the MoU", "Расскажи о конференции", "介绍一下大会")? Then its answer is that thing's profile.

The matcher answers "Tell me about AZPROMO" from AZPROMO's summary fact already; this reads the
overviews it cannot: those that name the thing by a kind noun ("the conference") when the facts
know one thing of that kind, and asks for nothing of its own besides.
"""
from __future__ import annotations

from ..facts.atoms import Fact
from .analysis import CONNECTIVES, Analysis
from .index import FactIndex
from .intents import asked_attributes


def profile_fact(a: Analysis, index: FactIndex) -> Fact | None:
    """The summary fact of the one thing the question asks an overview of, or None."""
    if "define" not in a.tags or a.unknown or a.unknown_names or a.residual:
        return None
    named = [m.entity for m in a.mentions.values() if m.named] or _named_in_part(a)
    kinds = [m.entity for m in a.mentions.values() if m.via_kind]
    if named:
        targets = named
    else:
        things = [e for e in kinds if index.base.get(e) is not None and index.base.get(e).type != "source"]
        targets = things or kinds  # "the report" is a source; "information about the conference" is not about one
    if len(set(targets)) != 1:
        return None  # several things ("which one?"), or none
    rec = index.base.get(targets[0])
    if rec is None:
        return None
    others = a.tags - {"define"} - CONNECTIVES
    if asked_attributes(rec.type, frozenset(others), a.early_q):
        return None  # it asks something in particular ("tell me when the conference was held")
    return index.facts.get(f"{rec.id}.summary")


def _named_in_part(a: Analysis) -> list[str]:
    """The one thing the question names by words of its name, if only in part, when every word it says is explained
    and no other thing is named ("Tell me about the Khizi-Absheron wind project" of the "240-megawatt wind power
    project in Khizi and Absheron"): what the overview is of. (The caller has checked there is no word left.)"""
    own = [m.entity for m in a.mentions.values() if not m.via_kind and m.positions]
    kinds = {m.entity for m in a.mentions.values() if m.via_kind}
    # (a kind noun it says is that thing's: "the floating solar plant on Lake X" is no agreement on that plant)
    return own if len(own) == 1 and (not kinds or own[0] in kinds) else []
