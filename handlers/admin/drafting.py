"""/draft: an admin sends an article (a link, pasted text, or a .txt/.html/.md file) and reviews drafted records.

    /draft https://...            fetch the page (settings: size limit, time-out, private addresses)
    /draft <pasted text>          the text after the command
    /draft as a file's caption    the file; or /draft as a reply to a link, a text or a file
    /draft fix N FIELD VALUE      change a drafted value of record N before saving
    a plain link from an admin    "Draft facts from this article?" [Draft facts] [No, thanks]

The review (handlers.admin.draft_view) lets the admin drop records; Save all imports
the kept ones as ONE change (so /undo reverts the article), Discard changes nothing.
Bad input raises a DraftError, which handlers.errors turns into the reply.
"""
from __future__ import annotations

import asyncio
import re

from telegram import Message, Update
from telegram.ext import filters

from knowledge.drafting import Draft, NotAnArticle, TooLarge, draft_document, draft_text, draft_url
from knowledge.drafting.fix import fix_value
from knowledge.drafting.output import records_yaml

from .data import parse
from .draft_texts import text
from .draft_view import DRAFT_KEY, DraftSession, offer_markup, review_html, review_markup
from .guard import actor, check, guarded
from ..context import BotContext, user_lang
from ..questions import answer_question
from ..render import esc
from ..send import edit_html, reply_html

URL = re.compile(r"^\s*(https?://\S+)\s*$", re.IGNORECASE)
FIX = re.compile(r"^\s*fix\s+(?P<n>\d{1,3})\s+(?P<field>[a-z_]+)\s+(?P<value>.+?)\s*$", re.IGNORECASE | re.DOTALL)
ANY_URL = re.compile(r"^\s*([a-z][a-z0-9+.-]*://\S+)\s*$", re.IGNORECASE)  # refused later unless http(s)
LINK_ONLY = filters.Regex(URL)
CAPTION = filters.CaptionRegex(re.compile(r"^/draft(@\w+)?\s*$", re.IGNORECASE))
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HOW = ("Send <code>/draft</code> with a link (<code>/draft https://…</code>), paste the article's text after "
       "<code>/draft</code>, or send a .txt, .html or .md file with <code>/draft</code> as its caption "
       "(or reply <code>/draft</code> to a link, a text or a file).")
GONE = "That draft is gone (a newer one replaced it, or it was saved or discarded)."


@guarded("/draft")
async def on_draft(update: Update, context: BotContext) -> None:
    """/draft URL | /draft TEXT | /draft as a reply."""
    message = update.effective_message
    rest = (message.text or "").split(None, 1)[1] if len((message.text or "").split(None, 1)) > 1 else ""
    if not rest.strip() and message.reply_to_message is not None:
        await _from_message(update, context, message.reply_to_message)
        return
    if not rest.strip():
        await reply_html(message, HOW)
        return
    fix = FIX.match(rest)
    if fix:
        await _fix(update, context, int(fix.group("n")), fix.group("field").lower(), fix.group("value"))
        return
    url = ANY_URL.match(rest)
    if url:
        await _show(update, context, await _fetch(context, url.group(1)))
    else:
        await _show(update, context, await asyncio.to_thread(draft_text, rest, context.engine.base))


@guarded("/draft")
async def on_captioned_file(update: Update, context: BotContext) -> None:
    """A document or photo with /draft as its caption."""
    await _from_message(update, context, update.effective_message)


async def on_link(update: Update, context: BotContext) -> None:
    """A message that is only a link: admins are offered a draft; anyone else gets it answered as a question."""
    message = update.effective_message
    if not context.services.is_admin(update.effective_user.id if update.effective_user else None):
        await answer_question(update, context, message.text or "")
        return
    session = DraftSession(url=URL.match(message.text).group(1), lang=user_lang(update))
    context.user_data[DRAFT_KEY] = session
    await reply_html(message, text(session.lang, "offer"), reply_markup=offer_markup(session))


async def on_button(update: Update, context: BotContext) -> None:
    """Toggle a record, Save all, Discard; or the offer's Draft facts / No, thanks."""
    check(update, context, "admin buttons")
    query = update.callback_query
    parsed = parse(query.data)
    session = context.user_data.get(DRAFT_KEY)
    if parsed is None or not isinstance(session, DraftSession) or session.token != parsed[1]["token"]:
        await query.answer(GONE)
        return
    parts = parsed[1]
    act = parts["act"]
    t = lambda key, **kw: text(session.lang, key, **kw)  # noqa: E731
    if act == "no":
        context.user_data.pop(DRAFT_KEY, None)
        await query.answer()
        await edit_html(query, t("declined"))
    elif act == "go" and session.url:
        await query.answer(t("reading"))
        await _show(update, context, await _fetch(context, session.url), edit=True)
    elif session.draft is None:
        await query.answer(GONE)
    elif act == "discard":
        context.user_data.pop(DRAFT_KEY, None)
        await query.answer()
        await edit_html(query, t("discarded"))
    elif act == "save":
        await _save(update, context, session)
    else:
        i = int(parts["idx"])
        if i >= session.size:
            await query.answer(GONE)
            return
        session.dropped ^= {i}
        await query.answer(t("dropped") if i in session.dropped else t("kept"))
        await edit_html(query, review_html(session), reply_markup=review_markup(session))


