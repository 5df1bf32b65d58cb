"""/grant USER_ID and /revoke USER_ID: owners give and take admin rights (by Telegram user id, never username)."""
from __future__ import annotations

import logging

from telegram import BotCommandScopeChat, Update
from telegram.error import TelegramError

from .guard import guarded
from .menu import granted_admin_menu
from ..context import BotContext
from ..render import esc
from ..send import reply_html

log = logging.getLogger(__name__)


def _user_id(context: BotContext) -> int | None:
    if not context.args or not context.args[0].isdigit():
        return None
    value = int(context.args[0])
    return value if 0 < value < 2**53 else None


async def _usage(update: Update, context: BotContext, command: str) -> None:
    admins = context.services.store.grants.all()
    listed = ", ".join(f"<code>{g.user_id}</code>" for g in admins) or "none"
    await reply_html(update.effective_message,
                     f"Send /{command} and a Telegram user id (a number; usernames can change), "
                     f"e.g. /{command} 123456789. Admins granted so far: {listed}.")


@guarded("/grant", owners_only=True)
async def on_grant(update: Update, context: BotContext) -> None:
    """/grant USER_ID: make a user an admin and give them the admin command menu."""
    user_id = _user_id(context)
    if user_id is None:
        await _usage(update, context, "grant")
        return
    if context.services.is_owner(user_id):
        await reply_html(update.effective_message, f"<code>{user_id}</code> is an owner already.")
        return
    new = context.services.store.grants.grant(user_id, by=str(update.effective_user.id))
    log.info("user %s granted admin rights to %s", update.effective_user.id, user_id)
    note = ""
    try:
        await context.bot.set_my_commands(granted_admin_menu(), scope=BotCommandScopeChat(user_id))
    except TelegramError as exc:
        log.info("could not set the admin menu for %s: %s", user_id, exc)
        note = " (Their admin command menu appears once they have started a chat with me and you /grant again.)"
    state = "is now an admin" if new else "was an admin already"
    await reply_html(update.effective_message, f"<code>{user_id}</code> {state}.{esc(note)}")


@guarded("/revoke", owners_only=True)
async def on_revoke(update: Update, context: BotContext) -> None:
    """/revoke USER_ID: take admin rights away (owners stay owners)."""
    user_id = _user_id(context)
    if user_id is None:
        await _usage(update, context, "revoke")
        return
    if context.services.is_owner(user_id):
        await reply_html(update.effective_message, f"<code>{user_id}</code> is an owner (from the settings); "
                                                   "owners cannot be revoked here.")
        return
    removed = context.services.store.grants.revoke(user_id)
    log.info("user %s revoked admin rights of %s", update.effective_user.id, user_id)
    if removed:
        try:
            await context.bot.delete_my_commands(scope=BotCommandScopeChat(user_id))
        except TelegramError as exc:
            log.info("could not reset the command menu of %s: %s", user_id, exc)
    state = "is no longer an admin" if removed else "was not an admin"
    await reply_html(update.effective_message, f"<code>{user_id}</code> {state}.")
