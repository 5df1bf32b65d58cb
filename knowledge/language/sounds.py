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

from .text import fold, normalize, stem, tokens

# A pinyin syllable; a word made of them only is read as pinyin (its q, x, c, z, r as in Chinese).
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v))+")
_VOWELS = frozenset("aeiouyəıöüаеёиоуыэюяйь")
MIN_KEY = 2          # a key of fewer consonants tells too little to name anything
MAX_VARIANTS = 8     # ways one word may be read (an English c as k, s or ts ...)
_APART = ["|"]       # a vowel's place in a key being made (repeats are merged only side by side)

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


def _keys(word: str, table: dict[str, list[str]], pinyin: bool = False, shortest: int = MIN_KEY) -> frozenset[str]:
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
            if parts and parts[-1] != _APART and word[i] in _VOWELS:
                parts.append(_APART)  # (a vowel between two like consonants keeps them two: "Zhe-jiang" is no "Jiang")
            i += 1  # a vowel, a glide or a sign: no consonant
    if not parts:
        return frozenset()
    out = set()
    for combo in product(*parts):
        key = "".join(combo)
        out.add(re.sub(r"(.)\1+", r"\1", key).replace("|", ""))
        if len(out) >= MAX_VARIANTS:
            break
    return frozenset(k for k in out if len(k) >= shortest)


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
def question_keys(word: str, lang: str, shortest: int = MIN_KEY) -> frozenset[str]:
    """Keys of a question word as its language spells names: Cyrillic (with the ending of a Russian
    adjective of a name taken off as well), Azerbaijani Latin, or Latin as English spells it."""
    if not word.isalpha():
        return frozenset()
    if "\u0400" <= word[0] <= "\u04ff":
        forms = {word} | {word[: -len(end)] + repl for end, repl in _RU_ADJECTIVE if word.endswith(end)
                          and len(word) - len(end) >= 3}
        return frozenset().union(*(_keys(f, _CYRILLIC, shortest=shortest) for f in forms))
    if lang == "az":
        keys = _keys(word, {**_LATIN, "c": ["J"], "q": ["G"], "x": ["G"], **_AZ}, shortest=shortest)
        return keys | (latin_keys(word) if word.isascii() and shortest == MIN_KEY else frozenset())
    return latin_keys(word) if shortest == MIN_KEY else frozenset()


def similar_length(one: str, other: str) -> bool:
    """Do two spellings of a name have about as many syllables (vowel groups)?"""
    return abs(_vowel_groups(one) - _vowel_groups(other)) <= 1


@dataclass
class SoundIndex:
    """The Latin words of a fact base's names (as the stems the index files them under) by their sound
    keys, those of one consonant apart ("Li", "Ma": said only beside another word of a name), and the
    words spelt in pinyin."""

    by_key: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # key -> (word, its stem)
    by_short_key: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    pinyin: dict[str, str] = field(default_factory=dict)  # pinyin word -> its stem
    words: frozenset[str] = frozenset()  # the stems

    @classmethod
    def build(cls, words) -> "SoundIndex":
        """`words`: (word, stem) pairs of the names' words, acronyms left out (Latin ones are taken)."""
        by_key: dict[str, list[tuple[str, str]]] = {}
        short: dict[str, list[tuple[str, str]]] = {}
        pinyin: dict[str, str] = {}
        taken = set()
        for w, s in words:
            if len(w) < 2 or not w.isascii() or not w.isalpha():
                continue
            taken.add(s)
            keys = latin_keys(w)
            for k in keys:
                by_key.setdefault(k, []).append((w, s))
            if is_pinyin(w):
                pinyin[w] = s
                if not keys:
                    for k in _keys(w, {**_LATIN, **_PINYIN_LETTERS}, pinyin=True, shortest=1):
                        short.setdefault(k, []).append((w, s))
        return cls({k: tuple(v) for k, v in by_key.items()}, {k: tuple(v) for k, v in short.items()}, pinyin,
                   frozenset(taken))

    def sounding(self, forms: tuple[str, ...], lang: str, short: bool = False) -> set[str]:
        """The name words (stems) a question word (its forms: as written, its stem) may stand for by its
        sound; an ending past the name's consonants is the question's grammar ("Mingəçevirdə", "Сумгаитом").
        `short`: a word of one consonant ("Ли" beside "Сяомин")."""
        out: set[str] = set()
        for word in forms:
            if short:
                for k in question_keys(word, lang, 1):
                    out.update(s for w, s in self.by_short_key.get(k, ()) if similar_length(w, word))
                continue
            for k in question_keys(word, lang):
                for cut in range(0, 3):
                    head = k[: len(k) - cut]
                    if cut and len(head) < 3:
                        break
                    out.update(s for w, s in self.by_key.get(head, ()) if w not in forms and similar_length(w, word))
        return out


# The characters Chinese writes foreign names with (as in 阿塞拜疆, 甘贾, 明盖恰乌尔): a run of other
# characters is no foreign name
TRANSCRIPTION_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦包保贝本比彼毕别宾波伯博布查察达代戴丹德迪蒂丁东杜敦多俄厄恩尔法凡范菲费芬丰佛夫弗福富"
    "盖甘冈戈格根古瓜哈海汉豪赫黑亨胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利丽连列林卢鲁伦罗洛马玛"
    "迈曼梅蒙米密明莫姆穆纳娜奈南内尼涅努诺欧帕潘佩皮普齐奇恰乔切丘萨塞桑瑟森沙莎舍什施斯松苏索塔泰坦汤特提廷图托"
    "瓦万威维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因尤扎泽詹芝兹祖佐")
