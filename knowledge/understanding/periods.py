"""What period a question asks about, against the period a statistic covers.

"The trade turnover in 2024" asks for the whole year: a statistic of its first quarter does not answer
it, nor does the year's figure answer "the first quarter of 2022". A question says a part of a year by
the words the language files word periods with (messages.period, the month names), so no list of
phrasings is needed here: the same words the answers use to say a period are the ones looked for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts.values import period_parts
from ..language.lexicon import lexicon
from ..language.numerals import value as numeral_value
from ..language.text import has_cjk, stem, tokens
from .analysis import Analysis


def _templates(lang: str) -> dict[str, str]:
    return {k: str(v) for k, v in (lexicon(lang).messages.get("period") or {}).items()}


def _months(lang: str) -> list[str]:
    return [str(m) for m in (lexicon(lang).messages.get("months") or [])]


def _words(text: str, stop: frozenset[str]) -> set[str]:
    """The stems of a period phrase's words, placeholders, numbers and stop words aside."""
    out = set()
    for t in tokens(text.replace("{year_ord}", " ").replace("{year}", " ").replace("{month}", " ")):
        s = stem(t)
        if not s.isdigit() and s not in stop and len(s) > 1:
            out.add(s)
    return out


@lru_cache(maxsize=16)
def part_words(lang: str) -> frozenset[str]:
    """The words that say a part of a year in `lang` or English ("quarter", "half", "first", month names),
    without those that say a year itself ("г.", "il")."""
    out: set[str] = set()
    for code in {lang, "en"}:
        stop = lexicon(code).stopwords
        t = _templates(code)
        year = _words(t.get("year", ""), stop)
        for key, text in t.items():
            if key not in ("year", "span"):
                out |= _words(text, stop) - year
        out |= {stem(t) for m in _months(code) if not m.isdigit() for t in tokens(m)}
    return frozenset(out)


