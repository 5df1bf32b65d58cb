"""Typed callback context: handlers reach the services as `context.services`, not via string keys."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from knowledge.conversation import Conversations
from knowledge.language.lexicon import lexicons

from .digests import DigestSender
from .flood import FloodGuard

if TYPE_CHECKING:
    from .services import Services
    from knowledge.engine import Engine

LANGUAGES = tuple(lexicons())  # every language the knowledge core ships a file for


@dataclass
class BotData:
    """Application-wide state, filled in by `handlers.register`."""

    services: "Services | None" = None
    flood: FloodGuard | None = None
    timeline_queries: dict[str, str] = field(default_factory=dict)  # token -> /timeline filter, for page buttons
    conversations: Conversations | None = None  # follow-up contexts, per chat (per user in groups)
    digests: DigestSender | None = None  # sends subscribed chats the digests of changes


class BotContext(CallbackContext[ExtBot, dict, dict, BotData]):
    """The context every handler of partnerbot receives."""

    @property
    def services(self) -> "Services":
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("handlers.register() was not called for this application")
        return services

    @property
    def engine(self) -> "Engine":
        return self.services.engine

    @property
    def flood(self) -> FloodGuard:
        assert self.bot_data.flood is not None, "handlers.register() sets the flood guard"
        return self.bot_data.flood


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)
BotApplication = Application[ExtBot, BotContext, dict, dict, BotData, object]


def user_lang(update: Update) -> str | None:
    """The asker's language as a hint for the engine (en, ru, az, zh), from Telegram's language_code."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    lang = code.split("-")[0].lower()
    return lang if lang in LANGUAGES else None
