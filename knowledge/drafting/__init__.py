"""From an article to proposed records: fetch (httpx), extract (trafilatura), read (rules), draft.

No Telegram here: the admin chat and the command line both call `draft_url`,
`draft_text` or `draft_html` and show the resulting `Draft` their own way.
"""
from __future__ import annotations

import datetime as dt

from ..facts.factbase import FactBase
from .article import Article, from_html, from_text
from .draft import Draft, Proposal, draft_article
from .errors import DraftError, ForbiddenAddress, NoFacts, NotAnArticle, TooLarge, UnreachableLink
from .fetch import MAX_BYTES, fetch

__all__ = ["Article", "Draft", "DraftError", "ForbiddenAddress", "NoFacts", "NotAnArticle", "Proposal", "TooLarge",
           "UnreachableLink", "draft_article", "draft_document", "draft_text", "draft_url", "MAX_BYTES"]


async def draft_url(url: str, base: FactBase, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
                    timeout: float = 10.0, today: dt.date | None = None) -> Draft:
    page = await fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    return draft_document(page.body, base, name=page.url, content_type=page.content_type, url=page.url,
                          today=today, max_bytes=max_bytes)


def draft_text(text: str, base: FactBase, *, url: str | None = None, today: dt.date | None = None) -> Draft:
    return draft_article(from_text(text, url=url), base, today=today)


def draft_document(data: bytes, base: FactBase, *, name: str, content_type: str | None = None,
                   url: str | None = None, today: dt.date | None = None, max_bytes: int = MAX_BYTES) -> Draft:
    """A file or page: HTML, Markdown or plain text, told apart by its type, name or first bytes."""
    if len(data) > max_bytes:
        raise TooLarge("That file", max_bytes)
    if _is_image(data) or (content_type or "").startswith("image/"):
        raise NotAnArticle("That file", "it is an image")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252") if b"\x00" not in data else None
        except UnicodeDecodeError:
            text = None
        if text is None:
            raise NotAnArticle("That file", "it is not text") from None
    lower = name.lower().split("?")[0]
    looks_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")) or "<p" in text[:5000].lower()
    if content_type in ("text/html", "application/xhtml+xml") or lower.endswith((".html", ".htm")) or (
            content_type is None and looks_html):
        article = from_html(text, url=url)
    else:
        article = from_text(text, markdown=lower.endswith(".md") or content_type == "text/markdown", url=url)
    return draft_article(article, base, today=today)


def _is_image(data: bytes) -> bool:
    return data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM")) or data[4:12] == b"ftypheic"
