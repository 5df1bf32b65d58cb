"""Facts to sentences, in the asker's language, from the templates in knowledge/data/lang/*.yaml.

A language that lacks a template falls back to English for that sentence (and the
answer says which language it is in). Names, dates, numbers and lists are written
the way each language writes them.
"""
from __future__ import annotations

import re

from ..facts.atoms import Fact, value_ids
from .phrasing import _capitalize
from ..facts.models import Cited, Source
from .sentences import (AgreementSentences, EventSentences, InitiativeSentences, OrganizationSentences, PersonSentences,
                        SourceSentences)
from .between import BetweenSentences
from .sentences_more import (MoreAgreementSentences, MoreEventSentences, ProjectSentences, StatementSentences,
                             StatisticSentences)

_DOUBLE_STOP = re.compile(r"\.\.(?=\s|$)")


class Renderer(OrganizationSentences, PersonSentences, EventSentences, AgreementSentences, InitiativeSentences,
               SourceSentences, MoreEventSentences, MoreAgreementSentences, ProjectSentences, StatisticSentences,
               StatementSentences, BetweenSentences):
    """Facts to answer sentences in one language (`Renderer(index, lang, today)`)."""

    def body(self, fact: Fact, *, counted: bool = False) -> str:
        """The answer sentence(s); `counted` adds how many there are to a list ("— 3 in all")."""
        rec = self.index.base.get(fact.subject)
        method = (getattr(self, "_" + fact.key.replace(".", "_"), None)  # "_organization_founded"
                  or getattr(self, "_any_" + fact.attribute.partition(":")[0], None))  # said alike of every type
        text = (self._each_source(method, fact, rec) or method(fact, rec)) if method else ""
        values = value_ids(fact, self.index.base)
        if counted and len(values) > 1 and getattr(getattr(rec, fact.attribute, None), "value", None) == values:
            text = text.rstrip().rstrip(".\u3002") + self.m("phrases.count_suffix", n=len(values))
        # a date ending in an abbreviation ("21 апреля 2025 г.") at the end of a sentence: one full stop
        return _capitalize(_DOUBLE_STOP.sub(".", text.strip()))

    def _each_source(self, method, fact: Fact, rec) -> str:
        """Sources that state the value differently: what each says, each with its source, newest last
        (never one picked silently). "" when the value has no variants."""
        attr, _, key = fact.attribute.partition(":")
        cited = getattr(rec, attr, None)
        if attr == "figure":
            cited = rec.figures.get(key)
        if not isinstance(cited, Cited) or not cited.variants or attr == "summary":
            return ""
        def published(claim):
            src = self.index.base.get(claim.source)
            return src.published if isinstance(src, Source) else None
        lines = []
        for claim in sorted(cited.claims(), key=lambda c: (published(c) is None, published(c) or 0)):
            one = type(cited).model_construct(**{k: getattr(claim, k) for k in type(claim).model_fields if k != "variants"},
                                              variants=())
            if attr == "figure":
                variant = rec.model_copy(update={"figures": {**rec.figures, key: one}})
            else:
                variant = rec.model_copy(update={attr: one})
            sources = [c.source for c in claim.citations()]
            lines.append(self.m("phrases.according_to", source=self.citation(sources),
                                text=_capitalize(method(fact, variant).strip())))
        return "\n".join(lines)

    def question(self, fact: Fact) -> str:
        values = {"subject": self.name(fact.subject, article=True)}
        if fact.attribute.startswith("count:"):
            values["measure"] = self.m(f"phrases.measure.{fact.attribute[6:]}") or fact.attribute[6:].replace("_", " ")
        if fact.attribute.startswith("age_at:"):
            values["event"] = self.name(fact.attribute.split(":", 1)[1], full=True)
        return _capitalize(self.m(f"questions.{fact.key}", **values))

    def what(self, key: str, subject: str, measure: str | None = None) -> str:
        values = {"subject": self.name(subject), "measure": measure or ""}
        text = self.lex.msg(f"what.{key}", **values) or self.en.msg(f"what.{key}", **values)
        return text or self.m("what.generic", **values)
