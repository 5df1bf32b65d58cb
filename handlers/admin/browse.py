"""Admin views that change nothing: /facts (paginated, with buttons), /fact ID, /history, /unanswered, /stats."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from knowledge.errors import RecordNotFound
from knowledge.facts.factbase import FactBase
from knowledge.facts.models import RECORD_TYPES, SECTIONS
from knowledge.store.text import title_of

from . import data
from .guard import check, guarded
from .render import TYPE_TITLES, history_html, record_card, stats_html, unanswered_html
from ..context import BotContext
from ..render import esc
from ..send import edit_html, reply_html

PAGE_SIZE = 8
STALE = "That button no longer works; send /facts again."


def type_from(word: str) -> str | None:
    """`events`, `event` or `Events` -> `event`."""
    word = word.strip().lower()
    return word if word in RECORD_TYPES else SECTIONS.get(word)


def types_view(base: FactBase) -> tuple[str, InlineKeyboardMarkup]:
    rows = [[InlineKeyboardButton(f"{TYPE_TITLES[t]} ({len(base.of_type(t))})",
                                  callback_data=data.build("facts", t, 0))] for t in RECORD_TYPES]
    return f"<b>The fact base</b>: {len(base)} records. Choose a type:", InlineKeyboardMarkup(rows)


def page_view(base: FactBase, type_name: str, page: int) -> tuple[str, InlineKeyboardMarkup]:
    records = base.of_type(type_name)
    pages = max(1, -(-len(records) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = records[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    rows = [[InlineKeyboardButton(title_of(r)[:60], callback_data=data.build("fact", data.ref(r.id)))]
            for r in shown]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("\u25c0 Previous", callback_data=data.build("facts", type_name, page - 1)))
    nav.append(InlineKeyboardButton("Types", callback_data=data.build("types")))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("Next \u25b6", callback_data=data.build("facts", type_name, page + 1)))
    rows.append(nav)
    lines = [f"<b>{TYPE_TITLES[type_name]}</b>: {len(records)} \u00b7 page {page + 1} of {pages}"]
    lines += [f"\u2022 <code>{esc(r.id)}</code> {esc(title_of(r))}" for r in shown]
    if not records:
        lines.append("None yet. Add one with /add.")
    return "\n".join(lines), InlineKeyboardMarkup(rows)


@guarded("/facts")
async def on_facts(update: Update, context: BotContext) -> None:
    """/facts [type]: the record types with counts, or one type's records, as buttons."""
    base = context.engine.base
    if context.args:
        type_name = type_from(context.args[0])
        if type_name is None:
            await reply_html(update.effective_message, "Unknown type. Choose one of: "
                             + ", ".join(f"<code>{t}</code>" for t in SECTIONS) + ", e.g. /facts events")
            return
        text, markup = page_view(base, type_name, 0)
    else:
        text, markup = types_view(base)
    await reply_html(update.effective_message, text, reply_markup=markup)


@guarded("/fact")
async def on_fact(update: Update, context: BotContext) -> None:
    """/fact ID: one record with its sources, quotes and history."""
    if not context.args:
        await reply_html(update.effective_message, "Send /fact and a record id, e.g. /fact azpromo. "
                                                   "/facts lists the records.")
        return
    await send_card(update, context, context.args[0].lower())


async def send_card(update: Update, context: BotContext, record_id: str) -> None:
    store = context.services.store
    stored = store.get(record_id)  # RecordNotFound is told by the error handler
    html = record_card(stored.record, version=stored.version, changes=store.history(record_id, limit=5))
    await reply_html(update.effective_message, html)


@guarded("/history")
async def on_history(update: Update, context: BotContext) -> None:
    """/history [ID]: the latest changes (of one record)."""
    record_id = context.args[0].lower() if context.args else None
    changes = context.services.store.history(record_id, limit=10)
    heading = f"Latest changes of {record_id}" if record_id else "Latest changes"
    await reply_html(update.effective_message, history_html(changes, heading=heading))


@guarded("/unanswered")
async def on_unanswered(update: Update, context: BotContext) -> None:
    """/unanswered: declined questions grouped by similarity, most asked first."""
    context.services.flush_questions()  # the questions of the last second count too
    groups = context.services.store.questions.unanswered(limit=20)
    await reply_html(update.effective_message, unanswered_html(groups))


@guarded("/stats")
async def on_stats(update: Update, context: BotContext) -> None:
    """/stats: questions asked, answered and declined per day."""
    context.services.flush_questions()  # the questions of the last second count too
    await reply_html(update.effective_message, stats_html(context.services.store.questions.stats(days=14)))


async def on_browse_button(update: Update, context: BotContext) -> None:
    """The /facts buttons: types, a page of one type, one record."""
    check(update, context, "admin buttons")
    query = update.callback_query
    parsed = data.parse(query.data)
    base = context.engine.base
    if parsed is None:
        await query.answer(STALE)
        return
    verb, parts = parsed
    if verb == "fact":
        record_id = data.resolve(parts["ref"], base)
        if record_id is None:
            raise RecordNotFound(parts["ref"])
        await query.answer()
        await send_card(update, context, record_id)
        return
    text, markup = types_view(base) if verb == "types" else page_view(base, parts["type"], int(parts["page"]))
    await query.answer()
    await edit_html(query, text, reply_markup=markup)
