"""Names across scripts by their sound: "Шэки", "Şəki" and "舍基" for the "Shaki" of a record.

What an admin adds is named in English, or in pinyin for Chinese names ("Wang Meiyan", "Qinglu
Fresh"); a Russian question writes those names in Cyrillic ("Ван Мэйянь", "Цинлу"), an Azerbaijani
one in its own spelling ("Gəncə" for "Ganja"), a Chinese one in characters ("王美艳"). Each word is
reduced to a sound key: its consonants in a few classes, vowels and y-glides left out, so that
the usual renderings of one name meet ("Шеки" and "Shaki" are both S-K, "Гянджа", "Gəncə" and
"Ganja" G-N-J). The keys of a name word are made once, when the index is built (`SoundIndex`);
a question's words are looked up in it (`knowledge/understanding/crossnames.py`).

Chinese characters are read as pinyin (pypinyin, loaded with the first Chinese question that needs
it): the pinyin of a run of characters that spells a name word whole ("美艳" = "meiyan") is that word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from .text import normalize, stem, tokens

# A pinyin syllable; a word made of them only is read as pinyin (its q, x, c, z, r as in Chinese).
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v))+")
_VOWELS = frozenset("aeiouyəıöüаеёиоуыэюяйь")
MIN_KEY = 2          # a key of fewer consonants tells too little to name anything
MAX_VARIANTS = 8     # ways one word may be read (an English c as k, s or ts ...)

# Latin letters (English and pinyin spelling) to sound classes: the longest spelling first; a list
# gives the readings a spelling has.
_LATIN = {
    "shch": ["S"], "sch": ["S"], "tch": ["C"], "dzh": ["J"], "zh": ["J"], "sh": ["S"], "ch": ["C"], "kh": ["G"],
    "gh": ["G"], "ph": ["F"], "th": ["T"], "ts": ["C"], "tz": ["C"], "ck": ["K"], "dj": ["J"], "j": ["J"],
    "h": ["G"], "g": ["G"], "k": ["K"], "w": ["V"], "v": ["V"], "b": ["B"], "p": ["P"], "f": ["F"], "d": ["D"],
    "t": ["T"], "l": ["L"], "m": ["M"], "n": ["N"], "r": ["R"], "s": ["S"], "z": ["Z"], "x": ["KS", "S"],
    "q": ["K", "C"],
}
# in a pinyin word: q, x, c, z, r as Russian and Chinese render them (Palladius: цин, сяо, цз, ж)
_PINYIN_LETTERS = {"q": ["C"], "x": ["S"], "c": ["C"], "z": ["J", "Z"], "r": ["R", "J"], "j": ["J"]}
# Azerbaijani spelling: c is j, ç ch, x kh, q g
_AZ = {"ş": ["S"], "ç": ["C"], "c": ["J"], "x": ["G"], "q": ["G"], "ğ": ["G"], "j": ["J"]}
_CYRILLIC = {
    "дж": ["J"], "цз": ["J"], "чж": ["J"], "кс": ["KS"], "б": ["B"], "в": ["V"], "г": ["G"], "д": ["D"],
    "ж": ["J"], "з": ["Z"], "к": ["K"], "л": ["L"], "м": ["M"], "н": ["N"], "п": ["P"], "р": ["R"], "с": ["S"],
    "т": ["T"], "ф": ["F"], "х": ["G"], "ц": ["C"], "ч": ["C"], "ш": ["S"], "щ": ["S"],
}
# Russian adjectives of names: "Шекинский" (шекинск) is of Sheki, "логистический" of logistics
_RU_ADJECTIVE = (("ическ", "ик"), ("инск", ""), ("овск", ""), ("евск", ""), ("ск", ""), ("ов", ""), ("н", ""))


def is_pinyin(word: str) -> bool:
    return bool(_PINYIN.fullmatch(word))


def _keys(word: str, table: dict[str, list[str]], pinyin: bool = False) -> frozenset[str]:
    """The sound keys of one word: its consonant classes in order, repeats merged; an "ng" before no
    vowel (or in pinyin) is one n ("Wang" - "Ван", "Tengyun" - "Тэнъюнь"), before a vowel n and g
    ("Mingachevir")."""
    longest = max(len(k) for k in table)
    parts: list[list[str]] = []
    i, n = 0, len(word)
    while i < n:
        if word.startswith(("ng", "нг"), i):  # before a vowel the g is read on its own
            parts.append(["N"])
            i += 1 if not pinyin and i + 2 < n and word[i + 2] in _VOWELS and word[i + 2] not in "yй" else 2
            continue
        for size in range(min(longest, n - i), 0, -1):
            readings = table.get(word[i:i + size])
            if readings is not None:
                parts.append(readings)
                i += size
                break
        else:
            i += 1  # a vowel, a glide or a sign: no consonant
    if not parts:
        return frozenset()
    out = set()
    for combo in product(*parts):
        key = "".join(combo)
        out.add(re.sub(r"(.)\1+", r"\1", key))
        if len(out) >= MAX_VARIANTS:
            break
    return frozenset(k for k in out if len(k) >= MIN_KEY)


def _vowel_groups(word: str) -> int:
    return len(re.findall(r"[aeiouyəıöüаеёиоуыэюяйь]+", word))


@lru_cache(maxsize=65536)
def latin_keys(word: str) -> frozenset[str]:
    """Keys of a name word in English or pinyin spelling (lower case, folded)."""
    if not word.isascii() or not word.isalpha():
        return frozenset()
    table = dict(_LATIN)
    if "c" in word:  # English c: k before a, o, u and consonants, s (or ts, as Russian writes it) before e, i, y
        table["c"] = ["S", "C"] if re.search(r"c[eiy]", word) else ["K"]
    pinyin = is_pinyin(word)
    if pinyin:
        table.update(_PINYIN_LETTERS)
    return _keys(word, table, pinyin)


@lru_cache(maxsize=65536)
def question_keys(word: str, lang: str) -> frozenset[str]:
    """Keys of a question word as its language spells names: Cyrillic (with the ending of a Russian
    adjective of a name taken off as well), Azerbaijani Latin, or Latin as English spells it."""
    if not word.isalpha():
        return frozenset()
    if "\u0400" <= word[0] <= "\u04ff":
        forms = {word} | {word[: -len(end)] + repl for end, repl in _RU_ADJECTIVE if word.endswith(end)
                          and len(word) - len(end) >= 3}
        return frozenset().union(*(_keys(f, _CYRILLIC) for f in forms))
    if lang == "az":
        keys = _keys(word, {**_LATIN, "c": ["J"], "q": ["G"], "x": ["G"], **_AZ})
        return keys | (latin_keys(word) if word.isascii() else frozenset())
    return latin_keys(word)


def similar_length(one: str, other: str) -> bool:
    """Do two spellings of a name have about as many syllables (vowel groups)?"""
    return abs(_vowel_groups(one) - _vowel_groups(other)) <= 1


@dataclass
class SoundIndex:
    """The name words of a fact base by their sound keys, and those spelt in pinyin."""

    by_key: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pinyin: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, words) -> "SoundIndex":
        """`words`: the stems of the names' words, acronyms left out (Latin ones are taken)."""
        by_key: dict[str, list[str]] = {}
        pinyin = set()
        taken = set()
        for w in words:
            if len(w) < 3 or not w.isascii() or not w.isalpha():
                continue
            taken.add(w)
            for k in latin_keys(w):
                by_key.setdefault(k, []).append(w)
            if is_pinyin(w):
                pinyin.add(w)
        return cls({k: tuple(v) for k, v in by_key.items()}, frozenset(pinyin), frozenset(taken))

    def sounding(self, forms: tuple[str, ...], lang: str) -> set[str]:
        """The name words a question word (its forms: as written, its stem) may stand for by its sound;
        an ending past the name's consonants is the question's grammar ("Mingəçevirdə", "Сумгаитом")."""
        out: set[str] = set()
        for word in forms:
            for k in question_keys(word, lang):
                for cut in range(0, 3):
                    head = k[: len(k) - cut]
                    if cut and len(head) < 3:
                        break
                    out.update(w for w in self.by_key.get(head, ()) if w not in forms and similar_length(w, word))
        return out


