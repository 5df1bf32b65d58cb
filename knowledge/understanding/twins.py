"""Records that stand for one thing through what they link: an agreement two articles report, each
with its own record and each naming the parties its own way ("... between Gobustan Sunworks LLC and
YPG", "... and Yunlan Photonic Glass Co., Ltd."), is one agreement when both records link the same
things, are of the same kind, and their dates do not disagree.

Records of one source are never twins (one article does not report one thing twice), nor are records
of different kinds ("investment agreement", "Memorandum of Understanding") or dates, nor records that
link nothing: a name alone says that through `name_keys` (see RecordWords.same_thing).
"""
from __future__ import annotations

from collections import defaultdict

from ..facts.factbase import FactBase, cited_fields

# The field whose values say what a record of each type links (the first of index.LINK_FIELDS)
LINKING = {"agreement": "parties", "event": "participants", "project": "developer"}
DATES = ("date", "start")


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

    groups: dict[tuple, list] = defaultdict(list)  # (type, kind) -> the records linking things
    for rec in base:
        field_ = LINKING.get(getattr(rec, "type", None))
        linked = _value(rec, field_) if field_ else None
        if not isinstance(linked, (list, tuple)) or len(linked) < 2:
            continue
        kind = (rec.__dict__.get("kind") or "").casefold()
        groups[(rec.type, kind)].append((rec, [alike(r) for r in linked], _sources(rec)))
    twins: dict[str, set[str]] = defaultdict(set)
    for rids in by_key.values():
        for rid in rids:
            twins[rid].update(o for o in rids if o != rid)
    for members in groups.values():
        for i, (one, one_links, one_src) in enumerate(members):
            for other, other_links, other_src in members[i + 1:]:
                if one_src & other_src or not _same_links(one_links, other_links) or not _dates_agree(one, other):
                    continue
                twins[one.id].add(other.id)
                twins[other.id].add(one.id)
    return {rid: frozenset(t) for rid, t in twins.items() if t}


def _same_links(one: list[frozenset[str]], other: list[frozenset[str]]) -> bool:
    """Does each thing one links match a thing the other links, and the other way round?"""
    return len(one) == len(other) and all(any(a & b for b in other) for a in one) \
        and all(any(a & b for a in one) for b in other)


def _dates_agree(one, other) -> bool:
    for name in DATES:
        a, b = _value(one, name), _value(other, name)
        if a is not None and b is not None and str(a) != str(b):
            return False
    return True

