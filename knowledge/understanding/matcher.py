"""The matcher's decision: from a question to the one fact that answers it, or to a decline.

It reads the question (analysis.py), gathers the facts of the things it mentions,
scores each fact by how well its attribute fits what is asked (intents.py) and how
clearly its subject is named, and accepts only when one fact fits. A question about
a known thing but an unknown attribute is declined with what is known instead; it is
never answered from another thing's fact. Turning the decision into an Answer is
knowledge/answers/responder.py's job.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from ..facts.atoms import Fact, value_ids
from ..language.lexicon import lexicon
from .analysis import Analysis, analyse, detect_language
from .index import FactIndex
from .intents import SPECS, asked_attributes
from .scoring import Scored, Scorer

MAX_QUESTION_CHARS = 1000


@dataclass(frozen=True)
class Decision:
    """What the matcher made of a question; `kind` says which reply it calls for."""

    kind: Literal["invalid", "fact", "smalltalk", "decline"]
    lang: str
    analysis: Analysis | None = None
    problem: str | None = None  # invalid: empty | too_long | unreadable
    fact: Fact | None = None  # fact: the fact that answers
    also: Fact | None = None  # fact: the second thing asked with "and"
    confidence: float = 0.0
    counted: bool = False  # "how many ...": add the count to a list
    scored: list[Scored] = field(default_factory=list)  # decline: the candidates, for suggestions


class Matcher:
    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.scorer = Scorer(index)

    def decide(self, question: str, *, lang_hint: str | None = None) -> Decision:
        problem = _input_problem(question)
        lang = detect_language(question, lang_hint) if problem != "empty" else hint_lang(lang_hint)
        if problem:
            return Decision("invalid", lang, problem=problem)
        a = analyse(question, self.index, lang=lang)
        if a.unknown:
            return Decision("decline", lang, analysis=a)
        scored = self.scorer.score(a)
        best = scored[0] if scored else None
        if best is not None and self._accept(best, scored, a):
            return Decision("fact", lang, analysis=a, fact=best.fact, confidence=_confidence(best, a),
                            counted="q_howmany" in a.early_q, also=self._second_ask(best, scored, a))
        if a.smalltalk and not a.mentions and not a.residual:
            return Decision("smalltalk", lang, analysis=a)
        return Decision("decline", lang, analysis=a, scored=scored)

    def consistent_numbers(self, a: Analysis, body: str) -> bool:
        """Every number the question states must be one the facts know: "the 500 companies",
        "its 34th trip", "set up in 2010" rest on a false premise and are declined."""
        return all(n in self.index.numbers or n in body for n in a.numbers)

    def featured_facts(self, limit: int) -> list[Fact]:
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


def hint_lang(hint: str | None) -> str:
    code = (hint or "en").split("-")[0].lower()
    return lexicon(code).code


