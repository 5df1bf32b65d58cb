"""What a follow-up asks may be no fact of the thing referred to, but of a record about it or one it took part in:

- "How many trains used it in 2024?" after the Middle Corridor: the one record whose name holds the corridor's
  name and says the question's other words ("Trains on the Trans-Caspian International Transport Route, 2024");
- "Who did he meet in Ningbo?" after Parviz Shahbazov, of his many meetings: the one whose name or place says
  the question's own words ("... in Ningbo").

The one such record, or none (then the follow-up is decided as before: "which one?", or declined).
"""
from __future__ import annotations

from ..language.lexicon import lexicon
from ..language.sounds import bases
from ..language.text import stem, tokens
from ..understanding.analysis import Analysis
from ..understanding.index import FactIndex
from .periods import _YEAR, _name_words, asked_years


def _own_words(a: Analysis, index: FactIndex, held: frozenset[str]) -> set[str]:
    """The question's words that are not stop words, question or attribute cues, country words ("in China" says
    no one meeting of many held there), numbers or words of `held`."""
    stop = index.stopwords | lexicon(a.lang).stopwords
    cued = {p for lang in dict.fromkeys((a.lang, "en")) for table in (lexicon(lang).cues, lexicon(lang).countries)
            for m in table.find(a.seq) for p in range(m.start, m.end)}
    own = {w for i, w in enumerate(a.seq)
           if i not in cued and w not in held and w not in stop and not w.isdigit() and len(w) > 1}
    # (a place said with a case ending, "Ningboda", is the place: its base; and one said in another script, its reading)
    return own | {stem(b) for w in own for b in bases(w, a.lang)[1:]} | (set(a.readings) - held)


def record_about(e: str, a: Analysis, index: FactIndex) -> str | None:
    """The one record whose name holds `e`'s name (its words, years aside) and, beside them, a word of the
    question's own that `e`'s name does not say ("trains"), and every year the question states."""
    rec = index.base.get(e)
    if rec is None:
        return None
    held = _name_words(rec)
    own = _own_words(a, index, held) | {w for w in a.content if w not in held and not w.isdigit()}
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


def taking_part_in(e: str, a: Analysis, index: FactIndex) -> str | None:
    """Of the records whose facts involve `e` (its meetings, what it signed), the one whose name or place says a
    word of the question's own ("Ningbo"); None when none or several do."""
    found = involving_said(e, a, index)
    return found[0] if len(found) == 1 else None


def involving_said(e: str, a: Analysis, index: FactIndex) -> list[str]:
    """The records whose facts involve `e` and whose name or place says a word of the question's own ("the electric
    bus plant" of BYD: its bus plant and its bus project)."""
    words = _own_words(a, index, index.name_stems(e))
    if not words:
        return []
    found = []
    for rid in dict.fromkeys(f.subject for f in index.by_related.get(e, ()) if f.subject != e):
        said = set(index.name_stems(rid))
        for f in index.by_subject.get(rid, ()):
            if f.attribute == "place":
                said |= {stem(t) for c in f.evidence for t in tokens(str(getattr(c, "value", "")))}
        if words & said:
            found.append(rid)
    return found
