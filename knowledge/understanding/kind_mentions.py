"""Things a question names by a kind noun ("the conference", "the plant"): every record of that kind, weakly,
the one documented by a text we hold or called by its own kind word a little more, and the one that name words
beside the kind noun single out ("the Gobustan plant", "the visa exemption deal") as clearly as by its name.
(The names themselves are found by names.py; this adds what kind nouns name to what it found.)"""
from __future__ import annotations

from ..language.lexicon import languages
from ..language.numerals import english_ordinal_of_word
from .index import FactIndex
from .kinds import _kind_stems, own_kind_calls
from .names import KIND_WEIGHT, MAX_KIND_ENTITIES, NAMED, OWN_KIND_BONUS, Mention


def kind_mentions(found: dict[str, Mention], seq: list[str], index: FactIndex, kind_hits: dict[str, set[int]],
                  alternatives: dict[int, set[str]] | None = None, lang: str = "en",
                  plural: frozenset[int] = frozenset()) -> dict[str, Mention]:
    """`found` (the things named by their names) with the things the kind nouns said (`kind_hits`: label ->
    positions) name. `alternatives`: the name words other words may stand for (knowledge/language/sounds.py); `plural`:
    where a kind noun is said in the plural (analysis._plural)."""
    for label, pos in kind_hits.items():
        ids = index.kinds.get(label, ())
        too_many = len(ids) > MAX_KIND_ENTITIES
        # (the words the question qualifies the kind noun with: "the *nuclear power* plant", "the plant on Lake
        # *Boyukshor*" describe another plant than the one an imported article documents)
        named = named_at(found, index) | {p for at in kind_hits.values() for p in at}  # (another kind noun is no word
        # of this one's: "was *reported* for that *plant*")
        qualified = qualifiers(pos, seq, index, alternatives or {}, named, english=lang == "en")
        if too_many:  # too many to name by a kind noun: only those documented by a text we hold, when one of them
            # says what the question says of them; none, by a plural ("the participating companies": several of many)
            if pos <= plural:
                continue
            ids = index.documented_of(label)
            if qualified and not any(all(words & says(index, rid) for words in qualified) for rid in ids):
                continue
            if len(ids) > MAX_KIND_ENTITIES:
                continue
        said = kind_words_said(label, pos, seq, alternatives)
        # any kind noun names a thing documented by a text we hold more than others (see matcher._documented_first);
        # of several so documented, those it calls by their own kind word ("the conference", not the forum), when
        # one of them says its qualifiers
        # (a kind noun in the plural, "the participating companies", names several: none documented is meant first)
        docs = [] if pos <= plural else [rid for rid in ids if rid not in found and index.documented(rid)
                and (too_many or index.kind_of.get(rid) != "source")]
        if qualified and not any(all(words & says(index, rid) for words in qualified) for rid in docs):
            docs = []  # (none of them is described: none is meant first; one that is, among several, is no more)
        called = {rid for rid in docs if _called_by_own_kind(rid, said, index)}
        for rid in ids:
            if rid not in found:
                # its own kind word ("the forum" for a forum) names it more than a kind it counts as (a conference)
                own = index.kind_words.get(rid, frozenset()) <= said
                doc = rid in called or not called and rid in docs
                found[rid] = Mention(rid, KIND_WEIGHT + (OWN_KIND_BONUS if own or doc else 0.0), frozenset(pos),
                                     via_kind=True)
        _named_with_kind(found, pos, set(ids), seq, index, alternatives or {})
        _named_before_kind(found, pos, set(ids), seq, index, alternatives or {})
    return found


def kind_words_said(label: str, pos: set[int], seq: list[str], readings: dict[int, set[str]] | None) -> set[str]:
    """The words a kind noun is said in (at `pos`), with the English words another language's are read as
    (`readings`, by position) where they say more than the kind noun's label: "инвестиционное соглашение" calls
    an investment agreement by its own kind, as "the investment agreement" does, not any memorandum; "конференция"
    is a conference, as the label says."""
    read = {w for p in pos for w in (readings or {}).get(p, ())} - _kind_stems(label)
    return {seq[p] for p in pos} | read


