"""Engine: the one object adapters talk to. It answers questions from the current fact base.

The fact base and its index are swapped as one immutable snapshot, so a question
answered while an admin's change lands sees either the old or the new base, never a mix.
"""
from __future__ import annotations

import datetime as dt
import gc
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .answer import Answer, SourceRef
from .answers.responder import CACHE_SIZE, Responder
from .cache import cached, code_fingerprint, fingerprint
from .conversation.context import Context
from .digest import Digest, digest_of
from .heap import give_back
from .facts.factbase import FactBase
from .language.invisible import visible_text
from .language.lexicon import DEFAULT_LANG, languages, languages_key, lexicon
from .store.audit import ChangeEntry
from .understanding.index import FactIndex
from .understanding.matcher import hint_lang


_gc_lock = threading.Lock()
_gc_builds = 0  # builds running now (in any thread): the collector is back on when the last one ends
_gc_was_enabled = True


@contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector off while an index is built, and what the build made frozen after.

    A build at 100,000 records makes millions of objects that all live as long as the index:
    the collector would pause again and again to scan them (a third of the build time), and a
    full collection after the build would scan them all once more, seconds during which no
    other thread (the bot's event loop) runs. Frozen, they are left out of every later
    collection; they are still freed by reference counting when the index is dropped.
    """
    global _gc_builds, _gc_was_enabled
    with _gc_lock:
        if _gc_builds == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_builds += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_builds -= 1
            if _gc_builds == 0:
                gc.freeze()
                if _gc_was_enabled:
                    gc.enable()


def build_responder(base: FactBase, *, today: Callable[[], dt.date], cache_size: int,
                    cache_key: str | None = None) -> Responder:
    """A responder over `base`, its index built with the collector off (see no_gc); with `cache_key`
    (a hash of the facts, see Store.digest), the index is read from the start-up cache when it was
    built from the same facts by the same code and language files before."""
    with no_gc():
        if cache_key is None:
            index = _build(base)
        else:
            key = fingerprint((), cache_key, code_fingerprint(Path(__file__).parent), languages_key())
            index = cached("index", key, lambda: _build(base), shared=_shared(base))
        return Responder(index, today=today, cache_size=cache_size)


def _build(base: FactBase) -> FactIndex:
    """FactIndex.build, and what its scaffolding occupied handed back to the system (see heap.py)."""
    index = FactIndex.build(base)
    give_back()
    return index


def _shared(base: FactBase) -> dict[str, object]:
    """What an index refers to that is not its own (see cache.cached): the fact base, its records and
    the lexicons' words, stored as references, so they are these very objects when the index is read
    back. (A fact's evidence is stored with it: finding each citation in the records costs more.)"""
    langs = languages()
    return {"base": base, "typo": langs.typo, "stopwords": langs.stopwords, "vocabulary": langs.vocabulary,
            **{f"record:{rec.id}": rec for rec in base}}


RELEASE_WAIT_S = 5.0  # how long a replaced responder may stay in use by a question being answered


def release(box: list[Responder]) -> None:
    """Free a responder that is no longer live (handed over alone in `box`) a piece at a time.

    Dropping it whole would free millions of objects in one go, holding the interpreter lock
    for seconds at 100,000 records, and so stall the event loop as surely as building on it.
    Emptied container by container, entry by entry, the interpreter switches threads as it
    goes. A question still being answered from it is waited for; if it is still in use after
    RELEASE_WAIT_S, it is left to reference counting.
    """
    responder = box.pop()
    deadline = time.monotonic() + RELEASE_WAIT_S
    while sys.getrefcount(responder) > 2 and time.monotonic() < deadline:  # 2: `responder` and the argument
        time.sleep(0.005)
    if sys.getrefcount(responder) > 2:
        return
    index = responder.index
    _empty(responder.__dict__.get("_cache"))
    del responder
    containers = [v for k, v in vars(index).items() if k not in ("base", "facts") and isinstance(v, (dict, list))]
    if index.typo is not None:
        containers += [vars(index.typo).get("_words"), vars(index.typo).get("_deletes")]
    for container in containers:
        _empty(container)
    index.facts.clear()
    base = index.base
    del index
    if sys.getrefcount(base) == 2:  # nothing else holds the old fact base either: its records too
        _empty(base.records)
    give_back()  # (what the replaced index held: the next build would reuse it, but only if as large)


def _empty(container: dict | list | None) -> None:
    """Empty a dict or list entry by entry (see `release`)."""
    if isinstance(container, dict):
        while container:
            container.popitem()
    elif isinstance(container, list):
        while container:
            container.pop()


class Engine:
    def __init__(self, base: FactBase, *, today: Callable[[], dt.date] = dt.date.today,
                 cache_size: int = CACHE_SIZE, cache_key: str | None = None) -> None:
        """`cache_size` answers are remembered per fact base (0: none, e.g. to measure the matcher);
        `cache_key` (Store.digest) reads the index from the start-up cache (see build_responder)."""
        self._today = today
        self._cache_size = cache_size
        self._swap_lock = threading.Lock()
        self._swap_ticket = self._live_ticket = 0
        self._responder = build_responder(base, today=today, cache_size=cache_size, cache_key=cache_key)

    @property
    def base(self) -> FactBase:
        return self._responder.index.base

    def swap(self, base: FactBase) -> None:
        """Make `base` the live fact base (one reference assignment: atomic for readers).

        The index is built in the calling thread, which the bot keeps off its event loop (see
        bot/runtime.py): questions go on being answered from the old base meanwhile. Calls are
        numbered as they come, so when builds overlap the base handed over last stays live.
        """
        with self._swap_lock:
            self._swap_ticket += 1
            ticket = self._swap_ticket
        responder = build_responder(base, today=self._today, cache_size=self._cache_size)
        with self._swap_lock:
            if ticket > self._live_ticket:
                self._live_ticket = ticket
                responder, self._responder = self._responder, responder  # `responder` is now the one replaced
        box = [responder]
        del responder
        release(box)

    def ask(self, question: str, *, lang: str | None = None, context: Context | None = None) -> Answer:
        """Answer a question; `lang` is a hint (e.g. Telegram's language_code) used when the text does not tell.

        `context` is the conversation's so far (None: a question on its own); the answer's `context`
        is the conversation's after it, to pass with the next question of the same conversation.
        Invisible characters (zero-width, soft hyphens, controls) are removed from the question first."""
        return self._responder.ask(visible_text(question), lang_hint=lang, context=context)

    def answer_fact(self, fact_id: str, *, lang: str = "en") -> Answer:
        """Answer one fact by id (a "did you mean" button); a decline if the fact is gone."""
        return self._responder.answer_fact(fact_id, lang=lang)

    def more(self, fact_id: str, *, lang: str = "en") -> Answer:
        """The rest of a profile ("Tell me about X": `answer.more` further facts), for a "More" button."""
        return self._responder.more(fact_id, lang=lang)

    def fact_ids(self) -> Iterable[str]:
        """The ids of every fact answer_fact answers (a button's hashed fact id is looked up among them);
        a copy, since a swap empties the replaced index."""
        return list(self._responder.index.facts)

    def timeline(self, query: str = "", *, lang: str = "en", page: int = 0):
        """/timeline [YEAR|MONTH YEAR|TOPIC]: dated events, agreements and projects in date order, one page."""
        return self._responder.timeline(query, lang=lang, page=page)

    def latest(self, *, lang: str = "en"):
        """/latest: what the newest source added to the timeline."""
        return self._responder.latest(lang=lang)

    def digest(self, entries: Iterable[ChangeEntry], *, lang: str | None = None) -> Digest | None:
        """What a change's entries added or changed, for subscribed chats ("New: … (source)"), in `lang`;
        None when it tells of nothing this fact base still holds."""
        return digest_of(self._responder, entries, lang=hint_lang(lang), today=self._today())

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
