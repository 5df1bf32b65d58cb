"""What the handlers need from the application, as a type of their own.

bot/runtime.Services satisfies it; handlers never import bot/ (the layers run
bot → handlers → knowledge), and tests may hand in anything that has these members.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from knowledge.answer import Answer
    from knowledge.engine import Engine
    from knowledge.store import Store


class HandlerSettings(Protocol):
    flood_limit_per_minute: int
    flood_pause_seconds: float
    context_ttl_seconds: float  # a conversation's follow-up context expires after this much quiet
    digest_delay_seconds: float  # a change's digest waits this long (an undo meanwhile cancels it)


class Services(Protocol):
    settings: HandlerSettings
    store: "Store | None"

    @property
    def engine(self) -> "Engine": ...

    def is_owner(self, user_id: int | None) -> bool: ...

    def is_admin(self, user_id: int | None) -> bool: ...

    def log_question(self, *, question: str, chat_type: str, answer: "Answer") -> None: ...

    def flush_questions(self) -> None: ...  # write the logged questions kept in memory (before reading the log)

    def redact(self, text: str) -> str: ...
