"""What a why-question takes for granted: "Why is KMW closing its Ganja plant?" assumes that KMW is closing
its Ganja plant; "Why did AZPROMO sign its memorandum with China's Ministry of Commerce?", that it did. The
premise is the yes/no question the why-word opens ("Is KMW closing its Ganja plant?"), in a language whose
yes/no questions are opened by a word ("is", "did"); the matcher asks it, and a premise its facts do not
hold is no question a purpose or any other fact answers (the matcher declines). A premise that asks nothing
of the facts ("Is the cold store being built?": no cue, no ordinal) refutes nothing. Other languages mark yes/no
questions by a particle: no premise is read there.
"""
from __future__ import annotations

import re

from ..language.lexicon import lexicon
from ..language.text import stem, tokens

_FIRST_WORD = re.compile(r"^\W*(\w+)\W+(?=\w)")


def premise_question(question: str, lang: str) -> str | None:
    """The yes/no question a why-question assumes, or None (no why-word first, no yes/no opener after it)."""
    lex = lexicon(lang)
    if not lex.polar_openers:
        return None
    m = _FIRST_WORD.match(question)
    if m is None:
        return None
    first = [stem(t) for t in tokens(m.group(1))]
    if not any(c.label == "q_why" and c.start == 0 and c.end == 1 for c in lex.cues.find(first)):
        return None
    rest = question[m.end():]
    opener = tokens(rest)[:1]
    if not opener or opener[0].casefold() not in lex.polar_openers:
        return None
    return rest[:1].upper() + rest[1:]
