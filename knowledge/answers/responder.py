"""From the matcher's decision to the Answer people read, with a per-fact-base cache.

This is the one place above both the understanding of questions (knowledge/understanding/)
and the writing of answers (replies.py, render.py): the matcher decides, the replies say it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..answer import Answer, AnswerKind
from ..conversation.context import Context
from ..conversation.followup import FollowUps
from ..facts.atoms import Fact
from ..understanding.index import FactIndex
from ..understanding.matcher import Decision, Matcher, hint_lang
from .listing import CONFIDENCE as LISTED, asked_things, asks_which_it_is, with_its_name
from .render import Renderer
from .replies import Replies
from .timeline import TimelinePage
from .timelines import Timelines

CACHE_SIZE = 4096  # answers kept per fact base


class Responder:
    def __init__(self, index: FactIndex, *, today: Callable[[], dt.date], cache_size: int = 0) -> None:
        self.index = index
        self.matcher = Matcher(index, today=today)
        self.followups = FollowUps(self.matcher)
        self.replies = Replies(index)
        self._today = today
        self.timelines = Timelines(index, today)
        self._cache: dict[tuple, Answer] = {}
        self._cache_size = cache_size

    def ask(self, question: str, *, lang_hint: str | None = None, context: Context | None = None) -> Answer:
        """The answer, read in `context` (a conversation's; its `context` is the one after it), from
        the cache when the same question was asked today with no context (people ask the same things
        over and over; a new fact base comes with a new Responder, so an empty cache)."""
        if not self._cache_size or context is not None and not context.blank:
            return self._answer(question, lang_hint=lang_hint, context=context)
        key = (question, lang_hint, self._today())
        answer = self._cache.get(key)
        if answer is None:
            answer = self._answer(question, lang_hint=lang_hint, context=None)
            if len(self._cache) >= self._cache_size:
                self._cache.pop(next(iter(self._cache)), None)  # the oldest entry
            self._cache[key] = answer
        return answer

    def _answer(self, question: str, *, lang_hint: str | None, context: Context | None) -> Answer:
        d = self.followups.decide(question, lang_hint=lang_hint, ctx=context)
        if d.kind != "invalid":
            listed = self.timelines.answer(question, d.lang, answered=d.kind == "fact")  # "what happened in April 2025?"
            if listed is not None:
                return listed.model_copy(update={"context": context or Context()})
        answer = self.reply(d, question)
        after = self.followups.advance(context, d) if answer.kind is not AnswerKind.INVALID else context
        if answer.kind is AnswerKind.DECLINE and d.kind == "fact":
            after = context  # a fact that turned out not to answer (a false premise) moves nothing
        return answer.model_copy(update={"context": after or Context()})

    def reply(self, d: Decision, question: str) -> Answer:
        """The Answer a decision calls for."""
        r = self._renderer(d.lang)
        if d.kind == "invalid":
            return self.replies.invalid(r, d.problem or "unreadable", question)
        a = d.analysis
        if d.kind == "fact" and d.fact is not None:
            answer = self.replies.fact(d.fact, r, confidence=d.confidence, counted=d.counted, also=d.also,
                                       variants=d.variants)
            used = [d.fact, *([d.also] if d.also else []), *d.variants]
            if not answer.body.strip():
                return self.replies.decline(a, r)  # a fact with nothing to say is no answer
            consistent = self.matcher.consistent_numbers(a, used, answer.body)
            if a.polar:
                verdict = d.verdict if d.verdict is not None else self.matcher.claims_hold(a, d.fact, answer.body)
                if verdict is not None:  # "Was AZPROMO founded in 2010?" "No. AZPROMO was founded in 2003."
                    key = "phrases.polar_yes" if verdict and consistent else "phrases.polar_no"
                    return answer.model_copy(update={"body": f"{r.m(key)} {answer.body}"})
            if consistent:
                if asks_which_it_is(d.fact, a, self.index):  # "what memorandum was signed there?": its name
                    answer = answer.model_copy(update={"body": with_its_name(answer.body, d.fact.subject, r)})
                return _with_weekday(answer, d.fact, a.tags, r)
            return self.replies.decline(a, r)
        if d.kind == "ambiguous":
            listed = [f for f in asked_things(d, self.index)
                      if self.matcher.consistent_numbers(a, [f], r.body(f))]  # ("… in April 2025": those of April)
            if len(listed) > 1:
                return self.replies.listed(listed, r, confidence=LISTED)
            if listed:  # ("which memoranda did he sign in May 2026?": of his, the one of that month)
                return self.replies.fact(listed[0], r, confidence=LISTED)
            return self.replies.ambiguous(r, d.rivals)
        if d.kind == "smalltalk":
            return self.replies.smalltalk(a, r, self.examples(lang=r.lang))
        return self.replies.decline(a, r, scored=d.scored)

    def answer_fact(self, fact_id: str, *, lang: str = "en") -> Answer:
        r = self._renderer(hint_lang(lang))
        fact = self.index.facts.get(fact_id)
        if fact is None:
            return Answer(kind=AnswerKind.DECLINE, body=r.m("decline"), lang=r.lang)
        return self.replies.fact(fact, r, confidence=1.0)

    def more(self, fact_id: str, *, lang: str = "en") -> Answer:
        """The rest of the profile whose summary fact is `fact_id`; a decline if it is gone or has no more."""
        r = self._renderer(hint_lang(lang))
        fact = self.index.facts.get(fact_id)
        if fact is None or fact.attribute != "summary":
            return Answer(kind=AnswerKind.DECLINE, body=r.m("decline"), lang=r.lang)
        return self.replies.more(fact, r)

    def timeline(self, query: str = "", *, lang: str = "en", page: int = 0) -> TimelinePage:
        return self.timelines.page(query, lang=hint_lang(lang), page=page)

    def latest(self, *, lang: str = "en") -> TimelinePage:
        return self.timelines.latest(lang=hint_lang(lang))

    def featured(self, *, lang: str = "en", limit: int = 5) -> list[Answer]:
        r = self._renderer(hint_lang(lang))
        return [self.replies.fact(f, r, confidence=1.0) for f in self.matcher.featured_facts(limit)]

    def examples(self, *, lang: str = "en") -> list[str]:
        r = self._renderer(hint_lang(lang))
        return [r.question(f) for f in self.matcher.featured_facts(3)]

    def topics(self, *, lang: str = "en") -> dict[str, list[str]]:
        r = self._renderer(hint_lang(lang))
        out: dict[str, list[str]] = {}
        for rtype in ("event", "agreement", "organization", "person", "initiative", "source"):
            picked: list[Fact] = []
            subjects: set[str] = set()
            for f in self.index.facts.values():
                if f.rtype != rtype or f.attribute == "summary":
                    continue
                if f.subject not in subjects or len(picked) < 2:
                    picked.append(f)
                    subjects.add(f.subject)
                if len(picked) == 3:
                    break
            if picked:
                out[r.m(f"topics.{rtype}")] = [r.question(f) for f in picked]
        return out

    def _renderer(self, lang: str) -> Renderer:
        return Renderer(self.index, lang, self._today())


def _with_weekday(answer: Answer, fact: Fact, tags: frozenset[str], r: Renderer) -> Answer:
    """"On what day of the week was it held?": the date's weekday, said after the date (a date fact of one day)."""
    names = r.lex.messages.get("weekdays") or r.en.messages.get("weekdays")
    if "weekday" not in tags or not names:
        return answer
    own = getattr(r.index.base.get(fact.subject), fact.attribute, None)  # (a report's own publication date)
    values = [getattr(own, "value", own)] if own is not None else [getattr(c, "value", None) for c in fact.evidence]
    days = {v for v in values if isinstance(v, dt.date)}
    if len(days) != 1:
        return answer
    day = days.pop()
    said = r.m("phrases.weekday", date=r.date(day), weekday=names[day.weekday()])
    return answer.model_copy(update={"body": f"{answer.body}{r.opt('sentence_sep', ' ')}{said}"})
