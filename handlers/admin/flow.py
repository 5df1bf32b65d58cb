"""The state of an admin's unfinished /add, /edit or /import, kept per user in context.user_data.

A flow left idle for half an hour stops capturing messages: the next text is
answered as a question instead of being taken as a field value.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from knowledge.facts.factbase import FactBase

from . import data
from ..context import BotContext
from ..questions import answer_question
from ..send import reply_html

FLOW_KEY = "admin_flow"
IDLE_LIMIT = 30 * 60.0  # seconds
MAX_SOURCE_BUTTONS = 6


@dataclass
class Flow:
    """An admin's unfinished /add, /edit or /import."""

    kind: str  # add | edit | import
    expect: str = ""  # what the next message or button answers: type, field, id, source, quote, value, confirm
    prompt: int = 0  # number of the latest prompt; its buttons carry it
    type_name: str = ""
    record_id: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    step: int = 0  # index into the type's fields (/add)
    suggested_id: str = ""
    source: str | None = None
    quote: str | None = None
    version: int = 0  # the version /edit started from
    field_name: str = ""  # the field /edit changes
    new_value: Any = None
    replace: bool = False  # /import replace
    touched: float = field(default_factory=time.monotonic)

    def next_prompt(self) -> int:
        self.prompt = (self.prompt + 1) % 1000
        self.touched = time.monotonic()
        return self.prompt

    def button(self, *parts: str) -> str:
        """Callback data for a button of the current prompt."""
        return data.build(self.kind, self.prompt, *parts)

    @property
    def idle(self) -> bool:
        return time.monotonic() - self.touched > IDLE_LIMIT


def get_flow(context: BotContext, kind: str) -> Flow | None:
    flow = context.user_data.get(FLOW_KEY) if context.user_data is not None else None
    return flow if isinstance(flow, Flow) and flow.kind == kind else None


def start_flow(context: BotContext, flow: Flow) -> Flow:
    context.user_data[FLOW_KEY] = flow
    return flow


def end_flow(context: BotContext) -> int:
    if context.user_data is not None:
        context.user_data.pop(FLOW_KEY, None)
    return ConversationHandler.END


async def expired(update: Update, context: BotContext, flow: Flow | None) -> bool:
    """True (and the text answered as a question) if there is no live flow for this message."""
    if flow is not None and not flow.idle:
        flow.touched = time.monotonic()
        return False
    end_flow(context)
    await answer_question(update, context, update.effective_message.text or "")
    return True


async def ask_source(update: Update, context: BotContext, flow: Flow) -> None:
    """Ask which source states the facts: the newest sources as buttons, or its id typed."""
    sources = sorted(context.engine.base.sources(), key=lambda s: s.published, reverse=True)
    flow.next_prompt()
    rows = [[InlineKeyboardButton(f"{s.publisher}, {s.published.isoformat()}"[:60],
                                  callback_data=flow.button("src", data.ref(s.id)))]
            for s in sources[:MAX_SOURCE_BUTTONS]]
    text = "<b>source</b>: which source states this? Choose one or send its id."
    if not sources:
        text += " There is no source yet: /cancel, then /add the source first."
    await reply_html(update.effective_message, text, reply_markup=InlineKeyboardMarkup(rows) if rows else None)


OLD_BUTTON = "That button belongs to an earlier step."
USE_BUTTONS = "Please use the buttons above, or /cancel."
EXPIRED = "This /{kind} was left unfinished for too long and has ended; nothing was saved. Send /{kind} to start again."
SOURCE_GONE = "That source is gone; choose another."


def take_source_or_quote(flow: Flow, text: str, base: FactBase) -> bool:
    """Take a typed answer to the prompts /add and /edit share (the source, the quote).
    False if the flow is at neither; raises ValueError with a message for the admin."""
    from .fields import find_record

    if flow.expect == "source":
        flow.source = find_record(text, base, ("source",))
    elif flow.expect == "quote":
        flow.quote = " ".join(text.split())
        if not flow.quote:
            raise ValueError("Please paste the sentence from the source.")
    else:
        return False
    return True


async def pressed(update: Update, context: BotContext, kind: str) -> tuple[CallbackQuery, Flow, dict] | None:
    """The pressed button of the current step of a `kind` flow, or None (an old or forged button,
    already answered with a note)."""
    query = update.callback_query
    flow = get_flow(context, kind)
    parsed = data.parse(query.data)
    if flow is not None and flow.idle:  # left for half an hour: its buttons end with it, as its messages do
        end_flow(context)
        await query.answer(EXPIRED.format(kind=kind))
        return None
    if flow is None or parsed is None or int(parsed[1]["n"]) != flow.prompt:
        await query.answer(OLD_BUTTON)
        return None
    flow.touched = time.monotonic()
    return query, flow, parsed[1]


async def take_source_button(query: CallbackQuery, context: BotContext, flow: Flow, ref: str) -> bool:
    """A source chosen by button; False (and a note) if it is gone meanwhile."""
    flow.source = data.resolve(ref, context.engine.base)
    if flow.source is None:
        await query.answer(SOURCE_GONE)
        return False
    return True
