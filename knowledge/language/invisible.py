"""Characters nobody sees: control characters (NUL ...), bidi controls (right-to-left overrides) and
format characters such as the zero-width space and the soft hyphen (Unicode categories Cc and Cf).

In a fact value they are refused: a name that displays as "AZPROMO" but holds a hidden
character never matches what people type, and a bidi override can make a record read as
something else. In a question they are removed, so one pasted zero-width space or soft
hyphen inside a word does not break the word in two.
"""
from __future__ import annotations

import unicodedata

_WHITESPACE_CONTROLS = frozenset("\t\n\r")


def invisible_chars(text: str) -> list[str]:
    """The control and format characters of `text` (tab, newline and carriage return are fine)."""
    return [c for c in text if c not in _WHITESPACE_CONTROLS and unicodedata.category(c) in ("Cc", "Cf")]


def describe(char: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL CHARACTER')}"


def refuse_invisible(text: str) -> str:
    """`text` unchanged, or ValueError naming the first invisible character in it (a pydantic validator)."""
    found = invisible_chars(text)
    if found:
        raise ValueError(f"holds an invisible or control character ({describe(found[0])}); remove it")
    return text


def visible_text(question: str) -> str:
    """A question without invisible characters: removed where they sit (inside a word, usually);
    control characters that are whitespace (form feed, separators) become spaces. A question of
    nothing but such characters is left as it is: it is unreadable, not empty."""
    if question.isprintable() or not invisible_chars(question):  # (printable: no Cc or Cf character)
        return question
    visible = "".join(_visible(c) for c in question)
    return visible if visible.strip() else question


def _visible(char: str) -> str:
    if char in _WHITESPACE_CONTROLS or unicodedata.category(char) not in ("Cc", "Cf"):
        return char
    return " " if char.isspace() else ""
