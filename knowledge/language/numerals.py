"""Ordinal numbers a question writes in Chinese numerals: "第十次会议" states 10 as "the 10th meeting" does.

The facts write their numbers in digits, and the matcher checks every number a question states against
them (a false premise is declined, see matcher.consistent_numbers); a Chinese question that writes its
ordinal in characters would otherwise state none. A count in numerals ("两位官员", "the two officials") is
read as English counts in words are: as no number stated.
"""
from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ORDINAL = re.compile(r"第([零〇一二两三四五六七八九十百千万]+)")
ENGLISH_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")  # an ordinal as an English name writes it ("3rd"): fullmatch it


def value(numeral: str) -> int | None:
    """The value of a run of Chinese numerals ("十" 10, "二十三" 23, "一百零五" 105, "三" 3), or None."""
    total = section = 0
    digit: int | None = None
    for ch in numeral:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def chinese_ordinals(text: str) -> frozenset[str]:
    """The numbers (as digit strings) of the Chinese ordinals in `text` ("第十次": 10)."""
    return frozenset(str(n) for n in (value(m.group(1)) for m in _ORDINAL.finditer(text)) if n)


# The endings an ordinal written in digits takes ("4-е", "10-го", "3-cü", "2025-ci"), as tokens after the digits
# (folded: Azerbaijani "cü" is "cu")
_ORDINAL_ENDINGS = {
    "ru": frozenset("е й я го му м х ое ый ий ой ая ья ье ого ому ом ым ую".split()),
    "az": frozenset("ci cu inci uncu nci ncu ıncı".split()),
}


MAX_ORDINAL = 100  # the ordinals that number meetings and sessions; a larger number with an ending is a year


def english_ordinal(n: int) -> str:
    """4 -> "4th", 1 -> "1st", 12 -> "12th", 22 -> "22nd": as English names write an ordinal."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def ordinal_readings(words: list[str], lang: str) -> tuple[dict[int, str], frozenset[int]]:
    """Where a question writes an ordinal in digits with its language's ending ("4-е заседание", "3-cü iclas")
    or in Chinese numerals ("第四次会议"): the English ordinal each of those positions says ("4th": the
    record is named "4th meeting of ..."), and the positions of the endings and of 第 (no words of their own)."""
    out: dict[int, str] = {}
    marks: set[int] = set()
    endings = _ORDINAL_ENDINGS.get(lang, frozenset())
    for i, w in enumerate(words):
        if w.isdigit() and i + 1 < len(words) and words[i + 1] in endings and 0 < int(w) <= MAX_ORDINAL:
            out[i] = out[i + 1] = english_ordinal(int(w))  # (not a year: "2025-ci ildə" is "in 2025")
            marks.add(i + 1)
        elif w == "第":
            j = i + 1
            while j < len(words) and len(words[j]) == 1 and (words[j] in _DIGITS or words[j] in _UNITS):
                j += 1
            n = value("".join(words[i + 1:j])) if j > i + 1 else None
            if j == i + 1 and i + 1 < len(words) and words[i + 1].isdigit():  # "第4次"
                j, n = i + 2, int(words[i + 1])
            if n:
                for p in range(i, j):
                    out[p] = english_ordinal(n)
                marks.add(i)
    return out, frozenset(marks)


# English ordinals in words ("the *fourth* meeting", a name's "Fourth meeting of ..."): each is the ordinal "4th".
ENGLISH_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}


def english_ordinal_of_word(word: str) -> str | None:
    """"fourth" -> "4th" (any case); None for a word that is no English ordinal."""
    n = ENGLISH_ORDINAL_WORDS.get(word.lower())
    return english_ordinal(n) if n else None


_SPAN_JOINS = frozenset({"至", "到", "~", "－", "—", "–"})
_FIRST = frozenset({"前", "头"})


def chinese_month_span(words: list[str]) -> tuple[range, tuple[int, int]] | None:
    """The months a Chinese question spans, where it says them: "前十个月" (the first ten months: 1 to 10), "1-10月"
    and "1月至10月" (January to October), "前三季度" (the first three quarters: 1 to 9). `words` are its tokens (one
    a character or a number). None when it says no span."""
    n = len(words)

    def numeral(i: int) -> tuple[int, int] | None:  # (its value, where it ends)
        j = i
        while j < n and (words[j] in _DIGITS or words[j] in _UNITS):
            j += 1
        got = value("".join(words[i:j])) if j > i else (int(words[i]) if i < n and words[i].isdigit() else None)
        return (got, j if j > i else i + 1) if got else None

    for i, w in enumerate(words):
        if w in _FIRST and (num := numeral(i + 1)):
            count, j = num
            j += 1 if j < n and words[j] == "个" else 0
            if j < n and words[j] == "月" and 1 < count <= 12:
                return range(i, j + 1), (1, count)
            if j + 1 < n and words[j] == "季" and words[j + 1] == "度" and 1 < count <= 4:
                return range(i, j + 2), (1, 3 * count)
        if w.isdigit() and 1 <= int(w) <= 12:
            j = i + 1
            j += 1 if j < n and words[j] == "月" else 0
            j += 1 if j < n and words[j] in _SPAN_JOINS else 0
            if j + 1 < n and words[j].isdigit() and words[j + 1] == "月" and int(w) < int(words[j]) <= 12:
                return range(i, j + 2), (int(w), int(words[j]))
    return None
