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

import Stemmer

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
    if text.isascii():  # (NFKC leaves ASCII as it is, and only the backquote is translated)
        return (text.replace("`", "'") if "`" in text else text).lower()
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return text.replace("İ", "i").lower()


def fold(token: str) -> str:
    """Strip Azerbaijani special letters (and Russian ё) to their plain forms."""
    return token if token.isascii() else token.translate(_FOLD)


_NEGATED = re.compile(r"\b([nN][oO][nN])-(?=[^\W\d_])")  # "non-oil": one word, which says no "oil"


def _words_text(text: str) -> str:
    """The text as its tokens are found in: normalised, folded (letters to letters: the same tokens), and a word
    negated by a hyphened "non" joined to it ("non-oil": "nonoil"; a text of the non-oil sector says no "oil")."""
    text = fold(normalize(text))
    return _NEGATED.sub(r"\1", text) if "non-" in text else text


def tokens(text: str) -> list[str]:
    """Normalised word tokens; each CJK character is a token. Possessive 's is dropped. A word negated by a
    hyphened "non" is one token with it ("non-oil": "nonoil")."""
    out = _TOKEN_RE.findall(_words_text(text))
    if "s" not in out:  # (most texts: nothing to drop, and a build tokenises hundreds of thousands)
        return out
    # "azpromo's" -> "azpromo", "s"; drop the orphan possessive
    return [t for i, t in enumerate(out) if not (t == "s" and i > 0)]


def all_tokens(text: str) -> list[str]:
    """`tokens` with every "s" kept (for the words of many texts, where a possessive is dropped apart)."""
    return _TOKEN_RE.findall(_words_text(text))


def first_token(text: str) -> str | None:
    """The first of `all_tokens(text)` (None when it has none), without finding the others."""
    found = _TOKEN_RE.search(_words_text(text))
    return found.group() if found is not None else None


# Azerbaijani writes a case or possessive ending after an apostrophe or a hyphen when the word is a name written
# as another language spells it, an acronym above all ("SJAG-ın", "ZTBG-nin", "Zhejiang-a", "AZPROMO'nun"): the
# ending is grammar, no word of its own (after a number, "2025-ci", it makes an ordinal, and stays)
_AZ_DETACHED = re.compile(
    r"(?<=[^\W\d_])['\u2019\u02bc-](?:n?[ıiuü]n|[yn]?[aəıiuü]|n?(?:da|də|dan|dən|ta|tə|tan|tən)|dakı|dəki|la|lə"
    r"|dır|dir|dur|dür)(?![^\W_])")


def az_endings_off(text: str) -> str:
    """An Azerbaijani question with the endings written apart from its names taken off ("SJAG-ın payı" -> "SJAG
    payı")."""
    return _AZ_DETACHED.sub("", text) if ("-" in text or "'" in text or "\u2019" in text or "\u02bc" in text) else text


