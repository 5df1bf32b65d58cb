"""Per-language words: cue phrases -> tags, kind nouns, unknowns, small talk and messages.

Each language is one YAML file in knowledge/data/lang/. Phrases are compared as stem
sequences (see text.py), so a file lists plain words and the code handles word forms.
"""
from __future__ import annotations

import dataclasses
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import Stemmer

from . import text as text_module
from . import typo as typo_module
from ..cache import cached, fingerprint
from .text import fold, stem, tokens
from .typo import TypoIndex

LANG_DIR = Path(__file__).resolve().parents[1] / "data" / "lang"
DEFAULT_LANG = "en"

Phrase = tuple[str, ...]


def phrase_stems(text: str) -> Phrase:
    """A phrase as stems; a lone `*` stays a gap."""
    out: list[str] = []
    for part in text.split():
        out += ["*"] if part == "*" else [stem(t) for t in tokens(part)]
    return tuple(out)


@dataclass(frozen=True)
class PhraseTable:
    """Phrases (stem tuples) to labels, searchable in a stem sequence."""

    by_first: dict[str, list[tuple[Phrase, str]]] = field(default_factory=dict)
    raw_words: frozenset[str] = frozenset()  # the phrases' words before stemming (for typo correction)

    @classmethod
    def build(cls, entries: dict[str, list[str]]) -> "PhraseTable":
        by_first: dict[str, list[tuple[Phrase, str]]] = defaultdict(list)
        raw: set[str] = set()
        for label, phrases in entries.items():
            for text in phrases or ():
                raw.update(tokens(str(text)))
                ph = phrase_stems(str(text))
                if ph:
                    by_first[ph[0]].append((ph, label))
        for lst in by_first.values():
            lst.sort(key=lambda e: -len(e[0]))
        return cls(dict(by_first), frozenset(raw))

    def find(self, seq: list[str]) -> list["Match"]:
        """All occurrences in `seq`. A `*` in a phrase stands for one to MAX_GAP words
        ("what * for" finds "what is AZPROMO for")."""
        out = []
        by_first = self.by_first
        for i, s in enumerate(seq):
            phrases = by_first.get(s)
            if not phrases:
                continue
            for ph, label in phrases:
                n = len(ph)
                if "*" not in ph:  # (no gap: the words themselves, compared in one go)
                    if n == 1 or tuple(seq[i:i + n]) == ph:
                        out.append(Match(label, i, i + n, False))
                    continue
                end = _match_at(seq, i, ph)
                if end is not None:
                    out.append(Match(label, i, end, "*" in ph))
        return out

    def words(self) -> set[str]:
        return {w for lst in self.by_first.values() for ph, _ in lst for w in ph}


MAX_GAP = 4


class Match(NamedTuple):
    label: str
    start: int
    end: int
    gapped: bool  # matched across a `*` gap: weaker than a contiguous phrase


def _match_at(seq: list[str], i: int, ph: Phrase) -> int | None:
    """End of `ph` matched at seq[i], or None."""
    if "*" not in ph:
        return i + len(ph) if tuple(seq[i:i + len(ph)]) == ph else None
    j = i
    for k, word in enumerate(ph):
        if word == "*":
            nxt = ph[k + 1] if k + 1 < len(ph) else None
            for gap in range(1, MAX_GAP + 1):
                if j + gap < len(seq) and (nxt is None or seq[j + gap] == nxt):
                    break
            else:
                return None
            j += gap
            continue
        if j >= len(seq) or seq[j] != word:
            return None
        j += 1
    return j


