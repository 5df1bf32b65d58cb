"""/edit ID: choose a field with a button, send the new value (and quote), confirm with Save.

The save names the version the edit started from: if another admin saved the
record meanwhile, nothing is overwritten and the admin is told (ChangedMeanwhile).
"""
from __future__ import annotations

import asyncio

from collections import Counter

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from knowledge.errors import ChangedMeanwhile
from knowledge.facts.factbase import cited_fields
from knowledge.store.text import title_of

from .fields import FIELDS, SKIP_WORDS, citation, current, field, show, with_value
from .flow import (OLD_BUTTON, USE_BUTTONS, Flow, ask_source, end_flow, expired, get_flow, pressed, start_flow,
                         take_source_button, take_source_or_quote)
from .guard import actor, check, guarded
from ..context import BotContext
from ..render import esc
from ..send import edit_html, reply_html

STATE = "admin_edit"


@guarded("/edit")
async def on_edit(update: Update, context: BotContext) -> str | int:
    """/edit ID: which field to change, as buttons."""
    if not context.args:
        await reply_html(update.effective_message, "Send /edit and a record id, e.g. /edit azpromo. "
                                                   "/facts lists the records.")
        return end_flow(context)
    stored = context.services.store.get(context.args[0].lower())  # RecordNotFound: told by the error handler
    record = stored.record
    if record.type not in FIELDS:
        await reply_html(update.effective_message, f"A {esc(record.type)} is changed with /import: /export, edit "
                                                   "the file, and send it back.")
        return end_flow(context)
    flow = start_flow(context, Flow(kind="edit", expect="field", record_id=record.id, type_name=record.type,
                                    version=stored.version))
    flow.next_prompt()
    names = [f.name for f in FIELDS[record.type]]
    rows = [[InlineKeyboardButton(n, callback_data=flow.button("f", n)) for n in names[i:i + 2]]
            for i in range(0, len(names), 2)]
    await reply_html(update.effective_message,
                     f"Edit {esc(record.type)} <code>{esc(record.id)}</code> ({esc(title_of(record))}), "
                     f"version {stored.version}. Which field? (/cancel stops)", reply_markup=InlineKeyboardMarkup(rows))
    return STATE


async def on_text(update: Update, context: BotContext) -> str | int:
    """The new value, the source id or the quote, as the current prompt asks."""
    flow = get_flow(context, "edit")
    if await expired(update, context, flow):
        return end_flow(context)
    check(update, context, "/edit")
    text = update.effective_message.text or ""
    base = context.engine.base
    spec = field(flow.type_name, flow.field_name)
    try:
        if flow.expect == "value" and spec is not None:
            if text.strip().lower() in SKIP_WORDS and not spec.required:
                flow.new_value = None
            else:
                flow.new_value = spec.parse(text, base)
        elif take_source_or_quote(flow, text, base):
            pass
        else:
            await reply_html(update.effective_message, USE_BUTTONS)
            return STATE
    except ValueError as exc:
        await reply_html(update.effective_message, esc(str(exc)))
        return STATE
    return await _advance(update, context, flow)


async def on_button(update: Update, context: BotContext) -> str | int:
    """Field, source, Keep quote, Save and Discard buttons."""
    check(update, context, "admin buttons")
    button = await pressed(update, context, "edit")
    if button is None:
        return STATE
    query, flow, parts = button
    act = parts["act"]
    if parts["field"] and flow.expect == "field" and field(flow.type_name, parts["field"]):
        flow.field_name = parts["field"]
        flow.expect = "field-chosen"
    elif parts["ref"] and flow.expect == "source":
        if not await take_source_button(query, context, flow, parts["ref"]):
            return STATE
    elif act == "keep" and flow.expect == "quote":
        flow.quote = citation(context.services.store.get(flow.record_id).record, flow.field_name).quote
    elif act == "save" and flow.expect == "confirm":
        return await _save(update, context, flow)
    elif act == "discard" and flow.expect == "confirm":
        await query.answer("Discarded.")
        await edit_html(query, "Discarded; nothing was changed.")
        return end_flow(context)
    else:
        await query.answer(OLD_BUTTON)
        return STATE
    await query.answer()
    return await _advance(update, context, flow)


async def _advance(update: Update, context: BotContext, flow: Flow) -> str:
    record = context.services.store.get(flow.record_id).record
    spec = field(flow.type_name, flow.field_name)
    old = citation(record, flow.field_name)
    if flow.expect == "field-chosen":
        flow.expect = "value"
        flow.next_prompt()
        now = show(current(record, flow.field_name)) or "(empty)"
        clear = "" if spec.required else " Send - to clear it."
        await reply_html(update.effective_message,
                         f"<b>{esc(spec.name)}</b> is now: <i>{esc(now)}</i>\nSend the new value: "
                         f"{esc(spec.prompt)}.{clear}")
        return STATE
    if flow.expect == "value" and spec.cited and flow.new_value is not None:
        flow.source = old.source if old else _main_source(record)
        if flow.source is None:
            flow.expect = "source"
            await ask_source(update, context, flow)
            return STATE
        flow.expect = "source"
    if flow.expect == "source":
        flow.expect = "quote"
        flow.next_prompt()
        keep = [[InlineKeyboardButton("Keep the current quote", callback_data=flow.button("keep"))]] if old else []
        await reply_html(update.effective_message,
                         "<b>quote</b>: paste the sentence(s) of the source that state the new value"
                         + (", or keep the current one." if old else "."),
                         reply_markup=InlineKeyboardMarkup(keep) if keep else None)
        return STATE
    flow.expect = "confirm"
    flow.next_prompt()
    new = "(cleared)" if flow.new_value is None else show(flow.new_value)
    lines = [f"Change <b>{esc(flow.field_name)}</b> of <code>{esc(record.id)}</code>:",
             f"from: {esc(show(current(record, flow.field_name)) or '(empty)')}", f"to: {esc(new)}"]
    if spec.cited and flow.new_value is not None:
        lines.append(f"source <code>{esc(flow.source or '')}</code>, quote: {esc(flow.quote or '')}")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Save", callback_data=flow.button("save")),
                                    InlineKeyboardButton("Discard", callback_data=flow.button("discard"))]])
    await reply_html(update.effective_message, "\n".join(lines), reply_markup=markup)
    return STATE


async def _save(update: Update, context: BotContext, flow: Flow) -> int:
    query = update.callback_query
    store = context.services.store
    record = store.get(flow.record_id).record
    try:
        edited = with_value(record, flow.field_name, flow.new_value, source=flow.source, quote=flow.quote)
    except ValueError as exc:
        await query.answer()
        await reply_html(update.effective_message, esc(f"{exc}. Nothing was changed."))
        return end_flow(context)
    try:
        change = await asyncio.to_thread(store.edit, edited, expected_version=flow.version, actor=actor(update))
    except ChangedMeanwhile:
        end_flow(context)
        await edit_html(query, f"Not saved: {esc(flow.record_id)} was changed by someone else meanwhile. "
                               f"Send /edit {esc(flow.record_id)} to start again from the current version.")
        raise
    await query.answer("Saved." if change else "Nothing changed.")
    outcome = (f"Saved as change #{change.id}; it is live now. /undo reverts it." if change
               else "That is the current value already; nothing was changed.")
    await edit_html(query, f"<b>{esc(flow.field_name)}</b> of <code>{esc(record.id)}</code>: {outcome}")
    return end_flow(context)


def _main_source(record) -> str | None:
    """The source the record cites most, for a fact it did not have yet."""
    counts = Counter(c.source for _, c in cited_fields(record))
    return counts.most_common(1)[0][0] if counts else None
