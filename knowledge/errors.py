"""Domain errors of the knowledge core; the adapters turn them into replies in one place."""
from __future__ import annotations

from dataclasses import dataclass


class KnowledgeError(Exception):
    """Base of every error the knowledge core raises on purpose."""

    ui_key: str | None = None  # a reply of its own in the user's language (messages.ui.<key>), if it has one


@dataclass(frozen=True)
class FactError:
    """One problem in a fact file: where it is and what is wrong."""

    file: str
    record: str  # e.g. "organizations[0] (azpromo)"
    field: str   # e.g. "founded.value"
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        rec = f" {self.record}" if self.record else ""
        fld = f" field '{self.field}'" if self.field else ""
        return f"{where}:{rec}{fld}: {self.message}"


class FactFileError(KnowledgeError):
    """A fact file or document failed to load; nothing from it was used."""

    def __init__(self, errors: list[FactError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class RecordNotFound(KnowledgeError):
    def __init__(self, record_id: str):
        self.record_id = record_id
        super().__init__(f"There is no record with id '{record_id}'.")


class ChangedMeanwhile(KnowledgeError):
    """An edit was based on a version of the record that is no longer current."""

    def __init__(self, record_id: str):
        self.record_id = record_id
        super().__init__(f"Record '{record_id}' was changed meanwhile; nothing was saved. Reload it and try again.")


class RecordInUse(KnowledgeError):
    """A record other records still refer to cannot be deleted."""

    def __init__(self, record_id: str, referrers: list[str]):
        self.record_id = record_id
        self.referrers = list(referrers)
        super().__init__(f"Record '{record_id}' is referred to by: {', '.join(referrers)}; nothing was deleted.")


class NotAuthorized(KnowledgeError):
    def __init__(self, action: str = "that"):
        super().__init__(f"You are not allowed to do {action}.")


class RecordExists(KnowledgeError):
    """A new record was given an id that is already taken."""

    def __init__(self, record_id: str):
        self.record_id = record_id
        super().__init__(f"There is already a record with id '{record_id}'; nothing was added. Choose another id.")


class NothingToUndo(KnowledgeError):
    def __init__(self) -> None:
        super().__init__("There is no change left to undo.")


class StoreUnavailable(KnowledgeError):
    """The fact store cannot be opened (unreadable file, newer schema, locked for too long)."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"The fact store {path} cannot be used: {reason}")


def describe(error: FactError) -> str:
    """One problem without the file name: `line 12, events[0] (x), field 'date.value': invalid date`."""
    where = [f"line {error.line}" if error.line else "", error.record, f"field '{error.field}'" if error.field else ""]
    place = ", ".join(w for w in where if w)
    return f"{place}: {error.message}" if place else error.message


class ImportRefused(FactFileError):
    """An import with problems: nothing of it was applied. Reads as a reply: a headline, then each problem."""

    MAX_LISTED = 30

    def __str__(self) -> str:
        files = sorted({e.file for e in self.errors if e.file})
        of = f" of {files[0]}" if len(files) == 1 else ""
        lines = [f"The import{of} was refused; nothing was changed. {len(self.errors)} problem(s):"]
        lines += [f"\u2022 {describe(e)}" for e in self.errors[: self.MAX_LISTED]]
        if len(self.errors) > self.MAX_LISTED:
            lines.append(f"\u2026 and {len(self.errors) - self.MAX_LISTED} more")
        return "\n".join(lines)


class HistoryMoved(KnowledgeError):
    """The change an undo was confirmed for is no longer the latest one."""

    def __init__(self) -> None:
        super().__init__("Another change was made or undone meanwhile; nothing was undone. "
                         "Send /undo again to see the latest change.")


class AdminOnly(NotAuthorized):
    """A non-admin tried an admin command, button or file upload."""

    def __init__(self, action: str):
        self.action = action
        KnowledgeError.__init__(self, f"Only admins of this bot can use {action}. Nothing was changed.")


class OwnerOnly(NotAuthorized):
    def __init__(self, action: str):
        self.action = action
        KnowledgeError.__init__(self, f"Only the owners of this bot can use {action}. Nothing was changed.")


class GroupAdminsOnly(NotAuthorized):
    """Someone who is not an administrator of a group tried to turn its digests on or off."""

    ui_key = "subscribe_admins_only"

    def __init__(self, action: str):
        self.action = action
        KnowledgeError.__init__(self, f"In a group only its administrators can use {action}; nothing was changed.")


class PrivateChatOnly(NotAuthorized):
    """An admin command sent in a group."""

    def __init__(self, action: str):
        self.action = action
        KnowledgeError.__init__(self, f"Admin commands work only in a private chat with me: "
                                      f"open a private chat with me and send {action} there.")
