"""Admin commands: the one ordered list of admin handlers and the admin command menu.

Admins (owners from settings, and user ids they /grant) keep the facts current
from a private chat. Every handler checks rights first (handlers.admin.guard);
refusals and domain errors are replied to by handlers.errors.
"""
from __future__ import annotations

import warnings

from telegram import Update
from telegram.ext import (BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler,
                          filters)
from telegram.warnings import PTBUserWarning

from . import add, browse, changes, drafting, edit, grants, importing
from .data import PATTERN, parse
from .flow import end_flow, get_flow
from .guard import check
from .menu import ADMIN_COMMANDS
from ..context import BotContext
from ..send import reply_html

__all__ = ["ADMIN_COMMANDS", "admin_handlers"]

_NEW = filters.UpdateType.MESSAGE
_TEXT = filters.TEXT & ~filters.COMMAND & _NEW
_PRIVATE_DOCUMENT = filters.Document.ALL & filters.ChatType.PRIVATE & _NEW
STALE = "That button no longer works."


async def on_cancel(update: Update, context: BotContext) -> int:
    """/cancel: stop the current /add, /edit or /import; nothing is saved."""
    had = any(get_flow(context, kind) for kind in ("add", "edit", "import"))
    end_flow(context)
    await reply_html(update.effective_message, "Stopped; nothing was saved." if had else "There is nothing to cancel.")
    return ConversationHandler.END


async def on_stale_button(update: Update, context: BotContext) -> None:
    """An admin button no handler took: from an ended conversation, or forged."""
    check(update, context, "admin buttons")
    note = STALE if parse(update.callback_query.data) is not None else STALE + " (unknown button)"
    await update.callback_query.answer(note)


def _conversation() -> ConversationHandler:
    """/add, /edit and /import: one conversation per admin, so starting one ends the other."""
    with warnings.catch_warnings():
        # per_message=False is right here (one flow per user and chat); PTB warns about it anyway
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler(
            entry_points=[
                CommandHandler("add", add.on_add, filters=_NEW),
                CommandHandler("edit", edit.on_edit, filters=_NEW),
                CommandHandler("import", importing.on_import, filters=_NEW),
            ],
            states={
                add.STATE: [
                    MessageHandler(_TEXT, add.on_text),
                    CallbackQueryHandler(add.on_button, pattern=rf"{PATTERN}add\|"),
                ],
                edit.STATE: [
                    MessageHandler(_TEXT, edit.on_text),
                    CallbackQueryHandler(edit.on_button, pattern=rf"{PATTERN}edit\|"),
                ],
                importing.STATE: [
                    MessageHandler(filters.Document.ALL & _NEW, importing.on_flow_document),
                    MessageHandler(_TEXT, importing.on_flow_text),
                ],
            },
            fallbacks=[CommandHandler("cancel", on_cancel, filters=_NEW)],
            allow_reentry=True,
            name="admin",
        )


def admin_handlers() -> list[BaseHandler]:
    """The admin handlers, in order; register() puts them before the catch-all question handler."""
    return [
        _conversation(),
        CommandHandler("cancel", on_cancel, filters=_NEW),
        CommandHandler("facts", browse.on_facts, filters=_NEW),
        CommandHandler("fact", browse.on_fact, filters=_NEW),
        CommandHandler("history", browse.on_history, filters=_NEW),
        CommandHandler("unanswered", browse.on_unanswered, filters=_NEW),
        CommandHandler("stats", browse.on_stats, filters=_NEW),
        CommandHandler("delete", changes.on_delete, filters=_NEW),
        CommandHandler("undo", changes.on_undo, filters=_NEW),
        CommandHandler("export", changes.on_export, filters=_NEW),
        CommandHandler("draft", drafting.on_draft, filters=_NEW),
        CommandHandler("grant", grants.on_grant, filters=_NEW),
        CommandHandler("revoke", grants.on_revoke, filters=_NEW),
        MessageHandler(_PRIVATE_DOCUMENT & importing.CAPTION, importing.on_captioned_document),
        MessageHandler((_PRIVATE_DOCUMENT | filters.PHOTO & filters.ChatType.PRIVATE & _NEW) & drafting.CAPTION,
                       drafting.on_captioned_file),
        MessageHandler(_PRIVATE_DOCUMENT, importing.on_other_document),
        MessageHandler(_TEXT & filters.ChatType.PRIVATE & drafting.LINK_ONLY, drafting.on_link),
        CallbackQueryHandler(browse.on_browse_button, pattern=rf"{PATTERN}(types|facts|fact)(\||$)"),
        CallbackQueryHandler(changes.on_change_button, pattern=rf"{PATTERN}(del|undo)\|"),
        CallbackQueryHandler(drafting.on_button, pattern=rf"{PATTERN}drf\|"),
        CallbackQueryHandler(on_stale_button, pattern=PATTERN),
    ]
