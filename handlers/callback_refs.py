"""Ids in callback data, one scheme for every button (the admin buttons and "did you mean").

An id that fits travels as itself; a longer or odd one as `#` and the first 16 hex digits
of its SHA-256, looked up again among the ids that exist when the button is pressed.
Nothing is kept in memory, so every button keeps working after a restart for as long as
what it points to exists.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

HASHED = r"#[0-9a-f]{16}"


def ref(value: str, plain: str) -> str:
    """`value` as it travels: itself if it matches the `plain` pattern, else its hash."""
    if re.fullmatch(plain, value):
        return value
    return "#" + hashlib.sha256(value.encode()).hexdigest()[:16]


def resolve(token: str, existing: Iterable[str]) -> str | None:
    """The id among `existing` that `token` stands for, or None if there is none (any more)."""
    if not token.startswith("#"):
        return token if token in existing else None
    return next((value for value in existing
                 if "#" + hashlib.sha256(value.encode()).hexdigest()[:16] == token), None)