def cased_tokens(text: str) -> list[str]:
    """The tokens of `tokens(text)` as written (case kept), for telling names from words."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    out = _TOKEN_RE.findall(_NEGATED.sub(r"\1", text) if "-" in text else text)  # (as tokens: "Non-oil" one word)
    return [t for i, t in enumerate(out) if not (t.lower() == "s" and i > 0)]


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


_EN_BRITISH = [
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"tres$"), "ters"),
    (re.compile(r"^programme"), "program"),
]
_EN_IRREGULAR = {"does": "does", "goes": "go", "was": "was", "has": "has", "is": "is", "this": "this", "news": "news",
                 # (a unit of length is no "met": "square metres" names no meeting)
                 "meter": "meter", "meters": "meter", "kilometer": "kilometer", "kilometers": "kilometer"}
_EN_SUFFIXES = ("ings", "ing", "ers", "er", "ied", "ies", "ed", "es", "s", "ly")
# Russian: the Snowball algorithm (PyStemmer, the C implementation), which makes "основана",
# "основал", "основано" and "конференции", "конференция" meet.
_RU = Stemmer.Stemmer("russian")
_ru_stem = _RU.stemWord


# Azerbaijani (after folding: ə->e, ı->i, ü->u ...): case, possessive, plural and copula endings,
# peeled from the end ("şirkətlərin" -> "sirket", "konfransında" -> "konfrans", "rəhbəridir" ->
# "rehber"). Only endings English words do not end in are taken, and the d/t-endings and the bare
# vowels only after a consonant, so English stems stay as they were (a few rare words aside).
# (ending, shortest base, what must precede: "c" a consonant, "v" a vowel, letters one of them, "" anything)
_AZ_COPULA = (("dir", 3, ""), ("dur", 3, ""), ("tir", 3, ""), ("tur", 3, ""))
# verb forms end a word: "yaradılıb", "yaradılmışdır", "imzalanıbdır", "keçirildi"
_AZ_VERB = (
    ("misdir", 4, ""), ("musdur", 4, ""), ("mistir", 4, ""), ("mustur", 4, ""), ("ibdir", 4, "c"), ("ubdur", 4, "c"),
    ("mis", 4, ""), ("mus", 4, ""), ("ib", 4, "c"), ("ub", 4, "c"), ("di", 4, "c"), ("du", 4, "c"), ("ti", 4, "c"),
    ("tu", 4, "c"),
)
# noun endings, peeled in layers: case, then possessive, then plural ("şirkətlərinin")
_AZ_NOUN = (
    # "the one in" (locative and -ki: "Gəncədəki"; after a genitive, "zavodundakı", that comes off next)
    ("daki", 4, ""), ("deki", 4, ""), ("taki", 4, "c"), ("teki", 4, "c"),
    # ablative, locative (after a possessive too: "konfransından")
    ("ndan", 4, "v"), ("nden", 4, "v"), ("nda", 4, "v"), ("nde", 4, "v"),
    ("dan", 4, ""), ("den", 4, ""), ("tan", 4, "c"), ("ten", 4, "c"), ("da", 4, "c"), ("ta", 4, "c"),
    ("de", 4, "c"), ("te", 4, "c"),
    # genitive, accusative, dative, possessive
    ("nin", 4, "v"), ("nun", 4, "v"), ("in", 4, "c"), ("un", 4, "c"), ("ni", 4, "v"), ("nu", 4, "v"),
    ("si", 4, "aei"), ("su", 4, "aeo"), ("ya", 4, "v"), ("ye", 4, "v"),
    ("i", 4, "c"), ("u", 4, "c"),
    # plural
    ("lar", 4, ""), ("ler", 4, ""),
)
_AZ_VOWELS = "aeiou"
_AZ_KEEP = frozenset({"within", "origin", "margin", "begin", "cousin", "basin", "plugin", "login", "admin",
                      "china", "saudi", "iraqi", "israeli", "similar", "dollar", "pillar", "collar", "cellar"})


def _by_last_letter(endings: tuple[tuple[str, int, str], ...]) -> dict[str, tuple[tuple[str, int, str], ...]]:
    """The endings by their last letter, each list in the original order (the first that fits wins)."""
    return {c: tuple(e for e in endings if e[0][-1] == c) for c in {e[0][-1] for e in endings}}


_AZ_COPULA_BY, _AZ_VERB_BY, _AZ_NOUN_BY = map(_by_last_letter, (_AZ_COPULA, _AZ_VERB, _AZ_NOUN))


def _az_strip(word: str, endings: dict[str, tuple[tuple[str, int, str], ...]]) -> str | None:
    for ending, min_base, before in endings.get(word[-1:], ()):
        if not word.endswith(ending) or len(word) - len(ending) < min_base:
            continue
        base = word[: -len(ending)]
        if (before == "c" and base[-1] in _AZ_VOWELS or before == "v" and base[-1] not in _AZ_VOWELS
                or before not in ("", "c", "v") and base[-1] not in before):
            continue
        return base
    return None


def _az_peel(token: str) -> str:
    """Azerbaijani endings off a folded Latin word: the copula, then a verb form or up to three layers of
    noun endings ("tərkibindədir" -> "terkib"); English words keep theirs."""
    if token in _AZ_KEEP:
        return token
    word = _az_strip(token, _AZ_COPULA_BY) or token
    verb = _az_strip(word, _AZ_VERB_BY)
    if verb is not None:
        word = verb
    else:
        for _ in range(3):
            base = _az_strip(word, _AZ_NOUN_BY)
            if base is None:
                break
            word = base
    # "agentliyi" -> "agentliy" -> "agentlik", "dəstəyi" -> "destek": the k that softens before a vowel
    if word != token and word.endswith(("liy", "luy", "ey")):
        word = word[:-1] + "k"
    return word


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light stem: enough to make word forms meet, never shorter than 3 letters."""
    if len(token) <= 3 or token.isdigit() or _CJK_RE.match(token):
        return token
    if "\u0400" <= token[0] <= "\u04ff":  # Cyrillic
        return _ru_stem(token)
    token = _az_peel(token)
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
            elif suf in ("ed", "ing") and len(base) == 3 and base[0] not in "aeiou" and base[1] in "aeiou" \
                    and base[2] not in "aeiouwxy":
                base += "e"  # "noted" -> "note", not the word "not"
            return base
    return token


def transliterate(token: str, table: dict[str, str], after_vowel: dict[str, str] | None = None) -> str:
    """A Latin-script word in another script ("kogda" -> "когда"): the longest key of `table` at each
    point; `after_vowel` gives a letter's reading after a vowel ("kakoy" -> "какой", not "какоы")."""
    if not table:
        return token
    longest = max(len(k) for k in table)
    after_vowel = after_vowel or {}
    vowels = set("аеёиоуыэюяaeiou")
    out, i = [], 0
    while i < len(token):
        for n in range(min(longest, len(token) - i), 0, -1):
            part = token[i:i + n]
            if part in table:
                if n == 1 and part in after_vowel and out and out[-1][-1:] in vowels:
                    out.append(after_vowel[part])
                else:
                    out.append(table[part])
                i += n
                break
        else:
            out.append(token[i])
            i += 1
    return "".join(out)


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]
