"""What the fact index knows of each record's words, made when a question first needs them and kept:
the words of its names and facts, the numbers its evidence states, the places it is at, and the names
said inside its own. A part of FactIndex (the mixin keeps index.py to the build and the lookups)."""
from __future__ import annotations

import re

from ..facts.atoms import Fact, cited_text
from ..facts.factbase import referenced_ids
from ..language.text import stem, tokens
from .kinds import names_of, _plain_names

_NUMBER = re.compile(r"\d+")
MAX_WITHIN = 2000  # a word of more names than this finds none inside another's name
_ALONE = ""  # `stated_whole` key of a one-word name
# the records whose names say what they are about (see named_within), with the types of what they may be about:
# an event's name says the plant it is for; a statistic's says whose it is ("HAPG's employees", "Employees of
# Tianfeng"), not another statistic it is a part of ("e-commerce's share of China–Azerbaijan trade")
ABOUT_NAMES = {"event": None, "statistic": frozenset({"organization", "project", "event", "agreement", "initiative"})}


class RecordWords:
    """Per-record words of a FactIndex (its fields: base, aliases, all_postings, by_subject, content_of, ...)."""

    def stated_with(self, stem_: str, question: frozenset[str]) -> list[int]:
        """The aliases filed under `stem_` (a word of FEW_NAMES to MANY_NAMES names) whose every
        word the question has: a few dictionary look-ups, one per word of the question."""
        by_next = self.stated_whole.get(stem_)
        if not by_next:
            return []
        out = []
        for nxt in (_ALONE, *question):
            for i in by_next.get(nxt, ()):
                if self.aliases[i].within(question):
                    out.append(i)
        return out

    def names_with(self, stem_: str) -> frozenset[int] | None:
        """Every alias that has this word, as a set (kept once made: common words recur)."""
        got = self._name_sets.get(stem_)
        if got is None:
            every = self.all_postings.get(stem_)
            if every is None:
                return None
            got = self._name_sets[stem_] = frozenset(every)
        return got

    def weight(self, stem_: str) -> float:
        return self.idf.get(stem_, self.default_idf)

    def named_within(self, rid: str) -> frozenset[str]:
        """The records whose whole name (of two words or more, or an acronym) a record's own name says: the
        plant that "Groundbreaking ceremony for the electric bus plant in Mingachevir" is about. (Kept once made.)"""
        got = self._within.get(rid)
        if got is None:
            rec = self.base.get(rid)
            stems: set[str] = set()
            rtype = getattr(rec, "type", None)
            # (an event's name says what it is about; a company's words in another company's name say nothing)
            for text in _plain_names(rec) if rtype in ABOUT_NAMES else ():
                stems.update(stem(t) for t in tokens(text))
            types = ABOUT_NAMES.get(rtype)
            out: set[str] = set()
            # (a name said whole has all its words here, its rarest too: looked up under that one alone, those
            # whose rarest word is of more than MAX_WITHIN names are never filed; see FactIndex.by_rarest)
            aliases = self.aliases
            for s in stems:
                for ai in self.by_rarest.get(s, ()):
                    alias = aliases[ai]
                    if len(alias.words) > 1 and alias.words[1] not in stems:
                        continue  # (most fail here: the cheapest test first)
                    named = self.base.get(alias.entity)
                    if (alias.entity != rid and alias.cap >= 1.0 and (len(alias.words) > 1 or alias.length == 1
                            and (types is not None or _is_acronym(alias, named))) and alias.within(stems)
                            and (types is None or getattr(named, "type", None) in types)):
                        out.add(alias.entity)
            got = self._within[rid] = frozenset(out)
        return got

    def statistics_naming(self, rid: str) -> tuple[str, ...]:
        """The statistics whose names name the record ("HAPG's employees" of HAPG; see named_within): what is
        measured of it, though no field says whose the statistic is. (Made for every record by the build.)"""
        got = self._statistics_naming
        if got is None:
            got = self._statistics_naming = self._statistics_by_owner()
        return got.get(rid, ())

    def _statistics_by_owner(self) -> dict[str, tuple[str, ...]]:
        """Each record's statistics_naming (a walk of the whole base: the build makes it, off the event loop)."""
        by_owner: dict[str, list[str]] = {}
        for rec in self.base:
            if getattr(rec, "type", None) == "statistic":
                for owner in self.named_within(rec.id):
                    by_owner.setdefault(owner, []).append(rec.id)
        return {k: tuple(v) for k, v in by_owner.items()}

    def statistic_words(self, rid: str) -> frozenset[str]:
        """The stems a statistic is said in: its name's, kind's and measure's (kept once made)."""
        got = self._statistic_words.get(rid)
        if got is None:
            rec = self.base.get(rid)
            texts = list(names_of(rec)) if rec is not None else []
            measure = getattr(getattr(rec, "measure", None), "value", None)
            texts += [measure] if isinstance(measure, str) else []
            got = self._statistic_words[rid] = (frozenset(stem(t) for text in texts for t in tokens(text))
                                                | self.kind_words.get(rid, frozenset())) - self.stopwords
        return got

    def words_of(self, rid: str) -> frozenset[str]:
        """The stems of the free text of a record's facts (kept once made)."""
        got = self._words_of.get(rid)
        if got is None:
            got = self._words_of[rid] = frozenset(
                w for f in self.by_subject.get(rid, ()) for w in self.content_of.get(f.id, ()))
        return got

    def name_text(self, rid: str) -> str:
        """A record's name as its words joined by spaces (its id when it has none; kept once made)."""
        got = self._name_text.get(rid)
        if got is None:
            got = self._name_text[rid] = " ".join(tokens(getattr(self.base.get(rid), "name", "") or rid))
        return got

    def name_stems(self, rid: str) -> frozenset[str]:
        """The stems of the words of a record's name and acronym (kept once made)."""
        got = self._name_stems.get(rid)
        if got is None:
            got = self._name_stems[rid] = frozenset(stem(t) for n in _plain_names(self.base.get(rid)) for t in n.split())
        return got

    def numbers_of(self, fact: Fact) -> frozenset[str]:
        """The numbers a fact's evidence states (its values and quotes) and the dates of its sources
        (year, month and day; kept once made)."""
        got = self._numbers_of.get(fact.id)
        if got is None:
            known: set[str] = set()
            for cited in fact.evidence:
                known.update(_NUMBER.findall(cited_text(cited)))
                published = getattr(self.base.get(cited.source), "published", None)
                if published is not None:
                    known.update((str(published.year), str(published.month), str(published.day)))
            got = self._numbers_of[fact.id] = frozenset(known)
        return got

    def documented_of(self, label: str) -> list[str]:
        """The records of a kind label documented by a text we hold, in the kind's order (kept once made)."""
        got = self._documented_kind.get(label)
        if got is None:
            got = self._documented_kind[label] = [rid for rid in self.kinds.get(label, ()) if self.documented(rid)]
        return got
    def said_of(self, rid: str, *, quotes: bool = False) -> frozenset[str]:
        """The stems of all a record's facts state (values and their translations; with `quotes`, the sentences
        quoted for them too), of its names and kind, and of the names and kinds of what it refers to: the words
        a question about it may use (kept once made)."""
        got = self._said_of.get((rid, quotes))
        if got is None:
            texts: list[str] = []
            for r in (rid, *self.related_of.get(rid, ())):
                rec = self.base.get(r)
                if rec is not None:
                    texts += names_of(rec)
                    kind = rec.__dict__.get("kind")
                    texts += [kind] if isinstance(kind, str) else []
            for f in self.by_subject.get(rid, ()):
                for c in f.evidence:
                    value = c.__dict__.get("value")
                    texts += [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value or "")]
                    texts += [*(c.__dict__.get("translations") or {}).values(), c.quote or "" if quotes else ""]
            got = self._said_of[(rid, quotes)] = frozenset(stem(w) for t in texts for w in tokens(t))
        return got

    def place_words(self) -> frozenset[str]:
        """The stems of every place a record is at or based in ("Baku", "Beijing"), made once."""
        if self._place_words is None:
            self._place_words = frozenset(w for rec in self.base for w in self.places_of(rec.id))
        return self._place_words

    def region_words(self) -> frozenset[str]:
        """The stems of every place a record is at or based in, and of the countries and regions the facts
        give (an organization's country, what a statistic is measured between: "Sichuan Province"; made by the build)."""
        got = self._region_words
        if got is None:
            got = self._region_words = self._regions()
        return got

    def _regions(self) -> frozenset[str]:
        """region_words (a walk of the whole base: the build makes it, off the event loop)."""
        texts: list[str] = []
        for rec in self.base:
            for attr in ("country", "between"):
                value = getattr(rec.__dict__.get(attr), "value", None)
                texts += [value] if isinstance(value, str) else list(value) if isinstance(value, tuple) else []
        return self.place_words() | (frozenset(stem(w) for t in texts for w in tokens(t)) - self.stopwords)

    def places_of(self, rid: str) -> frozenset[str]:
        """The stems of where a record is at or based in (its `place`, `based_in`)."""
        rec = self.base.get(rid)
        out: set[str] = set()
        for attr in ("place", "based_in"):
            value = rec.__dict__.get(attr) if rec is not None else None
            value = getattr(value, "value", value)
            if isinstance(value, str):
                out.update(stem(w) for w in tokens(value))
        return frozenset(out - self.stopwords)

    def own_words(self, rid: str) -> frozenset[str]:
        """The stems a record is called or described by: its names' words, its kind's and its facts' free text."""
        rec = self.base.get(rid)
        got = self._own_words.get(rid)
        if got is None:
            texts = list(names_of(rec)) if rec is not None else []
            texts += [cited_text(c) for f in self.by_subject.get(rid, ()) for c in f.evidence]
            got = self._own_words[rid] = frozenset(stem(t) for text in texts for t in tokens(text)) | \
                self.words_of(rid) | self.kind_words.get(rid, frozenset())
        return got

    def references(self, rid: str) -> tuple[tuple[str, str], ...]:
        """(field, id) of every reference the record makes (factbase.referenced_ids; kept once made)."""
        got = self._references.get(rid)
        if got is None:
            rec = self.base.get(rid)
            got = self._references[rid] = tuple(referenced_ids(rec)) if rec is not None else ()
        return got

    def knows(self, stem_: str) -> bool:
        """Is this a word of the domain (in a name or a cue phrase)?"""
        return stem_ in self.alias_df or stem_ in self.vocabulary

    def same_thing(self, one: str, other: str) -> bool:
        """Do two records stand for one thing: the same type and the same name or acronym, as when two
        articles about one event were imported, each with its own records? Or records that link the same
        things, as two articles' records of one agreement do (twins.py). (A record with a name is itself.)"""
        if one == other:  # (name_keys holds only the keys two records share)
            rec = self.base.get(one)
            return rec is not None and "name" in rec.__dict__ and bool(_plain_names(rec))
        theirs = self.name_keys.get(other, ())
        return any(k in theirs for k in self.name_keys.get(one, ())) or other in self.twins.get(one, ())

    def same_as_any(self, one: str, others) -> bool:
        """Is `one` the same thing as any of `others` (same_thing)? A record no other shares a name key with,
        and with no twin, is only itself: then the others are not walked (a fact's scope can hold hundreds)."""
        if not self.name_keys.get(one) and not self.twins.get(one):
            return one in others and self.same_thing(one, one)
        return any(self.same_thing(one, r) for r in others)

    def documented(self, rid: str) -> bool:
        """Does a quote of a text we hold (the shipped report, an imported article) state a fact of the record?"""
        return rid in self.documented_ids

    def states(self, word: str) -> bool:
        """Does any fact of the base (a value, a quote, a place) contain this word (folded, unstemmed)?"""
        return word in self.stated_words


def _is_acronym(alias, rec) -> bool:
    acronym = getattr(rec, "acronym", None) if rec is not None else None
    return bool(acronym) and alias.words == (stem(acronym.lower()),)