def qualifiers(pos: set[int], seq: list[str], index: FactIndex, alternatives: dict[int, set[str]],
               named: set[int] = frozenset(), *, english: bool = True) -> list[set[str]]:
    """The words that qualify a kind noun as a name would, each with the English words it may stand for: those right
    before it, up to a small word ("the *floating solar* plant on Lake Boyukshor"); of those, the words of some
    record's name or of a place ("floating"; not "the *whole* event"; nor people's, "who did *Aliyev* meet"), but not
    cue words ("the *power output* figure"), common ones ("the *new* plant"), ordinals (doubts.other_ordinal's),
    country words (names.py's _describe_by_country reads those) nor the words of things named clearly or of another
    kind noun (`named`). (Not the words after it: past a small word they may be another sentence's, "about this
    event. We are a *logistics* company".) In another language (not `english`) the facts' words are English: a word
    qualifies only by the English name or place words it is read as (`alternatives`: "Yevlax zavodu", "耶夫拉赫工厂"),
    and one right after the kind noun past a small word does too, as Russian puts a place ("завод в Евлахе")."""
    if not pos:
        return []
    lexes = languages().lexicons.values()
    common = frozenset().union(*(lex.common_words for lex in lexes))
    countries = {p for lex in lexes for m in lex.countries.find(seq) for p in range(m.start, m.end)}  # (names.py's)
    at: list[int] = []
    for p in range(min(pos) - 1, max(min(pos) - 1 - BEFORE_KIND, -1), -1):
        if seq[p] in index.stopwords:
            break
        at.append(p)
    if not english:
        at += _read_after(pos, seq, index, alternatives)
    places = index.region_words()
    out = []
    for p in at:
        said = (seq[p], *alternatives.get(p, ())) if english else tuple(alternatives.get(p, ()))
        words = {w for w in said if (w in index.alias_df or w in places) and not _a_persons(index, w)}
        if (words and seq[p] not in index.vocabulary and seq[p] not in common and not seq[p].isdigit()
                and p not in pos and p not in named and p not in countries and not english_ordinal_of_word(seq[p])):
            out.append(words)
    return out


def _read_after(pos: set[int], seq: list[str], index: FactIndex, alternatives: dict[int, set[str]]) -> list[int]:
    """The word right after a kind noun past one small word ("завод *в* Евлахе"), when it is read as English name
    words: a place or name said after what it qualifies."""
    p = max(pos) + 1
    if p < len(seq) and seq[p] in index.stopwords:
        p += 1
    return [p] if p < len(seq) and p not in pos and alternatives.get(p) else []


def _a_persons(index: FactIndex, word: str) -> bool:
    """Is the word one of a person's names ("Aliyev")? Said by a kind noun, it tells who took part ("who did Aliyev
    meet", as the names of his meetings say), not what the thing is called."""
    return any(getattr(index.base.get(index.aliases[ai].entity), "type", None) == "person"
               for ai in _every_name_with(index, word))


def named_at(mentions: dict[str, Mention], index: FactIndex) -> set[int]:
    """Where things are named clearly, or people at all ("who did *Aliyev* meet"): words that tell a thing of a kind
    by what it involves, not by its own name (kind_mentions.qualifiers)."""
    return {p for m in mentions.values() if not m.via_kind and (m.strength >= NAMED or m.strength >= 0.5 and getattr(
        index.base.get(m.entity), "type", None) == "person") for p in m.positions}


def says(index: FactIndex, rid: str) -> frozenset[str]:
    """The words a record is described by: its own (names, kind, facts' text) and what its facts state and refer to."""
    return index.own_words(rid) | index.said_of(rid, quotes=True)


BEFORE_KIND = 3  # words before a kind noun that may be one thing's own name words ("the visa exemption deal")
COMMON_NAME_WORD = 2000  # a word of more names than this is no one thing's own


def _every_name_with(index: FactIndex, stem_: str):
    """Every alias with this word (none for a word of very many names: it names no one thing)."""
    every = index.all_postings.get(stem_, ())
    return every if len(every) <= COMMON_NAME_WORD else ()


