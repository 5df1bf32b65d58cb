"""Splitting paragraphs into sentences that are exact substrings of the article (the quotes).

A full stop ends a sentence unless it belongs to an abbreviation (Mr., Jan., U.S.,
No.), an initial ("J. Smith") or a number ("2.5"); a dateline opening the first
paragraph is cut off (the shipped quotes start after it, too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import Dateline, find_dateline

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen",
                  "gov", "sen", "rep", "approx", "est", "dept", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m"}
_END = re.compile(r"[.!?]+[\"”’»)]*(?=\s+[\"“«(]?[A-Z0-9А-ЯЁƏÇĞİÖŞÜ]|\s*$)")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # 1-based, as the schema's "where in it" is counted
    index: int      # position in the article


def _is_abbreviation(text: str, end: int) -> bool:
    word = re.search(r"([A-Za-z.]+)\.$", text[: end + 1])
    if not word:
        return False
    w = word.group(1).lower()
    return w in _ABBREVIATIONS or len(w) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", w))


def split_paragraph(paragraph: str) -> list[str]:
    out, start = [], 0
    for m in _END.finditer(paragraph):
        if paragraph[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(paragraph, m.start()):
            continue
        piece = paragraph[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def split_article(paragraphs: tuple[str, ...]) -> tuple[list[Sentence], Dateline | None]:
    """Every sentence of the article, and the dateline if the first paragraph opens with one."""
    dateline, at = None, 0
    for i, para in enumerate(paragraphs[:3], start=1):  # a kicker or a byline may come before it
        dateline = find_dateline(para)
        if dateline is not None:
            at = i
            break
    sentences: list[Sentence] = []
    for p, para in enumerate(paragraphs, start=1):
        if p == at:
            para = para[dateline.end:]
        for text in split_paragraph(para):
            sentences.append(Sentence(text=text, paragraph=p, index=len(sentences)))
    return sentences, dateline