def _phrases(value: str, code: str) -> list[str]:
    """The words (as stems, or a CJK string) the language says each part of the period with."""
    t, months = _templates(code), _months(code)
    out = []
    for grain, _, n in period_parts(value):
        if grain == "month" and months:
            out.append(months[n - 1])
        elif grain == "day" and months:
            out.append(months[n // 100 - 1])
        elif grain in ("quarter", "half"):
            out.append(t.get(f"{grain}{n}", ""))
    return out


def says_period(a: Analysis, value: str) -> bool:
    """Does the question say the part of a year `value` is (its quarter, half or months; a Chinese span of months,
    "前十个月", as the months from its first to its last)?"""
    if a.months_spanned is not None:
        return a.months_spanned == _first_and_last_month(value)
    return words_say_period(a.seq, a.lang, value)


def _first_and_last_month(value: str) -> tuple[int, int] | None:
    """The first and the last month of a period ("2026-01/2026-10": 1, 10; "2026-Q1/2026-Q3": 1, 9)."""
    months = []
    for grain, _, n in period_parts(value):
        if grain == "month":
            months.append((n, n))
        elif grain == "day":
            months.append((n // 100, n // 100))
        elif grain == "quarter":
            months.append((3 * n - 2, 3 * n))
        elif grain == "half":
            months.append((6 * n - 5, 6 * n))
    return (months[0][0], months[-1][1]) if months else None


def words_say_period(seq: list[str], lang: str, value: str) -> bool:
    """Do these words (a question's stems, in `lang`) say the part of a year `value` is?"""
    said = set(seq)
    joined = "".join(seq)
    for code in {lang, "en"}:
        stop = lexicon(code).stopwords
        for phrase in _phrases(value, code):
            if has_cjk(phrase):
                bare = phrase.replace("{year_ord}", "").replace("{year}", "")
                if bare and bare in joined:
                    return True
            elif _words(phrase, stop) & said:
                return True
    return any(part[5:].lower() in said for part in value.split("/") if part[5:6] in ("Q", "H"))


def other_period(a: Analysis, value: str) -> bool:
    """Does the question, stating a year, ask about another span than `value` covers: another year, the
    whole year of a quarter's figure, or a part of the year of a whole year's figure?"""
    years = {n for n in a.numbers if len(n) == 4 and n[:2] in ("19", "20")}
    if not years:
        return False
    parts = period_parts(value)
    covered = {str(y) for y in range(int(value[:4]), int(value.split("/")[-1][:4]) + 1)}
    if not covered & years:
        return True  # another year ("exports in 2026" of the 2025 figure, whose source is of 2026)
    if all(grain == "year" for grain, _, _ in parts):
        if a.lang == "zh":
            return _counts_months(a.seq) or chinese_part_said(a.seq)
        return bool(set(a.residual) & part_words(a.lang))
    if a.months_spanned is not None:  # a Chinese span of months ("前三个月"): the same months, or another span
        return a.months_spanned != _first_and_last_month(value)
    return not says_period(a, value) and not says_a_part(a) or one_month_of_a_span(a, parts)


def chinese_part_said(seq: list[str]) -> bool:
    """Do a Chinese question's characters say a part of a year in the words the answers use for one (the zh period
    templates other than a year, a span and a month: a quarter, a half)?"""
    joined = "".join(seq)
    return any(k not in ("year", "span", "month") and text.replace("{year}", "") in joined
               for k, text in _templates("zh").items())


def named_years(rec: object) -> tuple[str, ...]:
    """The years a record's name says ("Trains on the Trans-Caspian route, 2024"; "..., January-September 2025"),
    in order: what a statistic with no period of its own covers, as far as its name tells."""
    return tuple(sorted(set(_NAMED_YEAR.findall(str(getattr(rec, "name", "") or "")))))


def asks_another_year(a: Analysis, years: tuple[str, ...]) -> bool:
    """Does the question state a year, and none within the years `years` span ("trains in 2023" of 2024's)?"""
    asked = {n for n in a.numbers if len(n) == 4 and n[:2] in ("19", "20")}
    covered = {str(y) for y in range(int(years[0]), int(years[-1]) + 1)}
    return bool(asked) and not asked & covered


_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def one_month_of_a_span(a: Analysis, parts: list[tuple[str, int, int]]) -> bool:
    """Does the question name one month by its name beside a year or day ("trade in January 2026"), and no other
    of the months a span covers ("January–May 2026")? Then it asks for that month's figure, not the span's."""
    months = [n if grain == "month" else n // 100 for grain, _, n in parts if grain in ("month", "day")]
    if len(months) < 2 or len(set(months)) < 2:
        return False
    said = months_said(a)
    if len(said) != 1:
        return False
    names = {stem(t): n for code in {a.lang, "en"} for n, name in enumerate(_months(code), 1)
             if not name.isdigit() for t in tokens(name)}
    named = {names[s] for s in a.seq[a.focus:] if s in names}
    return not (named - said) & set(range(min(months), max(months) + 1))


_MONTH, _MEASURE = "月", "个"


def _counts_months(seq: list[str]) -> bool:
    """Does a Chinese question number months ("前七个月", "1月至10月"): a part of a year, as an English "first seven
    months" or "January to October" says? (A 月 after no number asks which month: "几月", "哪个月".)"""
    def number(p: int) -> bool:
        return p >= 0 and (seq[p].isdigit() or numeral_value(seq[p]) is not None)

    return any(s == _MONTH and (number(i - 1) or i >= 2 and seq[i - 1] == _MEASURE and number(i - 2))
               for i, s in enumerate(seq))


def says_a_part(a: Analysis) -> bool:
    """Does the question say some part of a year ("the first five months", "jan-aug")? Which part is
    then the scores' business; only a question that says none asks for the whole year."""
    return a.months_spanned is not None or any(is_part_word(s, a.lang) for s in a.seq)


def is_part_word(s: str, lang: str) -> bool:
    """Is this stem a word that says a part of a year, or a month cut short ("aug")?"""
    words = part_words(lang)
    return s in words or len(s) >= 3 and s.isalpha() and any(len(m) > 3 and m.startswith(s) for m in words)


def months_said(a: Analysis) -> frozenset[int]:
    """The months the question names by their names beside a day or a year ("in October 2025", "17 апреля"),
    as numbers (a month name alone may be another word: "may I ask")."""
    names = {stem(t): n for code in {a.lang, "en"} for n, name in enumerate(_months(code), 1)
             if not name.isdigit() for t in tokens(name)}
    seq = a.seq
    return frozenset(names[s] for i, s in enumerate(seq) if i >= a.focus and s in names
                     and any(0 <= j < len(seq) and seq[j].isdigit() for j in (i - 1, i + 1)))
