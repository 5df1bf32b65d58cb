"""Questions: private text, group messages addressed to the bot (mention, reply, /ask), flood control."""
from __future__ import annotations

import logging
import re

from telegram import Message, MessageEntity, Update
from telegram.ext import filters

from .context import BotContext, user_lang
from .conversation import context_for, remember
from .flood import Verdict
from .render import esc, render_answer
from .send import reply_html
from .more import more_keyboard
from .suggestions import suggestion_keyboard

log = logging.getLogger(__name__)


class AddressedToBot(filters.MessageFilter):
    """A group message for the bot: it @mentions the bot, text-mentions it, or replies to it."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        if _mention_spans(message, bot.id, bot.username):
            return True
        return replies_to_bot(message, bot.id)


ADDRESSED_TO_BOT = AddressedToBot(name="AddressedToBot")


def replies_to_bot(message: Message, bot_id: int) -> bool:
    """True if `message` replies to one of the bot's messages (a forum topic's creation message does not count)."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != bot_id:
        return False
    if replied.forum_topic_created is not None:
        return False
    return not (message.is_topic_message and replied.message_id == message.message_thread_id)


def question_text(message: Message, bot_id: int, bot_username: str | None) -> str:
    """The message text without the leading /command and without mentions of the bot."""
    text = message.text or ""
    spans = _mention_spans(message, bot_id, bot_username)
    spans += [(e.offset, e.length) for e in message.entities
              if e.type == MessageEntity.BOT_COMMAND and e.offset == 0]
    if spans:
        units = text.encode("utf-16-le")
        for offset, length in sorted(spans, reverse=True):
            units = units[: offset * 2] + b" " + b"\x00" + units[(offset + length) * 2:]
        text = units.decode("utf-16-le")
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,:;\u2014-").strip()


def _mention_spans(message: Message, bot_id: int, bot_username: str | None) -> list[tuple[int, int]]:
    """(offset, length) in UTF-16 units of every mention of the bot, matched case-insensitively."""
    wanted = f"@{bot_username}".lower() if bot_username else None
    spans = []
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if entity.type == MessageEntity.MENTION and wanted and value.lower() == wanted:
            spans.append((entity.offset, entity.length))
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            spans.append((entity.offset, entity.length))
    return spans


async def on_private_text(update: Update, context: BotContext) -> None:
    """Answer any text in a private chat as a question."""
    await answer_question(update, context, update.effective_message.text or "")


async def on_group_text(update: Update, context: BotContext) -> None:
    """Answer a group message that mentions or replies to the bot, without the mention."""
    message = update.effective_message
    await answer_question(update, context, question_text(message, context.bot.id, context.bot.username))


async def on_ask(update: Update, context: BotContext) -> None:
    """/ask QUESTION (or /ask in reply to a message holding the question)."""
    message = update.effective_message
    question = question_text(message, context.bot.id, context.bot.username)
    replied = message.reply_to_message
    if not question and replied is not None and replied.text and not replies_to_bot(message, context.bot.id):
        question = replied.text.strip()
    await answer_question(update, context, question)


async def on_unknown_command(update: Update, context: BotContext) -> None:
    """Point a private chat's unknown /command to /help."""
    await reply_html(update.effective_message, esc(context.engine.message("unknown_command", lang=user_lang(update))))


async def on_not_text(update: Update, context: BotContext) -> None:
    """Explain that only text questions are understood (stickers, photos ... in a private chat)."""
    await reply_html(update.effective_message, esc(context.engine.message("not_text", lang=user_lang(update))))


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Flood check, ask the engine, log the question, reply in HTML (with "did you mean" buttons)."""
    message = update.effective_message
    user = update.effective_user
    verdict = context.flood.check(user.id if user else message.chat.id)
    if verdict is Verdict.IGNORE:
        log.debug("update %s: flood pause, ignored", update.update_id)
        return
    if verdict is Verdict.WARN:
        await reply_html(message, esc(context.engine.message("slow_down", lang=user_lang(update))))
        return
    if not question:
        await reply_html(message, _empty_question_hint(context, update))
        return
    conversations = context.bot_data.conversations
    ctx = context_for(conversations, message, context.bot.id) if conversations is not None else None
    engine = context.engine  # (once: each look checks the store for changes made elsewhere)
    answer = engine.ask(question, lang=user_lang(update), context=ctx)
    context.services.log_question(question=question, chat_type=message.chat.type, answer=answer)
    keyboard = suggestion_keyboard(answer) or more_keyboard(answer, engine.message("more_button", lang=answer.lang))
    sent = await reply_html(message, render_answer(answer), reply_markup=keyboard)
    if conversations is not None:
        remember(conversations, message, answer.context, sent)


def _empty_question_hint(context: BotContext, update: Update) -> str:
    lang = user_lang(update)
    examples = context.engine.examples(lang=lang or "en")
    example = examples[0] if examples else context.engine.message("ask_example", lang=lang)
    return esc(context.engine.message("ask_hint", lang=lang, example=example))
