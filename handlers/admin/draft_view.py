"""The /draft review screen: one line per proposed record with keep/drop buttons, Save all and Discard.

The draft waits in the admin's user_data (one per admin; a new draft replaces it)
under a random token its buttons carry, so buttons of an older draft are refused.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge.drafting import Draft

from . import data
from .draft_texts import text
from ..render import esc

DRAFT_KEY = "admin_draft"
MAX_BUTTONS = 40  # records with their own keep/drop button; Telegram allows 100 buttons per message
LINE_CHARS = 100
PER_ROW = 5


@dataclass
class DraftSession:
    """A draft under review (or, with `draft` None, a link an admin was offered to draft)."""

    token: str = field(default_factory=lambda: secrets.token_hex(4))
    lang: str | None = None  # the admin's language, for the screens' own words
    draft: Draft | None = None
    url: str | None = None
    dropped: set[int] = field(default_factory=set)  # items switched off: proposals, then updates (conflicts start off)

    def __post_init__(self) -> None:
        if self.draft is not None:
            n = len(self.draft.proposals)
            self.dropped |= {n + i for i, u in enumerate(self.draft.updates) if u.conflict}

    @property
    def size(self) -> int:
        return len(self.draft.proposals) + len(self.draft.updates) if self.draft else 0

    def kept_ids(self) -> set[str]:
        assert self.draft is not None
        return {p.record.id for i, p in enumerate(self.draft.proposals) if i not in self.dropped}

    def chosen_updates(self) -> set[int]:
        n = len(self.draft.proposals)
        return {i for i in range(len(self.draft.updates)) if n + i not in self.dropped}

    def button(self, *parts: str | int) -> str:
        return data.build("drf", self.token, *parts)


def _short(text: str, limit: int = LINE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def review_html(session: DraftSession) -> str:
    draft = session.draft
    assert draft is not None
    src = draft.source
    where = ", ".join(x for x in (src.publisher, src.place, src.published.isoformat()) if x)
    title = draft.article.title or draft.article.url or "…"
    t = lambda key, **kw: text(session.lang, key, **kw)  # noqa: E731
    head = [f"<b>{t('head', title=esc(_short(title, 120)))}</b>",
            t("source", where=esc(where)) + (t("new") if draft.source_is_new else t("held", id=esc(src.id))),
            t("count", n=len(draft.proposals)), ""]
    lines = []
    for i, p in enumerate(draft.proposals):
        mark = "\u274c" if i in session.dropped else "\u2705"
        lines.append(f"{mark} {i + 1}. {esc(_short(p.summary))} <i>({p.confidence:.0%})</i>")
    n = len(draft.proposals)
    if draft.updates:
        lines += ["", t("about_held")]
    for i, (u, line) in enumerate(zip(draft.updates, draft.update_lines)):
        on = n + i not in session.dropped
        mark = ("\u2705" if on else "\u274c") if not u.conflict else ("\U0001f504" if on else "\u26a0\ufe0f")
        verb = "" if not u.conflict else t("replace") if on else t("keep")
        lines.append(f"{mark} {n + i + 1}. {esc(_short(line, 160))}{verb}")
    tail = []
    if draft.linked:
        tail.append(t("linked", ids=", ".join(f"<code>{esc(x)}</code>" for x in draft.linked[:15])))
    tail += [f"\u26a0\ufe0f {esc(n)}" for n in draft.notes]
    tail.append(t("press"))
    return "\n".join(head + lines + [""] + tail)


def review_markup(session: DraftSession) -> InlineKeyboardMarkup:
    draft = session.draft
    assert draft is not None
    toggles = [InlineKeyboardButton(("\u274c " if i in session.dropped else "\u2705 ") + str(i + 1),
                                    callback_data=session.button("t", i))
               for i in range(min(session.size, MAX_BUTTONS))]
    rows = [toggles[k:k + PER_ROW] for k in range(0, len(toggles), PER_ROW)]
    kept = session.size - len(session.dropped)
    rows.append([InlineKeyboardButton(text(session.lang, "save", n=kept), callback_data=session.button("save")),
                 InlineKeyboardButton(text(session.lang, "discard"), callback_data=session.button("discard"))])
    return InlineKeyboardMarkup(rows)


def offer_markup(session: DraftSession) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(text(session.lang, "go"), callback_data=session.button("go")),
                                  InlineKeyboardButton(text(session.lang, "no"), callback_data=session.button("no"))]])
