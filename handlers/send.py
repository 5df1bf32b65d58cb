"""Sending HTML replies (split at Telegram's message limit, quoted in groups) and editing them.

HTML and no link previews are the application's `Defaults` (see DEFAULTS, set in bot/app.py).
"""
from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyKeyboardMarkup
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import Defaults

from .render import split_html

DEFAULTS = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))


async def reply_html(message: Message, html: str, *,
                     reply_markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None = None) -> list[Message]:
    """Reply to `message` with `html`, in as many messages as it takes; the markup goes on the last one."""
    chunks = split_html(html)
    quote = message.chat.type != ChatType.PRIVATE
    sent = []
    for n, chunk in enumerate(chunks, start=1):
        sent.append(await message.reply_text(
            chunk,
            do_quote=quote,
            reply_markup=reply_markup if n == len(chunks) else None,
        ))
    return sent


async def edit_html(query: CallbackQuery, html: str, *, reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace the message a button belongs to; pressing a button twice ("not modified") is no error."""
    try:
        await query.edit_message_text(html, reply_markup=reply_markup)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
