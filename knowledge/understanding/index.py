"""FactIndex: the fact base prepared for fast questions.

Built once per fact-base snapshot. Looking a question up touches only the posting
lists of its own words (names, aliases, kind nouns), never every fact, so the cost of
a question grows with what it mentions rather than with the size of the base.
"""
from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import filterfalse
from dataclasses import dataclass, field
from typing import NamedTuple

from ..answer import SourceRef
from ..facts.atoms import Fact, agreements_by_event, derive_facts, related_ids, sort_by_importance
from ..facts.factbase import AnyRecord, FactBase
from .fact_table import FactTable
from .intents import SPECS
from .record_words import _ALONE, MAX_WITHIN, RecordWords
from .trade_names import trade_names
from .twins import linked_twins
from .kinds import _bare_names, _kind_stems, names_of, _plain_names, countries_of, kind_label, own_country, record_kinds
from ..language.lexicon import PhraseTable, languages
from ..facts.models import Cited, Source
from ..language.sounds import SoundIndex
from ..language.text import all_tokens, first_token, stem, tokens
from ..language.typo import TypoIndex

_NUMBER = re.compile(r"\d+")
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]+\b")
ROLE_CAP = 0.8
ROLE_MIN_COVERAGE = 0.8
BARE_CAP = 0.99  # a name without its remark in brackets: it names the thing only when said whole
BARE_MIN_COVERAGE = 0.95
CONTENT_ATTRIBUTES = {"discussed", "highlights", "purpose", "mission", "said", "outcome", "theme"}
# A word in more aliases than this is too common to find candidates by (it still scores).
MAX_POSTING = 50_000


# How common a word may be and still find names (see `analysis._mentions`): a word filed under at
# most FEW_NAMES names proposes them all; under at most MANY_NAMES, the names the question states whole.
FEW_NAMES = 200
MANY_NAMES = 5000
# The fields by which a record connects things, and may be named through them ("the MoU between AZPROMO and
# the ICC", "the talks between Abdullayev and Wu"), with how much naming one of them names the record: a
# signatory acts for a party, and counts half (see links.py).
LINK_FIELDS = {"agreement": (("parties", 1.0), ("signatories", 0.5)), "event": (("participants", 1.0),),
               "project": (("developer", 1.0), ("investor", 1.0), ("contractor", 1.0))}
PARENT_LINK = 0.5  # a party's parent organization is linked too, less surely


class Alias(NamedTuple):  # (a tuple: hundreds of thousands are made at 100,000 records, and read back from the cache)
    entity: str
    length: int                   # how many words (stems) it has
    words: tuple[str, ...]        # stems that are not stop words, each once, rarest (weightiest) first
    weights: tuple[float, ...]    # their weights, in the same order
    cap: float = 1.0              # the most this alias can say (a job title names its holder less surely)
    total: float = 1.0

    @property
    def min_coverage(self) -> float:
        """How much of it a question must say to mention it: half a name, most of a job title."""
        return 0.5 if self.cap >= 1.0 else BARE_MIN_COVERAGE if self.cap >= BARE_CAP else ROLE_MIN_COVERAGE

    def within(self, words: frozenset[str] | dict) -> bool:
        """Does the question (its set of stems) hold every word of this alias?"""
        return all(w in words for w in self.words)


