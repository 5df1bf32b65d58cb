"""Building the replies: a fact's answer with its sources and quotes, an honest decline
with what is known and questions that can be answered, small talk, and unusable input."""
from __future__ import annotations

import datetime as dt

from ..understanding.analysis import Analysis
from ..answer import Answer, AnswerKind, Quote, Suggestion
from ..facts.atoms import Fact
from ..understanding.index import FactIndex
from ..understanding.intents import SPECS, asked_attributes
from .listing import with_its_name
from .profile import more_facts
from .render import Renderer
from ..understanding.matcher import MAX_QUESTION_CHARS
from ..understanding.scoring import Scored

SUGGESTIONS = 3


class Replies:
    def __init__(self, index: FactIndex) -> None:
        self.index = index

    def _said_with(self, fact: Fact) -> list[Fact]:
        """The facts a fact's sentence says beside it: a statistic's figure, said with its change."""
        if fact.rtype != "statistic" or fact.attribute != "change":
            return []
        return [f for f in self.index.by_subject.get(fact.subject, ()) if f.attribute == "value"]

    def fact(self, fact: Fact, r: Renderer, *, confidence: float, counted: bool = False,
             also: Fact | None = None, variants: tuple[Fact, ...] = ()) -> Answer:
        """The answer from `fact` (and `also`, when the question asks two things at once); with
        `variants` (other sources' records of the same thing saying otherwise), what each source says."""
        body = r.body(fact, counted=counted)
        evidence = list(fact.evidence)
        if variants:
            told = sorted((fact, *variants), key=lambda f: self._published(f))  # newest last
            bodies = {f.id: r.body(f, counted=counted) for f in told}
            if len(set(bodies.values())) > 1:  # the sources differ: say what each says
                body = "\n".join(r.m("phrases.according_to", source=r.citation([f.evidence[0].source]),
                                      text=bodies[f.id]) for f in told if f.evidence)
            for v in variants:
                evidence += [c for c in v.evidence if c not in evidence]
        more = 0
        if fact.attribute == "summary":
            for f in r.profile_facts(fact.subject):
                evidence += [c for c in f.evidence if c not in evidence]
            more = len(more_facts(r, fact, body))
        said = self._said_with(fact)
        for f in said:  # (what its sentence says beside it: a change's figure)
            evidence += [c for c in f.evidence if c not in evidence]
        if also is not None:
            if also not in said and r.body(also) != body:  # (a statement's speaker and its profile say one thing)
                body = r.chain([body, r.body(also)], fact.subject)
            evidence += [c for c in also.evidence if c not in evidence]
        src_ids = []
        for c in evidence:
            if c.source not in src_ids:
                src_ids.append(c.source)
        if not src_ids:
            src_ids = [fact.subject] if fact.rtype == "source" else []
        return Answer(
            kind=AnswerKind.FACT, body=body, lang=r.lang,
            sources=tuple(self.index.source_refs(src_ids)),
            quotes=tuple(Quote(source_id=c.source, text=c.quote) for c in evidence if c.quote),
            facts=(fact.id,) + ((also.id,) if also is not None else ()) + tuple(v.id for v in variants),
            confidence=round(confidence, 3),
            source_label=r.m("source_label"), label_sep=r.opt("source_sep", ": "),
            quote_note=_quote_note(r, src_ids, self.index),
            citation=r.citation(src_ids) or None, more=more,
        )

    def more(self, summary: Fact, r: Renderer) -> Answer:
        """The rest of a profile: what `fact(summary)` did not say, one sentence a line, with sources."""
        facts = more_facts(r, summary, r.body(summary))
        if not facts:
            return Answer(kind=AnswerKind.DECLINE, body=r.m("decline"), lang=r.lang, source_label=r.m("source_label"))
        evidence = []
        for f, _ in facts:
            evidence += [c for c in f.evidence if c not in evidence]
        src_ids = list(dict.fromkeys(c.source for c in evidence))
        return Answer(
            kind=AnswerKind.FACT, body="\n".join(f"\u2022 {text}" for _, text in facts), lang=r.lang,
            sources=tuple(self.index.source_refs(src_ids)),
            quotes=tuple(Quote(source_id=c.source, text=c.quote) for c in evidence if c.quote),
            facts=tuple(f.id for f, _ in facts), confidence=1.0,
            source_label=r.m("source_label"), label_sep=r.opt("source_sep", ": "),
            quote_note=_quote_note(r, src_ids, self.index), citation=r.citation(src_ids) or None,
        )

    def listed(self, facts: list[Fact], r: Renderer, *, confidence: float) -> Answer:
        """The answer naming each of several records a question asks for (listing.py): one line each, its name and
        what its fact says, with the sources of all."""
        lines = []
        for f in facts:
            lines.append(f"\u2022 {with_its_name(r.body(f), f.subject, r)}")
        evidence = []
        for f in facts:
            evidence += [c for c in f.evidence if c not in evidence]
        src_ids = list(dict.fromkeys(c.source for c in evidence))
        return Answer(
            kind=AnswerKind.FACT, body="\n".join(lines), lang=r.lang,
            sources=tuple(self.index.source_refs(src_ids)),
            quotes=tuple(Quote(source_id=c.source, text=c.quote) for c in evidence if c.quote),
            facts=tuple(f.id for f in facts), confidence=round(confidence, 3),
            source_label=r.m("source_label"), label_sep=r.opt("source_sep", ": "),
            quote_note=_quote_note(r, src_ids, self.index), citation=r.citation(src_ids) or None,
        )

    def _published(self, fact: Fact):
        source = self.index.base.get(fact.evidence[0].source) if fact.evidence else None
        return getattr(source, "published", None) or dt.date.min

    def decline(self, a: Analysis, r: Renderer, *, scored: list[Scored] = ()) -> Answer:
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
        if entity and self._has_asked(a, entity):
            entity = None  # what is asked of it is known: the question asks about something else (another
            # period, another kind of it), and "I don't know <its figure>" would be false
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

    def ambiguous(self, r: Renderer, rivals: tuple[Fact, ...]) -> Answer:
        """Several things fit the question equally: ask which one, with the same question about each."""
        suggestions = tuple(Suggestion(question=r.question(f), fact_id=f.id) for f in rivals[:SUGGESTIONS])
        return Answer(kind=AnswerKind.DECLINE, body=r.m("which_one"), lang=r.lang, suggestions=suggestions,
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

    def _has_asked(self, a: Analysis, entity: str) -> bool:
        """Does the record have a fact of the attribute the question asks first?"""
        rec = self.index.base.get(entity)
        asked = asked_attributes(rec.type, a.tags, a.early_q) if rec and not a.unknown else []
        return bool(asked) and any(f.key == asked[0][0] for f in self.index.by_subject.get(entity, ()))

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

    def smalltalk(self, a: Analysis, r: Renderer, examples: list[str]) -> Answer:
        key = next((k for k in ("help", "greeting", "thanks", "bye") if k in a.smalltalk), "help")
        body = r.m(key)
        if key in ("help", "greeting"):
            body += "\n" + "\n".join(f"\u2022 {q}" for q in examples)
        return Answer(kind=AnswerKind.SMALLTALK, body=body, lang=r.lang, source_label=r.m("source_label"))

    def invalid(self, r: Renderer, problem: str, question: str) -> Answer:
        if problem == "too_long":
            body = r.m("too_long", length=len(question), limit=MAX_QUESTION_CHARS)
        else:
            body = r.m(problem)
        return Answer(kind=AnswerKind.INVALID, body=body, lang=r.lang, source_label=r.m("source_label"))


def _quote_note(r: Renderer, src_ids: list[str], index: FactIndex) -> str | None:
    langs = {s.language for s in index.source_refs(src_ids)}
    if r.lang not in langs and langs:
        return r.m("quote_note") or None
    return None
