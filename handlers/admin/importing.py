"""/import: an admin sends a YAML file; it is validated whole, then merged (or, `/import replace`, made the whole base).

The file may also come with `/import` (or `/import replace`) as its caption. A
refused import changes nothing; the error handler lists each problem with record,
field and line. Documents from anyone who is not an admin are refused and logged.
"""
from __future__ import annotations

import asyncio
import re

from telegram import Update
from telegram.ext import filters

from knowledge.store import text as store_text
from knowledge.errors import FactError, ImportRefused
from knowledge.facts.loader import MAX_DOCUMENT_BYTES

from .flow import Flow, end_flow, expired, get_flow, start_flow
from .guard import actor, check, guarded
from ..context import BotContext
from ..render import esc
from ..send import reply_html

STATE = "admin_import"
CAPTION = filters.CaptionRegex(re.compile(r"^/import(@\w+)?(\s+replace)?\s*$", re.IGNORECASE))
MAX_LISTED_IDS = 15


@guarded("/import")
async def on_import(update: Update, context: BotContext) -> str:
    """/import [replace]: wait for the YAML file."""
    replace = bool(context.args) and context.args[0].lower() == "replace"
    start_flow(context, Flow(kind="import", replace=replace)).next_prompt()
    how = ("It will <b>replace</b> the whole fact base: records it does not hold are deleted."
           if replace else
           "Its records are <b>merged</b>: new ids are added, existing ids are replaced, the rest stays. "
           "(<code>/import replace</code> makes the file the whole fact base.)")
    await reply_html(update.effective_message,
                     "Send me the YAML file now, as a document (the same format as /export). " + how
                     + "\nIt is checked whole first: if anything is wrong, nothing changes. /cancel stops.")
    return STATE


async def on_flow_document(update: Update, context: BotContext) -> str | int:
    """The awaited file; after a refused one, a corrected file may follow (or /cancel)."""
    check(update, context, "/import")
    flow = get_flow(context, "import")
    replace = flow.replace if flow else False
    await run_import(update, context, replace=replace)
    return end_flow(context)


async def on_flow_text(update: Update, context: BotContext) -> str | int:
    """Text while a file is awaited."""
    if await expired(update, context, get_flow(context, "import")):
        return end_flow(context)
    await reply_html(update.effective_message, "Please send the YAML file as a document (\U0001f4ce \u2192 File), "
                                               "or /cancel.")
    return STATE


@guarded("/import")
async def on_captioned_document(update: Update, context: BotContext) -> None:
    """A file sent with `/import` or `/import replace` as its caption."""
    caption = update.effective_message.caption or ""
    await run_import(update, context, replace=caption.lower().rstrip().endswith("replace"))


async def on_other_document(update: Update, context: BotContext) -> None:
    """Any other file in a private chat: non-admins are refused; admins are told how to import it."""
    check(update, context, "file imports")
    await reply_html(update.effective_message, "To import this file, send /import first (or send the file with "
                                               "<code>/import</code> as its caption).")


async def run_import(update: Update, context: BotContext, *, replace: bool) -> None:
    """Download the document, import it in a worker thread, reply with what changed."""
    document = update.effective_message.document
    name = document.file_name or "upload.yaml"
    if document.file_size and document.file_size > MAX_DOCUMENT_BYTES:
        raise ImportRefused([FactError(name, "", "", f"the file is larger than {MAX_DOCUMENT_BYTES // 2**20} MB")])
    data = bytes(await (await document.get_file()).download_as_bytearray())
    store = context.services.store
    result = await asyncio.to_thread(store.import_document, data, origin=name, actor=actor(update), replace=replace)
    lines = [f"{'Replaced the fact base with' if replace else 'Imported'} {esc(name)}: "
             f"{esc(store_text.import_summary(result))}."]
    for label, ids in (("Added", result.added), ("Changed", result.changed), ("Removed", result.removed)):
        if ids:
            shown = ", ".join(f"<code>{esc(i)}</code>" for i in ids[:MAX_LISTED_IDS])
            more = f" and {len(ids) - MAX_LISTED_IDS} more" if len(ids) > MAX_LISTED_IDS else ""
            lines.append(f"{label}: {shown}{more}")
    if result.change:
        lines.append("It is live now. /undo reverts the whole import.")
    await reply_html(update.effective_message, "\n".join(lines))
