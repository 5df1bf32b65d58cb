"""What is asked of a thing described by its link to a named one: "Who chairs the Chinese aluminium group building the
plant in Yevlakh?" names the plant, describes its developer by the plant's `developer` ("building"), and asks what the
plant's type has no attribute for (a head) but the developer's has. It is asked of the developer: the plant's developer
is no answer to "who chairs", nor a decline. From the schema: any attribute that refers to records (a developer, the
parties, an organizer, a parent), said by its cue words, and any attribute of the referred records' type."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..facts.atoms import Fact, value_ids
from .analysis import Analysis
from .intents import SPECS, asked_attributes
from .names import Mention

if TYPE_CHECKING:
    from .index import FactIndex
    from .matcher import Decision
    from .scoring import Scored

REFERRED = 0.9  # how clearly a record described by its link is named: as by a reference ("it"), not by its name


@dataclasses.dataclass(frozen=True)
class Link:
    fact: Fact                 # the named thing's attribute that describes the records ("the plant's developer")
    targets: tuple[str, ...]   # the records it refers to (with their other articles' records: twins.py)
    rest: frozenset[str]       # the tags left once the link's cue words are taken away: what is asked of them


def linked(a: Analysis, scored: list["Scored"], index: "FactIndex") -> Link | None:
    """The link a question describes a thing by, when what else it asks is asked of that thing (see the module)."""
    base = index.base
    if "also" in a.tags or a.lang != "en":
        return None  # (two questions in one: "the affiliation and title of X", each asked of what it names; and only
        # English, whose cue words are the facts' own: another language's may read a "whose" as a country's)
    for s in scored[:6]:
        if s.fit < 1.0:
            break
        spec = SPECS.get(s.fact.key)
        rec = base.get(s.fact.subject)
        targets = tuple(t for t in value_ids(s.fact, base) if base.get(t) is not None and t != s.fact.subject)
        m = a.mentions.get(s.fact.subject)
        if spec is None or rec is None or not targets or m is None or not m.positions:
            continue  # (the thing linked from is one the question says: not one reached through what it names)
        by = frozenset(t for t in spec.used(a.tags) if not t.startswith("q_"))
        rest = a.tags - by
        if not by or not rest - frozenset(t for t in rest if t.startswith("q_")):
            continue  # ("who is building the plant?": nothing is asked beyond the link itself)
        early = a.early_q - by
        if asked_attributes(rec.type, rest, early):
            continue  # what is left is asked of the named thing itself
        types = {base.get(t).type for t in targets}
        if types != {"organization"} or not asked_attributes("organization", rest, early):
            continue  # (organizations a link names: a person it names is described by his title, not asked about,
            # "who is the vice premier who held talks with ...?" asks who took part; an event by its own words)
        if any(o.strength >= 0.5 and not o.via_kind for t in targets
               for o in (a.mentions.get(t), *map(a.mentions.get, index.twins.get(t, ()))) if o is not None):
            continue  # a record it links that the question names asks of the link ("which NDRC unit signed the
            # MoU with AZPROMO?": the parties), not of that record
        targets = _described(targets, a, index)
        if not targets:
            continue
        group = {*targets, *(w for t in targets for w in index.twins.get(t, ()))}
        return Link(s.fact, tuple(sorted(group)), rest)
    return None


def _described(targets: tuple[str, ...], a: Analysis, index: "FactIndex") -> tuple[str, ...]:
    """Of several records a link refers to (a plant's two developers), those the question's words left describe: the
    one whose name and kind say the most of them ("the Chinese *intermodal logistics group*" of ZYIL beside Kapaz Logistics
    Holding), or the one it names in part ("the malt holding"); none when no one is said the most."""
    things: list[list[str]] = []
    for t in targets:
        group = next((g for g in things if index.same_thing(g[0], t)), None)
        (group.append(t) if group is not None else things.append([t]))
    if len(things) < 2:
        return targets
    # (a record the question names in part or by its kind, "the *malt holding*"; else the words left that its
    # name and kind say)
    words = set(a.residual)
    said = [(max((a.mentions[t].strength for t in g if t in a.mentions), default=0.0),
             len(words & frozenset().union(*(index.name_stems(t) | index.kind_words.get(t, frozenset()) for t in g))))
            for g in things]
    best = max(said)
    if best == (0.0, 0) or said.count(best) > 1:
        return ()
    return tuple(things[said.index(best)])


def through_a_link(a: Analysis, scored: list["Scored"], index: "FactIndex",
                   decide: Callable[[Analysis], "Decision"], answered: Fact | None = None) -> "Decision | None":
    from .matcher import Decision  # (the matcher imports this module)
    """The decision for what the question asks of the records its named thing's attribute describes, or None when it
    describes none. When their facts do not hold it, a decline if the link would have answered (`answered`, the fact
    the question was otherwise answered with: the link is no answer to it), else None."""
    link = linked(a, scored, index)
    if link is None:
        return None
    subject = link.fact.subject
    named = {subject, *index.twins.get(subject, ())}
    mentions = {e: m for e, m in a.mentions.items() if e not in named and e not in link.targets}
    mentions.update({t: Mention(t, REFERRED, frozenset()) for t in link.targets})
    # (the words that say the named thing and describe the linked one are explained: "near Ganja", "intermodal")
    told = frozenset().union(*(index.own_words(r) for r in (*named, *link.targets)))
    asked = dataclasses.replace(a, tags=link.rest, early_q=a.early_q & link.rest, mentions=mentions,
                                residual=[w for w in a.residual if w not in told],
                                residual_read=a.residual_read - told, content=tuple(w for w in a.content if w not in told))
    decided = decide(asked)
    if decided.kind != "fact" or decided.fact is None:  # (what else the question asked, if anything, answers it)
        return Decision("decline", a.lang, analysis=a, scored=scored) if answered is link.fact else None
    subject = decided.fact.subject  # (the record's, or a record's that refers to it: a person of the company)
    about = {subject, *value_ids(decided.fact, index.base), *(t for _, t in index.references(subject))}
    if not about & set(link.targets):
        return Decision("decline", a.lang, analysis=a, scored=scored) if answered is link.fact else None
    return dataclasses.replace(decided, analysis=a)
