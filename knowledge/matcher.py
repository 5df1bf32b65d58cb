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
from dataclasses import dataclass

from .analysis import KIND_WEIGHT, Analysis, analyse, detect_language
from .answers import Answer, AnswerKind, Quote, Suggestion
from .facts import Fact, value_ids
from .index import FactIndex
from .intents import SPECS, asked_attributes
from .lexicon import lexicon
from .render import Renderer

MAX_QUESTION_CHARS = 1000
MAX_RELATED = 500      # facts gathered through one strongly mentioned thing
MAX_STANDALONE = 200   # facts gathered by attribute alone, when nothing is named
MAX_VAGUE = 5          # things named ambiguously whose related facts are still gathered
MAX_VAGUE_RELATED = 100
MAX_CONTENT = 200      # facts gathered by one content word
CONTENT_WORDS = 2      # content words a question must share with a fact's text to point at it
SUGGESTIONS = 3


@dataclass(frozen=True)
class Scored:
    fact: Fact
    score: float
    fit: float        # how well the attribute fits the question
    subject: float    # how clearly the subject is named


class Matcher:
    def __init__(self, index: FactIndex, *, today: Callable[[], dt.date]) -> None:
        self.index = index
        self._today = today

    # --- entry points -------------------------------------------------------------------
    def ask(self, question: str, *, lang_hint: str | None = None) -> Answer:
        problem = _input_problem(question)
        lang = detect_language(question, lang_hint) if problem != "empty" else _hint_lang(lang_hint)
        r = Renderer(self.index, lang, self._today())
        if problem:
            return self._invalid(r, problem, question)
        a = analyse(question, self.index, lang=lang)
        return self._decide(a, r)

    def answer_fact(self, fact_id: str, *, lang: str = "en") -> Answer:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        fact = self.index.facts.get(fact_id)
        if fact is None:
            return Answer(kind=AnswerKind.DECLINE, body=r.m("decline"), lang=r.lang)
        return self._fact_answer(fact, r, confidence=1.0)

    def featured(self, *, lang: str = "en", limit: int = 5) -> list[Answer]:
        r = Renderer(self.index, _hint_lang(lang), self._today())
        return [self._fact_answer(f, r, confidence=1.0) for f in self._featured_facts(limit)]

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
            return self._decline(a, r, asked=None)
        scored = self._score(a)
        best = scored[0] if scored else None
        if best is not None and self._accept(best, scored, a):
            answer = self._fact_answer(best.fact, r, confidence=_confidence(best, a),
                                       counted="q_howmany" in a.early_q)
            if self._consistent_numbers(a, answer):
                return answer
            return self._decline(a, r, asked=None)
        if a.smalltalk and not a.mentions and not a.residual:
            return self._smalltalk(a, r)
        return self._decline(a, r, asked=best, scored=scored)

    def _score(self, a: Analysis) -> list[Scored]:
        """Every candidate fact with how well it answers the question, best first."""
        index = self.index
        named = {m.entity for m in a.mentions.values() if m.named}
        mentioned = {m.entity for m in a.mentions.values() if not m.via_kind and m.strength >= 0.5}
        out = []
        for f in self._candidates(a, named, mentioned).values():
            spec = SPECS.get(f.key)
            fit = self._fit(f, spec, a, named, mentioned)
            if fit < 1.0 and f.attribute != "summary" or fit <= 0:
                continue
            m = a.mentions.get(f.subject)
            subject = m.strength if m else 0.0
            if subject == 0 and index.kind_of.get(f.subject) in a.kind_labels:
                subject = KIND_WEIGHT  # "the conference", in a base with too many conferences to list
            if (spec is not None and spec.named_subject and fit >= 1.0
                    and not (m and m.named or self._named_by_participants(f, named))):
                continue
            if self._names_something_else(f, a, named):
                continue
            scope = self._scope(f)
            related_named = named & scope
            credited: set[str] = {f.subject}
            if subject == 0 and self._named_by_participants(f, mentioned):
                subject = 0.6  # "what did Abdullayev and Wu stress": their meeting
            if subject == 0:
                values = set(value_ids(f, index.base)) & named
                if values and spec is not None and spec.reverse and not spec.reverse_avoid & a.tags:
                    # asked from the other side: "What did the Ministry of Economy set up?"
                    subject = 0.7 * max(a.mentions[e].strength for e in values)
                    credited |= values
                elif self._standalone(f, spec, a, related_named):
                    # "AZPROMO's export trips": the question names the fact through its owner
                    subject = 0.7 * max((a.mentions[e].strength for e in related_named), default=0.0)
                    credited |= related_named
                else:
                    continue
            if m is not None and a.subordinate(m):
                subject *= 0.5  # "the conference where the MoU was signed": the MoU is not asked about
            # what is named first is usually what is asked about
            early = 0.05 * (1 - m.first / len(a.seq)) if m is not None and a.seq else 0.0
            score = fit + subject + early + 0.3 * len(related_named - credited)
            out.append(Scored(f, score, fit, subject))
        out.sort(key=lambda s: (-s.score, s.fact.id))
        return out

    def _candidates(self, a: Analysis, named: set[str], mentioned: set[str]) -> dict[str, Fact]:
        """The facts worth scoring: those of what the question mentions and what they take part in,
        those its content words point to, and, when nothing is named, those it can ask without a name."""
        index = self.index
        candidates: dict[str, Fact] = {}
        for m in sorted(a.mentions.values(), key=lambda m: -m.strength)[:20]:
            for f in index.by_subject.get(m.entity, ()):
                candidates[f.id] = f
        for e in named:
            for f in index.by_related.get(e, ())[:MAX_RELATED]:
                candidates[f.id] = f
        vague = mentioned - named
        if len(vague) <= MAX_VAGUE:  # "Abdullayev" when there are a few: what each of them is part of
            for e in vague:
                for f in index.by_related.get(e, ())[:MAX_VAGUE_RELATED]:
                    candidates[f.id] = f
        for stem_ in set(a.content):
            facts = index.by_content.get(stem_, ())
            if len(facts) <= MAX_CONTENT:
                for f in facts:
                    candidates[f.id] = f
        if not a.strong:
            for key, spec in SPECS.items():
                if spec.standalone and spec.score(a.tags, a.early_q) > 0:
                    for f in index.by_key.get(key, ())[:MAX_STANDALONE]:
                        candidates[f.id] = f
        return candidates

    def _fit(self, f: Fact, spec, a: Analysis, named: set[str], mentioned: set[str]) -> float:
        """How well the fact's attribute is what the question asks (0: not at all)."""
        fit = spec.score(a.tags, a.early_q) if spec else 0.0
        if f.attribute.startswith("count:") and (f.attribute[6:] not in a.measures
                                                 or a.measure_weak and not mentioned & f.related):
            fit = 0.0  # one generic word ("trips") counts only when the question says whose
        if f.attribute == "summary" and fit < 1.0:
            define = "define" in a.tags or not a.attribute_tags
            fit = 0.9 if define and not a.residual else 0.0
        if "relation" in a.tags and f.subject in a.mentions and set(value_ids(f, self.index.base)) & (named - {f.subject}):
            fit = max(fit, 1.3)  # "what's the connection between AZPROMO and the Ministry of Economy?"
        # the question repeats what the fact says ("...implementing the discussed mechanisms..."): words
        # that are not names or cues break ties, and enough of them point at the fact by themselves
        overlap = {s for s in self.index.content_of.get(f.id, frozenset()) & set(a.content)
                   if s not in self.index.alias_df}
        distinct = overlap - self.index.vocabulary
        if len(distinct) >= CONTENT_WORDS:
            fit = max(fit, 1.0)
        if fit >= 1.0 and distinct:
            fit += 0.1 * min(len(overlap), 3)
        return fit

    def _scope(self, f: Fact) -> frozenset[str]:
        """What a fact is about: its record and what that refers to; a source is about all that cites it."""
        if f.rtype == "source":
            return f.related | self.index.cited_by.get(f.subject, frozenset())
        return f.related

    def _names_something_else(self, f: Fact, a: Analysis, named: set[str]) -> bool:
        """Does the question name a thing this fact is not about? Things linked either way count as
        about it ("the conference where the MoU was signed"), and so does a source the fact cites."""
        scope = self._scope(f)
        for e in named - scope:
            if f.subject in self.index.related_of.get(e, frozenset()):
                continue
            if f.subject in self.index.cited_by.get(e, frozenset()):
                continue
            return True
        return False

    def _standalone(self, f: Fact, spec, a: Analysis, related_named: set[str]) -> bool:
        """May this fact answer though its subject is not named ("number of participating businesses")?"""
        if spec is None or not spec.standalone:
            return False
        names = [m for m in a.mentions.values() if not m.via_kind]
        if names and spec.standalone_needs and not spec.standalone_needs & a.tags:
            return False
        return bool(related_named) or not names

    def _named_by_participants(self, fact: Fact, named: set[str]) -> bool:
        """A meeting is named by naming who met ("at which summit did Abdullayev and Wu sit down?")."""
        participants = getattr(self.index.base.get(fact.subject), "participants", None)
        return bool(participants and named & set(participants.value))

    def _accept(self, best: Scored, scored: list[Scored], a: Analysis) -> bool:
        # several things of one kind fit equally ("the conference" when there are many): ask which
        for other in scored[1:4]:
            if other.score >= best.score - 0.05 and other.fact.key == best.fact.key and other.fact.subject != best.fact.subject:
                return False
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
    def _fact_answer(self, fact: Fact, r: Renderer, *, confidence: float, counted: bool = False) -> Answer:
        body = r.body(fact, counted=counted)
        evidence = list(fact.evidence)
        if fact.attribute == "summary":
            for f in r.about_facts(fact.subject, limit=3, skip={"summary"}):
                evidence += [c for c in f.evidence if c not in evidence]
        src_ids = []
        for c in evidence:
            if c.source not in src_ids:
                src_ids.append(c.source)
        if not src_ids:
            src_ids = [fact.subject] if fact.rtype == "source" else []
        return Answer(
            kind=AnswerKind.FACT, body=body, lang=r.lang,
            sources=tuple(self.index.source_refs(src_ids)),
            quotes=tuple(Quote(source_id=c.source, text=c.quote) for c in evidence),
            facts=(fact.id,), confidence=round(confidence, 3),
            source_label=r.m("source_label"), quote_note=_quote_note(r, src_ids, self.index),
            citation=r.citation(src_ids) or None,
        )

    def _decline(self, a: Analysis, r: Renderer, *, asked: Scored | None, scored: list[Scored] = ()) -> Answer:
        strong = a.strong
        if not a.mentions and not a.kind_labels:
            return Answer(kind=AnswerKind.OFF_TOPIC, body=r.m("off_topic"), lang=r.lang,
                          source_label=r.m("source_label"))
        if not a.mentions:  # "conference date" in a base with many conferences: ask which one
            suggestions = self._kind_suggestions(a, r)
            return Answer(kind=AnswerKind.DECLINE, body=r.m("which_one"), lang=r.lang, suggestions=suggestions,
                          source_label=r.m("source_label"))
        entity = strong[0].entity if strong else None
        lines = []
        if entity:
            lines.append(r.m("decline_about", what=self._what(a, r, entity)))
            known = r.about(entity, limit=2, skip={"summary"})
            if known:
                lines.append(r.m("known_about", entity=r.name(entity, article=False), facts=known))
        else:
            lines.append(r.m("decline"))
        suggestions = self._suggestions(a, r, scored, entity)
        if suggestions and not a.unknown:
            lines.append(r.m("related" if entity else "unsure"))
        return Answer(kind=AnswerKind.DECLINE, body="\n".join(lines), lang=r.lang,
                      suggestions=tuple(suggestions) if not a.unknown else (),
                      confidence=0.0, known_about=(entity,) if entity else (),
                      source_label=r.m("source_label"))

    def _kind_suggestions(self, a: Analysis, r: Renderer) -> tuple[Suggestion, ...]:
        """Questions about the first few things of the kinds named, asking what the question asks."""
        out: list[Suggestion] = []
        for label in sorted(a.kind_labels):
            for rid in self.index.kinds.get(label, ())[:SUGGESTIONS]:
                facts = self.index.by_subject.get(rid, ())
                asked = [f for f in facts if (SPECS.get(f.key) and SPECS[f.key].score(a.tags, a.early_q) >= 1.0)]
                for f in (asked or facts)[:1]:
                    out.append(Suggestion(question=r.question(f), fact_id=f.id))
        return tuple(out[:SUGGESTIONS])

    def _what(self, a: Analysis, r: Renderer, entity: str) -> str:
        rec = self.index.base.get(entity)
        asked = asked_attributes(rec.type, a.tags, a.early_q) if rec else []
        if asked and not a.unknown:
            return r.what(asked[0][0], entity)
        return r.m("what.generic", subject=r.name(entity))

    def _suggestions(self, a: Analysis, r: Renderer, scored: list[Scored], entity: str | None) -> list[Suggestion]:
        facts: list[Fact] = []
        seen: set[str] = set()
        for s in scored[:SUGGESTIONS * 4]:
            if s.fact.id not in seen:
                seen.add(s.fact.id)
                facts.append(s.fact)
        ents = [entity] if entity else [m.entity for m in sorted(a.mentions.values(), key=lambda m: -m.strength)[:3]]
        for e in ents:
            for f in r.about_facts(e, limit=SUGGESTIONS, skip={"summary"}):
                if f.id not in seen:
                    seen.add(f.id)
                    facts.append(f)
        return [Suggestion(question=r.question(f), fact_id=f.id) for f in facts[:SUGGESTIONS]]

    def _smalltalk(self, a: Analysis, r: Renderer) -> Answer:
        key = next((k for k in ("help", "greeting", "thanks", "bye") if k in a.smalltalk), "help")
        body = r.m(key)
        if key in ("help", "greeting"):
            body += "\n" + "\n".join(f"\u2022 {q}" for q in self.examples(lang=r.lang))
        return Answer(kind=AnswerKind.SMALLTALK, body=body, lang=r.lang, source_label=r.m("source_label"))

    def _invalid(self, r: Renderer, problem: str, question: str) -> Answer:
        if problem == "too_long":
            body = r.m("too_long", length=len(question), limit=MAX_QUESTION_CHARS)
        else:
            body = r.m(problem)
        return Answer(kind=AnswerKind.INVALID, body=body, lang=r.lang, source_label=r.m("source_label"))

    def _featured_facts(self, limit: int) -> list[Fact]:
        order = ["event.date", "agreement.parties", "event.companies", "organization.founded", "initiative.count",
                 "organization.head", "agreement.purpose", "event.organizers"]
        out: list[Fact] = []
        for key in order:
            for f in self.index.facts.values():
                if f.key == key:
                    out.append(f)
                    break
            if len(out) >= limit:
                break
        return out


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


def _quote_note(r: Renderer, src_ids: list[str], index: FactIndex) -> str | None:
    langs = {s.language for s in index.source_refs(src_ids)}
    if r.lang not in langs and langs:
        return r.m("quote_note") or None
    return None
