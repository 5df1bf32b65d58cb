"""The admin command menus: owners see every admin command, granted admins all but /grant and /revoke."""
from __future__ import annotations

from telegram import BotCommand

from ..commands import PRIVATE_COMMANDS

ADMIN_COMMANDS: list[BotCommand] = [
    BotCommand("facts", "Admin: browse the fact base by type"),
    BotCommand("fact", "Admin: one record with sources and history: /fact ID"),
    BotCommand("add", "Admin: add a record step by step"),
    BotCommand("edit", "Admin: change a field of a record: /edit ID"),
    BotCommand("delete", "Admin: delete a record: /delete ID"),
    BotCommand("import", "Admin: import a YAML file (merge; /import replace)"),
    BotCommand("export", "Admin: the whole fact base as a YAML file"),
    BotCommand("draft", "Admin: draft records from an article: /draft LINK or text"),
    BotCommand("history", "Admin: the latest changes: /history [ID]"),
    BotCommand("undo", "Admin: revert the latest change"),
    BotCommand("unanswered", "Admin: questions I could not answer"),
    BotCommand("stats", "Admin: questions per day"),
    BotCommand("cancel", "Admin: stop /add, /edit or /import"),
    BotCommand("grant", "Owner: make a user id an admin"),
    BotCommand("revoke", "Owner: take admin rights away"),
]
OWNER_ONLY_COMMANDS = {"grant", "revoke"}


def granted_admin_menu() -> list[BotCommand]:
    """The command menu of a granted admin's private chat."""
    return PRIVATE_COMMANDS + [c for c in ADMIN_COMMANDS if c.command not in OWNER_ONLY_COMMANDS]
