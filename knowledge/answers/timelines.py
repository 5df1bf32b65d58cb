"""Timeline questions and commands, over one fact base: "what happened in April 2025?",
"what agreements were signed in 2025?", "what's the latest?", /timeline [YEAR|MONTH YEAR|TOPIC], /latest."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..answer import AnswerKind
from ..language.lexicon import lexicon
from ..language.text import stem, tokens
from ..understanding.index import FactIndex
from .render import Renderer
from ..understanding.analysis import analyse
from .timeline import _YEAR, TimelinePage, entries, latest, page_of, parse_query, select



# cues asking one value (an amount, a count, a person, a place, words said), not a list of what happened
_ASKS_A_VALUE = frozenset({"money", "q_howmany", "q_who", "q_where", "said_q", "capacity", "signer"})

class Timelines:
    def __init__(self, index: FactIndex, today: Callable[[], dt.date]) -> None:
        self.index = index
        self._today = today  # (not the responder's renderer: nothing here may hold the responder, see engine.release)
        self._entries = entries(index.base)  # one fact base, one timeline

    def intent(self, question: str, lang: str) -> str | None:
        """"list" or "latest" when the question asks for the timeline, else None."""
        seq = [stem(t) for t in tokens(question)]
        labels = {m.label for code in dict.fromkeys((lang, "en")) for m in lexicon(code).timeline.find(seq)}
        return "latest" if "latest" in labels else "list" if "list" in labels else None

    def page(self, query: str, *, lang: str, page: int = 0) -> TimelinePage:
        """The timeline (filtered by `query`: a year, a month and year, or a topic), one page of it."""
        r = self._renderer(lang)
        q = parse_query(query, self.index, lang)
        if q.unknown_topic:
            return page_of(r, [], 0, "")
        parts = []
        if q.topic:
            parts.append(r.name(q.topic, full=True))
        if q.year and q.month:
            names = r.lex.messages.get("ui", {}).get("month_names") or r.en.messages["ui"]["month_names"]
            parts.append(r.m("ui.timeline_month", month=names[q.month - 1], year=q.year, m=q.month))
        elif q.year:
            parts.append(str(q.year))
        title = r.m("ui.timeline_for", what=", ".join(parts)) if parts else r.m("ui.timeline_title")
        return page_of(r, select(self._entries, q, self.index.base), page, title)

    def _renderer(self, lang: str) -> Renderer:
        return Renderer(self.index, lang, self._today())

    @staticmethod
    def _unknown_only_in_phrase(question: str, lang: str) -> bool:
        """Are the words the facts cannot answer ("latest", "now") all inside the timeline phrase itself
        ("what's the latest?")?"""
        seq = [stem(t) for t in tokens(question)]
        spans = [range(m.start, m.end) for code in dict.fromkeys((lang, "en")) for m in lexicon(code).timeline.find(seq)]
        unknown = [range(m.start, m.end) for code in dict.fromkeys((lang, "en")) for m in lexicon(code).unknown.find(seq)]
        return bool(unknown) and all(any(u.start >= s.start and u.stop <= s.stop for s in spans) for u in unknown)

    def latest(self, *, lang: str) -> TimelinePage:
        r = self._renderer(lang)
        return page_of(r, latest(self._entries, self.index.base), 0, r.m("ui.latest_title"))

    def answer(self, question: str, lang: str, *, answered: bool):
        """The timeline's answer to a question asking for it, or None. A question the matcher answers
        (`answered`) keeps that answer unless it asks for a year's ("what agreements were signed in
        2025?"); one that names what the facts do not know, or asks a number or a measure, is not
        a timeline question ("what happened on its 34th trip?", "what's the dollar value of the agreement
        signed in Urumqi?")."""
        kind = self.intent(question, lang)
        if kind is None:
            return None
        a = analyse(question, self.index, lang=lang)
        q = parse_query(question, self.index, lang)
        dates = set(_YEAR.findall(question)) | ({n for n in a.numbers if int(n) <= 31} if q.month else set())
        if a.unknown and not self._unknown_only_in_phrase(question, lang):
            return None
        if a.unknown_names or a.measures or set(a.numbers) - dates or a.tags & _ASKS_A_VALUE:
            return None
        if q.topic is None and q.year is None and len(q.types) > 1:
            return None  # the things of one kind at one thing of another, which nothing singles out ("the agreements
            # signed at the forum on hydrogen energy in Ganja", "на форуме в Гяндже"): no list of everything answers it
        if answered and not _YEAR.search(question):
            return None
        result = self.latest(lang=lang) if kind == "latest" else self.page(question, lang=lang)
        return result.answer if result.answer.kind is AnswerKind.FACT or kind == "list" else None
