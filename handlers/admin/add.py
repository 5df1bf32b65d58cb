"""/add: a guided conversation that adds one record.

Type (buttons), then each field with an example (optional ones can be skipped),
an id (a suggestion offered), the source and the quote that state the facts, and
a summary with Save / Discard. Nothing is stored before Save; /cancel at any step.
"""
from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from knowledge.facts.models import RECORD_TYPES

from .fields import FIELDS, SKIP_WORDS, build_record, parse_id, suggest_id
from .flow import (OLD_BUTTON, USE_BUTTONS, Flow, ask_source, end_flow, expired, get_flow, pressed, start_flow,
                         take_source_button, take_source_or_quote)
from .guard import actor, check, guarded
from .render import record_summary
from ..context import BotContext
from ..render import esc
from ..send import edit_html, reply_html

STATE = "admin_add"


@guarded("/add")
async def on_add(update: Update, context: BotContext) -> str:
    """/add: start by choosing the type of record."""
    flow = start_flow(context, Flow(kind="add", expect="type"))
    flow.next_prompt()
    names = [t for t in RECORD_TYPES if t in FIELDS]  # the newer types come in by /import
    rows = [[InlineKeyboardButton(t, callback_data=flow.button("type", t)) for t in names[i:i + 2]]
            for i in range(0, len(names), 2)]
    await reply_html(update.effective_message, "What would you like to add? (/cancel stops at any step)",
                     reply_markup=InlineKeyboardMarkup(rows))
    return STATE


async def on_text(update: Update, context: BotContext) -> str | int:
    """A typed answer to the current prompt: validated, then the next prompt (or the same again)."""
    flow = get_flow(context, "add")
    if await expired(update, context, flow):
        return end_flow(context)
    check(update, context, "/add")
    text = update.effective_message.text or ""
    base = context.engine.base
    try:
        if flow.expect == "field":
            spec = FIELDS[flow.type_name][flow.step]
            if not (text.strip().lower() in SKIP_WORDS and not spec.required):
                flow.values[spec.name] = spec.parse(text, base)
            flow.step += 1
        elif flow.expect == "id":
            flow.record_id = parse_id(text, base)
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
    """Type, Skip, Done, suggested id, source, Save and Discard buttons."""
    check(update, context, "admin buttons")
    button = await pressed(update, context, "add")
    if button is None:
        return STATE
    query, flow, parts = button
    act = parts["act"]
    fields = FIELDS.get(flow.type_name, ())
    if parts["type"] and flow.expect == "type":
        flow.type_name, flow.expect, flow.step = parts["type"], "field", 0
    elif act == "skip" and flow.expect == "field" and not fields[flow.step].required:
        flow.step += 1
    elif act == "done" and flow.expect == "field" and _required_given(flow):
        flow.step = len(fields)
    elif act == "id" and flow.expect == "id":
        flow.record_id = flow.suggested_id
    elif parts["ref"] and flow.expect == "source":
        if not await take_source_button(query, context, flow, parts["ref"]):
            return STATE
    elif act == "save" and flow.expect == "confirm":
        return await _save(update, context, flow)
    elif act == "discard" and flow.expect == "confirm":
        await query.answer("Discarded.")
        await edit_html(query, "Discarded; nothing was saved.")
        return end_flow(context)
    else:
        await query.answer(OLD_BUTTON)
        return STATE
    await query.answer()
    return await _advance(update, context, flow)


async def _advance(update: Update, context: BotContext, flow: Flow) -> str | int:
    """Move to the next thing to ask and ask it."""
    fields = FIELDS[flow.type_name]
    base = context.engine.base
    if flow.expect == "field" and flow.step < len(fields):
        return await _ask_field(update, flow)
    if flow.expect == "field":
        flow.expect = "id"
        flow.suggested_id = suggest_id(flow.type_name, flow.values, base)
        flow.next_prompt()
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(f"Use {flow.suggested_id}"[:60],
                                                             callback_data=flow.button("id"))]])
        await reply_html(update.effective_message,
                         f"<b>id</b>: a short unique name for the record (a-z, 0-9 and -). Send one, or use "
                         f"<code>{esc(flow.suggested_id)}</code>.", reply_markup=markup)
        return STATE
    if flow.expect == "id" and _cited_given(flow):
        flow.expect = "source"
        await ask_source(update, context, flow)
        return STATE
    if flow.expect == "source":
        flow.expect = "quote"
        flow.next_prompt()
        await reply_html(update.effective_message,
                         "<b>quote</b>: paste the sentence(s) of the source that state these facts "
                         "(shown as evidence with the answers).")
        return STATE
    flow.expect = "confirm"
    try:
        record = build_record(flow.type_name, flow.record_id, flow.values, source=flow.source, quote=flow.quote)
    except ValueError as exc:
        await reply_html(update.effective_message, esc(f"{exc}. Nothing was saved; please /add again."))
        return end_flow(context)
    flow.next_prompt()
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Save", callback_data=flow.button("save")),
                                    InlineKeyboardButton("Discard", callback_data=flow.button("discard"))]])
    await reply_html(update.effective_message, record_summary(record, source=flow.source, quote=flow.quote),
                     reply_markup=markup)
    return STATE


async def _ask_field(update: Update, flow: Flow) -> str:
    spec = FIELDS[flow.type_name][flow.step]
    flow.next_prompt()
    buttons = []
    if not spec.required:
        buttons.append(InlineKeyboardButton("Skip", callback_data=flow.button("skip")))
    if _required_given(flow) and flow.step > 0:
        buttons.append(InlineKeyboardButton("Done: review", callback_data=flow.button("done")))
    need = "required" if spec.required else "optional"
    skip = "" if spec.required else " (or - to skip)"
    text = f"<b>{esc(spec.name)}</b> ({need}): {esc(spec.prompt)}{skip}"
    await reply_html(update.effective_message, text, reply_markup=InlineKeyboardMarkup([buttons]) if buttons else None)
    return STATE


async def _save(update: Update, context: BotContext, flow: Flow) -> int:
    query = update.callback_query
    record = build_record(flow.type_name, flow.record_id, flow.values, source=flow.source, quote=flow.quote)
    change = await asyncio.to_thread(context.services.store.add, record, actor=actor(update))  # RecordExists etc.: told by the error handler
    await query.answer("Saved.")
    await edit_html(query, record_summary(record, source=flow.source, quote=flow.quote).replace("<b>New ", "<b>Saved ", 1)
                    + f"\n\nSaved as change #{change.id}; it is live now. /fact {esc(record.id)} shows it, /undo reverts it.")
    return end_flow(context)


def _required_given(flow: Flow) -> bool:
    return all(f.name in flow.values for f in FIELDS[flow.type_name] if f.required)


def _cited_given(flow: Flow) -> bool:
    return any(f.cited and f.name in flow.values for f in FIELDS[flow.type_name])
