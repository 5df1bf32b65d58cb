"""Records named by a part of their descriptive name: "the Sabirabad greenhouse complex" of the "SJAG greenhouse
complex and fruit-packing plant in the Sabirabad district". A long descriptive name (of a project, an agreement,
an event, a statistic) is rarely said half whole, as a name must be to be found from the name's side
(names._mentions); read from the question's side, a record is named when the words the question leaves
unexplained (no cue, no name it says clearly) are, weighted by rarity, (nearly) all words of that one record's
name, two of them at least, and one of them no kind noun ("the greenhouse complex" names no particular one).

Care is taken that a few words name only the one record they fit: a word the question says that the name lacks
(another place, another qualifier) speaks against it, less so when the record's own facts say it ("in hectares" of
a complex whose area is given in hectares); a country word or a date said describes or dates what is asked, and
names nothing; of records that fit alike, those whose name's head says the words ("the *greenhouse complex* and
fruit-packing plant in ...") are meant rather than those whose name only says what they are about or a part of
("Investment agreement ... on a greenhouse complex ...", "First 40 hectares of greenhouses of the SJAG complex");
one thing reported twice (twins.py, `same_thing`) counts once; and when more than one thing still fits, none is
named.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..facts.models import Source
from ..language.text import stem, tokens
from .index import BARE_CAP, FEW_NAMES, LINK_FIELDS, FactIndex
from .names import NAMED, Mention

QUESTION_COVERAGE = 0.8    # of the weight of the question's name words, what a record's name must have
DESCRIBED = 0.5            # how much a word its name lacks speaks against a record whose facts say it
TIED = 0.05                # records whose coverage is this near the best fit's fit as well
# descriptive names (not a statement's, "<speaker> on <topic>": its topic's words are what a question about the
# matter asks, "How many sites did ZYIL compare before choosing Ganja?", and its speaker names it)
NAMING_TYPES = frozenset({"event", "agreement", "project", "statistic"})
# the words after which a descriptive name goes on to say what its head is of, between, on ...: "Investment
# agreement | between SJAG and ...", "First 40 hectares | of greenhouses ...", "... plant | in the Sabirabad district"
LINKING = frozenset("of between on in at for with to from by about under among".split())


@dataclass
class _Said:
    """The question's words a part of a name may be said in."""
    free: dict[int, frozenset[str]]     # the words no cue and no clearly named thing explains (and their readings)
    weights: dict[int, float]           # how much each says of which record is meant (see _weight)
    naming: frozenset[int]              # of those, the ones that may name: no kind noun, country word or date
    describing: frozenset[int]          # country words and dates: they describe or date what is asked
    kinds: frozenset[int]               # where a kind noun is said ("the apple *forum*")
    beside: dict[int, frozenset[str]]   # the words of the things named clearly ("SJAG" in "SJAG's greenhouse complex")


def named_in_part(mentions: dict[str, Mention], seq: list[str], alts: dict[int, set[str]], explained: set[int],
                  kind_at: set[int], cued: set[int], countries_at: set[int], typed: list[str], cased: list[str],
                  stop: frozenset[str], focus: int, stop_at: int, lang: str, index: FactIndex) -> None:
    """Add the record the question names by a part of its descriptive name, if one alone fits (see the module's
    docstring), with its other reports. `explained`: the positions cues and kind nouns (`kind_at`) explain
    (`cued`: where a cue or a measure is said: "how many *companies*" asks, naming no company);
    `countries_at`: where a country word is said; `typed`: the question's words as typed (a word no dictionary
    holds is a name)."""
    said = _read(mentions, seq, alts, explained | cued, kind_at - cued, countries_at, typed, cased, stop, focus, stop_at,
                 lang, index)
    if said is None:
        return
    fits: dict[str, _Fit] = {}
    for rid, aliases in _candidates(said, index).items():
        got = _fit(rid, aliases, said, index)
        if got is not None:
            fits[rid] = got
    words = frozenset(seq).union(*alts.values())
    chosen = _the_one(fits, words, index)
    found = [rid for rid, m in mentions.items() if rid in fits and not m.via_kind and m.strength >= 0.5]
    if any(_head_said(rid, words, index) for rid in found) and not all(index.same_as_any(rid, found) for rid in chosen):
        return  # (the name's side found another whose head is said: "the opening of HYSC's office", "open its office")
    for rid in chosen:
        had = mentions.get(rid)
        if had is None or had.via_kind or had.strength < NAMED:
            mentions[rid] = Mention(rid, NAMED, had.positions | fits[rid].at if had and not had.via_kind else fits[rid].at)


