"""'Did you mean …?' buttons: their callback data (≤ 64 bytes, validated) and what pressing one does."""
from __future__ import annotations

import hashlib
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import InlineKeyboardButtonLimit

from knowledge.answer import Answer

from .context import LANGUAGES, BotContext, BotData, user_lang
from .render import render_answer, split_html
from .send import edit_html, reply_html

log = logging.getLogger(__name__)

PREFIX = "dym"
MAX_BUTTONS = 3
MAX_CALLBACK_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
MAX_REMEMBERED_IDS = 5000

_PLAIN_ID = re.compile(r"[A-Za-z0-9_.:/\-]{1,56}")
_DATA = re.compile(rf"([a-z]{{2,8}})\|({'|'.join(LANGUAGES)})\|(#[0-9a-f]{{16}}|[A-Za-z0-9_.:/\-]{{1,56}})")


def encode(fact_id: str, lang: str, bot_data: BotData, *, prefix: str = PREFIX) -> str:
    """Callback data for a suggestion; a fact id too long or odd for 64 bytes goes by a remembered token."""
    lang = lang if lang in LANGUAGES else "en"
    if _PLAIN_ID.fullmatch(fact_id):
        data = f"{prefix}|{lang}|{fact_id}"
    else:
        token = hashlib.sha256(fact_id.encode()).hexdigest()[:16]
        if len(bot_data.long_ids) >= MAX_REMEMBERED_IDS:
            bot_data.long_ids.pop(next(iter(bot_data.long_ids)))
        bot_data.long_ids[token] = fact_id
        data = f"{prefix}|{lang}|#{token}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def decode(data: str | None, bot_data: BotData, *, prefix: str = PREFIX) -> tuple[str, str] | None:
    """(lang, fact id) from callback data, or None if it is malformed, forged or no longer known."""
    match = _DATA.fullmatch(data or "")
    if match is None or match.group(1) != prefix:
        return None
    _, lang, ref = match.groups()
    if ref.startswith("#"):
        fact_id = bot_data.long_ids.get(ref[1:])
        return (lang, fact_id) if fact_id else None
    return lang, ref


def suggestion_keyboard(answer: Answer, bot_data: BotData) -> InlineKeyboardMarkup | None:
    """Up to three 'Did you mean …?' buttons for an answer the engine is unsure of."""
    if answer.answered or not answer.suggestions:
        return None
    rows, seen = [], set()
    for s in answer.suggestions:
        if s.fact_id in seen:
            continue
        seen.add(s.fact_id)
        rows.append([InlineKeyboardButton(s.question, callback_data=encode(s.fact_id, answer.lang, bot_data))])
        if len(rows) == MAX_BUTTONS:
            break
    return InlineKeyboardMarkup(rows)


async def on_suggestion(update: Update, context: BotContext) -> None:
    """A pressed 'did you mean' button: answer that question in place of the buttons."""
    query = update.callback_query
    parsed = decode(query.data, context.bot_data)
    answer = context.engine.answer_fact(parsed[1], lang=parsed[0]) if parsed else None
    if answer is None or not answer.answered:
        log.info("update %s: stale or forged suggestion callback", update.update_id)
        await query.answer(_stale(update, context, parsed[0] if parsed else None))
        return
    message = query.message if isinstance(query.message, Message) else None
    context.services.log_question(
        question=_button_text(message, query.data) or parsed[1],
        chat_type=message.chat.type if message else "inline",
        answer=answer,
    )
    await query.answer()
    first, *rest = split_html(render_answer(answer))
    await edit_html(query, first)
    if rest and message is not None:
        await reply_html(message, "\n".join(rest))


async def on_unknown_callback(update: Update, context: BotContext) -> None:
    """Any other callback data (forged, or from an older version of the bot): a polite note."""
    log.info("update %s: unknown callback data", update.update_id)
    await update.callback_query.answer(_stale(update, context))


def _stale(update: Update, context: BotContext, lang: str | None = None) -> str:
    """The 'button no longer works' note, in the button's language, else the user's."""
    return context.engine.message("stale_button", lang=lang or user_lang(update))


def _button_text(message: Message | None, data: str | None) -> str | None:
    markup = message.reply_markup if message else None
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None
