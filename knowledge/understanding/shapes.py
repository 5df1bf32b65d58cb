"""The shape of a question's words, apart from what they name: where the question sentence is in a long
message, whether it asks yes or no, whether it states a date, where a relative clause starts."""
from __future__ import annotations

from functools import lru_cache

from .names import _SENTENCE_END, Mention
from ..language.lexicon import Lexicon, lexicon
from ..language.text import stem, tokens

VERBOSE_CONTEXT = 5   # words before the question sentence that make a message "verbose"


def _focus(question: str) -> tuple[int, int | None]:
    """Token range of the question sentences of a long message: after the lead-up ("I'm a journalist
    in Baku ..."), before what follows the last question ("... I need it for my shipping plan")."""
    parts = [p for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    if len(parts) < 2:
        return 0, None
    asking = [i for i, p in enumerate(parts) if "?" in p or "\uff1f" in p]
    first = asking[0] if asking else len(parts) - 1
    last = asking[-1] if asking else len(parts) - 1
    before = sum(len(tokens(p)) for p in parts[:first])
    end = sum(len(tokens(p)) for p in parts[:last + 1]) if last < len(parts) - 1 else None
    return (before if before >= VERBOSE_CONTEXT else 0), end



def _sentences(question: str) -> list[tuple[int, int]]:
    """The token range of each sentence."""
    out, pos = [], 0
    for part in _SENTENCE_END.split(question.strip()):
        n = len(tokens(part))
        if n:
            out.append((pos, pos + n))
        pos += n
    return out


def _with_small_words(positions: frozenset[int], seq: list[str], stop: frozenset[str]) -> set[int]:
    """A name's positions and the stop words between them ("the establishment *of* a partnership")."""
    out, ordered = set(positions), sorted(positions)
    for a, b in zip(ordered, ordered[1:]):
        if all(seq[p] in stop for p in range(a + 1, b)):
            out.update(range(a + 1, b))
    return out


def _polar(words: list[str], lex: Lexicon, question_words: set[str]) -> bool:
    """Is this a yes/no question: opened by "was", "did" ... or marked by a particle ("ли", "吗",
    "是否"), and asking with no question word ("Can you confirm which ..." asks which)?"""

    def has(phrase: tuple[str, ...]) -> bool:
        n = len(phrase)
        return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))

    if question_words or any(has(w) for w in lex.polar_not_with):
        return False
    return bool(words) and words[0] in lex.polar_openers or any(has(p) for p in lex.polar_particles)


@lru_cache(maxsize=16)
def month_stems(lang: str) -> frozenset[str]:
    """The stems of the month names of `lang` and English ("апреле" meets "апреля")."""
    return frozenset(stem(t) for code in {lang, "en"} for m in (lexicon(code).messages.get("months") or [])
                     for t in tokens(str(m)) if not t.isdigit())


def _states_a_date(words: list[str], lang: str) -> bool:
    """Does the question name a month or a year ("on April 17", "в апреле", "in 2010")?"""
    months = month_stems(lang)
    return any(stem(w) in months or (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")) for w in words)


def _relative_clause(seq: list[str], mentions: dict[str, Mention], focus: int, lex: Lexicon) -> int | None:
    """Position of a relative word right after a named thing, past the question words ("what is the
    full name of the conference where the MoU was signed"): what follows describes, it is not asked."""
    relative = lex.relative_words
    if not relative:
        return None
    ends = {max(m.positions) for m in mentions.values() if m.positions}
    for i in range(focus + 2, len(seq)):
        # (a preposition may come first: "the conference at which ...", "the forum during which ...")
        if seq[i] in relative and (i - 1 in ends or i - 2 in ends and i - 2 >= focus + 2 and seq[i - 1] in lex.stopwords):
            return i
    return None


