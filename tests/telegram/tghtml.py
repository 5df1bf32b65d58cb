"""Telegram's HTML parse mode, as the fake Bot API server applies it: HTML in, (text, entities) out.

Follows the Bot API rules: only the documented tags, attribute values as Telegram
reads them, the four named entities plus numeric ones, tags properly nested.
One deliberate difference: real Telegram keeps a stray `&` as a literal; this
parser rejects it, so that a missing `html.escape` shows up in tests.
"""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field

_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "tg-spoiler": "spoiler",
    "span": "spoiler", "a": "text_link", "code": "code", "pre": "pre", "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
_END = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]+));")


class HtmlError(ValueError):
    """The text does not parse; the message is Telegram's 'can't parse entities' description."""


@dataclass
class Parsed:
    text: str
    entities: list[dict] = field(default_factory=list)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(html: str) -> Parsed:
    """Parse Telegram HTML; raise HtmlError with Telegram's wording if it would be rejected."""
    out: list[str] = []
    pos16 = 0
    stack: list[tuple[str, int, dict]] = []  # (tag, utf16 offset, attributes)
    entities: list[dict] = []
    i = 0
    while i < len(html):
        ch = html[i]
        if ch == "<":
            if html.startswith("</", i):
                m = _END.match(html, i)
                if not m:
                    raise HtmlError(f"Can't parse entities: unexpected end tag at byte offset {_byte(html, i)}")
                name = m.group(1).lower()
                if not stack:
                    raise HtmlError(f"Can't parse entities: unexpected end tag at byte offset {_byte(html, i)}")
                open_name, start, attrs = stack.pop()
                if open_name != name:
                    raise HtmlError(
                        f"Can't parse entities: unmatched end tag at byte offset {_byte(html, i)}, "
                        f'expected "</{open_name}>", found "</{name}>"')
                entity = _entity(open_name, attrs, start, pos16 - start)
                if entity:
                    entities.append(entity)
                i = m.end()
                continue
            m = _START.match(html, i)
            if not m or m.group(1).lower() not in _TAGS:
                shown = m.group(1) if m else html[i + 1: i + 10].split(" ")[0]
                raise HtmlError(
                    f'Can\'t parse entities: unsupported start tag "{shown}" at byte offset {_byte(html, i)}')
            name = m.group(1).lower()
            attrs = {a.lower(): htmllib.unescape((v or "").strip("\"'")) for a, v in _ATTR.findall(m.group(2))}
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise HtmlError(f'Can\'t parse entities: unsupported start tag "span" at byte offset {_byte(html, i)}')
            if name == "a" and not attrs.get("href"):
                raise HtmlError(f"Can't parse entities: a tag needs a href at byte offset {_byte(html, i)}")
            stack.append((name, pos16, attrs))
            i = m.end()
            continue
        if ch == "&":
            m = _ENTITY.match(html, i)
            if not m:
                raise HtmlError(f"Can't parse entities: unescaped '&' at byte offset {_byte(html, i)}")
            dec, hexa, named = m.groups()
            if named is not None:
                if named not in _NAMED:
                    raise HtmlError(f"Can't parse entities: unknown entity '&{named};' at byte offset {_byte(html, i)}")
                ch = _NAMED[named]
            else:
                code = int(dec) if dec is not None else int(hexa, 16)
                if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise HtmlError(f"Can't parse entities: bad character reference at byte offset {_byte(html, i)}")
                ch = chr(code)
            i = m.end()
        else:
            i += 1
        out.append(ch)
        pos16 += utf16_len(ch)
    if stack:
        raise HtmlError(f'Can\'t parse entities: can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return Parsed("".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"])))


def _entity(name: str, attrs: dict, offset: int, length: int) -> dict | None:
    if length == 0:
        return None
    entity = {"type": _TAGS[name], "offset": offset, "length": length}
    if name == "a":
        entity["url"] = attrs["href"]
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif name == "pre" and attrs.get("language"):
        entity["language"] = attrs["language"]
    elif name == "tg-emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    return entity


def _byte(text: str, index: int) -> int:
    return len(text[:index].encode())
