"""The one place exceptions become replies: log with the update id, tell the user briefly, keep serving."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError

from knowledge.errors import KnowledgeError

from .context import BotContext
from .render import esc
from .send import reply_html

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side while answering. Please try again in a moment."


async def on_error(update: object, context: BotContext) -> None:
    """Log the exception with the update id; apologise to the user who triggered it."""
    error = context.error
    if not isinstance(update, Update):
        if isinstance(error, NetworkError):  # polling hiccups: Telegram unreachable, 5xx, timeouts
            log.warning("Telegram API problem: %s", error)
        else:
            log.error("Error outside any update", exc_info=error)
        return
    if isinstance(error, KnowledgeError):
        log.info("update %s: %s", update.update_id, error)
        note = str(error)
    else:
        log.error("update %s failed", update.update_id, exc_info=error)
        note = APOLOGY
    if isinstance(error, Forbidden):  # blocked by the user or removed from the chat: nobody to tell
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(note[:200])
        elif update.effective_message is not None and update.effective_chat is not None:
            await reply_html(update.effective_message, esc(note))
    except TelegramError as exc:
        log.warning("update %s: could not tell the user about the error: %s", update.update_id, exc)