async def _save(update: Update, context: BotContext, session: DraftSession) -> None:
    query = update.callback_query
    draft = session.draft
    store = context.services.store
    kept = session.kept_ids()
    records = draft.records(kept) + draft.updated(store.base, session.chosen_updates(), kept)
    if not [r for r in records if r.type != "source"]:
        await query.answer(text(session.lang, "nothing_on"))
        return
    document = records_yaml(records)
    result = await asyncio.to_thread(store.import_document, document, origin=f"draft of {draft.source.id}",
                                     actor=actor(update))
    context.user_data.pop(DRAFT_KEY, None)
    await query.answer()
    t = lambda key, **kw: text(session.lang, key, **kw)  # noqa: E731
    change = t("as_change", id=result.change.id) if result.change else ""
    saved = t("saved", n=len(result.added) + len(result.changed), title=esc(draft.article.title or draft.source.id),
              change=change)
    added = t("added", ids=", ".join(f"<code>{esc(i)}</code>" for i in result.added[:20])) if result.added else ""
    await edit_html(query, "\n".join(x for x in (saved, added) if x))


async def _fix(update: Update, context: BotContext, number: int, field: str, value: str) -> None:
    """/draft fix N FIELD VALUE: change one drafted value of the pending draft, then show the review again."""
    session = context.user_data.get(DRAFT_KEY)
    if not isinstance(session, DraftSession) or session.draft is None:
        await reply_html(update.effective_message, "There is no draft to fix: send /draft with an article first.")
        return
    session.draft = fix_value(session.draft, number, field, value, context.engine.base)
    await reply_html(update.effective_message, review_html(session), reply_markup=review_markup(session))


async def _fetch(context: BotContext, url: str) -> Draft:
    settings = context.services.settings
    return await draft_url(url, context.engine.base, allow_private=settings.draft_allow_private_urls,
                           max_bytes=settings.draft_max_bytes, timeout=settings.draft_timeout_seconds)


async def _from_message(update: Update, context: BotContext, source: Message) -> None:
    """The article in a message: its file, its link, or its text."""
    max_bytes = context.services.settings.draft_max_bytes
    if source.photo or source.sticker or source.video or source.animation:
        raise NotAnArticle("That", "it is an image, not text")
    document = source.document
    if document is not None:
        name = document.file_name or "article.txt"
        if (document.mime_type or "").startswith("image/"):
            raise NotAnArticle(name, "it is an image")
        if not name.lower().endswith(TEXT_SUFFIXES):
            raise NotAnArticle(name, "only .txt, .html and .md files are read")
        if document.file_size and document.file_size > max_bytes:
            raise TooLarge(name, max_bytes)
        data = bytes(await (await document.get_file()).download_as_bytearray())
        draft = await asyncio.to_thread(draft_document, data, context.engine.base, name=name, max_bytes=max_bytes)
    elif source.text and URL.match(source.text):
        draft = await _fetch(context, URL.match(source.text).group(1))
    elif source.text and not source.text.startswith("/"):
        draft = await asyncio.to_thread(draft_text, source.text, context.engine.base)
    else:
        await reply_html(update.effective_message, HOW)
        return
    await _show(update, context, draft)


async def _show(update: Update, context: BotContext, draft: Draft, *, edit: bool = False) -> None:
    lang = user_lang(update)
    if not draft.proposals and not draft.updates:
        linked = ", ".join(f"<code>{esc(x)}</code>" for x in draft.linked[:15])
        html = text(lang, "all_held", linked=f" ({linked})" if linked else "")
        context.user_data.pop(DRAFT_KEY, None)
        if edit:
            await edit_html(update.callback_query, html)
        else:
            await reply_html(update.effective_message, html)
        return
    session = DraftSession(draft=draft, lang=lang)
    context.user_data[DRAFT_KEY] = session
    if edit:
        await edit_html(update.callback_query, review_html(session), reply_markup=review_markup(session))
    else:
        await reply_html(update.effective_message, review_html(session), reply_markup=review_markup(session))
