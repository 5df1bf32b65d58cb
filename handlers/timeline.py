"""/timeline [YEAR|MONTH YEAR|TOPIC] and /latest: dated events, agreements and projects, one line
each, paged with ‹ Back / Next › buttons that edit the message in place."""
from __future__ import annotations

import hashlib
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from .context import LANGUAGES, BotContext, BotData, user_lang
from .questions import question_text
from .render import render_answer
from .send import edit_html, reply_html

log = logging.getLogger(__name__)

PREFIX = "tl"
MAX_QUERIES = 2000  # remembered /timeline filters, for the page buttons
_DATA = re.compile(rf"{PREFIX}\|({'|'.join(LANGUAGES)})\|(\d{{1,4}})\|([0-9a-f]{{12}})")


def _token(query: str, bot_data: BotData) -> str:
    token = hashlib.sha256(query.encode()).hexdigest()[:12]
    if token not in bot_data.timeline_queries and len(bot_data.timeline_queries) >= MAX_QUERIES:
        bot_data.timeline_queries.pop(next(iter(bot_data.timeline_queries)))
    bot_data.timeline_queries[token] = query
    return token


def _keyboard(context: BotContext, lang: str, query: str, page: int, pages: int) -> InlineKeyboardMarkup | None:
    if pages <= 1:
        return None
    token = _token(query, context.bot_data)
    row = []
    if page > 0:
        row.append(InlineKeyboardButton(context.engine.message("timeline_prev", lang=lang),
                                        callback_data=f"{PREFIX}|{lang}|{page - 1}|{token}"))
    if page < pages - 1:
        row.append(InlineKeyboardButton(context.engine.message("timeline_next", lang=lang),
                                        callback_data=f"{PREFIX}|{lang}|{page + 1}|{token}"))
    return InlineKeyboardMarkup([row])


async def on_timeline(update: Update, context: BotContext) -> None:
    """/timeline [filter]: the first page."""
    message = update.effective_message
    lang = user_lang(update) or "en"
    query = question_text(message, context.bot.id, context.bot.username)
    result = context.engine.timeline(query, lang=lang)
    await reply_html(message, render_answer(result.answer),
                     reply_markup=_keyboard(context, result.answer.lang, query, result.page, result.pages))


async def on_latest(update: Update, context: BotContext) -> None:
    """/latest: what the newest source added."""
    result = context.engine.latest(lang=user_lang(update) or "en")
    await reply_html(update.effective_message, render_answer(result.answer))


async def on_timeline_page(update: Update, context: BotContext) -> None:
    """A page button: that page in place of the message."""
    query = update.callback_query
    match = _DATA.fullmatch(query.data or "")
    text = context.bot_data.timeline_queries.get(match.group(3)) if match else None
    if match is None or text is None:
        log.info("update %s: stale or forged timeline callback", update.update_id)
        await query.answer(context.engine.message("stale_button", lang=user_lang(update)))
        return
    lang, page = match.group(1), int(match.group(2))
    result = context.engine.timeline(text, lang=lang, page=page)
    await query.answer()
    await edit_html(query, render_answer(result.answer),
                    reply_markup=_keyboard(context, lang, text, result.page, result.pages))
