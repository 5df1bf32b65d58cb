"""Answers as Telegram HTML: everything escaped, the source line last, long texts split.

Pure text in, text out (no Telegram import), so it is easy to test on its own.
Telegram counts the 4,096-character limit on the text *after* parsing the HTML,
so the splitter counts visible characters (tags are free, `&amp;` counts as one)
and measures them in UTF-16 code units, the stricter of Telegram's two counts.
"""
from __future__ import annotations

import re
from html import escape

from telegram.constants import MessageLimit
from knowledge.answer import Answer, AnswerKind

MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH
MAX_QUOTES = 2
HELP_HINTS = {  # worded like the engine's own off-topic messages (knowledge/data/lang/*.yaml)
    "en": "Send /help to see what I can answer.",
    "ru": "Наберите /help, чтобы узнать, что я знаю.",
    "az": "Nələri bildiyimi görmək üçün /help yazın.",
    "zh": "输入 /help 查看我能回答的内容。",
}

_UNSURE_KINDS = (AnswerKind.DECLINE, AnswerKind.OFF_TOPIC, AnswerKind.SMALLTALK, AnswerKind.INVALID)


def esc(text: str) -> str:
    """Escape text for Telegram HTML (`<`, `>`, `&` and `"`)."""
    return escape(text, quote=True)


def render_answer(answer: Answer, *, with_hint: bool = True) -> str:
    """The answer as HTML: body, supporting quotes, the source line; declines end with a /help hint."""
    parts = [esc(answer.body.strip())]
    if answer.kind is AnswerKind.FACT:
        quotes = list(dict.fromkeys(q.text.strip() for q in answer.quotes if q.text.strip()))[:MAX_QUOTES]
        if quotes:
            note = f" ({esc(answer.quote_note)})" if answer.quote_note else ""
            body = "\n".join(f"\u201c{esc(q)}\u201d" for q in quotes)
            parts.append(f"<blockquote expandable>{body}{note}</blockquote>")
    line = answer.source_line()
    if line:
        parts.append(f"<i>{esc(line)}</i>")
    if with_hint and answer.kind in _UNSURE_KINDS and "/help" not in answer.body:
        parts.append(esc(HELP_HINTS.get(answer.lang, HELP_HINTS["en"])))
    return "\n".join(p for p in parts if p)


def render_card(answer: Answer, *, limit: int = MAX_MESSAGE) -> str:
    """The answer as one message (an inline card): whole if it fits, else the body shortened and the
    quotes left out. The source line is never cut: an answer without its source is not one to share."""
    html = render_answer(answer, with_hint=False)
    if visible_length(html) <= limit:
        return html
    line = answer.source_line()
    tail = f"<i>{esc(line)}</i>" if line else ""
    room = limit - visible_length(tail) - 1  # the newline before the source line
    return "\n".join(p for p in (esc(shorten(answer.body.strip(), room)), tail) if p)


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-16 units, at a sentence or else a word boundary, with an ellipsis."""
    if len(text.encode("utf-16-le")) // 2 <= limit:
        return text
    cut, units = 0, 0
    for i, ch in enumerate(text):
        units += _units(ch)
        if units > limit - 1:  # keep a unit for the ellipsis
            break
        cut = i + 1
    head = text[:cut]
    for boundary in (". ", "; ", ", ", " "):
        at = head.rfind(boundary)
        if at > cut // 2:
            head = head[:at + (1 if boundary != " " else 0)]
            break
    return head.rstrip() + "\u2026"


def visible_length(html: str) -> int:
    """Length of the text Telegram shows for `html`, in UTF-16 code units (tags removed,
    each entity one character)."""
    text = _ENTITY.sub("&", _TAG.sub("", html))
    return len(text.encode("utf-16-le")) // 2


# ---- splitting -------------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_SENTENCE_END = ".!?\u2026\u3002\uff01\uff1f"
_FULL_STOPS = "\u3002\uff01\uff1f"  # CJK sentence ends need no space after them
_LEVELS = 5  # paragraph, line, sentence, word, anywhere


def split_html(html: str, *, limit: int = MAX_MESSAGE) -> list[str]:
    """Split `html` into messages of at most `limit` visible characters.

    Cuts at a paragraph, else a line, else a sentence, else a word boundary (never
    inside a tag or an entity), and closes / reopens tags that span a cut.
    """
    chunks: list[str] = []
    rest = html.strip()
    while visible_length(rest) > limit:
        cut, open_tags = _cut_point(rest, limit)
        head = rest[:cut].rstrip()
        closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
        reopening = "".join(tag for _, tag in open_tags)
        if head:
            chunks.append(head + closing)
        rest = reopening + rest[cut:].lstrip()
    if rest.strip():
        chunks.append(rest)
    return chunks


def _units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _cut_point(html: str, limit: int) -> tuple[int, tuple[tuple[str, str], ...]]:
    """Where to cut `html` (an index) and the tags open there, as (name, opening tag)."""
    best: list[tuple[int, tuple] | None] = [None] * _LEVELS
    stack: list[tuple[str, str]] = []
    count = 0
    i = 0
    while i < len(html):
        ch = html[i]
        if ch == "<" and (m := _TAG.match(html, i)):
            closing, name = m.group(1), m.group(2).lower()
            if closing:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == name:
                        del stack[k:]
                        break
            else:
                stack.append((name, m.group(0)))
            i = m.end()
            continue
        width = 1
        step = 1
        if ch == "&" and (m := _ENTITY.match(html, i)):
            step = m.end() - i
        else:
            width = _units(ch)
        if count + width > limit:
            break
        count += width
        i += step
        level = _break_level(html, i)
        if level is not None and (level == _LEVELS - 1 or count >= limit // 2):
            best[level] = (i, tuple(stack))
    for found in best:
        if found is not None:
            return found
    return max(i, 1), tuple(stack)


def _break_level(html: str, i: int) -> int | None:
    """How good a place index `i` (just after a character) is for a cut; None inside an entity."""
    prev = html[i - 1]
    if prev in _FULL_STOPS:
        return 2
    if prev == "\n":
        return 0 if i >= 2 and html[i - 2] == "\n" else 1
    if prev.isspace():
        return 2 if i >= 2 and html[i - 2] in _SENTENCE_END else 3
    return _LEVELS - 1