@dataclass(frozen=True)
class Lexicon:
    """One language's words and messages."""

    code: str
    name: str
    stopwords: frozenset[str]    # stems
    cues: PhraseTable
    measures: PhraseTable
    kinds: PhraseTable
    unknown: PhraseTable
    smalltalk: PhraseTable
    messages: dict[str, Any]
    markers: frozenset[str]  # words typical of this language, for detecting it
    abbreviations: dict[str, str] = field(default_factory=dict)  # chat spelling -> word ("conf" -> "conference")
    relative_words: frozenset[str] = frozenset()  # "where", "which", "that" opening a relative clause
    # Latin letters -> this language's script, for questions typed in transliteration ("kogda" -> "когда")
    transliteration: dict[str, str] = field(default_factory=dict)
    transliteration_after_vowel: dict[str, str] = field(default_factory=dict)
    # Do question words open a question ("When was ...")? Not in Azerbaijani or Chinese ("... nə vaxt yaradılıb?")
    question_words_first: bool = True
    # Words that point back to what a conversation was about ("it", "he", "они", "它"), by what they
    # can stand for: person, thing, plural or any (see knowledge/conversation/)
    references: PhraseTable = field(default_factory=PhraseTable)
    # Words naming a country in a description ("the Chinese bank"), labelled with the facts' country names
    countries: PhraseTable = field(default_factory=PhraseTable)
    # ... those of them written in lower case there: adjectives ("китайский", "çinli"), capitalised only where
    # they open a name ("Азербайджанские железные дороги")
    country_adjectives: frozenset[str] = frozenset()
    # one-word "and"s that join two countries into the pair of a bilateral name ("Azərbaycan ilə Çin"), besides
    # the `also` cue words
    pair_words: frozenset[str] = frozenset()
    # Questions for the timeline ("what happened in April 2025?": list; "what's the latest?": latest)
    timeline: PhraseTable = field(default_factory=PhraseTable)
    # yes/no questions: words that open one ("was", "did") and particles that mark one anywhere ("ли", "吗")
    polar_openers: frozenset[str] = frozenset()
    polar_particles: frozenset[tuple[str, ...]] = frozenset()  # each as its tokens ("是否" is two)
    polar_not_with: frozenset[tuple[str, ...]] = frozenset()  # question words: with one, it asks what, not whether
    # a question asking of the past: a past auxiliary among its first words ("When *was* the stone laid?", "When
    # *did* it open?"), unless it says it asks what was expected ("When was it expected to open?")
    past_openers: frozenset[str] = frozenset()
    # titles of office ("chairman", "CEO", "executive director"): said in a question, the answer must say them (a
    # CEO is no chairman); words any head is asked by ("head", "chief", "in charge") are none
    titles: frozenset[str] = frozenset()
    past_not_with: frozenset[str] = frozenset()
    # Common words of English names as this language says them ("шёлковый путь": silk road), labelled
    # with the English words (see knowledge/language/sounds.py for the names themselves)
    name_words: PhraseTable = field(default_factory=PhraseTable)
    # Words placing what is asked relative to today ("next", "upcoming", "yesterday", "this week"), labelled
    # `future` or `recent`: only a fact dated so (or expected) can answer (see matcher.Matcher.dated_as_asked)
    relative_time: PhraseTable = field(default_factory=PhraseTable)
    # The words a fact of each attribute is said in ("jobs": people, employees; "signatories": on behalf): saying
    # them asks that attribute, though they are among `unknown`'s (see matcher.Matcher.lacks)
    said_in: dict[str, frozenset[str]] = field(default_factory=dict)
    # The dimension a figure is in by the words of its unit and name ("hectares": area, "days": duration) and the
    # periods that make a rate a frequency (`rate`): the language file's `dimensions`, lower-cased words
    dimensions: dict[str, frozenset[str]] = field(default_factory=dict)
    # Ordinary words that name nothing ("该", measure words "列", "片"): the language file's `common_words`, stemmed
    common_words: frozenset[str] = frozenset()
    # the endings a word that qualifies a noun has in this language's own script (Russian adjectives and participles:
    # "алюминиевый завод"); a word of that script before a kind noun without one is no qualifier of it but another
    # part of the sentence ("создаст завод": a verb). None: any word may qualify
    qualifier_endings: tuple[str, ...] = ()

    def msg(self, key: str, **values: Any) -> str | None:
        """The message at a dotted key, formatted; None if this language lacks it."""
        node = _lookup(self.messages, key)
        if node is None:
            return None
        if not values:
            return str(node)
        try:
            return str(node).format(**values)
        except (KeyError, IndexError, ValueError):  # a template naming a value it is not given: use English
            return None


