"""/delete ID and /undo (each confirmed with a button) and /export (the fact base as a YAML file)."""
from __future__ import annotations

import asyncio
import datetime as dt

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from knowledge.store import text as store_text
from knowledge.errors import RecordInUse, RecordNotFound
from knowledge.store.text import title_of

from . import data
from .guard import actor, check, guarded
from .render import record_fields
from ..context import BotContext
from ..render import esc
from ..send import edit_html, reply_html

STALE = "That button no longer works."


@guarded("/delete")
async def on_delete(update: Update, context: BotContext) -> None:
    """/delete ID: refused at once if other records refer to it, else asks to confirm with a button."""
    if not context.args:
        await reply_html(update.effective_message, "Send /delete and a record id, e.g. /delete baku-forum-2025.")
        return
    store = context.services.store
    stored = store.get(context.args[0].lower())
    record = stored.record
    referrers = store.base.referrers(record.id)
    if referrers:
        raise RecordInUse(record.id, referrers)
    lines = [f"Delete {esc(record.type)} <code>{esc(record.id)}</code> ({esc(title_of(record))})?", "",
             *record_fields(record, quotes=False)]
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton("Delete", callback_data=data.build("del", data.ref(record.id),
                                                                      stored.version)),
        InlineKeyboardButton("Keep", callback_data=data.build("del", "no")),
    ]])
    await reply_html(update.effective_message, "\n".join(lines), reply_markup=markup)


@guarded("/undo")
async def on_undo(update: Update, context: BotContext) -> None:
    """/undo: shows the latest change and asks to confirm reverting it."""
    change = context.services.store.latest_undoable()
    if change is None:
        await reply_html(update.effective_message, "There is no change left to undo.")
        return
    lines = ["Undo this change?", "", *(esc(line) for line in store_text.change_lines(change))]
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton("Undo it", callback_data=data.build("undo", change.id)),
        InlineKeyboardButton("Keep", callback_data=data.build("undo", "no")),
    ]])
    await reply_html(update.effective_message, "\n".join(lines), reply_markup=markup)


async def on_change_button(update: Update, context: BotContext) -> None:
    """The Delete / Keep and Undo / Keep buttons."""
    check(update, context, "admin buttons")
    query = update.callback_query
    parsed = data.parse(query.data)
    if parsed is None:
        await query.answer(STALE)
        return
    verb, parts = parsed
    store = context.services.store
    if parts["act"] == "no":
        await query.answer("Nothing was changed.")
        await _conclude(query, "Nothing was changed.")
        return
    if verb == "del":
        record_id = data.resolve(parts["ref"], store.base)
        if record_id is None:
            raise RecordNotFound(parts["ref"])
        change = await asyncio.to_thread(store.delete, record_id, actor=actor(update),
                                          expected_version=int(parts["version"]))
        note = f"Deleted <code>{esc(record_id)}</code> (change #{change.id}). /undo brings it back."
    else:
        change = await asyncio.to_thread(store.undo, actor=actor(update), expected_change=int(parts["change"]))
        note = "Done: " + "\n".join(esc(line) for line in store_text.change_lines(change))
    await query.answer("Done.")
    await _conclude(query, note)


async def _conclude(query, html: str) -> None:
    """Replace the question and its buttons with the outcome."""
    await edit_html(query, html)


@guarded("/export")
async def on_export(update: Update, context: BotContext) -> None:
    """/export: the whole fact base as a YAML file that /import and `partnerbot facts validate` accept."""
    store = context.services.store
    text = await asyncio.to_thread(store.export)
    name = f"partnerbot-facts-{dt.date.today().isoformat()}.yaml"
    await update.effective_message.reply_document(
        document=text.encode("utf-8"), filename=name,
        caption=f"{len(store.base)} records. Edit and send it back with /import.")
