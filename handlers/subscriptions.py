"""/subscribe and /unsubscribe: a chat is told of each admin's change to the events, agreements,
projects and statistics (the digests, sent by handlers/digests.py). In a private chat anyone may;
in a group only its administrators (asked with getChatMember), everyone else is refused politely.
Only the chat id and the chat's language are kept."""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType

from knowledge.errors import GroupAdminsOnly, StoreUnavailable
from knowledge.store.subscriptions import Subscriptions

from .context import BotContext, user_lang
from .render import esc
from .send import reply_html

log = logging.getLogger(__name__)

ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def on_subscribe(update: Update, context: BotContext) -> None:
    """/subscribe: this chat gets a digest of each change from now on (said so again if it already did)."""
    subscriptions = await _allowed(update, context, "/subscribe")
    lang = user_lang(update)
    new = await asyncio.to_thread(subscriptions.subscribe, update.effective_chat.id, lang=lang)
    await _reply(update, context, "subscribed" if new else "already_subscribed", lang)


async def on_unsubscribe(update: Update, context: BotContext) -> None:
    """/unsubscribe: no more digests for this chat (said so if it had none)."""
    subscriptions = await _allowed(update, context, "/unsubscribe")
    gone = await asyncio.to_thread(subscriptions.unsubscribe, update.effective_chat.id)
    await _reply(update, context, "unsubscribed" if gone else "not_subscribed", user_lang(update))


async def _allowed(update: Update, context: BotContext, action: str) -> Subscriptions:
    """The store's subscriptions, once the sender may change this chat's (else GroupAdminsOnly)."""
    chat = update.effective_chat
    if chat.type != ChatType.PRIVATE and not await _chat_admin(update, context):
        user = update.effective_user
        log.info("refused %s to user %s in chat %s: not an administrator", action, user.id if user else None, chat.id)
        raise GroupAdminsOnly(action)
    store = context.services.store
    if store is None:
        raise StoreUnavailable("(none)", "this bot runs without a store")
    return store.subscriptions


async def _chat_admin(update: Update, context: BotContext) -> bool:
    """Is the sender an administrator of the group? (An anonymous administrator writes as the group.)"""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in ADMIN_STATUSES


async def _reply(update: Update, context: BotContext, key: str, lang: str | None) -> None:
    await reply_html(update.effective_message, esc(context.engine.message(key, lang=lang)))
