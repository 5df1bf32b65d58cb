"""Inline mode: `@bot question` in any chat offers up to five answer cards; an empty query, featured facts."""
from __future__ import annotations

import hashlib

from telegram import (InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update)

from knowledge.answer import Answer

from .context import BotContext, user_lang
from .render import render_card

MAX_RESULTS = 5
CACHE_SECONDS = 60


async def on_inline_query(update: Update, context: BotContext) -> None:
    """Answer an inline query with answer cards (title, short description, full answer with source)."""
    query = update.inline_query
    text = query.query.strip()
    lang = user_lang(update) or "en"
    cards: list[tuple[str, Answer]] = []
    if not text:
        cards = [(_first_sentence(a.body), a) for a in context.engine.featured(lang=lang, limit=MAX_RESULTS)]
    else:
        answer = context.engine.ask(text, lang=user_lang(update))
        if answer.answered:
            cards.append((text, answer))
        for s in answer.suggestions:
            suggested = context.engine.answer_fact(s.fact_id, lang=answer.lang)
            if suggested.answered:
                cards.append((s.question, suggested))
    results, seen = [], set()
    for title, answer in cards:
        key = hashlib.sha256("|".join(answer.facts or (answer.body,)).encode()).hexdigest()[:32]
        if key in seen:
            continue
        seen.add(key)
        results.append(_article(key, title, answer))
        if len(results) == MAX_RESULTS:
            break
    button = None
    if not results:
        button = InlineQueryResultsButton(text=context.engine.message("inline_no_answer", lang=lang),
                                          start_parameter="inline")
    await query.answer(results, cache_time=CACHE_SECONDS, button=button)


def _article(result_id: str, title: str, answer: Answer) -> InlineQueryResultArticle:
    description = answer.body if len(answer.body) <= 150 else answer.body[:149] + "\u2026"
    return InlineQueryResultArticle(
        id=result_id,
        title=_clip(title, 150),
        description=f"{description}\n{answer.source_line()}".strip(),
        input_message_content=InputTextMessageContent(
            render_card(answer),
        ),
    )


def _first_sentence(text: str) -> str:
    for end in (". ", "! ", "? "):
        if end in text:
            return text.split(end, 1)[0] + end.strip()
    return text


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
