"""Which language a question is written in: by its script first, then by the words only one lexicon knows."""
from __future__ import annotations

import re

from .lexicon import lexicon, lexicons
from .text import stem, tokens

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORDS = re.compile(r"[\u0400-\u04ff]+")
_CJK_CHARS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_AZ_LETTERS = re.compile(r"[əğışƏĞŞİ]")  # no IGNORECASE: "ı" would then match "i"


def detect_language(text: str, hint: str | None = None) -> str:
    """The question's language by its script and words; `hint` (e.g. Telegram's language_code)
    decides when the text alone does not tell."""
    available = lexicons()
    cjk = len(_CJK_CHARS.findall(text))
    cyrillic = len(_CYRILLIC_WORDS.findall(text))
    if cjk and cjk >= 2 * cyrillic and "zh" in available:
        return "zh"  # Chinese, even with a Latin name in it ("AZPROMO是哪一年成立的？")
    if cyrillic and "ru" in available:
        return "ru"  # Russian, even with a Chinese name in it ("Кто такой 吴红亮?")
    if cjk and "zh" in available:
        return "zh"
    if _AZ_LETTERS.search(text) and "az" in available:
        return "az"
    seq = [stem(t) for t in tokens(text)]
    scores = {}
    for code, lex in available.items():
        if code in ("zh",):
            continue
        hits = sum(1 for s in seq if s in lex.markers)
        if hits:
            scores[code] = hits
    if scores:
        return max(scores, key=lambda c: (scores[c], c == "en"))
    hint = (hint or "").split("-")[0].lower()
    if hint in available and not any(s in lexicon("en").stopwords for s in seq):
        return hint
    return "en"

