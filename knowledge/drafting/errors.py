"""Why an article could not be drafted: each a domain error whose text is the reply to the admin.

Every one of them means nothing was changed: drafting only reads.
"""
from __future__ import annotations

from ..errors import KnowledgeError


class DraftError(KnowledgeError):
    """The article could not be read or drafted; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message + " Nothing was changed.")


class UnreachableLink(DraftError):
    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"I could not load {url}: {reason}.")


class ForbiddenAddress(DraftError):
    """http/https only, and no private, loopback or link-local hosts (unless the settings allow them)."""

    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(f"I do not fetch {url}: {reason}.")


class TooLarge(DraftError):
    def __init__(self, what: str, limit: int):
        self.limit = limit
        super().__init__(f"{what} is larger than {limit // 2**20} MB, too large for an article.")


class NotAnArticle(DraftError):
    def __init__(self, what: str, reason: str):
        self.reason = reason
        super().__init__(f"{what} is not an article I can read: {reason}.")


class NoFacts(DraftError):
    def __init__(self, title: str):
        super().__init__(f"I found no facts to draft in {title}: no organizations, people, events or "
                         f"agreements of the kind the fact base holds.")
