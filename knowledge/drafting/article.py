"""An article as the drafter reads it: metadata plus paragraphs of verbatim text.

Web pages go through trafilatura (title, date, site name, the text without
navigation); plain text and Markdown are read as they are, the first line (or
`# heading`) as the title. Quotes are cut from `paragraphs`, so they are verbatim.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import NotAnArticle

MIN_TEXT = 120  # characters: less than a couple of sentences is no article
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_MARKUP = re.compile(r"(\*\*|__|`)")


@dataclass(frozen=True)
class Article:
    paragraphs: tuple[str, ...]
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str = "en"
    notes: tuple[str, ...] = field(default_factory=tuple)  # where the metadata came from

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def from_html(html: str, *, url: str | None = None, what: str = "That page") -> Article:
    """Extract a web page's main text and metadata with trafilatura."""
    import trafilatura  # imported when first needed: it takes a while to load

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise NotAnArticle(what, "it holds no article text")
    lines = [" ".join(p.split()) for p in doc.text.split("\n")]
    lines = [p for p in lines if p]
    title = " ".join((doc.title or "").split()) or None
    if lines and title and lines[0] == title:
        lines = lines[1:]
    published = _iso_date(doc.date)
    publisher = (doc.sitename or "").strip() or None
    if publisher is None and url:
        publisher = _host_name(url)
    article = Article(paragraphs=tuple(lines), title=title, published=published, publisher=publisher, url=url,
                      language=(doc.language or "en")[:2] if doc.language else "en")
    return _checked(article, what)


def from_text(text: str, *, markdown: bool = False, url: str | None = None, what: str = "That text") -> Article:
    """Plain text (or Markdown): paragraphs are separated by blank lines; a short first line is the title."""
    blocks = [b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    title = None
    # heading lines before the running text (a kicker, a label, the headline): the last one is the title
    while len(blocks) > 1:
        first = blocks[0].strip().split("\n")
        head = first[0]
        if not (_MD_HEADING.match(head) or (len(head) < 160 and not head.rstrip().endswith((".", ":"))
                                            and len(first) == 1)):
            break
        title = _MD_HEADING.sub("", head).strip()
        blocks = (["\n".join(first[1:])] if len(first) > 1 else []) + blocks[1:]
    paragraphs = []
    for block in blocks:
        if markdown:
            block = _MD_MARKUP.sub("", _MD_HEADING.sub("", block))
        para = " ".join(block.split())
        if para:
            paragraphs.append(para)
    return _checked(Article(paragraphs=tuple(paragraphs), title=title or None, url=url), what)


def _checked(article: Article, what: str) -> Article:
    if sum(len(p) for p in article.paragraphs) < MIN_TEXT or not any(p.count(" ") >= 8 for p in article.paragraphs):
        raise NotAnArticle(what, "it has too little running text")
    return article


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _host_name(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "en", "m")]
    return parts[0].capitalize() if parts else None
