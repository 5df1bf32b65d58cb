"""The informational commands: /start, /help, /about, /sources."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from telegram import BotCommand, KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.constants import BotCommandLimit, ChatType, ReplyLimit

from .context import BotContext, user_lang
from .render import esc
from .send import reply_html

if TYPE_CHECKING:
    from knowledge.engine import Engine

PRIVATE_COMMANDS = [
    BotCommand("start", "Welcome and example questions"),
    BotCommand("help", "What I can answer"),
    BotCommand("about", "What this bot is and where its facts come from"),
    BotCommand("sources", "The sources I rely on"),
    BotCommand("timeline", "Events and agreements by date: /timeline 2025"),
    BotCommand("latest", "What the newest sources added"),
    BotCommand("subscribe", "Get a message when new events or agreements are added"),
    BotCommand("unsubscribe", "Stop those messages"),
]
GROUP_COMMANDS = [
    BotCommand("ask", "Ask a question: /ask When was AZPROMO founded?"),
    BotCommand("help", "What I can answer"),
    BotCommand("about", "What this bot is and where its facts come from"),
    BotCommand("sources", "The sources I rely on"),
    BotCommand("timeline", "Events and agreements by date: /timeline 2025"),
    BotCommand("latest", "What the newest sources added"),
    BotCommand("subscribe", "Get a message when new events or agreements are added"),
    BotCommand("unsubscribe", "Stop those messages"),
]


async def start(update: Update, context: BotContext) -> None:
    """Welcome the user with three example questions (as buttons in a private chat)."""
    message = update.effective_message
    lang = user_lang(update)
    text = _texts(context, lang)
    examples = context.engine.examples(lang=lang or "en")[:3]
    lines = [
        esc(text("welcome")),
        "",
        esc(text("try_examples")),
        *(f"\u2022 {esc(q)}" for q in examples),
        "",
        esc(text("help_pointer")),
    ]
    markup = None
    if message.chat.type == ChatType.PRIVATE and examples:
        markup = ReplyKeyboardMarkup([[KeyboardButton(q)] for q in examples],
                                     one_time_keyboard=True, resize_keyboard=True,
                                     input_field_placeholder=text("input_placeholder")[:ReplyLimit.MAX_INPUT_FIELD_PLACEHOLDER])
    await reply_html(message, "\n".join(lines), reply_markup=markup)


async def help_(update: Update, context: BotContext) -> None:
    """List what the bot can answer, grouped by topic, and how to ask in groups and inline."""
    lang = user_lang(update)
    text = _texts(context, lang)
    bot = f"@{context.bot.username}"
    lines = [f"<b>{esc(text('help_title'))}</b>"]
    for topic, questions in context.engine.topics(lang=lang or "en").items():
        lines += ["", f"<b>{esc(topic)}</b>", *(f"\u2022 {esc(q)}" for q in questions)]
    lines += [
        "",
        f"<b>{esc(text('how_to_ask'))}</b>",
        f"\u2022 {esc(text('how_private'))}",
        f"\u2022 {esc(text('how_group', bot=bot))}",
        f"\u2022 {esc(text('how_inline', bot=bot))}",
        "",
        esc(text("help_footer")),
    ]
    await reply_html(update.effective_message, "\n".join(lines))


async def about(update: Update, context: BotContext) -> None:
    """Say what the bot is and where its facts come from."""
    text = _texts(context, user_lang(update))
    sources = context.engine.sources()
    lines = [f"<b>partnerbot</b> {esc(text('about_intro'))}", "", esc(text("about_method"))]
    if sources:
        cited = "; ".join(s.line() for s in sources)
        lines += ["", esc(text("about_sources", count=len(sources), cited=cited))]
    await reply_html(update.effective_message, "\n".join(lines))


async def sources(update: Update, context: BotContext) -> None:
    """List the sources the bot relies on, with their dates."""
    text = _texts(context, user_lang(update))
    refs = sorted(context.engine.sources(), key=lambda s: s.published, reverse=True)
    if not refs:
        await reply_html(update.effective_message, esc(text("no_sources")))
        return
    lines = [f"<b>{esc(text('sources_title'))}</b>"]
    for ref in refs:
        title = esc(ref.title) if ref.title else ""
        if ref.url and title:
            title = f'<a href="{esc(ref.url)}">{title}</a>'
        elif ref.url:
            title = f'<a href="{esc(ref.url)}">{esc(ref.url)}</a>'
        lines.append(f"\u2022 {esc(ref.line())}" + (f" \u2013 {title}" if title else ""))
    await reply_html(update.effective_message, "\n".join(lines))


def localized_menu(menu: list[BotCommand], engine: "Engine", lang: str) -> list[BotCommand]:
    """`menu` with each description in `lang` (messages.ui.commands.<command>; English if missing)."""
    return [BotCommand(c.command, engine.message(f"commands.{c.command}", lang=lang)[:BotCommandLimit.MAX_DESCRIPTION] or c.description)
            for c in menu]


def _texts(context: BotContext, lang: str | None) -> Callable[..., str]:
    """The UI texts in the user's language: `text(key, **values)`."""
    return lambda key, **values: context.engine.message(key, lang=lang, **values)
