"""The informational commands: /start, /help, /about, /sources."""
from __future__ import annotations

from telegram import BotCommand, KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.constants import ChatType

from .context import BotContext, user_lang
from .render import esc
from .send import reply_html

PRIVATE_COMMANDS = [
    BotCommand("start", "Welcome and example questions"),
    BotCommand("help", "What I can answer"),
    BotCommand("about", "What this bot is and where its facts come from"),
    BotCommand("sources", "The sources I rely on"),
]
GROUP_COMMANDS = [
    BotCommand("ask", "Ask a question: /ask When was AZPROMO founded?"),
    BotCommand("help", "What I can answer"),
    BotCommand("about", "What this bot is and where its facts come from"),
    BotCommand("sources", "The sources I rely on"),
]


async def start(update: Update, context: BotContext) -> None:
    """Welcome the user with three example questions (as buttons in a private chat)."""
    message = update.effective_message
    examples = context.engine.examples(lang=user_lang(update) or "en")[:3]
    lines = [
        "Hello! I answer questions about the China\u2013Azerbaijan investment partnership "
        "and cite the source of every answer.",
        "",
        "Try for example:",
        *(f"\u2022 {esc(q)}" for q in examples),
        "",
        "Send /help to see everything I can answer.",
    ]
    markup = None
    if message.chat.type == ChatType.PRIVATE and examples:
        markup = ReplyKeyboardMarkup([[KeyboardButton(q)] for q in examples],
                                     one_time_keyboard=True, resize_keyboard=True,
                                     input_field_placeholder="Ask a question")
    await reply_html(message, "\n".join(lines), reply_markup=markup)


async def help_(update: Update, context: BotContext) -> None:
    """List what the bot can answer, grouped by topic, and how to ask in groups and inline."""
    me = context.bot.username
    lines = ["<b>What I can answer</b>"]
    for topic, questions in context.engine.topics(lang=user_lang(update) or "en").items():
        lines += ["", f"<b>{esc(topic)}</b>", *(f"\u2022 {esc(q)}" for q in questions)]
    lines += [
        "",
        "<b>How to ask</b>",
        "\u2022 In a private chat, just send your question.",
        f"\u2022 In a group, mention me (@{esc(me)} your question), reply to one of my messages, "
        "or use /ask your question.",
        f"\u2022 In any chat, type @{esc(me)} and your question to share an answer.",
        "",
        "/about \u2013 what this bot is \u00b7 /sources \u2013 where the facts come from",
    ]
    await reply_html(update.effective_message, "\n".join(lines))


async def about(update: Update, context: BotContext) -> None:
    """Say what the bot is and where its facts come from."""
    sources = context.engine.sources()
    lines = [
        "<b>partnerbot</b> answers questions about the China\u2013Azerbaijan investment partnership: "
        "the organizations, people, meetings and agreements involved.",
        "",
        "Every answer comes from a curated fact base in which each fact cites the source sentence "
        "that states it, and every answer ends with its source. When I don't know something, I say so.",
    ]
    if sources:
        cited = "; ".join(esc(s.line()) for s in sources)
        lines += ["", f"Facts currently come from {len(sources)} source(s): {cited}. See /sources."]
    await reply_html(update.effective_message, "\n".join(lines))


async def sources(update: Update, context: BotContext) -> None:
    """List the sources the bot relies on, with their dates."""
    refs = sorted(context.engine.sources(), key=lambda s: s.published, reverse=True)
    if not refs:
        await reply_html(update.effective_message, "I have no sources loaded right now.")
        return
    lines = ["<b>Sources</b>"]
    for ref in refs:
        title = esc(ref.title) if ref.title else ""
        if ref.url and title:
            title = f'<a href="{esc(ref.url)}">{title}</a>'
        elif ref.url:
            title = f'<a href="{esc(ref.url)}">{esc(ref.url)}</a>'
        lines.append(f"\u2022 {esc(ref.line())}" + (f" \u2013 {title}" if title else ""))
    await reply_html(update.effective_message, "\n".join(lines))