def _lookup(messages: dict[str, Any], key: str) -> Any:
    if key in messages:
        return messages[key]
    head, _, rest = key.partition(".")
    sub = messages.get(head)
    if isinstance(sub, dict) and rest:
        return sub.get(rest) if rest in sub else _lookup(sub, rest)
    return None


def _load(path: Path) -> tuple[Lexicon, frozenset[str]]:
    """A language's lexicon, and its known words: plain (folded) words typo correction leaves alone."""
    import yaml  # (only to build the lexicons: they are read from the start-up cache)

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    stop = frozenset(stem(t) for w in data.get("stopwords", []) for t in tokens(str(w)))
    known = {t for w in [*data.get("stopwords", []), *data.get("common_words", [])] for t in tokens(str(w))}
    # the words English names are said in ("payı": share) are words of the language, no typos of others ("sayı")
    known.update(t for said in (data.get("name_words") or {}).values() for w in said for t in tokens(str(w)))
    words_file = LANG_DIR / "words" / f"{data['language']}.txt"
    if words_file.exists():
        # one plain lower-case word a line: folding is all the normalising they need
        known.update(fold(line.strip()) for line in words_file.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))
    cues = PhraseTable.build(data.get("cues", {}))
    markers = frozenset(stem(t) for w in data.get("markers", []) for t in tokens(str(w)))
    lexicon_ = Lexicon(
        code=data["language"],
        name=data.get("name", data["language"]),
        stopwords=stop,
        cues=cues,
        measures=PhraseTable.build(data.get("measures", {})),
        kinds=PhraseTable.build(data.get("kinds", {})),
        unknown=PhraseTable.build({"unknown": data.get("unknown", [])}),
        smalltalk=PhraseTable.build(data.get("smalltalk", {})),
        messages=data.get("messages", {}),
        markers=markers,
        relative_words=frozenset(stem(t) for w in data.get("relative_words", []) for t in tokens(str(w))),
        abbreviations={k2: str(v) for k, v in (data.get("abbreviations") or {}).items()
                       for k2 in tokens(str(k))[:1] if len(tokens(str(k))) == 1 and len(tokens(str(v))) == 1},
        transliteration={str(k): str(v) for k, v in (data.get("transliteration") or {}).items()},
        transliteration_after_vowel={str(k): str(v) for k, v in (data.get("transliteration_after_vowel") or {}).items()},
        question_words_first=bool(data.get("question_words_first", True)),
        references=PhraseTable.build(data.get("references", {})),
        countries=PhraseTable.build(data.get("countries", {})),
        pair_words=frozenset(stem(t) for w in data.get("pair_words", []) for t in tokens(str(w))),
        country_adjectives=frozenset(stem(t) for v in (data.get("countries") or {}).values() for w in v
                                     if str(w)[:1].islower() for t in tokens(str(w))),
        timeline=PhraseTable.build(data.get("timeline", {})),
        polar_openers=frozenset(t for w in (data.get("polar") or {}).get("openers", []) for t in tokens(str(w))),
        polar_particles=frozenset(tuple(tokens(str(w))) for w in (data.get("polar") or {}).get("particles", [])
                                  if tokens(str(w))),
        polar_not_with=frozenset(tuple(tokens(str(w))) for w in (data.get("polar") or {}).get("not_with", [])
                                 if tokens(str(w))),
        titles=frozenset(stem(t) for w in data.get("titles", []) for t in tokens(str(w))),
        past_openers=frozenset(t for w in (data.get("past") or {}).get("openers", []) for t in tokens(str(w))),
        past_not_with=frozenset(stem(t) for w in (data.get("past") or {}).get("not_with", []) for t in tokens(str(w))),
        name_words=PhraseTable.build(data.get("name_words") or {}),
        relative_time=PhraseTable.build(data.get("relative_time") or {}),
        said_in={str(k): frozenset(stem(t) for w in v for t in tokens(str(w)))
                 for k, v in (data.get("said_in") or {}).items()},
        common_words=frozenset(stem(t) for w in data.get("common_words", []) for t in tokens(str(w))),
        qualifier_endings=tuple(sorted({fold(str(w)) for w in data.get("qualifier_endings", [])}, key=len, reverse=True)),
        dimensions={str(k): frozenset(t for w in v for t in tokens(str(w)))
                    for k, v in (data.get("dimensions") or {}).items()},
    )
    return lexicon_, frozenset(known)


