"""Text normalisation shared by the index and the matcher.

Questions and names are folded the same way: Unicode NFKC, lower case, typographic
quotes and dashes made plain, words split on anything that is not a letter or digit.
Chinese/Japanese characters become one token each (no spaces to split on), so the
same contiguous-phrase matching works for every script. Stems are light suffix
strips per language, enough to make "organised", "organized" and "organizers" meet.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+", re.UNICODE)
_CJK_RE = re.compile(rf"[{_CJK}]")
_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u00a0": " ",
})
# Azerbaijani / Turkish letters folded to ASCII so "yaradılıb" meets "yaradilib".
_FOLD = str.maketrans({"ə": "e", "ı": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u", "ё": "е"})


def normalize(text: str) -> str:
    """NFKC, lower case, plain quotes; the form every comparison starts from."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return text.replace("İ", "i").lower()


def fold(token: str) -> str:
    """Strip Azerbaijani special letters (and Russian ё) to their plain forms."""
    return token.translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Normalised word tokens; each CJK character is a token. Possessive 's is dropped."""
    out = []
    for tok in _TOKEN_RE.findall(normalize(text)):
        out.append(fold(tok))
    # "azpromo's" -> "azpromo", "s"; drop the orphan possessive
    return [t for i, t in enumerate(out) if not (t == "s" and i > 0)]


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


_EN_BRITISH = [
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"tres$"), "ters"),
    (re.compile(r"^programme"), "program"),
]
_EN_IRREGULAR = {"does": "does", "goes": "go", "was": "was", "has": "has", "is": "is", "this": "this", "news": "news"}
_EN_SUFFIXES = ("ings", "ing", "ers", "er", "ied", "ies", "ed", "es", "s", "ly")
_RU_SUFFIXES = tuple(sorted((
    "ами", "ями", "ому", "ему", "ого", "его", "ыми", "ими", "иях", "ией", "ией", "ия", "ие", "ий", "ый", "ой",
    "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ую", "юю", "ам", "ям", "ах", "ях", "ом", "ем", "ов", "ев",
    "ей", "ию", "ии", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    "ала", "ало", "али", "ила", "ило", "или", "ела", "ели", "ал", "ил", "ел", "ла", "ло", "ли",
    "ась", "ось", "ись", "лась", "лось", "лись", "ся", "сь", "ть", "ться",
), key=len, reverse=True))
_AZ_SUFFIXES = tuple(sorted((
    "lar", "ler", "larin", "lerin", "larda", "lerde", "lari", "leri", "dan", "den", "nin", "nun", "in", "un",
    "da", "de", "ya", "ye", "ni", "nu", "i", "u", "a", "e", "dir", "dur", "dir", "ib", "ub", "miş", "mis", "mus",
    "ildi", "ilib", "ilmis", "ndi", "ndu", "di", "du", "li", "lu", "si", "su", "sı",
), key=len, reverse=True))


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light stem: enough to make word forms meet, never shorter than 3 letters."""
    if len(token) <= 3 or token.isdigit() or _CJK_RE.match(token):
        return token
    if "\u0400" <= token[0] <= "\u04ff":  # Cyrillic
        for suf in _RU_SUFFIXES:
            if token.endswith(suf) and len(token) - len(suf) >= 3:
                return token[: -len(suf)]
        return token
    for pattern, repl in _EN_BRITISH:
        token = pattern.sub(repl, token)
    if token in _EN_IRREGULAR:
        return _EN_IRREGULAR[token]
    for suf in _EN_SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 3:
            if suf == "s" and token.endswith(("ss", "us", "is")):
                return token
            base = token[: -len(suf)]
            if suf in ("ied", "ies"):
                base += "y"
            elif suf in ("ed", "ing", "er", "ers", "ings") and len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # "planned" -> "plan"
            return base
    return token


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]
