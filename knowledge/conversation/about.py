""""How many trains used it in 2024?" after the Middle Corridor: what the question asks is no fact of the corridor's
own, but of a record about it — one whose name holds the corridor's name and says the question's other words
("Trains on the Trans-Caspian International Transport Route, 2024"). The one such record, or none.
"""
from __future__ import annotations

from ..language.lexicon import lexicon
from ..understanding.analysis import Analysis
from ..understanding.index import FactIndex
from .periods import _YEAR, _name_words, asked_years


def record_about(e: str, a: Analysis, index: FactIndex) -> str | None:
    """The one record whose name holds `e`'s name (its words, years aside) and, beside them, a word of the
    question's own that `e`'s name does not say ("trains"), and every year the question states."""
    rec = index.base.get(e)
    if rec is None:
        return None
    held = _name_words(rec)
    stop = index.stopwords | lexicon(a.lang).stopwords
    own = {w for w in (*a.content, *a.seq) if w not in held and w not in stop and not w.isdigit() and len(w) > 1}
    if not held or not own:
        return None
    years = asked_years(a)
    found: set[str] = set()
    for w in own:
        for ai in index.all_postings.get(w, ()):
            other = index.aliases[ai].entity
            if other == e or other in found:
                continue
            o = index.base.get(other)
            name = getattr(o, "name", "") or ""
            if o is not None and held < _name_words(o) and w in _name_words(o) and years <= set(_YEAR.findall(name)):
                found.add(other)
    return next(iter(found)) if len(found) == 1 else None