@lru_cache(maxsize=4096)
def pinyin_of(chars: str) -> tuple[str, ...]:
    """The pinyin of each character of a run of Chinese characters (no tones)."""
    from pypinyin import Style, lazy_pinyin  # (only Chinese questions about names in Latin letters need it)

    out = lazy_pinyin(chars, style=Style.NORMAL, errors=lambda x: ["?"] * len(x))
    return tuple(out) if len(out) == len(chars) else tuple("?" for _ in chars)


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_CJK_NAME = 5  # characters one name word is written with at most ("明盖恰乌尔")


# Azerbaijani case and possessive endings of a name ("Gəncədəki", "Şəkidə", "Mingəçevirin")
_AZ_ENDINGS = re.compile(r"(?:n?(?:dakı|dəki|da|də|dan|dən|ta|tə|tan|tən)|[yn]?[aə]|n?[ıiuü]n|[sn]?[ıiuü])$")


def _az_forms(word: str) -> tuple[str, ...]:
    base = _AZ_ENDINGS.sub("", word)
    return (word, base) if base != word and len(base) >= 3 else (word,)


@lru_cache(maxsize=4096)
def _label_stems(label: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(label))


def alternatives(words: list[str], unfolded: list[str], seq: list[str], lang: str, sounds: SoundIndex,
                 name_words, skip: frozenset[str]) -> dict[int, set[str]]:
    """For positions of a question, the words of English (or pinyin) names they may stand for: by the
    language file's `name_words` ("шёлковый путь": silk, road), and by sound (`SoundIndex`). `words`
    are the question's tokens, `unfolded` the same with Azerbaijani letters kept (or []), `seq` their
    stems; words whose stems are in `skip` (stop words, cue words) are read as what they are."""
    out: dict[int, set[str]] = {}
    for m in name_words.find(seq):
        label = _label_stems(m.label)
        for p in range(m.start, m.end):
            out.setdefault(p, set()).update(label)
    if not sounds.by_key:
        return out
    cjk = [bool(_CJK_CHAR.fullmatch(w)) for w in words]
    for i, word in enumerate(words):
        if (cjk[i] or len(word) < 3 or word.isdigit() or seq[i] in skip or i in out or seq[i] in sounds.words
                or unfolded and unfolded[i].isupper()):
            continue  # a word of the language, a name as it is written, an acronym
        if lang in ("ru", "zh") and word.isascii():
            continue  # a name in Latin letters is found as it is written
        forms = _az_forms(normalize(unfolded[i])) if unfolded and lang == "az" else (word, seq[i])
        capital = bool(unfolded) and unfolded[i][:1].isupper()  # a proper noun: two consonants may name it
        found = {w for w in sounds.sounding(forms, lang) if capital or len(min(latin_keys(w), key=len, default="")) > 2}
        if found:
            out.setdefault(i, set()).update(found)
    if any(cjk):
        _chinese(words, [c and w not in skip for c, w in zip(cjk, words)], sounds, out)
    return out


