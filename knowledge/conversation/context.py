"""A conversation's context, and where adapters keep one per conversation.

A Context is small and immutable: the record the last answer was about (its subject), the
records the answer named that the question did not (`fresh`: "Who heads AZPROMO?" -> Yusif
Abdullayev), earlier ones, and what was asked (the attribute's tags), so that "by whom?" or
"what about the NDRC?" can be read as the whole question. It holds record ids and tags only,
never text from the user.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from pydantic import BaseModel, ConfigDict

MAX_ENTITIES = 8  # records remembered, most recent first


class Context(BaseModel):
    model_config = ConfigDict(frozen=True)

    subject: str | None = None            # what the last answer (or a declined question) was about
    fresh: tuple[str, ...] = ()           # records the last answer named that its question did not
    entities: tuple[str, ...] = ()        # every record the conversation named, most recent first
    key: str | None = None                # the attribute last answered ("organization.head")
    tags: frozenset[str] = frozenset()    # what the last question asked, as tags ("head", "q_who")
    early_q: frozenset[str] = frozenset()  # its question words that say which kind of answer was wanted
    also_tags: frozenset[str] = frozenset()  # what the last answer's second part answered ("and how much did
    lang: str | None = None                  # it grow?": the change, and the value too), as tags
    unknown: bool = False  # nothing talked about yet, and the last question was about a thing the facts do not know
    someone: bool = False  # the last question asked who someone other than the person it named was, unanswered
    something: bool = False  # ... or which thing of a kind the person it named did ("what document did he sign?")

    @property
    def blank(self) -> bool:
        """Nothing to read a follow-up in: no thing talked about, nor a question about an unknown one."""
        return self.empty and not self.unknown

    @property
    def empty(self) -> bool:
        return not self.entities

    def moved_to(self, subject: str, *, fresh: tuple[str, ...] = (), named: tuple[str, ...] = (),
                 key: str | None = None, tags: frozenset[str] | None = None,
                 early_q: frozenset[str] | None = None, lang: str | None = None,
                 also_tags: frozenset[str] = frozenset()) -> "Context":
        """The context after an answer (or a decline) about `subject`."""
        order = [subject, *fresh, *named, *self.entities]
        entities = tuple(dict.fromkeys(e for e in order if e))[:MAX_ENTITIES]
        return Context(subject=subject, fresh=tuple(e for e in dict.fromkeys(fresh) if e != subject),
                       entities=entities, key=key if key is not None else self.key,
                       tags=self.tags if tags is None else tags,
                       early_q=self.early_q if early_q is None else early_q, lang=lang or self.lang,
                       also_tags=also_tags)

    def asked_also(self) -> "Context | None":
        """The context as if the last question had asked only its answer's second part (None: it had none)."""
        return self.model_copy(update={"tags": self.also_tags, "also_tags": frozenset()}) if self.also_tags else None


class Conversations:
    """The live contexts of an adapter, by conversation key (a chat, a user in a group, a message).

    In memory only: nothing is kept across restarts. A context not used for `ttl` seconds is
    gone; at most `capacity` are kept (the least recently used go first).
    """

    def __init__(self, *, ttl: float = 900.0, capacity: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.capacity = capacity
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Context]] = OrderedDict()

    def get(self, key: Hashable) -> Context | None:
        item = self._items.get(key)
        if item is None:
            return None
        at, ctx = item
        if self._clock() - at > self.ttl:
            del self._items[key]
            return None
        return ctx

    def put(self, key: Hashable, ctx: Context | None) -> None:
        if ctx is None or ctx.blank:
            return
        self._items[key] = (self._clock(), ctx)
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