@dataclass
class FactIndex(RecordWords):
    base: FactBase
    facts: FactTable = field(default_factory=FactTable)  # (it finds facts through by_subject)
    # a record's facts, and the facts of others that involve it, each sorted by importance (lists while building)
    by_subject: dict[str, tuple[Fact, ...]] = field(default_factory=lambda: defaultdict(list))
    by_related: dict[str, tuple[Fact, ...]] = field(default_factory=lambda: defaultdict(list))
    by_key: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    aliases: list[Alias] = field(default_factory=list)
    # alias indices by the stems that can make them mentioned: an alias is filed only under its
    # rarest words that together weigh more than half of it, since a mention needs half its weight
    postings: dict[str, array] = field(default_factory=dict)
    # for a word filed under more than FEW_NAMES (and at most MANY_NAMES) names: those names by their
    # next rarest word (_ALONE for a one-word name), so a question finds the names it states whole
    # by looking up pairs of its own words instead of walking the word's whole list
    stated_whole: dict[str, dict[str, array]] = field(default_factory=dict)
    alias_df: Counter = field(default_factory=Counter)  # stem -> number of aliases containing it
    # every alias under every word it has (compact): common words meet here ("Yusif" and "Abdullayev")
    all_postings: dict[str, array] = field(default_factory=dict)
    # every alias under its rarest word (its first), for the words of at most MAX_WITHIN names: the names a
    # text says whole have their rarest word in it (see named_within), so only those lists need walking
    by_rarest: dict[str, array] = field(default_factory=dict)
    _name_sets: dict[str, frozenset[int]] = field(default_factory=dict)
    _words_of: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _within: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _statistic_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _statistics_naming: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)
    _name_text: dict[str, str] = field(default_factory=dict, repr=False)
    _documented_kind: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _name_stems: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _numbers_of: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _said_of: dict[tuple[str, bool], frozenset[str]] = field(default_factory=dict, repr=False)
    _place_words: frozenset[str] | None = field(default=None, repr=False)
    _region_words: frozenset[str] | None = field(default=None, repr=False)
    _own_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _measured: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # see measured.py
    _references: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)
    source_index: dict[str, SourceRef] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    kinds: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # kind label -> entity ids
    kind_of: dict[str, str] = field(default_factory=dict)
    kind_words: dict[str, frozenset[str]] = field(default_factory=dict)  # stems of each record's own kind
    country_of: dict[str, str] = field(default_factory=dict)  # record -> its country, from its facts or name
    # "type:plain name" (and acronym) of the records that share one with another record (see same_thing)
    name_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    twins: dict[str, frozenset[str]] = field(default_factory=dict)  # records one by what they link (twins.py)
    stated_words: frozenset[str] = frozenset()  # every word a value, quote, place, title or kind states (folded)
    documented_ids: frozenset[str] = frozenset()  # records with a fact quoted from a text we hold
    cited_by: dict[str, frozenset[str]] = field(default_factory=dict)  # source id -> records citing it
    numbers: frozenset[str] = frozenset()  # every number the facts and their quotes state
    related_of: dict[str, frozenset[str]] = field(default_factory=dict)  # record -> what it refers to
    # a party -> the records linking it, each with the weight of its field (LINK_FIELDS)
    linked_by: dict[str, list[tuple[str, float]]] = field(default_factory=lambda: defaultdict(list))
    content_of: dict[str, frozenset[str]] = field(default_factory=dict)  # fact id -> stems of its free text
    by_content: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    stopwords: frozenset[str] = frozenset()
    vocabulary: frozenset[str] = frozenset()  # stems of every cue, measure and kind phrase
    typo: TypoIndex | None = None
    record_kinds: PhraseTable = field(default_factory=lambda: PhraseTable.build({}))  # kinds no language lists
    sounds: SoundIndex = field(default_factory=SoundIndex)  # the names' Latin words by their sound
    default_idf: float = 1.0
    _shared: "_Shared" = field(default_factory=lambda: _Shared(), repr=False)

    @classmethod
    def build(cls, base: FactBase) -> "FactIndex":
        """Index `base`. Each record's derived data (what it relates to, its facts, its names'
        words) is computed once; run it with the collector off (see engine.no_gc): it makes
        millions of objects that live as long as the index."""
        idx = cls(base=base)
        langs = languages()
        idx.stopwords = langs.stopwords
        idx.vocabulary = langs.vocabulary
        idx.typo = TypoIndex(base=langs.typo)  # the names, over the lexicons' words
        citing: dict[str, set[str]] = defaultdict(set)
        said = _StatedWords()  # the words and numbers of values, quotes, places, titles and kinds
        numbers = said.numbers
        raw_aliases: list[tuple[str, int, tuple[str, ...], float]] = []
        documented: set[str] = set()
        sound_words: set[tuple[str, str]] = set()  # the names' words and their stems (acronyms apart)
        signed_at = agreements_by_event(base)
        named_by: dict = {}  # (organizations by their names' words, made at the first need: see derive_facts)
        tok = _Tokens()  # (every name is read three times: tokenised once)
        further: dict[str, tuple[str, ...]] = {}  # (see related_ids)
        own_countries: dict[str, str] = {}
        places: set[str] = set()
        trade = trade_names(base)  # ("Lanyu" of Zhejiang Lanyu Home Appliances Co., Ltd.)
        holders: dict[str, str | list[str]] = {}  # name key -> the record that has it, or the records
        for rec in base:
            idx._add_record(rec, raw_aliases, signed_at, named_by, sound_words, tok, further, trade.get(rec.id))
            fields = rec.__dict__  # (a pydantic model's field values: a missing one costs no exception)
            stated = [value for attr in ("place", "publisher", "title", "kind")
                      if isinstance(value := fields.get(attr), str)]
            for attr in ("place", "based_in"):  # (place_words, made here off the event loop: see `places_of`)
                value = fields.get(attr)
                value = getattr(value, "value", value)
                if isinstance(value, str):
                    words = tokens(value)
                    places.update(map(stem, words))
                    # (a place is said in other scripts as a name is: "в Гаджигабуле" of a zone in Hajigabul district)
                    sound_words.update((w, stem(w)) for w in words if w.isascii() and w.isalpha())
            for cited in _cited_values(fields):
                for claim in cited.claims() if cited.variants else (cited,):  # (most: one claim, one citation)
                    stated.append(str(claim.value))
                    for c in claim.citations() if claim.also else (claim,):
                        citing[c.source].add(rec.id)
                        if c.quote:
                            stated.append(c.quote)
                            documented.add(rec.id)
            said.read(stated)
            if "name" in fields:
                for key in {f"{rec.type}:{n}" for n in _plain_names(rec, tok)}:
                    held = holders.get(key)
                    if held is None:
                        holders[key] = rec.id
                    elif isinstance(held, str):
                        holders[key] = [held, rec.id]
                    else:
                        held.append(rec.id)
            d = fields.get("published")
            if d is not None:
                numbers.update((str(d.year), str(d.month), str(d.day)))
            country = own_country(rec, tok[rec.name] if "name" in fields else None)
            if country:
                own_countries[rec.id] = country
            tok.clear()
        idx._keep_shared_keys(holders)
        while named_by:  # (emptied as it goes, see below)
            named_by.popitem()
        idx.numbers = frozenset(n.lstrip("0") or "0" for n in numbers) | frozenset(numbers)
        idx.twins = linked_twins(base, idx.name_keys, LINK_FIELDS, idx.stopwords)
        idx.stated_words, idx.documented_ids = said.words(), frozenset(documented)
        idx._place_words = frozenset(places - idx.stopwords)  # (walking the base at the first question would stall it)
        for lists in (idx.by_subject, idx.by_related):  # sorted, and kept as tuples (a list's spare room and
            for key, facts in lists.items():           # its separate array would be a tenth of the index)
                if len(facts) > 1:  # (one subject's facts are in the order of their ids as of their attributes)
                    sort_by_importance(facts, one_subject=lists is idx.by_subject)
                lists[key] = tuple(facts)
        idx.facts.built(idx.by_subject)
        idx.cited_by = {}
        while citing:  # (emptied as it goes: freeing it whole would hold the interpreter lock, see engine.release)
            source, ids = citing.popitem()
            idx.cited_by[source] = frozenset(ids)
        n = max(len(raw_aliases), 1)
        idx.idf = {s: math.log((n + 1) / (c + 1)) + 1.0 for s, c in idx.alias_df.items()}
        idx.default_idf = math.log(n + 1) + 1.0
        idx._file_aliases(raw_aliases)
        idx.sounds = SoundIndex.build(sound_words)
        idx.record_kinds = record_kinds(base)
        idx.country_of = countries_of(base, own_countries)
        idx.source_index = {r.id: source_ref(r) for r in base.sources()}
        # (tables a question would otherwise make at its first need by walking the whole base: on the event loop,
        # right after a swap, that stalls it for as long as the walk takes)
        idx._statistics_naming = idx._statistics_by_owner()
        idx._region_words = idx._regions()
        while idx._shared:  # (only the build needs it)
            idx._shared.popitem()
        return idx

    def _add_record(self, rec: AnyRecord, raw_aliases: list, signed_at: dict, named_by: dict,
                    sound_words: set[tuple[str, str]],
                    tok: "_Tokens", further: dict[str, tuple[str, ...]], trade: str | None = None) -> None:
        related = self.related_of.get(rec.id)
        if related is None:
            related = self.related_of[rec.id] = related_ids(rec, self.base, further)
        facts, by_subject, by_related, by_key = self.facts, self.by_subject, self.by_related, self.by_key
        for f in derive_facts(rec, self.base, related_of=self.related_of, signed_at=signed_at,
                              named_by=named_by):
            if f.attribute in CONTENT_ATTRIBUTES:
                self._file_content(f, rec)
            facts.add(f)
            subject = f.subject
            by_subject[subject].append(f)  # (a fact derived from an event may be an organization's)
            for r in f.related:
                if r != subject:
                    by_related[r].append(f)
            if f.key in _STANDALONE:
                by_key[f.key].append(f)
        texts = names_of(rec)
        names = [(text, 1.0) for text in (*texts, *([trade] if trade else ()))] + \
            [(text, BARE_CAP) for text in _bare_names(rec, texts)]
        role = rec.__dict__.get("role")
        if role is not None:  # "the NDRC's deputy director general for foreign capital" names Wu Hongliang
            names += [(text, ROLE_CAP) for text in (role.value, *role.translations.values())]
        typo, alias_df, stopwords = self.typo, self.alias_df, self.stopwords
        for text, cap in names:
            words = tok[text]
            if cap >= 1.0:
                for w in words:
                    if not w.isdigit():
                        typo.add(w, "name")
            seq = tuple(map(stem, words))
            if cap >= 1.0 and text.isascii():  # (acronyms, in capitals, are not read by sound)
                caps = {c.lower() for c in _CAPITALS.findall(text)} if _CAPITALS.search(text) else ()
                sound_words.update(((w, s) for w, s in zip(words, seq) if w not in caps) if caps else zip(words, seq))
            if not seq:
                continue
            content = tuple(dict.fromkeys(filterfalse(stopwords.__contains__, seq))) or tuple(dict.fromkeys(seq))
            if cap < 1.0 and len(content) < 2:
                continue  # a one-word title ("Director") names nobody
            raw_aliases.append((rec.id, len(seq), content, cap))
            for s in content:  # (Counter.update's checks cost more than counting a name's few words)
                alias_df[s] += 1
        for fname, weight in LINK_FIELDS.get(rec.type, ()):
            linked = rec.__dict__.get(fname)
            for rid in linked.value if linked is not None and isinstance(linked.value, (list, tuple)) else ():
                self.linked_by[rid].append((rec.id, weight))
                party = self.base.get(rid)  # "the MoU with the NDRC": with its centre
                parent = party.__dict__.get("parent") if party is not None else None
                if parent is not None and isinstance(parent.value, str):
                    self.linked_by[parent.value].append((rec.id, weight * PARENT_LINK))
        label = kind_label(rec)
        if label:
            self.kinds[label].append(rec.id)
            self.kind_of[rec.id] = label
            self.kind_words[rec.id] = _kind_stems(rec.__dict__.get("kind") or rec.type)

    def _keep_shared_keys(self, holders: dict[str, str | list[str]]) -> None:
        """Keep in `name_keys` the keys several records have: only those can make two records one thing
        (see `same_thing`); a key of one record alone (most are) would be a string kept for nothing."""
        keys: dict[str, list[str]] = defaultdict(list)
        while holders:  # (emptied as it goes, see FactIndex.build)
            key, held = holders.popitem()
            if isinstance(held, list):
                for rid in held:
                    keys[rid].append(key)
        self.name_keys = {rid: tuple(sorted(got)) for rid, got in keys.items()}

    def _file_content(self, f: Fact, rec: AnyRecord) -> None:
        """File a fact with free text (what was discussed, a purpose ...) under the words of that text."""
        if f.attribute not in CONTENT_ATTRIBUTES:
            return
        texts: list[str] = []
        value = rec.__dict__.get(f.attribute)
        for cited in f.evidence:
            if "value" not in cited.__dict__:
                continue  # a corroborating citation: the value it states is the one above
            if cited is value or (isinstance(value, tuple) and cited in value) or f.attribute == "mission":
                texts += [cited.value] if isinstance(cited.value, str) else list(cited.value)
                texts += list(cited.translations.values())
        shared, said = self._shared, tuple(texts)  # (the same texts are often said of several facts)
        stems_ = shared.get(said)
        if stems_ is None:
            stems_ = shared[said] = shared(frozenset(
                s for t in texts for s in (stem(w) for w in tokens(t))
                if s not in self.stopwords and len(s) > 2 and not s.isdigit()))
        if stems_:
            self.content_of[f.id] = stems_
            for s in stems_:
                self.by_content[s].append(f)

    def _file_aliases(self, raw_aliases: list) -> None:
        """Weigh each alias's words and file it under the rarest ones (see `postings`), under all of
        them in `all_postings`, and, for a common word, by its next rarest word (`stated_whole`)."""
        everything: dict[str, array] = defaultdict(lambda: array("I"))
        postings: dict[str, array] = defaultdict(lambda: array("I"))
        by_rarest: dict[str, array] = defaultdict(lambda: array("I"))
        idf = self.idf  # (every word of an alias has its weight: idf is made of the aliases' words)
        rarest_first = {s: (-w, s) for s, w in idf.items()}  # (sort keys made once per word, read in C)
        weighed: dict[tuple[str, ...], tuple] = {}  # content words -> its words and weights, rarest first
        # equal weight tuples kept once, with their total: a weight depends only on how many names have the
        # word, so most names' weights repeat another's ((8.2, 8.2, 3.1): two words of one name each, one common)
        totals: dict[tuple[float, ...], tuple[tuple[float, ...], float]] = {}
        raw_aliases.reverse()
        i = -1
        while raw_aliases:  # popped as it goes (see FactIndex.build)
            entity, length, content, cap = raw_aliases.pop()
            i += 1
            for s in content:
                everything[s].append(i)
            got = weighed.get(content)  # (names repeat: each of its spellings per language, each namesake)
            if got is None:
                words = tuple(sorted(content, key=rarest_first.__getitem__))
                weights = tuple(map(idf.__getitem__, words))
                shared = totals.get(weights)
                if shared is None:
                    shared = totals[weights] = (weights, sum(weights))
                got = weighed[content] = (words, *shared)
            words, weights, total = got
            alias = _new_alias(Alias, (entity, length, words, weights, cap, total))
            self.aliases.append(alias)
            by_rarest[words[0]].append(i)
            # a mention needs `min_coverage` of the alias's weight, so the words left unmatched weigh at
            # most the rest: filing under the rarest words weighing more than that rest finds every mention
            running, enough = 0.0, alias.total * (1.0 - alias.min_coverage)
            for s, w in zip(words, weights):
                postings[s].append(i)
                running += w
                if running > enough:
                    break
        for table in (weighed, totals, rarest_first):  # (emptied entry by entry: freed whole, they would hold the lock for 100 ms)
            while table:
                table.popitem()
        self.all_postings = dict(everything)
        self.postings = dict(postings)
        self.by_rarest = {s: post for s, post in by_rarest.items() if len(everything[s]) <= MAX_WITHIN}
        for s, post in self.postings.items():
            if FEW_NAMES < len(post) <= MANY_NAMES:
                by_next: dict[str, array] = {}  # (arrays: no int object per alias)
                aliases = self.aliases
                for i in post:
                    words = aliases[i].words  # (each word once: the next rarest is its first or second)
                    nxt = words[0] if words[0] != s else words[1] if len(words) > 1 else _ALONE
                    (by_next.get(nxt) or by_next.setdefault(nxt, array("I"))).append(i)
                self.stated_whole[s] = by_next

    def source_refs(self, ids: list[str] | None = None) -> list[SourceRef]:
        if ids is None:
            return list(self.source_index.values())
        return [self.source_index[i] for i in ids if i in self.source_index]