def _read(mentions: dict[str, Mention], seq: list[str], alts: dict[int, set[str]], explained: set[int],
          kind_at: set[int], countries_at: set[int], typed: list[str], cased: list[str], stop: frozenset[str],
          focus: int, stop_at: int, lang: str, index: FactIndex) -> _Said | None:
    """The question's words as a part of a name may be said in them; None when none may name."""
    from .periods import part_words  # (periods.py reads an Analysis, made of these mentions)
    clear = {p for m in mentions.values() if not m.via_kind and m.strength >= NAMED for p in m.positions}
    cues = explained - kind_at
    capitals = _capitalised(cased, focus, stop_at) if len(cased) == len(seq) else frozenset()
    free: dict[int, frozenset[str]] = {}
    for p in range(focus, min(stop_at, len(seq))):
        s = seq[p]
        if (p in cues or p in clear or s in stop or s in LINKING or len(s) < (2 if p in capitals else 3)
                or (s.isdigit() and len(s) != 4)):
            continue  # (a short word is a name only in capitals: "EU")
        free[p] = frozenset({s, *alts.get(p, ())})
    dated = part_words(lang)
    describing = frozenset(p for p, words in free.items()
                           if p in countries_at or any(w.isdigit() or w in dated for w in words))
    weights = {p: _weight(words, typed[p] if p < len(typed) else "", p in capitals, index) for p, words in free.items()}
    naming = frozenset(p for p, w in weights.items() if w and p not in kind_at and p not in describing)
    if not naming:
        return None
    sources = {p for m in mentions.values() if isinstance(index.base.get(m.entity), Source) for p in m.positions}
    beside = {p: frozenset({seq[p], *alts.get(p, ())}) for p in clear - sources}
    return _Said(free, weights, naming, describing, frozenset(kind_at), beside)


def _weight(words: frozenset[str], typed: str, capital: bool, index: FactIndex) -> float:
    """How much a word says of which record is meant: a name word weighs as rare as it is; a place, a year, a
    capitalised word or one no dictionary holds (the name of something else: "Which *EU* fund ...") as a rare name
    word; an ordinary word no name has ("whole", "output") nothing, unless it is said inside a name (see _fit)."""
    named = [index.weight(w) for w in words if w in index.all_postings]
    if named:
        return max(named)
    if capital or any(w.isdigit() or w in index.place_words() for w in words) or (
            typed.isalpha() and typed not in index.typo and not index.knows(stem(typed))):
        return index.default_idf
    return 0.0


def _capitalised(cased: list[str], focus: int, stop_at: int) -> frozenset[int]:
    """Where a word is capitalised after the first of the question (none when most are: a title in Title Case,
    or capitals throughout, says nothing by them)."""
    inner = range(focus + 1, min(stop_at, len(cased)))
    capitals = frozenset(p for p in inner if cased[p][:1].isupper())
    return capitals if len(capitals) <= 0.6 * max(len(inner), 1) else frozenset()


def _candidates(said: _Said, index: FactIndex) -> dict[str, list]:
    """Each record of a descriptive name that has a word said where a name may be, with its aliases that do."""
    out: dict[str, list] = {}
    seen: set[int] = set()
    for p in sorted(said.naming):
        for w in sorted(said.free[p]):
            post = index.all_postings.get(w)
            if post is None or len(post) > FEW_NAMES:
                continue  # (too common a word to find names by: a rarer one of the question finds them)
            for ai in post:
                if ai in seen:
                    continue
                seen.add(ai)
                alias = index.aliases[ai]
                if alias.cap >= BARE_CAP and getattr(index.base.get(alias.entity), "type", None) in NAMING_TYPES:
                    out.setdefault(alias.entity, []).append(alias)
    return out


class _Fit(NamedTuple):
    cover: float                # the share of the question's name words (by weight) that the name has
    at: frozenset[int]          # where the question says them
    words: frozenset[str]       # which they are
    weight: float               # how much they weigh


