"""Plain-text lines for what the store reports (changes, imports, unanswered questions, daily stats).

Shared by the command line and the admin chat, which escapes them for HTML.
"""
from __future__ import annotations

from .audit import Change, ChangeEntry
from ..errors import FactFileError, describe
from ..facts.factbase import AnyRecord
from .question_log import DayStats, QuestionGroup
from .core import ImportResult

_MARK = {"add": "+", "edit": "~", "delete": "-"}


def title_of(record: AnyRecord) -> str:
    """The name a person would use for a record (a source's title or publisher)."""
    return getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "publisher", record.id)


def actor_text(actor: str) -> str:
    return f"user {actor}" if actor.isdigit() else actor


def change_head(change: Change) -> str:
    """`#5 2025-04-21 10:02 UTC by user 42: edited event x: date`."""
    undone = f" (undone by #{change.undone_by})" if change.undone_by else ""
    return f"#{change.id} {change.at:%Y-%m-%d %H:%M} UTC by {actor_text(change.actor)}: {change.summary}{undone}"


def entry_line(entry: ChangeEntry) -> str:
    """`~ event x (date, place)`."""
    fields = f" ({', '.join(entry.changed_fields())})" if entry.action == "edit" else ""
    return f"{_MARK[entry.action]} {entry.record_type} {entry.record_id}{fields}"


def change_lines(change: Change, *, max_entries: int = 8) -> list[str]:
    """The change's head line and up to `max_entries` indented entry lines."""
    lines = [change_head(change)]
    lines += ["  " + entry_line(e) for e in change.entries[:max_entries]]
    if len(change.entries) > max_entries:
        lines.append(f"  ... and {len(change.entries) - max_entries} more")
    return lines


def import_summary(result: ImportResult) -> str:
    """`3 added, 1 changed, 9 unchanged (change #7)`."""
    parts = [f"{len(result.added)} added", f"{len(result.changed)} changed", f"{len(result.unchanged)} unchanged"]
    if result.removed:
        parts.append(f"{len(result.removed)} removed")
    tail = f" (change #{result.change.id})" if result.change else "; nothing changed"
    return ", ".join(parts) + tail


def error_lines(exc: FactFileError) -> list[str]:
    """One line per problem: `line 12, events[0] (x), field 'date.value': invalid date`."""
    return [describe(e) for e in exc.errors]


def group_line(group: QuestionGroup) -> str:
    """`12x  When is the next forum?  (last asked 2025-05-01)`."""
    return f"{group.count}x  {group.question}  (last asked {group.last_asked:%Y-%m-%d})"


def day_line(day: DayStats) -> str:
    return f"{day.day.isoformat()}  asked {day.asked}, answered {day.answered}, declined {day.declined}"
