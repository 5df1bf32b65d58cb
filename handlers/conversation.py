"""Which conversation a message belongs to, so a follow-up is read in its context.

A private chat is one conversation; in a group each user has their own (two people asking at
once do not answer each other's "it"); a reply to one of the bot's answers continues the
conversation that answer ended. Contexts live in memory (knowledge.conversation.Conversations)
and expire after CONTEXT_TTL_SECONDS of quiet.
"""
from __future__ import annotations

from collections.abc import Hashable

from telegram import Message
from telegram.constants import ChatType

from knowledge.conversation import Context, Conversations


def chat_key(message: Message) -> Hashable:
    if message.chat.type == ChatType.PRIVATE or message.from_user is None:
        return ("chat", message.chat.id)
    return ("user", message.chat.id, message.from_user.id)


def answer_key(chat_id: int, message_id: int) -> Hashable:
    return ("answer", chat_id, message_id)


def context_for(conversations: Conversations, message: Message, bot_id: int) -> Context | None:
    """The context a question is read in: the replied-to answer's, else its conversation's."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        ctx = conversations.get(answer_key(message.chat.id, replied.message_id))
        if ctx is not None:
            return ctx
    return conversations.get(chat_key(message))


def remember(conversations: Conversations, message: Message, ctx: Context | None, sent: list[Message]) -> None:
    """Keep the context after an answer for the conversation and for each message of the answer."""
    conversations.put(chat_key(message), ctx)
    for m in sent:
        conversations.put(answer_key(m.chat.id, m.message_id), ctx)
