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