# Chinese writes a foreign name's ki, gi, ka ... with j, q, x syllables ("舍基" shè jī for Sheki)
_TRANSCRIPTION = {**_LATIN, **_PINYIN_LETTERS, "j": ["J", "K", "G"], "q": ["C", "K"], "x": ["S", "G"], "r": ["R"],
                  "z": ["Z", "J"], "f": ["F", "V"],  # (... and a v with f, having none: "阿利耶夫" for Aliyev)
                  "l": ["L", "R"]}  # (... and an r before a vowel with l: "萨比拉巴德" sà bǐ lā bā dé for Sabirabad)


@lru_cache(maxsize=4096)
def transcription_keys(syllables: tuple[str, ...]) -> frozenset[str]:
    """Keys of a foreign name written in Chinese characters, from their pinyin syllables."""
    return _keys("".join(syllables), _TRANSCRIPTION, pinyin=True)


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
    """The word and its base: case, then possessive endings off ("Şurasına" -> "Şura")."""
    forms = [word]
    for _ in range(2):
        shorter = _AZ_ENDINGS.sub("", forms[-1])
        if len(shorter) < 3 or shorter == forms[-1]:
            break
        forms.append(shorter)
    return tuple(forms)


_AZ_CASE = re.compile(r"(?:dakı|dəki|daki|deki|da|də|de|dan|dən|den|ta|tə|te|tan|tən|ten)$")


def bases(word: str, lang: str) -> tuple[str, ...]:
    """The word and, in Azerbaijani, its bases without case and possessive endings ("Ningboda" -> "Ningbo"), and
    without the case ending alone ("Lənkəranda" -> "Lənkəran", whose n is no possessive's)."""
    if lang != "az":
        return (word,)
    bare = _AZ_CASE.sub("", word)
    return tuple(dict.fromkeys((*_az_forms(word), *((bare,) if len(bare) >= 3 else ()))))


@lru_cache(maxsize=4096)
def label_stems(label: str) -> tuple[str, ...]:
    """The stems of a name word's English words, and of their plurals: a name says "Zones" (stem "zon"),
    the language file "zone"."""
    return tuple(dict.fromkeys(s for t in tokens(label) for s in (stem(t), stem(t + "s") if t.endswith("e") else stem(t))))


def alternatives(words: list[str], unfolded: list[str], seq: list[str], lang: str, sounds: SoundIndex,
                 name_words, skip: frozenset[str], stop: frozenset[str]) -> dict[int, set[str]]:
    """For positions of a question, the words of English (or pinyin) names they may stand for: by the
    language file's `name_words` ("шёлковый путь": silk, road), and by sound (`SoundIndex`). `words`
    are the question's tokens, `unfolded` the same with Azerbaijani letters kept (or []), `seq` their
    stems; words whose stems are in `skip` (stop words, cue words) are read as what they are, and so are
    Chinese characters that are `stop` words (one character of a cue word may be one of a name)."""
    out: dict[int, set[str]] = {}
    seqs = [seq]
    if lang == "az" and unfolded:  # "dəyirmi masada", "Şurasına": endings the stemmer leaves
        forms = [_az_forms(normalize(w)) for w in unfolded]
        seqs += [[stem(fold(f[min(layer, len(f) - 1)])) for f in forms] for layer in (1, 2)]
    for one in seqs:
        for m in name_words.find(one):
            label = label_stems(m.label)
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
    for i, word in enumerate(words):  # "Ли" of "Ли Сяомин": a surname of one consonant beside a name's word
        if (i not in out and unfolded and unfolded[i][:1].isupper() and not cjk[i] and (i > 0 or word not in stop)
                and (i + 1 in out or i - 1 in out) and not (lang in ("ru", "zh") and word.isascii())):
            found = sounds.sounding((word,), lang, short=True)
            if found:
                out[i] = found
    # "Лу Мэй", "Lu Mey": two capitalised words of one consonant each, side by side, are a Chinese name of two
    # syllables (pinyin words only: "Lu Mei")
    for i in range(len(words) - 1):
        pair = (i, i + 1)
        if any(p in out or cjk[p] or not unfolded or not unfolded[p][:1].isupper() or words[p] in stop
               or lang in ("ru", "zh") and words[p].isascii() for p in pair) or i == 0 and lang == "en":
            continue
        found = [{s for s in sounds.sounding((words[p],), lang, short=True) if s in sounds.pinyin.values()}
                 for p in pair]
        if all(found):
            out[i], out[i + 1] = found
    if any(cjk):
        _chinese(words, [c and w not in stop for c, w in zip(cjk, words)], sounds, out, frozenset(out))
    return out


def _chinese(words: list[str], cjk: list[bool], sounds: SoundIndex, out: dict[int, set[str]],
             name_words: frozenset[int]) -> None:
    """Runs of Chinese characters (`cjk`: those that are no stop or cue word) that spell a name word: its pinyin whole ("美艳": meiyan), a surname's
    one character before such a run ("王美艳"), or a foreign name by its sound ("甘贾": Ganja; with two
    consonants only before words of a name, `name_words`: "舍基丝绸之路" Shaki Silk Road)."""
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
                shortest = 2 if i + a + size in name_words else 3
                foreign = TRANSCRIPTION_CHARS.issuperset(run[a:a + size])
                hits = ({sounds.pinyin[spelt]} if spelt in sounds.pinyin else
                        {s for k in transcription_keys(py[a:a + size]) if foreign and len(k) >= shortest
                         for _, s in sounds.by_key.get(k, ())})
                if hits:
                    for p in range(i + a, i + a + size):
                        out.setdefault(p, set()).update(hits)
                    starts.add(a)
                    break
        for a in starts:  # "王" of "王美艳"
            if a > 0 and py[a - 1] in sounds.pinyin:
                out.setdefault(i + a - 1, set()).add(sounds.pinyin[py[a - 1]])
        i = j
