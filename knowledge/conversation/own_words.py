"""The words of a follow-up that nothing explains, in Chinese too.

The analysis keeps, as `residual`, words of two letters or more that no cue, name or stop word explains ("where
does she live?": "live"). Chinese is read character by character, so there it keeps none: "占地多少公顷？" (how many
hectares does it cover?) and "它的上网电价是多少？" (what is its feed-in tariff?) would look like a bare "how much?"
and take the last question's attribute. Here, two or more characters in a row that no cue, kind noun, country,
reference, name or stop word covers are such a word (one character alone is too often a particle or a counter).
"""
from __future__ import annotations

from ..language.lexicon import lexicon
from ..language.text import has_cjk
from ..understanding.analysis import Analysis
from ..understanding.periods import part_words

MIN_RUN = 2


def unexplained(a: Analysis, stopwords: frozenset[str]) -> list[str]:
    """`a.residual`, and in Chinese the runs of characters nothing explains (period words aside: "年", "季度")."""
    if a.residual or a.lang != "zh":
        return list(a.residual)
    covered: set[int] = set()
    for code in dict.fromkeys((a.lang, "en")):
        lex = lexicon(code)
        for table in (lex.cues, lex.countries, lex.kinds, lex.references, lex.measures, lex.relative_time):
            for m in table.find(a.seq):
                covered.update(range(m.start, m.end))
    for m in a.mentions.values():
        covered.update(m.positions)
    stop = stopwords | lexicon(a.lang).stopwords
    periods = part_words(a.lang) | {"年", "月"}
    runs, run = [], ""
    for i, s in enumerate(a.seq):
        if i >= a.focus and i not in covered and s not in stop and s not in periods and has_cjk(s):
            run += s
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run = ""
    if len(run) >= MIN_RUN:
        runs.append(run)
    return runs
