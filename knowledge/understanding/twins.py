"""Records that stand for one thing through what they link: an agreement two articles report, each
with its own record and each naming the parties its own way ("... between Gobustan Sunworks LLC and
YPG", "... and Yunlan Photonic Glass Co., Ltd."), is one agreement when both records link the same
things, are of the same kind, and their dates do not disagree.

So is an event of one kind, day and place that someone takes part in as both records say (an official visit
two articles name differently). Records of one source are never twins (one article does not report one thing twice), nor are records
of different kinds ("investment agreement", "Memorandum of Understanding") or dates, nor records that
link nothing: a name alone says that through `name_keys` (see RecordWords.same_thing).

And so are two records whose descriptions agree though what they link differs in part (see described_alike): one
plant of one developer that two articles name in more words or fewer ("ZTBG generic tablets, capsules and sterile
injectables plant in the Lankaran Pharmaceutical Industrial Park", "ZTBG pharmaceutical plant in the Lankaran ...").
"""
from __future__ import annotations

from collections import defaultdict

from ..facts.factbase import FactBase, cited_fields
from ..language.numerals import english_ordinal_of_word
from ..language.text import stem, tokens
from .kinds import _kind_stems, names_of

# The field whose values say what a record of each type links (the first of index.LINK_FIELDS)
LINKING = {"agreement": "parties", "event": "participants", "project": "developer"}
DATES = ("date", "end_date", "start")


def _value(rec, name: str):
    cited = rec.__dict__.get(name)
    return getattr(cited, "value", None)


def _sources(rec) -> frozenset[str]:
    return frozenset(c.source for _, cited in cited_fields(rec) for claim in cited.claims() for c in claim.citations())


def linked_twins(base: FactBase, name_keys: dict[str, tuple[str, ...]],
                 link_fields: dict[str, tuple[tuple[str, float], ...]] = {},
                 stopwords: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Each record that has a twin -> its twins (see the module's docstring), and the records named as it
    is; `name_keys` are the index's "type:plain name" keys, by which the things linked are matched too;
    `link_fields` (index.LINK_FIELDS) the fields of what each type links, for the described twins."""
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
    for one, other in described_alike(base, alike, sources_of, link_fields, stopwords):
        twins[one].add(other)
        twins[other].add(one)
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



# what a record is of besides what it links: the event an agreement was signed at, the visit an event is part of
OCCASIONS = ("signed_at", "part_of")
MAX_ALIKE = 200  # records sharing one linked thing compared pairwise; a thing linked by more is no sign of one


def described_alike(base: FactBase, alike, sources_of, link_fields, stopwords) -> list[tuple[str, str]]:
    """Pairs of records of two sources that are one thing by their description: of one type and kind (or one
    kind said in fewer words: "memorandum", "Memorandum of Understanding"), linking a thing (a party, a
    signatory, a developer, the event signed at) named alike, with dates and places that agree, and with names
    that say nothing the other's does not, once the words of their kind, their place and what they link are
    taken away ("ZTBG pharmaceutical plant in the LPIP", "ZTBG generic tablets ... plant in the LPIP"); never
    different numbers ("First phase ...", "Second phase ..."). A record so alike two records of one source
    is vaguer than both: it is neither."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    linked_of: dict[str, list[str]] = {}
    said = stopwords | _country_stems(base)
    described: dict[str, tuple] = {}  # (made when first compared: few records get that far)

    def description(rec) -> tuple:
        got = described.get(rec.id)
        if got is None:
            got = described[rec.id] = _description(rec, linked_of[rec.id], base, said)
        return got

    for rec in base:
        rtype = getattr(rec, "type", None)
        if rtype not in LINKING or "name" not in rec.__dict__:
            continue
        linked = _linked_ids(rec, (*(f for f, _ in link_fields.get(rtype, ())), *OCCASIONS))
        if not linked:
            continue
        linked_of[rec.id] = linked
        for canon in {min(alike(r)) for r in linked}:
            groups[(rtype, canon)].append(rec)
    found: dict[str, dict[frozenset[str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_ALIKE:
            continue
        for i, one in enumerate(members):
            for other in members[i + 1:]:
                if (sources_of(one.id) & sources_of(other.id) or not _dates_agree(one, other)
                        or not _placed_alike(one, other, alike)
                        or not _described_alike(description(one), description(other))):
                    continue
                found[one.id][sources_of(other.id)].add(other.id)
                found[other.id][sources_of(one.id)].add(one.id)
    unique = {(rid, o) for rid, by_source in found.items() for got in by_source.values() if len(got) == 1
              for o in got}
    return sorted((a, b) for a, b in unique if (b, a) in unique and a < b)


def _placed_alike(one, other, alike) -> bool:
    """What places a thing of its type besides its name, said by both: an event's day, an agreement's day or the
    event it was signed at, a project's place (two meetings of the same two people are two meetings)."""
    if one.type == "project":
        return isinstance(_value(one, "place"), str) and isinstance(_value(other, "place"), str)
    date_a, date_b = _value(one, "date"), _value(other, "date")
    if date_a is not None and date_b is not None and str(date_a) == str(date_b):
        return True
    at_a, at_b = _value(one, "signed_at"), _value(other, "signed_at")
    return one.type == "agreement" and isinstance(at_a, str) and isinstance(at_b, str) and bool(alike(at_a) & alike(at_b))


def _linked_ids(rec, fields) -> list[str]:
    out: list[str] = []
    for name in fields:
        value = _value(rec, name)
        out += [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return out


def _country_stems(base: FactBase) -> frozenset[str]:
    """The stems of every country the facts give (an organization's): a name's "in Azerbaijan" says a place."""
    return frozenset(stem(w) for rec in base if isinstance(c := _value(rec, "country"), str) for w in tokens(c))


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens(text))


def _description(rec, linked: list[str], base: FactBase, stopwords: frozenset[str]) -> tuple:
    """(kind stems, place, the name's words that say what its kind, place and links do not, its numbers)."""
    kind = _kind_stems(rec.__dict__.get("kind") or rec.type)
    place = _value(rec, "place")
    place = place.casefold() if isinstance(place, str) else None
    said = set(kind) | set(stopwords) | (_stems(place) if place else set())
    for rid in linked:
        other = base.get(rid)
        for name in names_of(other) if other is not None else ():
            said |= _stems(name)
    words = [w for w in tokens(rec.name)]
    numbers = frozenset(w for w in words if w.isdigit() or english_ordinal_of_word(w) or _is_ordinal(w))
    return kind, place, frozenset(stem(w) for w in words) - said - numbers, numbers


def _is_ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _described_alike(one: tuple, other: tuple) -> bool:
    kind_a, place_a, words_a, numbers_a = one
    kind_b, place_b, words_b, numbers_b = other
    if not (kind_a <= kind_b or kind_b <= kind_a) or numbers_a != numbers_b:
        return False
    if place_a and place_b and not _places_agree(place_a, place_b):
        return False
    return words_a <= words_b or words_b <= words_a


def _places_agree(one: str, other: str) -> bool:
    """One place said more or less fully: "Sabirabad district" and "Sabirabad district, Azerbaijan"."""
    first = one.split(",")[0].strip(), other.split(",")[0].strip()
    return first[0] == first[1] or _stems(one) <= _stems(other) or _stems(other) <= _stems(one)