def _chinese(words: list[str], cjk: list[bool], sounds: SoundIndex, out: dict[int, set[str]]) -> None:
    """Runs of Chinese characters (`cjk`: those that are no stop or cue word) that spell a name word: its pinyin whole ("美艳": meiyan), a surname's
    one character before such a run ("王美艳"), or a foreign name by its sound ("甘贾": Ganja)."""
    i = 0
    while i < len(words):
        if not cjk[i]:
            i += 1
            continue
        j = i
        while j < len(words) and cjk[j]:
            j += 1
        run = "".join(words[i:j])
        py = pinyin_of(run)
        starts: set[int] = set()
        for a in range(len(run)):
            for size in range(min(MAX_CJK_NAME, len(run) - a), 1, -1):
                spelt = "".join(py[a:a + size])
                hits = {spelt} & sounds.pinyin or {w for k in latin_keys(spelt) if len(k) >= 3
                                                    for w in sounds.by_key.get(k, ()) if not is_pinyin(w)}
                if hits:
                    for p in range(i + a, i + a + size):
                        out.setdefault(p, set()).update(hits)
                    starts.add(a)
                    break
        for a in starts:  # "王" of "王美艳"
            if a > 0 and py[a - 1] in sounds.pinyin:
                out.setdefault(i + a - 1, set()).add(py[a - 1])
        i = j
