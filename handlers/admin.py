"""Admin commands (owned by the store/admin work; placeholder until it lands)."""
from __future__ import annotations

from telegram import BotCommand
from telegram.ext import BaseHandler

ADMIN_COMMANDS: list[BotCommand] = []


def admin_handlers() -> list[BaseHandler]:
    """The admin handlers, in order; register() puts them before the catch-all question handler."""
    return []
