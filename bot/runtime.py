"""Opening the live knowledge: the services every front end (CLI, chat, Telegram) uses."""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.answers import Answer
from knowledge.engine import Engine
from knowledge.loader import load_shipped

from .config import Settings


@dataclass
class Services:
    """What the front ends share: settings, the engine, and (later) the store."""

    settings: Settings
    engine: Engine

    def log_question(self, *, question: str, chat_type: str, answer: Answer) -> None:
        """Record an asked question for /stats and /unanswered (no user ids or names)."""

    def close(self) -> None:
        """Release the store."""


def open_services(settings: Settings) -> Services:
    return Services(settings=settings, engine=Engine(load_shipped()))


def open_engine(settings: Settings) -> Engine:
    """The engine over the live fact base."""
    return open_services(settings).engine