def _named_before_kind(found: dict[str, Mention], pos: set[int], ids: set[str], seq: list[str], index: FactIndex,
                       alternatives: dict[int, set[str]]) -> None:
    """"the visa exemption deal": two or three words right before a kind noun, each a word of the name of one
    and the same thing of that kind and of no other, name it, though they are too few of its long name to name
    it by themselves ("Agreement ... on Mutual Visa Exemption for Holders of Ordinary Passports"). (One word
    says too little: "the state agency" is no State Customs Committee.)"""
    if not pos or any(m.named for rid, m in found.items() if rid in ids):
        return
    words: list[int] = []
    for p in range(min(pos) - 1, max(min(pos) - 1 - BEFORE_KIND, -1), -1):
        if seq[p] in index.stopwords or any(p in m.positions for m in found.values() if not m.via_kind):
            break
        words.append(p)
    # ... or right after it, past a preposition: "соглашение о поставке тракторов" (the Russian order)
    for words in (words, _words_after(pos, seq, index, found)):
        owners: set[str] = set()
        for p in words:  # (every one of them: "the Hajigabul Solar Investment Forum" is no forum we know)
            owners |= {index.aliases[ai].entity for s in (seq[p], *alternatives.get(p, ()))
                       for ai in _every_name_with(index, s)} & ids or {""}
        if len(words) >= 2 and len(owners) == 1 and (rid := next(iter(owners))) in found:
            found[rid] = Mention(rid, NAMED, frozenset(pos) | frozenset(p for p in words), via_kind=False)
            return


def _words_after(pos: set[int], seq: list[str], index: FactIndex, found: dict[str, Mention]) -> list[int]:
    """The words right after a kind noun, past the small words that open a qualifier ("о", "по"), up to the
    next small word or name."""
    words: list[int] = []
    p = max(pos) + 1
    while p < len(seq) and seq[p] in index.stopwords and p - max(pos) <= 2:
        p += 1
    for q in range(p, min(p + BEFORE_KIND, len(seq))):
        if seq[q] in index.stopwords or any(q in m.positions for m in found.values() if not m.via_kind):
            break
        words.append(q)
    return words


def _named_with_kind(found: dict[str, Mention], pos: set[int], ids: set[str], seq: list[str],
                     index: FactIndex, alternatives: dict[int, set[str]] | None = None) -> None:
    """"the Gobustan plant", "the plant in Gobustan": a name word of one thing of a kind, beside a kind noun
    for that kind, names that thing (as clearly as a name must to rule out the others of the kind), when it
    is the only thing of the kind the words beside the kind noun name."""
    near = {p + d for p in pos for d in (-3, -2, -1, 1, 2, 3)} - set(pos)
    beside = [m for rid, m in found.items() if rid in ids and not m.via_kind and (m.positions - pos) & near
              and 0.5 <= m.strength < NAMED]
    if len(beside) != 1 or any(m.named for rid, m in found.items() if rid in ids):
        return
    m = beside[0]
    words = m.positions - pos
    # (a word of another script by the name words it is read as: "Qobustan stansiyası", the Gobustan plant)
    if any({index.aliases[ai].entity for w in (seq[p], *(alternatives or {}).get(p, ()))
            for ai in index.postings.get(w, ())} & ids != {m.entity} for p in words):
        return  # a word of several names of the kind ("economic zone"), not one thing's own
    if not any(o is not m and not o.via_kind and o.positions & words for o in found.values()):
        m.strength = NAMED  # (words that name something else too, "the Kura Gate zone's plant", say less)


def _called_by_own_kind(rid: str, said: set[str], index: FactIndex) -> bool:
    """Do the kind words said call the record by its own kind: the kind whole, its head noun or initials
    ("the agreement" for a loan agreement, "the MoU" for a memorandum of understanding)? A record of the
    very kind the kind noun is a word for (a conference) is called by each of its words ("the forum", "the
    summit", "the event"); one of a narrower kind (a forum) only by its own."""
    words = index.kind_words.get(rid, frozenset())
    if words <= said or words == _kind_stems(index.kind_of.get(rid, "")):
        return True
    kind = getattr(index.base.get(rid), "kind", None)
    return bool(kind) and bool(own_kind_calls(kind) & said)