def _fit(rid: str, aliases: list, said: _Said, index: FactIndex) -> _Fit | None:
    """How well the record's best alias fits the question's name words; None when it fits too little, or only by
    one word of its name or by its kind words."""
    kind = index.kind_words.get(rid, frozenset())
    own_type = stem(getattr(index.base.get(rid), "type", "") or "")  # (its type said: "the Sabirabad project")
    linked = _linked_words(rid, index)
    best = None
    for alias in aliases:
        words = frozenset(alias.words)
        if not _says_enough(words, kind | linked, said):
            continue
        at = frozenset({p for p, w in said.free.items() if w & (words | {own_type})}
                       | {p for p, w in said.beside.items() if w & words})
        support, lacking = _weighed(at, said, index)
        if support < QUESTION_COVERAGE * (support + DESCRIBED * sum(w for _, w in lacking)):
            continue  # (too little, even if its facts said every word it lacks: the facts are not read)
        own = index.own_words(rid)
        cover = support / (support + sum(w * (DESCRIBED if said_ & own else 1.0) for said_, w in lacking))
        if cover >= QUESTION_COVERAGE and (best is None or cover > best.cover):
            found = frozenset(s for p in at for s in (said.free.get(p) or said.beside[p]) & words)
            best = _Fit(cover, at, found, support)
    return best


def _says_enough(words: frozenset[str], common: frozenset[str], said: _Said) -> bool:
    """Does the question say two words of the name at least (at two places) besides a kind noun, a date or a
    country word, one of them no `common` word (of the record's kind, or of the names of what it links)? One word names nothing in
    particular ("the apple forum": another forum, perhaps), kind words no particular one, and the words of a party's
    name its party ("the Yashil Vadi Industrial Park" is no memorandum between its management and another)."""
    if not any(said.free[p] & words - common for p in said.naming):
        return False
    # (words said, not the words they read as: "инвестиционное" is one, though it reads "investment agreement")
    return len({p for p, w in said.free.items() if said.weights[p] and p not in said.describing
                and p not in said.kinds and w & words}) >= 2


def _linked_words(rid: str, index: FactIndex) -> frozenset[str]:
    """The words of the names of the things a record links (an agreement's parties, a project's developer)."""
    rtype = getattr(index.base.get(rid), "type", "")
    fields = {name for name, _ in LINK_FIELDS.get(rtype, ())}
    return frozenset().union(*(index.name_stems(t) for name, t in index.references(rid) if name in fields))


def _weighed(at: frozenset[int], said: _Said, index: FactIndex) -> tuple[float, list[tuple[frozenset[str], float]]]:
    """The weight of the question's words a name has (said `at`), and the words it lacks with theirs: an ordinary
    word said inside the name ("the Neftchala *nuclear* power plant") qualifies it, and weighs as a rare one; a
    thing named clearly beside it ("What did AZPROMO say about ...") weighs half (the question may ask of two
    things); a date or a country word, nothing."""
    lo, hi = min(at), max(at)
    support, lacking = 0.0, []
    for p, w in said.free.items():
        weight = said.weights[p] or (index.default_idf if lo < p < hi else 0.0)
        if p in at:
            support += said.weights[p]
        elif weight and p not in said.describing:
            lacking.append((w, weight))
    for p, w in said.beside.items():
        weight = max(index.weight(s) for s in w)
        if p in at:
            support += weight
        else:
            lacking.append((frozenset(), weight * DESCRIBED))
    return support, lacking


def _the_one(fits: dict[str, _Fit], words: frozenset[str], index: FactIndex) -> list[str]:
    """The record the words name (with its other reports), when one fits best: of those fitting alike, the ones
    with more of the question's words, then those whose name's head the question says (`words`: all it says);
    none when several things still fit."""
    if not fits:
        return []
    top = max(got.cover for got in fits.values())
    tied = [rid for rid, got in sorted(fits.items()) if got.cover >= top - TIED]
    if len(_things(tied, index)) > 1:  # (more of the question's words said: "HYSC's Baku office" of HYSC's office)
        most = max(fits[rid].weight for rid in tied)
        tied = [rid for rid in tied if fits[rid].weight >= most - 1e-9]
    if len(_things(tied, index)) > 1:
        headed = [rid for rid in tied if _head_said(rid, words, index)]
        if headed:
            tied = headed
    return tied if len(_things(tied, index)) == 1 else []


def _things(rids: list[str], index: FactIndex) -> list[str]:
    """One record of each thing among `rids` (a thing reported twice is one: `same_thing`)."""
    out: list[str] = []
    for rid in rids:
        if not index.same_as_any(rid, out):
            out.append(rid)
    return out


def _head_said(rid: str, said: frozenset[str], index: FactIndex) -> bool:
    """Does the question say a word of the record's name before the name goes on to what it is of, between, on
    ... ("*Investment agreement* between ...", "*SJAG greenhouse complex and fruit-packing plant* in ...")?"""
    name = getattr(index.base.get(rid), "name", "") or ""
    head: list[str] = []
    for t in tokens(name):
        if t in LINKING and head:
            break
        head.append(stem(t))
    return not said.isdisjoint(head)
