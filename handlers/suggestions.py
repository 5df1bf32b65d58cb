"""'Did you mean …?' buttons: their callback data (≤ 64 bytes, validated) and what pressing one does."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import InlineKeyboardButtonLimit

from knowledge.answer import Answer

from . import callback_refs
from .context import LANGUAGES, BotContext, user_lang
from .render import render_answer, split_html
from .send import edit_html, reply_html

log = logging.getLogger(__name__)

PREFIX = "dym"
MAX_BUTTONS = 3
MAX_CALLBACK_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA

_PLAIN_ID = r"[A-Za-z0-9_.:/\-]{1,56}"
_DATA = re.compile(rf"([a-z]{{2,8}})\|({'|'.join(LANGUAGES)})\|({callback_refs.HASHED}|{_PLAIN_ID})")


def encode(fact_id: str, lang: str, *, prefix: str = PREFIX) -> str:
    """Callback data for a suggestion; a fact id too long or odd for 64 bytes goes by its hash."""
    lang = lang if lang in LANGUAGES else "en"
    data = f"{prefix}|{lang}|{callback_refs.ref(fact_id, _PLAIN_ID)}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def decode(data: str | None, fact_ids: Iterable[str], *, prefix: str = PREFIX) -> tuple[str, str] | None:
    """(lang, fact id) from callback data, or None if it is malformed, forged or its fact is gone."""
    match = _DATA.fullmatch(data or "")
    if match is None or match.group(1) != prefix:
        return None
    _, lang, ref = match.groups()
    fact_id = callback_refs.resolve(ref, fact_ids)
    return (lang, fact_id) if fact_id else None


def suggestion_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Up to three 'Did you mean …?' buttons for an answer the engine is unsure of."""
    if answer.answered or not answer.suggestions:
        return None
    rows, seen = [], set()
    for s in answer.suggestions:
        if s.fact_id in seen:
            continue
        seen.add(s.fact_id)
        rows.append([InlineKeyboardButton(s.question, callback_data=encode(s.fact_id, answer.lang))])
        if len(rows) == MAX_BUTTONS:
            break
    return InlineKeyboardMarkup(rows)


async def on_suggestion(update: Update, context: BotContext) -> None:
    """A pressed 'did you mean' button: answer that question in place of the buttons."""
    query = update.callback_query
    parsed = decode(query.data, context.engine.fact_ids())
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
