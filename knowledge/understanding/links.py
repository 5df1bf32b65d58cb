"""Records named through what they connect: "the loan agreement between SBDB and GCCL", "the MoU with
AZPROMO", "the talks between Abdullayev and Wu". The record whose parties (or participants) the question
names, called by a kind noun of its kind, is the one asked about, not one of the things it links.
Which fields connect, and how surely, is said once in index.LINK_FIELDS; nothing here knows any record."""
from __future__ import annotations

from dataclasses import replace

from .index import FactIndex
from .kind_mentions import _called_by_own_kind, kind_words_said
from .names import KIND_WEIGHT, NAMED, OWN_KIND_BONUS, Mention

LINKED = 0.7       # a record named through one thing it links and its kind noun ("the MoU with AZPROMO") ...
LINKED_EACH = 0.1  # ... the more surely, the more of the things it links are named (two: "between X and Y")
LINKED_MAX = 0.95  # (never as surely as by its own name)
OWN_KIND = 0.5     # called by its own kind ("the loan agreement"), not only by a kind it counts as
VAGUE = 0.5        # a thing named this weakly (one of several of that name) ...
VAGUE_LINK = 0.5   # ... links a record half as surely
MAX_LINKED = 200   # records looked at per named thing: one that links more is named by none of them
# how many of the things it links must be named: an agreement by one party ("the MoU with AZPROMO"), a
# meeting by two who met ("the talks between Abdullayev and Wu"; one, "the forum Deng spoke at", says who
# took part in it, not which it is)
MIN_NAMED = {"event": 2}
MODIFIER_GAP = 0.2  # a name before the kind noun names less surely than the record it says which of


def name_by_links(mentions: dict[str, Mention], said_kinds: dict[str, set[int]], seq: list[str],
                  index: FactIndex, readings: dict[int, set[str]] | None = None) -> None:
    """Add a mention of the record that links most of the things the question names clearly, when the
    question also says a kind noun of that record's kind (`said_kinds`: each kind label said, with where).
    Called by its own kind ("the MoU" of a memorandum, not of a framework agreement), it is linked more.
    `readings`: the English words another language's words are read as, by position ("инвестиционное
    соглашение": investment agreement), which call a record by its kind as the English words would."""
    if not said_kinds:
        return
    said = {label: kind_words_said(label, pos, seq, readings) for label, pos in said_kinds.items()}
    parties: dict[str, dict[str, float]] = {}  # record -> the named things it links, each with its weight
    for m in list(mentions.values()):
        if m.via_kind or m.strength < VAGUE:
            continue
        sure = 1.0 if m.named else VAGUE_LINK  # "the Tengyun plant": Tengyun, one of two Tengyun companies
        linked = index.linked_by.get(m.entity, ())
        if len(linked) > MAX_LINKED:
            continue
        for rid, weight in linked:
            if index.kind_of.get(rid) in said and rid != m.entity:
                got = parties.setdefault(rid, {})
                got[m.entity] = max(got.get(m.entity, 0.0), weight * sure)
    weight: dict[str, float] = {}
    for rid, named in parties.items():
        rtype = getattr(index.base.get(rid), "type", "")
        if len(named) >= MIN_NAMED.get(rtype, 1):
            own = _called_by_own_kind(rid, said[index.kind_of[rid]], index)
            weight[rid] = sum(named.values()) + (OWN_KIND if own else 0.0)
    if not weight:
        return
    most = max(weight.values())
    best = [rid for rid, w in weight.items() if w >= most - 1e-9]  # "between X and Y": not X's other MoUs
    documented = [rid for rid in best if index.documented(rid)]
    if len(documented) == 1:
        best = documented  # the one a text we hold documents is the one meant (as matcher._documented_first)
    several = any(not index.same_thing(best[0], rid) for rid in best[1:])
    for rid in best:
        # several records link what is named ("the MoU with AZPROMO", two such MoUs): each is mentioned, none
        # named for certain, so the question is asked back ("which one?") rather than answered from either
        strength = min(LINKED + LINKED_EACH * sum(parties[rid].values()), LINKED_MAX)
        if several:
            strength = min(strength, NAMED - 0.01)
        prev = mentions.get(rid)
        if prev is not None and not prev.via_kind and prev.strength >= strength:
            continue
        kind_at = said_kinds[index.kind_of[rid]]
        where = set(kind_at) | (prev.positions if prev is not None else set())
        for e in parties[rid]:
            where |= mentions[e].positions
        if any(o.entity != rid and not o.via_kind and o.strength > strength and where <= o.positions
               for o in mentions.values()):
            continue  # the words are all another's name, said more fully ("the signing ceremony of the loan
            # agreement between KDB and ACS" is the ceremony's name): they name that one
        mentions[rid] = Mention(rid, strength, frozenset(where))
        for e in parties[rid]:
            # a name right before the kind noun only says which one ("the ZLHA plant", "the SBDB loan"): the
            # record is asked about, the thing it links describes it, as a word before a noun does
            if min(kind_at) - 1 in mentions[e].positions or min(kind_at) - 2 in mentions[e].positions \
                    and seq[min(kind_at) - 1] in ("s", "'s"):
                mentions[e].strength = min(mentions[e].strength, strength - MODIFIER_GAP)
        for other in list(mentions.values()):
            if (other.entity != rid and not other.via_kind and other.positions and other.positions <= kind_at
                    and index.kind_of.get(other.entity) == index.kind_of[rid]):
                # a record of the kind named only by words that are the kind noun ("memorandum of understanding",
                # an alias of one memorandum): beside the things another of the kind links, the words are that
                # kind noun, as they are of every record of the kind ("the MoU between ADY and Xi'an Port")
                mentions[other.entity] = replace(other, strength=min(other.strength, KIND_WEIGHT + OWN_KIND_BONUS),
                                                 via_kind=True)
                continue
            # a name that holds its kind noun but is not called by its own ("the *loan agreement between KDB
            # and ACS*" in the name of the ceremony where it was signed): the words name this record, not that one
            if (other.entity != rid and not other.via_kind and other.strength < strength and other.positions & kind_at
                    and other.entity not in parties[rid]
                    and not index.kind_words.get(other.entity, frozenset(seq)) <= set(seq)):
                other.strength = min(other.strength, NAMED - 0.01)
            elif _read_better(other, rid, strength, where, parties[rid], index):
                other.strength = min(other.strength, NAMED - 0.01)


def _read_better(other: Mention, rid: str, strength: float, where: set[int], linked: dict[str, float],
                 index: FactIndex) -> bool:
    """Is `other` a name said in part whose words all name the linked record better ("the NJTG mill" of the
    NJTG's mill, beside a statistic "NJTG's mills in Jiangsu" the same two words fill in part)? Then the words are
    that record's, as _demote_overlaps has it of two names: a weaker reading of them names nothing for certain."""
    return (other.entity != rid and not other.via_kind and other.entity not in linked and other.positions
            and other.strength < min(strength, 1.0) - 0.05 and other.positions <= where
            and not index.same_thing(other.entity, rid))
