"""The one place exceptions become replies: log with the update id, tell the user briefly, keep serving."""
from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import CallbackQueryLimit
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from knowledge.errors import KnowledgeError

from .context import BotContext, user_lang
from .render import esc
from .send import reply_html

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side while answering. Please try again in a moment."  # if all else fails


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
        note = context.engine.message(error.ui_key, lang=user_lang(update)) if error.ui_key else str(error)
    else:
        log.error("update %s failed", update.update_id, exc_info=error)
        note = _apology(update, context)
    if isinstance(error, Forbidden):  # blocked by the user or removed from the chat: nobody to tell
        return
    try:
        await _tell(update, context.services.redact(note))
    except TelegramError as exc:
        log.warning("update %s: could not tell the user about the error: %s", update.update_id, exc)


def _apology(update: Update, context: BotContext) -> str:
    """The apology in the language of the update's user (English if unknown); the plain one if even that fails."""
    try:
        return context.engine.message("apology", lang=user_lang(update))
    except Exception:  # the services themselves may be what broke
        return APOLOGY


async def _tell(update: Update, note: str) -> None:
    """A button press gets the note as its callback answer (or, if that was answered already, a message)."""
    query = update.callback_query
    if query is not None:
        try:
            await query.answer(note[:CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH])
            return
        except BadRequest:  # answered before the error happened
            pass
    message = update.effective_message
    if isinstance(message, Message) and update.effective_chat is not None:
        await reply_html(message, esc(note))
