"""The one place exceptions become replies: log with the update id, tell the user briefly, keep serving."""
from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

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
        await _tell(update, note)
    except TelegramError as exc:
        log.warning("update %s: could not tell the user about the error: %s", update.update_id, exc)


async def _tell(update: Update, note: str) -> None:
    """A button press gets the note as its callback answer (or, if that was answered already, a message)."""
    query = update.callback_query
    if query is not None:
        try:
            await query.answer(note[:200])
            return
        except BadRequest:  # answered before the error happened
            pass
    message = update.effective_message
    if isinstance(message, Message) and update.effective_chat is not None:
        await reply_html(message, esc(note))
