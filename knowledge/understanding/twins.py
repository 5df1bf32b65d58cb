"""Records that stand for one thing through what they link: an agreement two articles report, each
with its own record and each naming the parties its own way ("... between Gobustan Sunworks LLC and
YPG", "... and Yunlan Photonic Glass Co., Ltd."), is one agreement when both records link the same
things, are of the same kind, and their dates do not disagree.

So is an event of one kind, day and place that someone takes part in as both records say (an official visit
two articles name differently). Records of one source are never twins (one article does not report one thing twice), nor are records
of different kinds ("investment agreement", "Memorandum of Understanding") or dates, nor records that
link nothing: a name alone says that through `name_keys` (see RecordWords.same_thing).
"""
from __future__ import annotations

from collections import defaultdict

from ..facts.factbase import FactBase, cited_fields

# The field whose values say what a record of each type links (the first of index.LINK_FIELDS)
LINKING = {"agreement": "parties", "event": "participants", "project": "developer"}
DATES = ("date", "end_date", "start")


def _value(rec, name: str):
    cited = rec.__dict__.get(name)
    return getattr(cited, "value", None)


def _sources(rec) -> frozenset[str]:
    return frozenset(c.source for _, cited in cited_fields(rec) for claim in cited.claims() for c in claim.citations())


def linked_twins(base: FactBase, name_keys: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Each record that has a twin -> its twins (see the module's docstring), and the records named as it
    is; `name_keys` are the index's "type:plain name" keys, by which the things linked are matched too."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for rid, keys in name_keys.items():
        for k in keys:
            by_key[k].add(rid)

    def alike(rid: str) -> frozenset[str]:
        """The records named as this one is (itself among them)."""
        return frozenset({rid, *(o for k in name_keys.get(rid, ()) for o in by_key[k])})

    groups: dict[tuple, list] = defaultdict(list)  # a key only twins share -> the records under it
    for rec in base:
        rtype = getattr(rec, "type", None)
        field_ = LINKING.get(rtype)
        linked = _value(rec, field_) if field_ else None
        if not isinstance(linked, (list, tuple)) or not linked:
            continue
        links = [alike(r) for r in linked]
        kind = (rec.__dict__.get("kind") or "").casefold()
        if len(linked) >= 2:  # the same things linked (each by its least id among those named alike)
            groups[(rtype, kind, frozenset(min(one) for one in links))].append((rec, links, True))
        date, place = _value(rec, "date"), _value(rec, "place")
        if rtype == "event" and date is not None and isinstance(place, str):
            # an event of one kind, day and place with someone taking part in both: one visit two articles report
            groups[(rtype, kind, str(date), place.casefold())].append((rec, links, False))
    twins: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, frozenset[str]] = {}

    def sources_of(rid: str) -> frozenset[str]:
        got = sources.get(rid)
        if got is None:
            rec = base.get(rid)
            got = sources[rid] = _sources(rec) if rec is not None else frozenset()
        return got

    for rids in by_key.values():  # (one article's records of one name are two things: a zone, its company)
        if len(rids) > 1:
            for rid in rids:
                twins[rid].update(o for o in rids if o != rid and not sources_of(rid) & sources_of(o))
    for members in groups.values():
        if len(members) < 2:
            continue
        for i, (one, one_links, whole) in enumerate(members):
            for other, other_links, _ in members[i + 1:]:
                if sources_of(one.id) & sources_of(other.id) or not _dates_agree(one, other):
                    continue
                if not (_same_links(one_links, other_links) if whole else _shared_link(one_links, other_links)):
                    continue
                twins[one.id].add(other.id)
                twins[other.id].add(one.id)
    return {rid: frozenset(t) for rid, t in twins.items() if t}


def _same_links(one: list[frozenset[str]], other: list[frozenset[str]]) -> bool:
    """Does each thing one links match a thing the other links, and the other way round?"""
    return len(one) == len(other) and all(any(a & b for b in other) for a in one) \
        and all(any(a & b for a in one) for b in other)


def _shared_link(one: list[frozenset[str]], other: list[frozenset[str]]) -> bool:
    """Does one thing linked match a thing the other links?"""
    return any(a & b for a in one for b in other)


def _dates_agree(one, other) -> bool:
    for name in DATES:
        a, b = _value(one, name), _value(other, name)
        if a is not None and b is not None and str(a) != str(b):
            return False
    return True

