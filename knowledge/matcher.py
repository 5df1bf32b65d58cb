"""The matcher: from a question to an Answer, or to an honest "I don't know".

It reads the question (analysis.py), gathers the facts of the things it mentions,
scores each fact by how well its attribute fits what is asked (intents.py) and how
clearly its subject is named, and answers only when one fact fits. A question about
a known thing but an unknown attribute is declined with what is known instead; it is
never answered from another thing's fact.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable

from .analysis import Analysis, analyse, detect_language
from .answers import Answer, AnswerKind
from .facts import Fact, value_ids
from .index import FactIndex
from .intents import SPECS, asked_attributes
from .lexicon import lexicon
from .render import Renderer
from .replies import MAX_QUESTION_CHARS, Replies
from .scoring import Scored, Scorer

CACHE_SIZE = 4096  # answers kept per fact base


class Matcher:
    def __init__(self, index: FactIndex, *, today: Callable[[], dt.date], cache_size: int = 0) -> None:
        self.index = index
        self.scorer = Scorer(index)
        self.replies = Replies(index)
        self._today = today
        self._cache: dict[tuple, Answer] = {}
        self._cache_size = cache_size

    # --- entry points -------------------------------------------------------------------
    def ask(self, question: str, *, lang_hint: str | None = None) -> Answer:
        """The answer, from the cache when the same question was asked today (people ask the same
        things over and over; a new fact base comes with a new Matcher, so an empty cache)."""
        if not self._cache_size:
            return self._answer(question, lang_hint=lang_hint)
        key = (question, lang_hint, self._today())
        answer = self._cache.get(key)
        if answer is None:
            answer = self._answer(question, lang_hint=lang_hint)
            if len(self._cache) >= self._cache_size:
                self._cache.pop(next(iter(self._cache)), None)  # the oldest entry
            self._cache[key] = answer
        return answer

    def _answer(self, question: str, *, lang_hint: str | None) -> Answer:
        problem = _input_problem(question)
        lang = detect_language(question, lang_hint) if problem != "empty" else _hint_lang(lang_hint)
        r = Renderer(self.index, lang, self._today())
        if problem:
            return self.replies.invalid(r, problem, question)
        a = analyse(question, self.index, lang=lang)
        return self._decide(a, r)

    def answer_fact(self, fact_id: str, *, lang: str = "en") -> Answer:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        fact = self.index.facts.get(fact_id)
        if fact is None:
            return Answer(kind=AnswerKind.DECLINE, body=r.m("decline"), lang=r.lang)
        return self.replies.fact(fact, r, confidence=1.0)

    def featured(self, *, lang: str = "en", limit: int = 5) -> list[Answer]:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        return [self.replies.fact(f, r, confidence=1.0) for f in self._featured_facts(limit)]

    def examples(self, *, lang: str = "en") -> list[str]:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        return [r.question(f) for f in self._featured_facts(3)]

    def topics(self, *, lang: str = "en") -> dict[str, list[str]]:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        out: dict[str, list[str]] = {}
        for rtype in ("event", "agreement", "organization", "person", "initiative", "source"):
            facts = [f for f in self.index.facts.values() if f.rtype == rtype and f.attribute != "summary"]
            picked, subjects = [], set()
            for f in facts:
                if f.subject not in subjects or len(picked) < 2:
                    picked.append(f)
                    subjects.add(f.subject)
                if len(picked) == 3:
                    break
            if picked:
                out[r.m(f"topics.{rtype}")] = [r.question(f) for f in picked]
        return out

    # --- deciding -----------------------------------------------------------------------------
    def _decide(self, a: Analysis, r: Renderer) -> Answer:
        if a.unknown:
            return self.replies.decline(a, r)
        scored = self.scorer.score(a)
        best = scored[0] if scored else None
        if best is not None and self._accept(best, scored, a):
            answer = self.replies.fact(best.fact, r, confidence=_confidence(best, a),
                                       counted="q_howmany" in a.early_q, also=self._second_ask(best, scored, a))
            if self._consistent_numbers(a, answer):
                return answer
            return self.replies.decline(a, r)
        if a.smalltalk and not a.mentions and not a.residual:
            return self.replies.smalltalk(a, r, self.examples(lang=r.lang))
        return self.replies.decline(a, r, scored=scored)

    def _second_ask(self, best: Scored, scored: list[Scored], a: Analysis) -> Fact | None:
        """The second thing a question asks with "and" ("who organised it and which body supported it?"):
        a fact of a mentioned thing, asked by cues the first answer does not use."""
        if "also" not in a.tags:
            return None

        def cues(s: Scored) -> frozenset[str]:
            spec = SPECS.get(s.fact.key)
            return frozenset(t for t in spec.used(a.tags) if not t.startswith("q_")) if spec else frozenset()

        first = cues(best)
        for other in scored[1:6]:
            second = cues(other)
            if (other.fit >= 1.0 and other.score >= best.score - 0.6 and other.fact.subject in a.mentions
                    and other.fact.key != best.fact.key and second and not second & first
                    and other.fact.evidence != best.fact.evidence):
                return other.fact
        return None

    def _accept(self, best: Scored, scored: list[Scored], a: Analysis) -> bool:
        # several things of one kind fit equally ("the conference" when there are many): ask which
        for other in scored[1:4]:
            if (other.score >= best.score - 0.05 and other.fact.key == best.fact.key
                    and other.fact.subject != best.fact.subject and other.fact.evidence != best.fact.evidence):
                return False  # (two facts resting on the same evidence say the same: no need to ask)
        if best.fact.attribute == "summary" and best.fit < 1.0:  # a bare name: only when nothing else is asked
            return not a.residual and (best.subject >= 0.75 or len(a.mentions) == 1 and best.subject >= 0.5)
        if a.unknown_names:
            return False  # it names something the facts do not know ("President Aliyev", "the World Bank")
        if best.fact.subject not in a.mentions:  # the fact was reached through what the question names
            values = set(value_ids(best.fact, self.index.base))
            best_spec = SPECS.get(best.fact.key)
            used = best_spec.used(a.tags) if best_spec else frozenset()
            for m in a.strong:
                rec = self.index.base.get(m.entity)
                if m.entity in values or rec is None:
                    continue
                for key, _ in asked_attributes(rec.type, a.tags, a.early_q):
                    if SPECS[key].used(a.tags) & used:
                        # "How old is Wu Hongliang?": what is asked is Wu's own, unknown; not his meeting's age
                        return False
        return True

    def _consistent_numbers(self, a: Analysis, answer: Answer) -> bool:
        """Every number the question states must be one the facts know: "the 500 companies",
        "its 34th trip", "set up in 2010" rest on a false premise and are declined."""
        return all(n in self.index.numbers or n in answer.body for n in a.numbers)

    # --- building answers -------------------------------------------------------------------------
    def _featured_facts(self, limit: int) -> list[Fact]:
        """The first fact of each featured attribute, in one pass over the facts."""
        order = ["event.date", "agreement.parties", "event.companies", "organization.founded", "initiative.count",
                 "organization.head", "agreement.purpose", "event.organizers"]
        first: dict[str, Fact] = {}
        for f in self.index.facts.values():
            if f.key in order and f.key not in first:
                first[f.key] = f
                if len(first) == len(order):
                    break
        return [first[k] for k in order if k in first][:limit]


def _confidence(best: Scored, a: Analysis) -> float:
    conf = 0.35 + 0.3 * min(best.subject, 1.0) + 0.25 * min(best.fit / 1.5, 1.0)
    conf -= 0.05 * min(len(a.residual), 4)
    return max(0.3, min(conf + 0.1, 0.99))


def _input_problem(question: str) -> str | None:
    if not question or not question.strip():
        return "empty"
    if len(question) > MAX_QUESTION_CHARS:
        return "too_long"
    printable = [c for c in question if not c.isspace()]
    bad = sum(1 for c in printable if unicodedata.category(c)[0] in "CZ" or c == "\ufffd")
    letters = sum(1 for c in printable if c.isalpha())
    if bad > len(printable) * 0.2 or letters == 0:
        return "unreadable"
    return None


def _hint_lang(hint: str | None) -> str:
    code = (hint or "en").split("-")[0].lower()
    return lexicon(code).code


