"""Evidence that can be trusted: every quote verbatim in its source's stored text, every other
citation a locator in a source that says where it can be read (its URL).

A source's text is stored when it is ours to keep: the shipped copy (`file`, in
knowledge/data/sources/) or the text an admin imported with it (`text`). Quotes are
compared with whitespace runs folded, nothing else: a changed word or figure is refused.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import FactError
from .factbase import AnyRecord, citations
from .models import Source

SOURCES_DIR = Path(__file__).resolve().parents[1] / "data" / "sources"
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=256)
def _file_text(path: Path, mtime_ns: int) -> str | None:
    try:
        return _fold(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def stored_text(source: Source, sources_dir: Path = SOURCES_DIR) -> str | None:
    """The source's stored text (whitespace folded), or None if we keep none."""
    if source.text:
        return _fold(source.text)
    if source.file:
        path = sources_dir / source.file
        try:
            return _file_text(path, path.stat().st_mtime_ns)
        except OSError:
            return None
    return None


def check_evidence(by_id: dict[str, AnyRecord], *, origin: str,
                   only: set[str] | None = None, require_text: bool = False) -> list[FactError]:
    """Problems with the citations of the records (of `only`, if given), naming record, field and source.

    A quote in a source whose text is stored must be verbatim in it. A quote in a source whose text we
    do not keep is the admin's own copy of the article's sentence (files in the first format cite so):
    accepted as given, unless `require_text` (the shipped base, which ships every text it quotes)."""
    errors: list[FactError] = []
    texts: dict[str, str | None] = {}
    for rec in by_id.values():
        if only is not None and rec.id not in only:
            continue
        where = f"{rec.type} {rec.id}"
        if isinstance(rec, Source) and rec.file and stored_text(rec) is None and not rec.text:
            errors.append(FactError(origin, where, "file", f"the source text '{rec.file}' is not shipped"))
        for fpath, c in citations(rec):
            src = by_id.get(c.source)
            if not isinstance(src, Source):
                continue  # reported by check_references
            if src.id not in texts:
                texts[src.id] = stored_text(src)
            text = texts[src.id]
            if c.quote is not None:
                if text is None and require_text:
                    errors.append(FactError(origin, where, f"{fpath}.quote",
                                            f"source '{src.id}' has no stored text to quote; cite a locator "
                                            "(e.g. 'paragraph 3') instead"))
                elif text is not None and _fold(c.quote) not in text:
                    errors.append(FactError(origin, where, f"{fpath}.quote",
                                            f"the quote is not verbatim in the text of source '{src.id}'"))
            elif text is None and src.url is None:
                errors.append(FactError(origin, where, f"{fpath}.locator",
                                        f"source '{src.id}' has neither stored text nor a URL; add its url"))
    return errors
