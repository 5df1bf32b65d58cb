"""The things a question names: mentions by name, acronym, title or kind noun (narrowed by a
country word), and capitalised names that nothing in the facts explains."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain, compress

from ..facts.models import Source
from ..language.lexicon import Lexicon, lexicon
from ..language.sounds import bases
from ..language.text import fold, has_cjk, stem, tokens
from .index import (BARE_CAP, BARE_MIN_COVERAGE, FEW_NAMES, MANY_NAMES, MAX_POSTING, ROLE_CAP, ROLE_MIN_COVERAGE, Alias,
                    FactIndex)

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
COUNTRY_BONUS = 0.15  # a kind noun with the thing's country ("the Azerbaijani agency")
OWN_KIND_BONUS = 0.1  # a record named by its own kind word, not a synonym
KIND_WEIGHT = 0.5       # a kind noun ("the conference") names every record of that kind, weakly
STRONG = 0.75           # a mention at least this strong names one thing for certain
NAMED = 0.6             # ... and this strong, it rules out answering from facts about other things
MAX_KIND_ENTITIES = 50  # beyond this a kind noun names too many things to be a mention
RAREST_COMMON = 3       # of the question's common words, the rarest few are paired to find names
SHARED_NAMES = 1000     # a pair of words more names than this share names nothing in particular
PARTLY_NAMED = 0.55     # a name said in part (a statistic's without its months) names it less than one said whole


@dataclass
class Mention:
    entity: str
    strength: float
    positions: frozenset[int]
    via_kind: bool = False

    @property
    def first(self) -> int:
        return min(self.positions) if self.positions else 0

    @property
    def strong(self) -> bool:
        return self.strength >= STRONG and not self.via_kind

    @property
    def named(self) -> bool:
        """Named clearly enough that a fact about something else must not answer."""
        return self.strength >= NAMED and not self.via_kind


def _describe_by_country(mentions: dict[str, Mention], seq: list[str], tables: list[Lexicon], index: FactIndex,
                         explained: set[int], focus: int, stop_at: int) -> None:
    """"The Chinese bank", "the Azerbaijani agency": a country word outside any name narrows the things
    a kind noun names to those of that country (from their facts), and drops those of another."""
    named_at = {p for m in mentions.values() if not m.via_kind for p in m.positions}
    said: dict[str, set[int]] = {}
    for lex in tables:
        for m in lex.countries.find(seq):
            span = set(range(m.start, m.end))
            if focus <= m.start < stop_at and not span & named_at:
                said.setdefault(m.label, set()).update(span)
    if not said:
        return
    for rid, m in list(mentions.items()):
        if not m.via_kind:
            continue
        country = index.country_of.get(rid)
        if country in said:
            m.strength += COUNTRY_BONUS
            m.positions = m.positions | frozenset(said[country])
        elif country is not None:
            del mentions[rid]  # "the Russian agency" is not AZPROMO
    for span in said.values():
        explained.update(span)


_ORDINARY_CAPITALS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday chinese azerbaijani azeri english russian mr mrs ms dr".split())


def _unknown_names(cased: list[str], raw: list[str], question: str, explained: set[int], stop: frozenset[str],
                   index: FactIndex, focus: int, stop_at: int,
                   mentions: dict[str, Mention] | None = None, lang: str = "en",
                   alternatives: dict[int, set[str]] | None = None) -> tuple[tuple[str, ...], frozenset[str]]:
    """Capitalised words mid-sentence that no record, cue or common word explains: the name of
    something the facts do not know ("President Aliyev", "Sheki"); and the stems of those the facts do
    state somewhere, though no name the question matched explains them ("HYSC's *Tashkent* office")."""
    if len(cased) != len(raw) or has_cjk(question):
        return (), frozenset()
    starts = {0, focus}
    pos = 0
    for part in _SENTENCE_END.split(question):
        starts.add(pos)
        pos += len(tokens(part))
    in_names = {p for m in (mentions or {}).values() if not m.via_kind for p in m.positions}
    # the words of a name already matched, said again in another script ("Юсиф Абдуллаев (Yusif Abdullayev)")
    named_words = {t for m in (mentions or {}).values() if not m.via_kind and m.strength >= NAMED
                   and not isinstance(index.base.get(m.entity), Source)
                   for t in index.name_stems(m.entity)}
    inner = [t for i, t in enumerate(cased) if i not in starts and i not in in_names]  # a long name is no Title Case
    if sum(t[:1].isupper() for t in inner) > 0.6 * max(len(inner), 1):  # Title Case or ALL CAPS: capitals say nothing
        return (), frozenset()

    def capital(i: int) -> bool:
        """Capitalised mid-sentence and explained by nothing in this question."""
        if not 0 <= i < len(cased):
            return False
        word, low = cased[i], raw[i]
        return (i not in starts and i not in explained and word[:1].isupper()
                and stem(low) not in stop and not low.isdigit() and stem(low) not in named_words)

    out, known = [], set()
    for i, (word, low) in enumerate(zip(cased, raw)):
        if i in starts and focus <= i < stop_at and _first_beside_a_name(i, cased, raw, explained, stop, mentions, index):
            out.append(word)  # "Qəbələ İpək Yolu İnvestisiya Forumu nə vaxt ...?": the Gabala forum, not Shaki's
            continue
        if i < focus or i >= stop_at or not capital(i):
            continue  # only the question sentences count
        # a capitalised word the facts never use names something they do not know ("Huawei"), unless it is
        # one of the ordinary capitalised words (months, weekdays, nationalities)
        # (in Azerbaijani, a word with a case ending the facts state without it: "Ningboda", "in Ningbo")
        unknown_word = (not any(index.knows(stem(b)) or index.states(b) for b in bases(low, lang)
                                for b in dict.fromkeys((b, fold(b))))
                        and low not in _ORDINARY_CAPITALS
                        # (nor is a place of the facts said in another script: "в Евлахе", in Yevlakh, as the
                        # English question's "Yevlakh" is no unknown word; doubts.elsewhere sees whose place it is)
                        and not (alternatives or {}).get(i, set()) & index.region_words())
        in_run = capital(i - 1) or capital(i + 1)  # "the World Bank", "Ministry of Foreign Affairs"
        # beside a capitalised word, explained or not, saying what the facts of that thing never say: another
        # thing of a like name ("the Gabala Silk Road Investment Forum", "the Shaki Silk Road Tourism Festival")
        in_run = in_run or any(_beside_a_name(j, stem(low), cased, starts, mentions or {}, index, explained)
                               for j in (i - 1, i + 1))
        after_of = i >= 2 and raw[i - 1] in ("of", "for") and cased[i - 2][:1].isupper()  # "Ministry of Energy"
        if unknown_word or in_run or after_of:
            out.append(word)
        elif low not in _ORDINARY_CAPITALS and not cased[i].isupper():
            known.add(stem(low))  # (an acronym in capitals is a name the index knows or a cue, not a place)
    return tuple(out), frozenset(known)


def _first_beside_a_name(i: int, cased: list[str], raw: list[str], explained: set[int], stop: frozenset[str],
                         mentions: dict[str, Mention] | None, index: FactIndex) -> bool:
    """Is the first word of a sentence (capitalised anyway, and where Azerbaijani and Chinese put names: their
    question words come last) a word nothing explains, right before a capitalised word of a name whose facts never
    say it? Then it names another thing of a like name, as it would mid-sentence."""
    word = stem(raw[i])
    return (i not in explained and cased[i][:1].isupper() and not cased[i].isupper() and word not in stop
            and not raw[i].isdigit() and _beside_a_name(i + 1, word, cased, set(), mentions or {}, index, explained))


def _beside_a_name(j: int, word: str, cased: list[str], starts: set[int], mentions: dict[str, Mention],
                   index: FactIndex, explained: set[int]) -> bool:
    """Is position j a capitalised word (not a sentence start) of a name or kind noun the question
    matched, but not of a name said whole or whose facts state `word`? A kind noun counts: "Bank" in
    "the World Bank"."""
    if not 0 <= j < len(cased) or j in starts or not cased[j][:1].isupper() or j not in explained:
        return False  # (a word of no name, kind or cue: "У Хунлян" is one name in two words)
    for m in mentions.values():
        if j in m.positions and not m.via_kind and (m.strength >= 1.0 or word in index.words_of(m.entity)):
            return False  # a name said whole ("Vu Honqlyan (Wu Hongliang)"), or a word its facts say
    return True


def _mentions(seq: list[str], index: FactIndex, kind_hits: dict[str, set[int]],
              alternatives: dict[int, set[str]] | None = None, lang: str = "en") -> dict[str, Mention]:
    """The things the words name. `alternatives`: the name words other words may stand for ("Шеки" for
    Shaki, "шёлковый" for silk: knowledge/language/sounds.py), at their positions."""
    positions: dict[str, list[int]] = {}
    for i, s in enumerate(seq):
        positions.setdefault(s, []).append(i)
    for i, alts in sorted((alternatives or {}).items()):
        for s in sorted(alts):  # (a set's order changes with the hash seed; the words' order decides ties below)
            if i not in positions.setdefault(s, []):
                positions[s].append(i)
    # Names are found through the posting lists of the question's words. A word filed under few
    # names proposes them all; a common one ("ministry", "Abdullayev" in a big base) only those that
    # another word of the question proposes too.
    candidates: set[int] = set()
    common: list[frozenset[int]] = []
    question = frozenset(positions)
    for s in positions:
        if s in index.stopwords:
            continue
        post = index.postings.get(s)
        if not post:
            continue
        if len(post) <= FEW_NAMES:
            candidates.update(post)
            continue
        if len(post) <= MANY_NAMES:  # a name the question states whole ("Made in Azerbaijan")
            candidates.update(index.stated_with(s, question))
        # a common word ("Yusif"): names that another common word of the question has too
        every = index.names_with(s)
        if every is not None and len(every) <= MAX_POSTING:
            common.append(every)
    common.sort(key=len)
    rarest = common[:RAREST_COMMON]  # names that have two of its rarer common words: "Yusif Abdullayev"
    for i, first in enumerate(rarest):
        for second in rarest[i + 1:]:
            both = first & second
            if len(both) <= SHARED_NAMES:  # two words a thousand names share name nothing
                candidates |= both
    found: dict[str, Mention] = {}
    grammar = _grammar_characters(seq, lang)
    units = _word_units(len(seq), positions, grammar)
    titled: dict[str, frozenset[int]] = {}  # the words of each one's title the question says
    kind_words = frozenset(w for pos in kind_hits.values() for p in pos
                           for w in (seq[p], *(alternatives or {}).get(p, ())))
    aliases, said = index.aliases, positions.__contains__
    # what the question says of each alias depends only on its words (their weights follow from them), and
    # many aliases share their words (namesakes, each name's spellings): each set of words is read once
    read: dict[tuple[str, ...], tuple] = {}
    asked_to = _destination(seq)  # where the question sends a title ("ambassador to Azerbaijan")
    year_said = _says_a_year(seq)
    for ai in candidates:
        alias = aliases[ai]
        words = alias.words
        got = read.get(words)
        if got is None:
            hits = list(map(said, words))
            matched = list(compress(words, hits))
            if not matched or (kind_words and (len(words) == 1 or len(matched) < len(words))
                               and kind_words.issuperset(matched)):
                got = read[words] = [None, 0.0, 0, None]  # only a kind noun of a name ("forum" of "investment forum",
                # "Report"): the kind names it, weakly
            else:
                got = read[words] = [matched, sum(compress(alias.weights, hits)) / alias.total, -1, None]
        matched, coverage, width, where = got
        if matched is None:
            continue
        cap = alias.cap
        if cap <= ROLE_CAP and asked_to is not None and _sent_elsewhere(alias, asked_to, index):
            continue  # "China's ambassador to Azerbaijan" is not "Azerbaijan's Ambassador to China"
        if cap <= ROLE_CAP:
            titled[alias.entity] = titled.get(alias.entity, frozenset()) | frozenset(p for s in matched for p in positions[s])
        least = 0.5 if cap >= 1.0 else BARE_MIN_COVERAGE if cap >= BARE_CAP else ROLE_MIN_COVERAGE  # (Alias.min_coverage)
        spread = width
        if coverage < least and cap >= 1.0 and year_said and len(matched) > 2:
            bare = _without_its_months(alias, matched, seq, lang, index)
            rest = [s for s in matched if not s.isdigit()]
            if bare is not None and len(rest) > 1 and (apart := _width(rest, positions, units)) <= len(rest) + 2:
                # (the rest said together, as a name is; its year may be said apart, with the question's period)
                coverage, spread = min(bare, PARTLY_NAMED), apart
        if coverage < least:
            continue
        if len(matched) > 1:
            if spread < 0:
                spread = width = got[2] = _width(matched, positions, units)
            if (spread > alias.length + 1
                    or lang == "zh" and _gapped_characters(matched, positions, grammar) > CJK_GAP):
                coverage *= 0.7  # the words are there but scattered: likely not this name
                if coverage < least:
                    continue
        coverage = min(coverage, cap)
        prev = found.get(alias.entity)
        if where is None:
            where = got[3] = frozenset(chain.from_iterable(map(positions.__getitem__, matched)))
        if prev is None or coverage > prev.strength + 1e-9:
            found[alias.entity] = Mention(alias.entity, min(coverage, 1.0), where | (prev.positions if prev else frozenset()))
        elif coverage >= prev.strength - 1e-9 and len(where) > len(prev.positions):
            prev.positions = where  # "Yusif Abdullayev" and "Abdullayev" both fit: the words are the longer one's
        else:  # "Wu Hongliang, deputy director general": his title's words are his too
            prev.positions = prev.positions | where
    _titles_of_the_named(found, titled, seq, index)
    _demote_overlaps(found, index)
    for rid in [rid for rid, m in found.items() if m.strength < 0.5]:
        del found[rid]
    return found


def _says_a_year(seq: list[str]) -> bool:
    """Does the question say a year ("2026")?"""
    return any(s.isdigit() and len(s) == 4 for s in seq)


def _without_its_months(alias: Alias, matched: list[str], seq: list[str], lang: str, index: FactIndex) -> float | None:
    """A statistic's name that says its part of a year ("Trade turnover between Azerbaijan and China, second
    quarter of 2026") is called without it: a question saying its year, and the part in words of its own
    ("q2 2026"), names the statistic by the rest. The coverage of the alias with the words of a part of a year
    it does not say left out, when the question says each year the name says and the statistic's part of the
    year; None otherwise."""
    from .periods import part_words, words_say_period  # (periods.py reads an Analysis, made of these mentions)
    rec = index.base.get(alias.entity)
    period = getattr(rec, "period", None) if rec is not None else None
    if period is None or not isinstance(period.value, str):
        return None
    said = set(matched)
    years = [s for s in alias.words if s.isdigit() and len(s) == 4]
    if not years or not said.issuperset(years) or not words_say_period(seq, lang, period.value):
        return None  # (the year tells one period's figure from another's, and the part one quarter's)
    words = part_words(lang)
    dropped = sum(w for s, w in zip(alias.words, alias.weights) if s not in said and s in words)
    if not dropped:
        return None
    return sum(w for s, w in zip(alias.words, alias.weights) if s in said) / (alias.total - dropped)


def _destination(stems: list[str]) -> str | None:
    """What a title is "to" ("Ambassador to China": china), if it says that."""
    return next((stems[i + 1] for i in range(len(stems) - 1) if stems[i] == "to"), None)


def _sent_elsewhere(alias: Alias, asked: str, index: FactIndex) -> bool:
    """Does the question send the title (`asked`: where to) the other way: "ambassador to Azerbaijan" of a
    title "to China" that says Azerbaijan too (whose ambassador it is), so that its words are all there, but
    not as the title has them?"""
    if asked not in alias.words:
        return False
    text = getattr(getattr(index.base.get(alias.entity), "role", None), "value", None)
    own = _destination([stem(t) for t in tokens(text)]) if isinstance(text, str) else None
    return own is not None and own != asked


def _grammar_characters(seq: list[str], lang: str) -> frozenset[int]:
    """Where a Chinese question has a particle, pronoun or measure word of one character (了, 的, 年, 片: the
    language file's stop and common words): grammar between the words of a name, as English has none."""
    if lang != "zh":
        return frozenset()
    lex = lexicon("zh")
    return frozenset(p for p, s in enumerate(seq) if len(s) == 1 and has_cjk(s)
                     and (s in lex.stopwords or s in lex.common_words))


CJK_GAP = 1  # characters of other words a Chinese name's own characters may stand apart by ("出口和投资": 和 is grammar)


def _gapped_characters(matched: list[str], positions: dict[str, list[int]], grammar: frozenset[int]) -> int:
    """How many characters of other words (no particle or measure word) stand between a Chinese name's own characters
    the question says, where each is said once: a Chinese name is written in one piece ("阿塞拜疆投资促进局"), so
    "阿塞拜疆的药厂投资" (Azerbaijan's pharmaceutical plant invests) does not say it."""
    if not all(len(c) == 1 and not c.isascii() for c in matched) or any(len(positions[c]) > 1 for c in matched):
        return 0
    at = sorted(positions[c][0] for c in matched)
    inside = set(at)
    return sum(1 for p in range(at[0], at[-1] + 1) if p not in inside and p not in grammar)


def _word_units(n: int, positions: dict[str, list[int]], grammar: frozenset[int] = frozenset()) -> list[int]:
    """Each position's word: positions in a row that one word (or name word read there) covers are one, as
    the characters of a Chinese word ("阿塞拜疆": Azerbaijan; "铁路": railway); a Chinese particle or measure word
    no name word is read at (`grammar`) is part of the word before it ("天丰2025年交付了多少片叶片": the year's 年,
    the 了 and 片 are no words between the name's)."""
    at: list[set[str]] = [set() for _ in range(n)]
    for s, pos in positions.items():
        for p in pos:
            if p < n:
                at[p].add(s)
    units, unit = [], -1
    for p in range(n):
        joined = p in grammar and len(at[p]) == 1
        if not (p and (at[p] & at[p - 1] or joined)):
            unit += 1
        units.append(unit)
    return units


def _width(matched: list[str], positions: dict[str, list[int]], units: list[int] | None = None) -> int:
    """How many words the narrowest stretch of the question holding each matched word spans: a word said
    twice ("Shaki Ipek *Textile* and Chengdu Jinsi *Textile* Group") counts where it is nearest the others.
    (A word over several positions in a row, as a Chinese word's characters, is one occurrence, and one word.)"""
    said = [positions[s] for s in matched]
    first = [pos[0] for pos in said]
    lo, hi = min(first), max(first)
    once = True  # each word said at one position (most questions)
    for pos in said:
        if len(pos) > 1:
            once = False
            break
    if units is not None and hi < len(units) and all(s.isascii() for s in matched):
        # (an English name read in another script's words; a Chinese name's own characters are each a word)
        if once or all(len({units[p] for p in pos if p < len(units)}) == 1 for pos in said):
            return units[hi] - units[lo] + 1  # (each word said once, in one or several positions)
    width = hi - lo + 1
    if once:
        return width  # (each word said once: most questions)
    runs = {s: _runs(positions[s]) for s in matched}
    if all(len(r) == 1 for r in runs.values()):
        return width
    for start in {r[0] for rs in runs.values() for r in rs}:  # each stretch starting where a word is said
        ends = [min((r[1] for r in runs[s] if r[0] >= start), default=None) for s in matched]
        if None not in ends:
            width = min(width, max(ends) - start + 1)
    return width


def _runs(pos: list[int]) -> list[tuple[int, int]]:
    """Positions as (first, last) of each run of consecutive ones."""
    out: list[tuple[int, int]] = []
    for p in sorted(pos):
        if out and p == out[-1][1] + 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


def _titles_of_the_named(found: dict[str, Mention], titled: dict[str, frozenset[int]], seq: list[str],
                         index: FactIndex) -> None:
    """"Wu Hongliang is a deputy director general": a title said of someone named is theirs, not that of
    another whose shorter title ("deputy director") the words are part of."""
    for rid, m in list(found.items()):
        if m.strength >= 1.0 or not m.positions or titled.get(rid) != m.positions:
            continue  # (named by more than a title)
        start, stop = min(m.positions), max(m.positions) + 1
        for other, o in found.items():
            role = getattr(index.base.get(other), "role", None)
            if other == rid or o.strength < 1.0 or not isinstance(getattr(role, "value", None), str):
                continue
            title = {stem(t) for text in (role.value, *role.translations.values()) for t in tokens(text)}
            if not {seq[p] for p in m.positions} <= title:
                continue
            before, after = start - 1, stop
            if (before >= 0 and seq[before] in title and before not in o.positions
                    or after < len(seq) and seq[after] in title and after not in o.positions):
                del found[rid]  # the words run on into the named one's longer title
                break


def _demote_overlaps(found: dict[str, Mention], index: FactIndex) -> None:
    """Mentions that the words do not single out are weakened.

    A name inside a longer name ("NDRC" in "the NDRC's International Cooperation Center") is not
    itself mentioned, nor is a long name the words only partly fill when they fully name something
    else; and when one name fits several things equally ("Abdullayev" for every Abdullayev), none
    of them is named for certain.
    """
    best: dict[frozenset[int], float] = {}
    count: dict[frozenset[int], int] = {}
    for m in found.values():
        best[m.positions] = max(best.get(m.positions, 0.0), m.strength)
    names: dict[frozenset[int], list[str]] = {}
    for m in found.values():
        if m.strength >= best[m.positions] - 0.05:
            count[m.positions] = count.get(m.positions, 0) + 1
            names.setdefault(m.positions, []).append(m.entity)
    # ... unless they are one thing reported twice: records of the same name, from two imported articles
    twins = {pos: len({index.name_text(e) for e in n}) == 1 or all(index.same_thing(n[0], e) for e in n[1:])
             for pos, n in names.items()}
    for m in found.values():
        if any((m.positions < p and s >= m.strength) or (m.positions <= p and s > m.strength + 0.05)
               for p, s in best.items() if p is not m.positions):
            m.strength *= 0.5
        elif m.strength < best[m.positions] - 0.05 and not index.same_as_any(m.entity, names[m.positions]):
            m.strength *= 0.5  # a better fit for the very same words exists (not the same thing's other record)
        elif count[m.positions] > 1 and not twins.get(m.positions):
            m.strength = min(m.strength, NAMED - 0.01)
