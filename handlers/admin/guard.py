"""Who may use the admin commands: owners and granted admins, in private chats. Everyone else is refused.

A refusal changes nothing, is logged with the user id, and is raised as a domain
error (AdminOnly, OwnerOnly, PrivateChatOnly) for handlers.errors to reply with.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.constants import ChatType

from knowledge.errors import AdminOnly, OwnerOnly, PrivateChatOnly

from ..context import BotContext

log = logging.getLogger(__name__)

Callback = Callable[[Update, BotContext], Awaitable[Any]]


def actor(update: Update) -> str:
    """Who made a change, as the audit log records it: the Telegram user id."""
    return str(update.effective_user.id)


def check(update: Update, context: BotContext, action: str, *, owners_only: bool = False) -> None:
    """Raise (and log) unless the sender may do `action` here."""
    user = update.effective_user
    services = context.services
    uid = user.id if user else None
    allowed = services.is_owner(uid) if owners_only else services.is_admin(uid)
    chat = update.effective_chat
    if not allowed:
        log.warning("refused %s to user %s in chat %s", action, uid, chat.id if chat else None)
        raise OwnerOnly(action) if owners_only else AdminOnly(action)
    if chat is None or chat.type != ChatType.PRIVATE:
        log.info("refused %s to admin %s outside a private chat", action, uid)
        raise PrivateChatOnly(action if action.startswith("/") else "the command")


def guarded(action: str, *, owners_only: bool = False) -> Callable[[Callback], Callback]:
    """Decorate a handler callback so it runs only for those allowed `action`."""
    def wrap(callback: Callback) -> Callback:
        @functools.wraps(callback)
        async def run(update: Update, context: BotContext) -> Any:
            check(update, context, action, owners_only=owners_only)
            return await callback(update, context)
        return run
    return wrap
