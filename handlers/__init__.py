"""Thin Telegram adapters: parse an update, ask the knowledge core, render, reply.

`register()` holds the one ordered list of handlers; `command_menus()` the command
menus the application registers at start.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from telegram import (BotCommand, BotCommandScope, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats,
                      BotCommandScopeChat, BotCommandScopeDefault, Update)
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, InlineQueryHandler, MessageHandler,
                          filters)

from . import commands, more, questions, subscriptions, suggestions, timeline
from .admin import ADMIN_COMMANDS, admin_handlers
from .context import LANGUAGES
from .digests import DEFAULT_INTERVAL, DigestSender
from .errors import on_error
from .flood import FloodGuard
from .inline import on_inline_query
from knowledge.conversation import Conversations

if TYPE_CHECKING:
    from .services import Services
    from knowledge.engine import Engine

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
MENU_LANGUAGES = tuple(code for code in LANGUAGES if code != "en")  # menus besides the default English one

DEFAULT_CONTEXT_TTL = 900.0  # seconds of quiet after which a conversation's context is gone
_NEW = filters.UpdateType.MESSAGE  # edited messages are not asked again
_PRIVATE = filters.ChatType.PRIVATE & _NEW
_GROUPS = filters.ChatType.GROUPS & _NEW


def register(app: Application, services: "Services", *, clock: Callable[[], float] = time.monotonic,
             digest_interval: float = DEFAULT_INTERVAL) -> None:
    """Attach the services to `app` and add every handler, in order, plus the error handler; the digest
    sender (started and stopped with the application by bot/app.py) looks every `digest_interval` seconds."""
    settings = services.settings
    app.bot_data.services = services
    app.bot_data.flood = FloodGuard(limit=settings.flood_limit_per_minute, window=60.0,
                                    pause=settings.flood_pause_seconds, clock=clock)
    app.bot_data.conversations = Conversations(ttl=getattr(settings, "context_ttl_seconds", DEFAULT_CONTEXT_TTL),
                                               clock=clock)
    app.bot_data.digests = DigestSender(app.bot, services, interval=digest_interval)
    app.add_handlers([
        CommandHandler("start", commands.start, filters=_NEW),
        CommandHandler("help", commands.help_, filters=_NEW),
        CommandHandler("about", commands.about, filters=_NEW),
        CommandHandler("sources", commands.sources, filters=_NEW),
        CommandHandler("ask", questions.on_ask, filters=_NEW),
        CommandHandler("timeline", timeline.on_timeline, filters=_NEW),
        CommandHandler("latest", timeline.on_latest, filters=_NEW),
        CommandHandler("subscribe", subscriptions.on_subscribe, filters=_NEW),
        CommandHandler("unsubscribe", subscriptions.on_unsubscribe, filters=_NEW),
        *admin_handlers(),
        CallbackQueryHandler(suggestions.on_suggestion, pattern=rf"^{suggestions.PREFIX}\|"),
        CallbackQueryHandler(more.on_more, pattern=rf"^{more.PREFIX}\|"),
        CallbackQueryHandler(timeline.on_timeline_page, pattern=rf"^{timeline.PREFIX}\|"),
        CallbackQueryHandler(suggestions.on_unknown_callback),
        InlineQueryHandler(on_inline_query),
        MessageHandler(_PRIVATE & filters.TEXT & ~filters.COMMAND, questions.on_private_text),
        MessageHandler(_GROUPS & filters.TEXT & ~filters.COMMAND & questions.ADDRESSED_TO_BOT,
                       questions.on_group_text),
        MessageHandler(_PRIVATE & filters.COMMAND, questions.on_unknown_command),
        MessageHandler(_PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, questions.on_not_text),
    ])
    app.add_error_handler(on_error)


def command_menus(*, owner_ids: frozenset[int] | set[int] = frozenset(), engine: "Engine | None" = None,
                  lang: str | None = None) -> list[tuple[list[BotCommand], BotCommandScope]]:
    """(commands, scope) pairs for set_my_commands: users, groups, and owners (who also see admin commands).

    With `engine` and `lang`, the descriptions of the user commands are in that language (for the
    menus registered with `language_code=lang`; see MENU_LANGUAGES); otherwise English."""
    private, group = commands.PRIVATE_COMMANDS, commands.GROUP_COMMANDS
    if engine is not None and lang is not None:
        private, group = (commands.localized_menu(m, engine, lang) for m in (private, group))
    menus: list[tuple[list[BotCommand], BotCommandScope]] = [
        (private + [group[0]], BotCommandScopeDefault()),
        (private, BotCommandScopeAllPrivateChats()),
        (group, BotCommandScopeAllGroupChats()),
    ]
    if ADMIN_COMMANDS:
        menus += [(private + ADMIN_COMMANDS, BotCommandScopeChat(owner)) for owner in sorted(owner_ids)]
    return menus
