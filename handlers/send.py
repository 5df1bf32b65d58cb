"""Sending HTML replies (split at 4,096 characters, quoted in groups, no link previews) and editing them."""
from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyKeyboardMarkup
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest

from .render import split_html

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def reply_html(message: Message, html: str, *,
                     reply_markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None = None) -> list[Message]:
    """Reply to `message` with `html`, in as many messages as it takes; the markup goes on the last one."""
    chunks = split_html(html)
    quote = message.chat.type != ChatType.PRIVATE
    sent = []
    for n, chunk in enumerate(chunks, start=1):
        sent.append(await message.reply_text(
            chunk,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            do_quote=quote,
            reply_markup=reply_markup if n == len(chunks) else None,
        ))
    return sent


async def edit_html(query: CallbackQuery, html: str, *, reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace the message a button belongs to; pressing a button twice ("not modified") is no error."""
    try:
        await query.edit_message_text(html, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                                      reply_markup=reply_markup)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
