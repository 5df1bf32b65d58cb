"""The "More" button under a profile ("Tell me about X"): the rest of what is known about X."""
from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from knowledge.answer import Answer

from .context import BotContext, user_lang
from .render import render_answer
from .send import edit_html, reply_html
from .suggestions import decode, encode

log = logging.getLogger(__name__)

PREFIX = "more"


def more_keyboard(answer: Answer, label: str) -> InlineKeyboardMarkup | None:
    """One "More" button for a profile that has more to tell."""
    if not answer.answered or not answer.more or not answer.facts:
        return None
    data = encode(answer.facts[0], answer.lang, prefix=PREFIX)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])


async def on_more(update: Update, context: BotContext) -> None:
    """A pressed "More": the rest of the profile as a new message; the button goes."""
    query = update.callback_query
    parsed = decode(query.data, context.engine.fact_ids(), prefix=PREFIX)
    answer = context.engine.more(parsed[1], lang=parsed[0]) if parsed else None
    if answer is None or not answer.answered:
        log.info("update %s: stale or forged 'more' callback", update.update_id)
        await query.answer(context.engine.message("stale_button", lang=parsed[0] if parsed else user_lang(update)))
        return
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    if message is None:
        return
    if message.text:
        await edit_html(query, message.text_html)  # the same text without the button: pressed once is enough
    await reply_html(message, render_answer(answer))