def _cited_values(fields: dict) -> Iterator[Cited]:
    """The Cited values of a record's fields (a pydantic model's `__dict__`), members of lists and dicts
    too: factbase.cited_fields without the paths, for the build, which needs only what each one states."""
    for value in fields.values():
        if isinstance(value, Cited):
            yield value
        elif isinstance(value, tuple):
            yield from (item for item in value if isinstance(item, Cited))
        elif isinstance(value, dict):
            yield from (item for item in value.values() if isinstance(item, Cited))


class _StatedWords:
    """The words and numbers a base's records state (`stated_words`, `numbers`), each distinct text read once:
    a big base says the same values ("Azerbaijan", "Memorandum of Understanding", a date) thousands of times.

    As `tokens` of each record's texts said together: there a possessive "s" is dropped, so "s" is one of the
    words only when a record's first word is "s" (a text of its own, tokenised alone, keeps its first "s")."""

    def __init__(self) -> None:
        self.numbers: set[str] = set()
        self._words: set[str] = set()
        self._read: set[str] = set()
        self._first_s = False

    def read(self, texts: list[str]) -> None:
        """Take in the texts one record states, in their order."""
        if not self._first_s:
            self._first_s = next((got == "s" for got in map(first_token, texts) if got is not None), False)
        seen = self._read
        new = [text for text in texts if text not in seen]
        if new:
            seen.update(new)
            text = "\n".join(new)  # (one call each: \d+ and a word stop at the newline)
            self.numbers.update(_NUMBER.findall(text))
            self._words.update(all_tokens(text))

    def words(self) -> frozenset[str]:
        """Every word read (the texts read are dropped: only the build needs them)."""
        words = self._words
        if not self._first_s:
            words.discard("s")
        self._read = set()
        return frozenset(words)


class _Tokens(dict):
    """tokens() of each text asked for, made once (during a build)."""

    def __missing__(self, text: str) -> list[str]:
        got = self[text] = tokens(text)
        return got


_new_alias = tuple.__new__  # (Alias(...) is a Python-level function: the build makes hundreds of thousands)
_STANDALONE = frozenset(key for key, spec in SPECS.items() if spec.standalone)  # facts also filed by_key


class _Shared(dict):
    """Equal immutable values (word sets, tuples) kept once: a big base repeats them thousands of times.
    (Also the stems of each free text, by the texts' tuple: a tuple is never equal to a word set.)"""

    def __call__(self, value):
        return self.setdefault(value, value)


def source_ref(src: Source) -> SourceRef:
    return SourceRef(id=src.id, publisher=src.publisher, place=src.place, published=src.published,
                     title=src.title, url=src.url, language=src.language)
