"""Admin views as Telegram HTML: a record card with sources and quotes, summaries, history, question stats."""
from __future__ import annotations

from knowledge.store import text as store_text
from knowledge.store.text import title_of
from knowledge.store.audit import Change
from knowledge.facts.factbase import AnyRecord, cited_fields
from knowledge.facts.models import Cited
from knowledge.store.question_log import DayStats, QuestionGroup

from .fields import show
from ..render import esc

TYPE_TITLES = {"source": "Sources", "organization": "Organizations", "person": "People", "event": "Events",
               "agreement": "Agreements", "initiative": "Initiatives", "project": "Projects",
               "statistic": "Statistics", "statement": "Statements"}


def _evidence(cited: Cited) -> str:
    """The quote of a cited value, or where in its source it stands (a source we only link to)."""
    if cited.quote:
        return f"<blockquote expandable>{esc(cited.quote)}</blockquote>"
    return f"<i>{esc(cited.locator or '')}</i>"


def record_fields(record: AnyRecord, *, quotes: bool) -> list[str]:
    """One line per set field; cited facts with their source and (optionally) their quote."""
    lines = []
    for name in type(record).model_fields:
        if name in ("type", "id"):
            continue
        value = getattr(record, name)
        if value in (None, (), {}):
            continue
        if isinstance(value, Cited):
            lines.append(f"<b>{esc(name)}</b>: {esc(show(value))} <i>[{esc(value.source)}]</i>")
            if quotes:
                lines.append(_evidence(value))
        elif isinstance(value, tuple) and value and isinstance(value[0], Cited):
            for item in value:
                lines.append(f"<b>{esc(name)}</b>: {esc(show(item))} <i>[{esc(item.source)}]</i>")
                if quotes:
                    lines.append(_evidence(item))
        elif isinstance(value, dict) and value and isinstance(next(iter(value.values())), Cited):
            for key, item in value.items():
                lines.append(f"<b>{esc(name)}.{esc(key)}</b>: {esc(show(item))} <i>[{esc(item.source)}]</i>")
        else:
            lines.append(f"<b>{esc(name)}</b>: {esc(show(value))}")
    return lines


def record_card(record: AnyRecord, *, version: int, changes: list[Change]) -> str:
    """/fact ID: the record, each fact with its source and quote, and its latest changes."""
    lines = [f"<b>{esc(title_of(record))}</b>",
             f"{esc(record.type)} <code>{esc(record.id)}</code> \u00b7 version {version}", ""]
    lines += record_fields(record, quotes=True)
    sources = sorted({c.source for _, c in cited_fields(record)})
    if sources:
        lines += ["", "Sources: " + ", ".join(f"<code>{esc(s)}</code>" for s in sources)]
    if changes:
        lines += ["", "<b>History</b>", *(esc(store_text.change_head(c)) for c in changes)]
    lines += ["", f"/edit {esc(record.id)} \u00b7 /delete {esc(record.id)} \u00b7 /history {esc(record.id)}"]
    return "\n".join(lines)


def record_summary(record: AnyRecord, *, source: str | None = None, quote: str | None = None) -> str:
    """The record as the admin entered it, before Save."""
    lines = [f"<b>New {esc(record.type)}</b> <code>{esc(record.id)}</code>", ""]
    lines += record_fields(record, quotes=False)
    if source and quote:
        lines += ["", f"Source <code>{esc(source)}</code>, quote:", f"<blockquote>{esc(quote)}</blockquote>"]
    return "\n".join(lines)


def history_html(changes: list[Change], *, heading: str) -> str:
    if not changes:
        return esc(heading) + "\nNo changes yet."
    body = []
    for change in changes:
        head, *entries = store_text.change_lines(change, max_entries=5)
        body.append("\u2022 " + esc(head))
        body += [f"   {esc(e.strip())}" for e in entries]
    return f"<b>{esc(heading)}</b>\n" + "\n".join(body)


def unanswered_html(groups: list[QuestionGroup]) -> str:
    if not groups:
        return "No declined questions so far."
    lines = ["<b>Questions I could not answer</b> (most asked first)"]
    lines += [f"{n}. {esc(store_text.group_line(g))}" for n, g in enumerate(groups, start=1)]
    lines += ["", "Add the missing facts with /add or /import."]
    return "\n".join(lines)


def stats_html(days: list[DayStats]) -> str:
    if not days:
        return "No questions asked so far."
    total = [sum(getattr(d, k) for d in days) for k in ("asked", "answered", "declined")]
    lines = ["<b>Questions per day</b> (UTC)", *(esc(store_text.day_line(d)) for d in days), "",
             f"Total: asked {total[0]}, answered {total[1]}, declined {total[2]}"]
    return "\n".join(lines)
