"""Engine: the one object adapters talk to. It answers questions from the current fact base.

The fact base and its index are swapped as one immutable snapshot, so a question
answered while an admin's change lands sees either the old or the new base, never a mix.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .answer import Answer, SourceRef
from .answers.responder import CACHE_SIZE, Responder
from .conversation.context import Context
from .facts.factbase import FactBase
from .language.lexicon import DEFAULT_LANG, lexicon
from .understanding.index import FactIndex


class Engine:
    def __init__(self, base: FactBase, *, today: Callable[[], dt.date] = dt.date.today,
                 cache_size: int = CACHE_SIZE) -> None:
        """`cache_size` answers are remembered per fact base (0: none, e.g. to measure the matcher)."""
        self._today = today
        self._cache_size = cache_size
        self._responder = Responder(FactIndex.build(base), today=today, cache_size=cache_size)

    @property
    def base(self) -> FactBase:
        return self._responder.index.base

    def swap(self, base: FactBase) -> None:
        """Make `base` the live fact base (one reference assignment: atomic for readers)."""
        self._responder = Responder(FactIndex.build(base), today=self._today, cache_size=self._cache_size)

    def ask(self, question: str, *, lang: str | None = None, context: Context | None = None) -> Answer:
        """Answer a question; `lang` is a hint (e.g. Telegram's language_code) used when the text does not tell.

        `context` is the conversation's so far (None: a question on its own); the answer's `context`
        is the conversation's after it, to pass with the next question of the same conversation."""
        return self._responder.ask(question, lang_hint=lang, context=context)

    def answer_fact(self, fact_id: str, *, lang: str = "en") -> Answer:
        """Answer one fact by id (a "did you mean" button); a decline if the fact is gone."""
        return self._responder.answer_fact(fact_id, lang=lang)

    def featured(self, *, lang: str = "en", limit: int = 5) -> list[Answer]:
        """A few notable facts, for an empty inline query."""
        return self._responder.featured(lang=lang, limit=limit)

    def examples(self, *, lang: str = "en") -> list[str]:
        """Three example questions the bot answers, for /start."""
        return self._responder.examples(lang=lang)

    def topics(self, *, lang: str = "en") -> dict[str, list[str]]:
        """What the bot can answer, grouped by topic, with example questions, for /help."""
        return self._responder.topics(lang=lang)

    def sources(self) -> list[SourceRef]:
        return self._responder.index.source_refs()

    def message(self, key: str, *, lang: str | None = None, **values) -> str:
        """A UI text (`messages.ui.<key>` of knowledge/data/lang/<lang>.yaml), formatted with `values`;
        English when the language lacks it or its template does not fit the values. Never raises."""
        for code in (lang, DEFAULT_LANG):
            text = lexicon(code).msg("ui." + key, **values)
            if text is not None:
                return text
        return lexicon(DEFAULT_LANG).msg("ui." + key) or key  # unformatted, or the key itself if there is no text
