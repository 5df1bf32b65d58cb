"""Opening the live knowledge: the engine every front end (CLI, chat, Telegram) answers from."""
from __future__ import annotations

from knowledge.engine import Engine
from knowledge.loader import load_shipped

from .config import Settings


def open_engine(settings: Settings) -> Engine:
    """The engine over the live fact base."""
    return Engine(load_shipped())
