"""The kind nouns of a follow-up ("the memorandum", "that forum", "at which event?"): which of them say what
the question is about, and whether a demonstrative points back to a thing of the conversation."""
from __future__ import annotations

from ..language.lexicon import lexicon
from ..understanding.analysis import Analysis, values_at
from .references import before_kind


def referring_kinds(a: Analysis) -> set[str]:
    """The records the question's kind nouns stand for ("the memorandum"), except a kind noun right after a
    which- or how-many-word ("at which event?", "на каком мероприятии?", "hansı tədbirdə?", "哪个活动", "how many
    documents were signed?"): that one asks for things of its kind, it does not say what the question is about."""
    lex = lexicon(a.lang)
    which_end: set[int] = set()
    for lang in dict.fromkeys((a.lang, "en")):
        for m in lexicon(lang).cues.find(a.seq):
            if m.label in ("q_which", "q_howmany"):
                end = m.end
                which_end.add(end)
                while end < len(a.seq) and a.seq[end] in lex.stopwords:  # "which of the ..."
                    end += 1
                    which_end.add(end)
                if a.lang == "zh":
                    which_end.add(end + 1)  # a classifier may stand between: 多少份文件
    # (but "what's the plant's capacity?": a kind noun right before a kind of value's word is whose value is asked)
    owners = {m.entity for m in a.mentions.values() if m.via_kind and max(m.positions) + 1 in values_at(a)}
    return {m.entity for m in a.mentions.values() if m.via_kind and (m.first not in which_end or m.entity in owners)}


def points_back(a: Analysis) -> bool:
    """Does a demonstrative stand before a kind noun ("that forum", "этот форум", "bu forum", "该论坛")?"""
    matches = lexicon(a.lang).references.find(a.seq)
    if a.lang != "en":
        matches += lexicon("en").references.find(a.seq)
    kind_at = {p for m in a.mentions.values() if m.via_kind for p in m.positions}
    return any(m.label == "this" and before_kind(a, m.end, kind_at) for m in matches)