@dataclass(frozen=True)
class Languages:
    """Every shipped language, and what the index needs of them all, made once."""

    lexicons: dict[str, Lexicon]
    stopwords: frozenset[str]    # every language's stop words (stems)
    vocabulary: frozenset[str]   # stems of every cue, measure and kind phrase
    typo: TypoIndex              # the phrases' words by language, never-corrected words protected


@lru_cache(maxsize=1)
def languages() -> Languages:
    """All languages shipped in knowledge/data/lang/, English first. Built once (stemming every cue
    phrase and folding the word lists takes a third of a second) and then read from the start-up
    cache (knowledge/cache.py), under a hash of the language files and of the code that reads them."""
    key, built = languages_key(), []

    def build() -> Languages:
        if not built:
            built.append(_load_all(_files()))
        return built[0]

    # the typo index's deletion forms and the languages' known words (most of the bytes) apart: only a
    # question with a word neither the lexicons nor the names have reads them
    def light() -> Languages:
        cached("known-words", key, lambda: build().typo._protected_words())  # (stored beside them once built)
        return dataclasses.replace(build(), typo=build().typo.without_deletes())

    langs = cached("languages", key, light)
    langs.typo.defer_deletes(lambda: cached("typo-deletes", key, lambda: build().typo._deletions()),
                             lambda: cached("known-words", key, lambda: build().typo._protected_words()))
    return langs


def _files() -> list[Path]:
    return sorted(LANG_DIR.glob("*.yaml"), key=lambda p: (p.stem != DEFAULT_LANG, p.stem))


@lru_cache(maxsize=1)
def languages_key() -> str:
    """A hash of the language files and of the code that reads them (what `languages()` is built from)."""
    inputs = [*_files(), *sorted((LANG_DIR / "words").glob("*.txt")),
              *(Path(m.__file__) for m in (sys.modules[__name__], text_module, typo_module))]
    return fingerprint(inputs, Stemmer.version())


def lexicons() -> dict[str, Lexicon]:
    """All languages shipped in knowledge/data/lang/, English first."""
    return languages().lexicons


def _load_all(files: list[Path]) -> Languages:
    lex, known = {}, []
    for path in files:
        one, words = _load(path)
        lex[one.code] = one
        known.append(words)
    vocabulary: set[str] = set()
    for lx in lex.values():
        for table in (lx.cues, lx.measures, lx.kinds, lx.unknown, lx.smalltalk, lx.relative_time):
            vocabulary |= table.words()
    # the typo index works on unstemmed words: questions are corrected before stemming,
    # towards names (which each fact index adds) and the words of the question's own language
    typo = TypoIndex(protected_sets=known)
    for code, lx in lex.items():
        for table in (lx.cues, lx.measures, lx.kinds, lx.unknown, lx.smalltalk, lx.relative_time):
            for w in sorted(table.raw_words):
                if not w.isdigit():
                    typo.add(w, code)
                    if code == "en" and "iz" in w:
                        typo.add(w.replace("iz", "is"), code)  # "organised" as well as "organized"
    return Languages(lex, frozenset().union(*(lx.stopwords for lx in lex.values())), frozenset(vocabulary), typo)


def lexicon(code: str | None) -> Lexicon:
    all_ = lexicons()
    return all_.get(code or DEFAULT_LANG) or all_[DEFAULT_LANG]
