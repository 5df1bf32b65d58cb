"""The currency a question asks an amount in ("the deal in manats?", "how many yuan ..."), and the fact
that states the amount in it.

A source often gives one amount in two currencies ("$310 million (about 527 million manats)"), kept as the
record's money value and one of its `figures`, or as the money of a related record (the plant an agreement is
for). A question that names one currency is answered with the amount in that currency; when no fact of the
thing asked about (nor of its other reports, nor of what links to it) states one, the amount in another
currency does not answer it.

The currency words are the languages' own names of the currencies (`messages.currencies`): a word of four
letters or more that names one currency only ("manats", "долларов"); in Chinese, the name whole ("马纳特").
"""
from __future__ import annotations

from functools import lru_cache

from ..facts.atoms import Fact
from ..facts.values import Money
from ..language.lexicon import lexicon, lexicons
from ..language.text import stem, tokens

MIN_WORD = 4  # a shorter word of a currency's name ("US", "ABŞ", "США") says a country, not the currency


@lru_cache(maxsize=16)
def _phrases(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(stems, currency code) of each way `lang` (and English) names a currency, longest first."""
    out: dict[tuple[str, ...], set[str]] = {}
    for code in dict.fromkeys((lang, "en")):
        if code not in lexicons():
            continue
        names = lexicon(code).messages.get("currencies") or {}
        for cur, name in names.items():
            words = tuple(stem(w) for w in tokens(str(name)))
            if not words:
                continue
            out.setdefault(words, set()).add(cur)
            if str(name).isascii() or any(ch.isalpha() and ch.lower() != ch.upper() for ch in str(name)):
                for w, raw in zip(words, tokens(str(name))):
                    if len(raw) >= MIN_WORD:
                        out.setdefault((w,), set()).add(cur)
    single = [(p, next(iter(c))) for p, c in out.items() if len(c) == 1]
    return tuple(sorted(single, key=lambda e: -len(e[0])))


def asked_currency(seq: list[str], lang: str) -> str | None:
    """The one currency the question's words (stems) name; None for none, or more than one."""
    found: set[str] = set()
    taken: set[int] = set()
    for words, cur in _phrases(lang):
        n = len(words)
        for i in range(len(seq) - n + 1):
            if tuple(seq[i:i + n]) == words and not taken & set(range(i, i + n)):
                found.add(cur)
                taken.update(range(i, i + n))
    return next(iter(found)) if len(found) == 1 else None


def currencies(fact: Fact) -> frozenset[str]:
    """The currencies of the amounts a fact states (none for a fact that is no amount of money)."""
    return frozenset(c.value.currency for c in fact.evidence if isinstance(c.__dict__.get("value"), Money))
