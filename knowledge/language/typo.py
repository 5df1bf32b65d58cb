"""Typo tolerance without scanning the vocabulary: a deletion-neighbourhood index.

Every known word of four or more letters is stored under each form with one letter
deleted. A misspelt word's own one-letter deletions then meet the right word for a
missing, extra or wrong letter, or two swapped ones, in a few dictionary look-ups,
however large the vocabulary grows. Candidates are confirmed with rapidfuzz.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Iterable

MIN_LEN = 4


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class TypoIndex:
    """Known words by vocabulary. `base` is another (immutable) index layered under this one:
    the lexicons' words are indexed once (and cached), each fact base's names over them."""

    def __init__(self, words: Iterable[str] = (), *, protected: Iterable[str] = (),
                 protected_sets: Iterable[frozenset[str]] = (), base: "TypoIndex | None" = None) -> None:
        self._words: dict[str, set[str]] = {}  # word -> the vocabularies it belongs to ("name", "en", ...)
        self._protected = frozenset(protected)  # known words that are never corrected
        # ... and more of them (None: not read yet, see `without_deletes`)
        self._protected_sets: tuple[frozenset[str], ...] | None = tuple(protected_sets)
        self._load_protected: Callable[[], tuple[frozenset[str], ...]] | None = None
        # deletion form -> the words it is one deletion from (None: not read yet, see `without_deletes`)
        self._deletes: dict[str, list[str]] | None = defaultdict(list)
        self._load_deletes: Callable[[], dict[str, list[str]]] | None = None
        self._base = base
        for w in words:
            self.add(w)

    def without_deletes(self) -> "TypoIndex":
        """A copy sharing this index's words but not its deletion forms nor its protected words (the
        bulk of it), to be stored apart: `defer_deletes` says where to read them when first needed (a
        question whose every word is a known name or lexicon word needs neither)."""
        light = copy.copy(self)
        light._deletes = light._load_deletes = None
        light._protected_sets = light._load_protected = None
        return light

    def defer_deletes(self, load: Callable[[], dict[str, list[str]]],
                      load_protected: Callable[[], tuple[frozenset[str], ...]] | None = None) -> None:
        self._load_deletes = load
        self._load_protected = load_protected

    def _protected_words(self) -> tuple[frozenset[str], ...]:
        if self._protected_sets is None:
            self._protected_sets = self._load_protected()  # (two threads may both read them: the same words)
        return self._protected_sets

    def _deletions(self) -> dict[str, list[str]]:
        if self._deletes is None:
            self._deletes = self._load_deletes()  # (two threads may both read them: the same words)
        return self._deletes

    def add(self, word: str, vocabulary: str = "name") -> None:
        if word in self._words:
            self._words[word].add(vocabulary)
            return
        self._words[word] = {vocabulary}
        if len(word) >= MIN_LEN and not word.isdigit() and not (self._base is not None and word in self._base._words):
            deletes = self._deletions()
            for d in _deletes(word):
                deletes.setdefault(d, []).append(word)

    def __contains__(self, word: str) -> bool:
        if word in self._words or word in self._protected:
            return True
        sets = self._protected_sets
        return (any(word in p for p in (sets if sets is not None else self._protected_words()))
                or self._base is not None and word in self._base)

    def _vocabularies(self, word: str) -> set[str]:
        own = self._words.get(word, set())
        return own | self._base._vocabularies(word) if self._base is not None else own

    def _known(self, word: str) -> bool:
        return word in self._words or self._base is not None and self._base._known(word)

    def _misspelt(self, form: str) -> list[str]:
        """Known words one deletion from which is `form`."""
        own = self._deletions().get(form, ())
        return [*own, *self._base._misspelt(form)] if self._base is not None else list(own)

    def correct(self, token: str, vocabularies: frozenset[str] | None = None) -> str | None:
        """The known word `token` most likely misspells, or None (also for known words).
        Only words of the given vocabularies (default: all) are offered."""
        if token in self or not token.isalpha():
            return None

        def allowed(word: str) -> bool:
            return vocabularies is None or not self._vocabularies(word).isdisjoint(vocabularies)

        if len(token) == MIN_LEN - 1:  # "whn", "mny": only a missing letter is safe to restore
            found = sorted({w for w in self._misspelt(token) if allowed(w)})
            return found[0] if len(found) == 1 else None
        if len(token) < MIN_LEN:
            return None
        max_dist = 1 if len(token) <= 5 else 2
        candidates = set(self._misspelt(token))
        for d in _deletes(token):
            if len(d) >= MIN_LEN and self._known(d):
                candidates.add(d)
            candidates.update(self._misspelt(d))
        from rapidfuzz.distance import DamerauLevenshtein  # (when a word is first corrected, not on import)

        best: tuple | None = None
        for c in candidates:
            if not allowed(c):
                continue
            dist = DamerauLevenshtein.distance(token, c, score_cutoff=max_dist)
            if dist > max_dist:
                continue
            # (of alike candidates, one the token lacks a letter of: "wher" is "where", not "when")
            key = (dist, c[0] != token[0], token not in _deletes(c), abs(len(c) - len(token)), c)
            if best is None or key < best:
                best = key
        return best[-1] if best else None
