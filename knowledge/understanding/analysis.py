"""Reading a question: its language, the things it mentions and what it asks about them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .index import FactIndex
from .kind_mentions import kind_mentions
from .kinds import forms_of_kinds, kind_phrases_in_other_words, kinds_in_other_words
from .links import name_by_links
from .names import KIND_WEIGHT, NAMED, Mention, _describe_by_country, _mentions, _unknown_names
from .partial_names import named_in_part
from .shapes import _focus, _polar, _relative_clause, _sentences, _states_a_date, _with_small_words
from ..language.lexicon import Lexicon, lexicon
from ..language.numerals import (ENGLISH_ORDINAL, chinese_month_span, chinese_ordinals, english_ordinal_of_word,
                                 ordinal_readings)
from ..language.sounds import alternatives as name_alternatives, label_stems
from ..language.text import az_endings_off, cased_tokens, fold, has_cjk, normalize, stem, tokens, transliterate


@dataclass
class Analysis:
    lang: str
    seq: list[str]
    tags: frozenset[str]
    measures: frozenset[str]
    unknown: bool                               # it says words of the lexicons' `unknown` (see `lacking`)
    mentions: dict[str, Mention]
    kind_labels: frozenset[str]
    residual: list[str]
    smalltalk: frozenset[str] = frozenset()
    corrected: dict[str, str] = field(default_factory=dict)
    early_q: frozenset[str] = frozenset()       # question words at the start: the kind of answer wanted
    measure_weak: bool = False                  # the counted thing was named by one generic word ("trips")
    unknown_names: tuple[str, ...] = ()         # capitalised names nothing explains
    proper: frozenset[str] = frozenset()        # capitalised words the facts state somewhere, no name it matched explains
    numbers: frozenset[str] = frozenset()       # numbers written in the question
    clause: int | None = None                   # where a relative clause starts ("the conference where ...")
    content: tuple[str, ...] = ()               # the question's own words: not stop words, not names
    polar: bool = False                         # a yes/no question ("Was AZPROMO founded in 2010?")
    lacking: tuple[tuple[str, ...], ...] = ()   # those words (stems), each phrase: what a fact must state to answer
    relative: frozenset[str] = frozenset()      # "future" ("the next forum"), "recent" ("yesterday"): see Lexicon
    asked_things: frozenset[str] = frozenset()  # kinds of things whose names it asks ("which companies": company)
    asked_at: frozenset[int] = frozenset()      # where those kinds are said
    focus: int = 0                              # where the question sentence starts, after a lead-up ("I'm a journalist ...")
    readings: frozenset[str] = frozenset()      # English name words its unexplained words say in another script ("巴库", "Bakıda": baku)
    reading_groups: tuple[frozenset[str], ...] = ()  # the same, one set for each word: the readings of one word are alternatives
    ordinals: frozenset[str] = frozenset()      # the ordinals it says, as English names write them ("3-е", "第三次", "3rd": 3rd)
    kinds_at: dict[str, frozenset[int]] = field(default_factory=dict)  # where each kind noun is said ("谅解备忘录")
    # the English words (stems) its own words say in another language, by the language file's `name_words`
    # ("доля": share, "叶片": blade): what the English names of figures and units are matched with
    english: frozenset[str] = frozenset()
    # the words left, each said in English where another language's word is read as English name words
    # ("инвестиционное": investment): what tells one of several records apart, as an English word left would
    residual_read: frozenset[str] = frozenset()
    # each word left that is read as English name words in another script, with those words ("сумга": sumgayit)
    read_as: dict[str, frozenset[str]] = field(default_factory=dict)
    past: bool = False  # it asks of what has happened ("When was the stone laid?"): see _asks_of_the_past
    # a yes/no question's place, the claim it asks to check ("Was the forum held in Baku?": baku), said by no name
    claimed_places: frozenset[str] = frozenset()
    plural: frozenset[int] = frozenset()  # where an English kind noun is said in the plural ("the companies"): see _plural
    words: tuple[str, ...] = ()  # the question's words as written (lower case, folded), one for each of `seq`'s stems
    months_spanned: tuple[int, int] | None = None  # the first and last month a Chinese span says ("前十个月": 1, 10)

    def subordinate(self, m: "Mention") -> bool:
        """Is the mention only inside a relative clause, describing rather than being asked about?"""
        return self.clause is not None and m.first > self.clause

    @property
    def named_ids(self) -> frozenset[str]:
        """The things named by their own words, not only by a kind noun ("AZPROMO", not "the agency")."""
        return frozenset(m.entity for m in self.mentions.values() if not m.via_kind and m.strength >= 0.5)

    @property
    def strong(self) -> list[Mention]:
        return sorted((m for m in self.mentions.values() if m.strong), key=lambda m: -m.strength)

    @property
    def attribute_tags(self) -> frozenset[str]:
        """Tags that ask for something specific (not just a question word)."""
        return frozenset(t for t in self.tags if not t.startswith("q_") and t != "define")


EARLY = 4             # a question word this near the start of the question asks for that kind of answer
CONNECTIVES = frozenset({"also", "filler", "between"})
PLACING = frozenset({"hold", "build"})  # cues of where a thing is: held, built  # tags that join or pad, asking for nothing


def _plural(raw: list[str], kind_hits: dict[str, set[int]], index: FactIndex) -> frozenset[int]:
    """Where a kind noun is said in the plural, an English word whose singular is a word of a kind ("companies",
    "conferences", "plants"; not "business"): it names several things of its kind, no one of them."""
    forms = lexicon("en").kinds.raw_words | index.record_kinds.raw_words
    out = set()
    for pos in kind_hits.values():
        for p in pos:
            w = raw[p] if p < len(raw) else ""
            if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and (
                    w[:-1] in forms or w.endswith("es") and w[:-2] in forms or w.endswith("ies") and w[:-3] + "y" in forms):
                out.add(p)
    return frozenset(out)


def native_script(raw: list[str], lex: Lexicon, index: FactIndex) -> list[str]:
    """A question typed in Latin letters in a language with its own script ("kogda byla osnovana
    azpromo"): its unknown Latin words read in that script; names and known words stay as typed."""
    if not lex.transliteration or any(not t.isascii() for t in raw):
        return raw
    return [transliterate(t, lex.transliteration, lex.transliteration_after_vowel)
            if t.isalpha() and not index.knows(stem(t)) and t not in index.typo else t for t in raw]


def analyse(question: str, index: FactIndex, *, lang: str) -> Analysis:
    """Read the question; in a long message, its question sentence (and, if that alone asks
    nothing recognisable, all of it: "... I need the date the MoU was signed. Can you confirm?")."""
    if lang == "az":
        question = az_endings_off(question)  # "SJAG-ın payı": the name, and its ending read as grammar
    focus, end = _focus(question)
    a = _analyse(question, index, lang=lang, focus=focus, end=end)
    if (focus or end) and not a.tags - CONNECTIVES:
        # the question sentence asks nothing recognisable: the last sentence that does, else all
        for start, stop in reversed(_sentences(question)):
            b = _analyse(question, index, lang=lang, focus=start, end=stop)
            if b.attribute_tags - CONNECTIVES:
                return b
        a = _analyse(question, index, lang=lang, focus=0, end=None)
    return a



def _analyse(question: str, index: FactIndex, *, lang: str, focus: int, end: int | None) -> Analysis:
    raw = native_script(tokens(question), lexicon(lang), index)  # issue 6: transliterated questions
    corrected: dict[str, str] = {}
    words = []
    vocabularies = frozenset({"name", lang, "en"})  # names, and the words of the question's language
    abbreviations = {**lexicon("en").abbreviations, **lexicon(lang).abbreviations}
    raw = [abbreviations.get(t, t) for t in raw]
    cased = cased_tokens(question)
    stop = _stop_words(index.stopwords, lexicon(lang).stopwords)
    # words of English names said in the question's language ("Шеки", "шёлковый путь"): not typos
    alts = {} if lang == "en" else name_alternatives(
        raw, cased if len(cased) == len(raw) else [], [stem(t) for t in raw], lang, index.sounds,
        lexicon(lang).name_words, stop | index.vocabulary, stop)
    # "4-е заседание", "3-cü iclas", "第四次会议": the "4th meeting of ..." of a name written in English
    ordinals, ordinal_marks = ({}, frozenset()) if lang == "en" else ordinal_readings(raw, lang)
    for p, word in ordinals.items():
        alts.setdefault(p, set()).add(stem(word))
    # "前十个月", "1-10月": the span of months an English name says by its first and last ("January–October 2026")
    spanned = chinese_month_span(raw) if lang == "zh" else None
    if spanned is not None:
        english_months = lexicon("en").messages.get("months") or []
        for p in spanned[0]:
            alts.setdefault(p, set()).update(stem(str(english_months[m - 1]).lower()) for m in spanned[1])
    # "азербайджано-китайской рабочей группы", "Azərbaycan-Çin": a pair of countries side by side is the pair of an
    # English name ("Azerbaijan–China Working Group"), its country words those countries' names
    countries = lexicon(lang).countries.find([stem(t) for t in raw]) if lang != "en" else []
    # ... and in Chinese (whose country word is noun and adjective both) so is one right before the words of an
    # English name ("阿塞拜疆铁路公司": Azerbaijan Railways)
    for m in countries:
        if any(o.label != m.label and (_dashed(question, raw, *sorted((m, o), key=lambda x: x.start))
                                       or _joined(raw, *sorted((m, o), key=lambda x: x.start), lexicon(lang)))
               for o in countries) or (m.end in alts and not any(o.start == m.end for o in countries)
                                       and (lang == "zh" or _opens_a_name(m, cased, raw, focus, lexicon(lang)))):
            for p in range(m.start, m.end):
                alts.setdefault(p, set()).update(stem(t) for t in tokens(m.label))
    based: dict[int, str] = {}  # Azerbaijani words whose known base the stemmer misses ("zavoda", "limanını")
    for i, t in enumerate(raw):
        base = _az_known_base(t, index, lexicon(lang)) if lang == "az" else None
        if base is not None:
            based[i] = base
            words.append(t)
            continue
        fixed = index.typo.correct(t, vocabularies) if index.typo is not None else None
        if fixed and i in alts and fixed != index.typo.correct(t, frozenset({lang, "en"})):
            fixed = None  # "Şəki" is Shaki said in Azerbaijani, not another name misspelt
        if fixed:
            corrected[t] = fixed
        words.append(fixed or t)
    seq = [based.get(i) or stem(w) for i, w in enumerate(words)]
    sounded = set(alts)  # (the positions read by sound or by name words before typo correction)
    for m in lexicon(lang).name_words.find(seq) if lang != "en" else ():  # a name word typed with a typo
        for p in range(m.start, m.end):
            alts.setdefault(p, set()).update(stem(t) for t in tokens(m.label))
    stop_at = len(seq) if end is None else end
    tables: list[Lexicon] = [lexicon(lang)] + ([lexicon("en")] if lang != "en" else [])

    explained: set[int] = set(ordinal_marks)
    tags: set[str] = set()
    early_q: set[str] = set()
    cue_spans: list[range] = []
    cue_at: list[tuple[str, range]] = []  # each cue read, with where
    measures: set[str] = set()
    measure_weak = True
    kind_hits: dict[str, set[int]] = {}
    unknown_spans: list[range] = []
    small: set[str] = set()
    relative: set[str] = set()
    matches: list[tuple[str, str, int, int, bool]] = []  # (table, label, start, end, gapped)
    measure_spans: list[range] = []
    also_spans: list[range] = []
    for lex in tables:
        for table_name in ("cues", "measures", "kinds"):
            matches += [(table_name, *m) for m in getattr(lex, table_name).find(seq)
                        if focus <= m.start < stop_at or table_name != "cues"]
        for m in lex.unknown.find(seq):
            if focus <= m.start < stop_at:
                unknown_spans.append(range(m.start, m.end))
        for m in lex.smalltalk.find(seq):
            small.add(m.label)
            explained.update(range(m.start, m.end))
        for m in lex.relative_time.find(seq):
            if focus <= m.start < stop_at:
                relative.add(m.label)
                explained.update(range(m.start, m.end))
    matches += [("kinds", *m) for m in forms_of_kinds(index.record_kinds, words, seq, index.record_kinds.find(seq))]
    # the records' kind nouns said in the question's words ("CDEV zavodu", "XNET的电池工厂": a plant); a Chinese
    # name's characters read as name words ("中间走廊") are still part of that name (see the kind nouns inside a name,
    # below)
    # ("şirkət" asks of companies; but "соглашение", a cue of documents, is a kind noun of its language too)
    kind_nouns = {q for t, _, i, j, _ in matches if t == "kinds" for q in range(i, j)}
    cued = {q for t, _, i, j, _ in matches if t != "kinds" for q in range(i, j)} - kind_nouns
    matches += kinds_in_other_words(index.record_kinds, {p: w for p, w in alts.items() if p not in cued})
    if lang != "en":  # ("birgə bəyanat": a joint statement, even where one of its words is a cue)
        matches += kind_phrases_in_other_words(index.record_kinds, lexicon(lang).name_words.find(seq))
    # a kind noun inside a longer one names only the longer one's records: "plant" in "solar glass plant" is
    # not every plant (the head noun of a record's kind, see kinds.record_kinds)
    kind_spans = [(label, i, j) for t, label, i, j, _ in matches if t == "kinds"]
    matches = [m for m in matches if m[0] != "kinds" or not any(
        label != m[1] and i <= m[2] and m[3] <= j and j - i > m[3] - m[2] for label, i, j in kind_spans)]
    # every kind noun said, even inside a name ("... agreement signing ceremony"), but not inside a longer cue
    # phrase ("accord" in "according to the report")
    phrases = [range(i, j) for t, _, i, j, _ in matches if t == "cues" and j - i > 1]
    said_kinds: dict[str, set[int]] = {}
    for table_name, label, i, j, _ in matches:
        if (table_name == "kinds" and focus <= i < stop_at
                and not any(p.start <= i and j <= p.stop and len(p) > j - i for p in phrases)):
            said_kinds.setdefault(label, set()).update(range(i, j))
    # a cue inside a longer phrase is not read on its own:
    # "missions" is a purpose word, but not inside "export missions"; "place" not inside "take place"
    spans = [range(i, j) for _, _, i, j, gapped in matches if not gapped]
    # ... nor inside a longer phrase an attribute is said in: "стороны" (parties) in "со стороны" (on behalf of,
    # said of signatories: the language files' `said_in`)
    said_in = frozenset(w for lex in tables for words in lex.said_in.values() for w in words)
    spans += [sp for sp in unknown_spans if len(sp) > 1 and all(seq[p] in said_in for p in sp)]
    for table_name, label, i, j, _ in matches:
        if table_name == "cues" and any(sp.start <= i and j <= sp.stop and len(sp) > j - i for sp in spans):
            continue
        explained.update(range(i, j))
        if table_name == "cues" and label == "q_when" and lang != "en" and j - i == 1 and _after_a_year(raw, i, stop):
            continue  # "в 2025 году", "2025-ci ildə", "2025年": the year it states, no "when?"
        if table_name == "cues":
            tags.add(label)
            cue_spans.append(range(i, j))
            cue_at.append((label, range(i, j)))
            if label == "also":
                also_spans.append(range(i, j))
            # (issue 6) in Azerbaijani and Chinese the question word comes late ("... nə vaxt yaradılıb?",
            # "...是哪一年成立的？"): there every question word says what kind of answer is wanted
            if label.startswith("q_") and (i - focus <= EARLY or not lexicon(lang).question_words_first):
                early_q.add(label)
        elif table_name == "measures":
            measures.add(label)
            measure_spans.append(range(i, j))
            measure_weak = measure_weak and j - i == 1
            tags.add("measure")
        else:
            kind_hits.setdefault(label, set()).update(range(i, j))
    # one word that is a cue and a measure both ("mission": a purpose, or one of the export missions)
    # counts something only when the question counts: "its mission" is its purpose, "how many missions" not
    if measure_weak and "q_howmany" not in tags and all(sp in cue_spans for sp in measure_spans):
        measures.clear(), measure_spans.clear(), tags.discard("measure")
    # a kind noun inside a longer measure ("exports" in "export trips") names what is counted, not a record
    for label, pos in list(kind_hits.items()):
        if any(pos <= set(sp) and len(sp) > len(pos) for sp in measure_spans):
            del kind_hits[label]
    # an unknown word inside a longer cue ("how much time" vs "how much") is not unknown
    lacking: list[tuple[str, ...]] = []
    # (nor inside the longer words of an English name said in the question's language: "işçi" of "işçi qrupu",
    # working group)
    name_matches = lexicon(lang).name_words.find(seq) if lang != "en" else []
    name_spans = [range(m.start, m.end) for m in name_matches]
    for span in unknown_spans:
        if not any(span.start >= c.start and span.stop <= c.stop and len(c) > len(span)
                   for c in cue_spans + measure_spans + name_spans):
            lacking.append(tuple(seq[p] for p in span))
            explained.update(span)
    unknown = bool(lacking)

    # "the Belt and Road Initiative", "the Sheki forum": a kind noun right after an unexplained name
    # (capitalised, or no common word) names another thing
    for label, pos in list(kind_hits.items()):
        before = min(pos) - 1
        word = seq[before] if before >= 0 else ""
        if (word and before not in explained and before not in alts and word not in stop and not word.isdigit()
                and not index.knows(word)
                and not has_cjk(word)
                and (raw[before] not in index.typo or len(cased) == len(raw) and cased[before][:1].isupper())):
            del kind_hits[label]
    plural = _plural(raw, kind_hits, index) if lang == "en" else frozenset()
    mentions = kind_mentions(_mentions(seq, index, kind_hits, alts, lang), seq, index, kind_hits, alts, lang, plural)
    if lang != "en":  # (another language's word is both cue and name word more often: "投资" invest, investment)
        _cue_words_name_nothing_more(mentions, {p for sp in cue_spans for p in sp}, index)
    # a kind noun inside a name ("agency" in "Trend news agency") is part of that name
    named_words = {p for m in mentions.values() if not m.via_kind and m.strength >= NAMED for p in m.positions}
    named_words |= _own_kind_in_a_name(mentions, seq, alts, index)
    for rid in [rid for rid, m in mentions.items() if m.via_kind and m.positions <= named_words]:
        del mentions[rid]
    # ... and so is a cue word ("Business" in "... Green Manufacturing Business Forum" asks about no companies)
    # (the descriptive names of events, agreements and projects; people and bodies are also named by titles,
    # "the executive director", whose words are cues)
    descriptive = [m for m in mentions.values() if not m.via_kind and m.strength >= NAMED
                   and getattr(index.base.get(m.entity), "type", "") in _DESCRIPTIVE_NAMES]
    described = {p for m in descriptive for p in _with_small_words(m.positions, seq, stop)}
    # (its own kind word, "meeting" in "the meeting between A and B", still says what it is)
    # (but not in an event's name said whole: "Who co-chaired the 3rd *meeting* of the Working Group ...?" asks no
    # one who met; a statistic's kind word is still what it measures: "Lankaran tea *exports* to China, 2025?")
    own_kind = {p for m in descriptive for p in m.positions if seq[p] in index.kind_words.get(m.entity, frozenset())
                and (m.strength < 1.0 or getattr(index.base.get(m.entity), "type", "") != "event")}

    def within(sp: range) -> bool:  # inside the name, with its words on both sides
        return (set(sp) <= described and not set(sp) & own_kind
                and sp.start - 1 in described and sp.stop in described)

    inside = {label for label, sp in cue_at if within(sp) and not label.startswith("q_")}
    tags -= inside - {label for label, sp in cue_at if not within(sp)}
    # ... and a question word joined into a word of the name by a hyphen ("sister-city" in "the sister-city agreement
    # between Nakhchivan and Urumqi" asks no "where")
    joined = {label for label, sp in cue_at if label.startswith("q_") and within(sp) and _hyphened(question, raw, sp)}
    joined -= {label for label, sp in cue_at if not (within(sp) and _hyphened(question, raw, sp))}
    tags -= joined
    early_q -= joined
    # a word of a kind of value inside a name said whole ("Fund" in "the Silk Road Fund") asks for no money
    whole = {p for m in mentions.values() if not m.via_kind and m.strength >= 1.0 and len(m.positions) > 1
             for p in m.positions}
    named_values = {label for label, sp in cue_at if label in VALUE_CUES and set(sp) <= whole}
    tags -= named_values - {label for label, sp in cue_at if not set(sp) <= whole}
    _describe_by_country(mentions, seq, tables, index, explained, focus, stop_at)
    if lang not in ("en", "zh"):  # (English and Chinese names of bilateral things are many: their words are common)
        _country_words_only(mentions, seq, tables)
    _within_a_longer_mention(mentions, seq, alts, index)
    name_by_links(mentions, said_kinds, seq, index, alts)
    named_in_part(mentions, seq, alts, explained, {p for pos in said_kinds.values() for p in pos},
                  {p for sp in cue_spans + measure_spans for p in sp},
                  {p for lex in tables for m in lex.countries.find(seq) for p in range(m.start, m.end)}, raw, cased,
                  stop, focus, stop_at, lang, index)
    _with_twins(mentions, index)
    for rid, m in list(mentions.items()):
        # words of a measure ("trade missions") name what is counted, not an organization
        if not m.via_kind and m.positions and all(any(p in sp for sp in measure_spans) for p in m.positions):
            del mentions[rid]
        # what the lead-up of a long message names is context, not what is asked about
        elif focus and m.positions and max(m.positions) < focus:
            m.strength = min(m.strength, NAMED - 0.01)
    # a word inside a name said clearly that is not one of its words ("the China-Azerbaijan *Agricultural* Investment
    # Promotion Conference") is no word of it, though a thing named weakly by it elsewhere says it (an imported
    # article's agricultural exports): it is left, telling another thing than the one so named
    # (not of Chinese, whose characters are each a word: those between a name's characters are no words of a name)
    spans = [(range(min(m.positions), max(m.positions) + 1), m) for m in mentions.values()
             if m.named and not m.via_kind and len(m.positions) > 1] if not has_cjk(question) else []
    inner: dict[int, list[str]] = {}
    for sp, n in spans:
        for p in sp:
            if p not in n.positions and seq[p] not in index.own_words(n.entity):
                inner.setdefault(p, []).append(n.entity)

    def names_inside(m: Mention, p: int) -> bool:  # (a thing its name names: "SCO" in the "China-SCO ... Zone",
        # the Shanghai Cooperation Organization's)
        return p not in inner or all(m.entity in index.named_within(e)
                                     or index.name_stems(m.entity) - {seq[p]} <= index.own_words(e) for e in inner[p])
    for m in mentions.values():
        # a word read as another script's spelling of a name word is explained only by a thing named clearly:
        # "в Гяндже" of an unknown forum is not the Ganja of a known hub's name
        # (or by a name three of whose words the question says: "ветровой электростанции в Хызы и Абшероне")
        if m.strength >= 0.5:
            said_whole = not m.via_kind and len(m.positions) >= 3
            explained.update(p for p in m.positions if (m.named or said_whole or p not in sounded)
                             and (m.named or m.via_kind or names_inside(m, p)))
    clause = _relative_clause(seq, mentions, focus, lexicon(lang))
    asked_things, asked_at = _asked_things(cue_at, kind_hits, lang)
    # "and" inside a name ("Export and Investment Promotion Agency") joins no two questions
    named_at = {p for m in mentions.values() for p in m.positions}

    def between_names(sp: range) -> bool:
        after = sp.stop
        while after < len(seq) and seq[after] in stop:
            after += 1
        return named_at.issuperset(sp) or (sp.start - 1 in named_at and after in named_at) or after_between(sp)

    def after_between(sp: range) -> bool:
        # "между Азербайджаном и Китаем": the two sides of a between, not two questions (even when the
        # countries are too common to be names)
        return any(label == "between" and 0 <= sp.start - b.stop <= 2 for label, b in cue_at)

    if also_spans and all(between_names(sp) for sp in also_spans):
        tags.discard("also")
    # "the agreement between Azerbaijan and China", "the memorandum with AZPROMO": a between said before the sides it
    # names describes the thing, as its name does; it asks who the sides are only when they are not said ("between
    # whom was it signed?")
    sides = named_at | {p for lex in tables for m in lex.countries.find(seq) for p in range(m.start, m.end)}
    betweens = [sp for label, sp in cue_at if label == "between"]
    if betweens and all(_next_word(seq, sp.stop, stop) in sides for sp in betweens):
        tags.discard("between")
    # a word the facts of a thing named clearly say, written with its language's endings ("Bakıdakı ... Konfransı"
    # of a conference held in Baku) is no unknown name
    said_by_named = {w for m in mentions.values() if m.named for w in index.said_of(m.entity)}
    read_known = {p for p, ws in alts.items() if p in sounded and ws & said_by_named}
    # ... nor is one that a thing named by other words of the question says ("завод ZTBG в Ленкорани" of the ZTBG
    # plant in Lankaran, its name said in part): as the English question's "Lankaran" would be, it is a word left,
    # no unknown thing (but a thing named only by such words is no evidence: "Dünya" sounds like "Deng")
    said_by_mentioned = {w for m in mentions.values() if not m.via_kind and m.strength >= 0.5 and m.positions - sounded
                         for w in index.said_of(m.entity)}
    read_known |= {p for p, ws in alts.items() if p in sounded and ws & said_by_mentioned}
    # a question word inside a name said clearly, with the name's words on both sides, asks nothing of a yes/no
    # question ("Is the mill NJTG's first production *base* outside China?" of a statement so named: no "where")
    whole_names = [set(_with_small_words(m.positions, seq, stop)) for m in mentions.values()
                   if not m.via_kind and m.strength >= NAMED and len(m.positions) > 2]
    in_a_name = {label for label, sp in cue_at if label.startswith("q_")
                 and any(set(sp) <= n and sp.start - 1 in n and sp.stop in n for n in whole_names)}
    in_a_name -= {label for label, sp in cue_at if label.startswith("q_")
                  and not any(set(sp) <= n and sp.start - 1 in n and sp.stop in n for n in whole_names)}
    polar = _polar(raw[focus:stop_at], lexicon(lang), {t for t in tags if t.startswith("q_")} - in_a_name)
    if polar and in_a_name:
        tags -= in_a_name
        early_q -= in_a_name
    claimed_places: frozenset[str] = frozenset()
    if polar and not tags & {"q_howmany", "q_where", "q_when"} and tags <= PLACING | CONNECTIVES:
        # "Was the forum held in Baku?", "Is the plant going to be built in Sumgait?": a place the facts give as a
        # record's place or seat, said by no name, is the claim: the question asks where, to check it (only when it
        # asks nothing else: "Did AZPROMO support the forum in Lankaran?" asks its support; a country is no place
        # of a thing: "its first factory outside China?")
        places = index.place_words()
        country_at = {p for lex in tables for m in lex.countries.find(seq) for p in range(m.start, m.end)}
        # (after what it names, as what is said of it: "the Sumgayit blade plant" names the plant by its place)
        after = max((p for m in mentions.values() if m.strength >= 0.5 for p in m.positions), default=-1)
        claimed = [i for i in range(max(focus, after + 1), stop_at) if i not in explained and seq[i] not in stop
                   and i not in country_at
                   and (seq[i] in places or i in sounded and alts.get(i, set()) & places)]
        if claimed:
            tags.add("q_where")
            early_q.add("q_where")
            explained.update(claimed)
            claimed_places = frozenset(w for i in claimed for w in ({seq[i]} | alts.get(i, set())) & places)
    capitalised = _unknown_names(cased, raw, question, explained | read_known, stop, index, focus, stop_at,
                                 mentions, lang=lang, alternatives=alts)
    if lang == "zh" and not capitalised[0]:
        named_at = {p for m in mentions.values() if not m.via_kind and m.strength >= 0.5 for p in m.positions}
        capitalised = (_chinese_names_joined(seq, explained | set(alts), named_at, stop, focus, stop_at),
                       capitalised[1])
    left = [i for i, s in enumerate(seq) if focus <= i < stop_at and i not in explained and s not in stop
            and not s.isdigit() and len(s) > 1]
    residual = [seq[i] for i in left]
    # (and those right before a name said: "the *second* Digital Connectivity Forum" of "2nd ... Forum")
    name_starts = {min(m.positions) for m in mentions.values() if not m.via_kind and m.strength >= 0.5 and m.positions}
    worded = _ordinal_words_of_kinds(raw, said_kinds, name_starts)
    if worded and lacking:  # (an ordinal that numbers what is named, as a name said numbers it, lacks nothing: it
        # says which one, "the second Digital Connectivity Forum"; not one no such name says, "the second MoU")
        numbered = {w for m in mentions.values() if not m.via_kind and m.strength >= 0.5
                    for w in index.name_stems(m.entity)} & worded
        lacking = [p for p in lacking if not (len(p) == 1 and english_ordinal_of_word(p[0]) in numbered)]
        unknown = bool(lacking)
    if polar and "q_howmany" not in tags and _states_a_date(raw[focus:stop_at], lang):
        tags.add("q_when")  # "Was the conference held on April 17?" asks for the date, to check it
        early_q.add("q_when")
    named_by_name = {p for m in mentions.values() if not m.via_kind for p in m.positions}
    return Analysis(lang=lang, seq=seq, tags=frozenset(tags), polar=polar, measures=frozenset(measures), unknown=unknown,
                    mentions=mentions, kind_labels=frozenset(kind_hits), residual=residual,
                    kinds_at={label: frozenset(pos) for label, pos in said_kinds.items()},
                    smalltalk=frozenset(small), corrected=corrected, early_q=frozenset(early_q),
                    measure_weak=bool(measures) and measure_weak,
                    unknown_names=capitalised[0], proper=capitalised[1],
                    numbers=frozenset(re.findall(r"\d+", question)) | chinese_ordinals(question) | _ordinals_said(alts),
                    clause=clause, plural=plural,
                    lacking=tuple(lacking),
                    relative=frozenset(relative), asked_things=asked_things, asked_at=asked_at,
                    focus=focus, ordinals=frozenset(w for i, s in enumerate(seq) for w in (s, *alts.get(i, ()))
                                                    if ENGLISH_ORDINAL.fullmatch(w)) | worded,
                    readings=frozenset(w for i, ws in alts.items() if focus <= i < stop_at and i not in explained for w in ws),
                    reading_groups=tuple(frozenset(ws) for i, ws in sorted(alts.items())
                                         if focus <= i < stop_at and i not in explained and ws),
                    content=tuple(s for i, s in enumerate(seq) if focus <= i < stop_at and s not in stop
                                  and not s.isdigit() and len(s) > 2
                                  and i not in named_by_name),
                    english=_english_of(name_matches, named_by_name, focus, stop_at),
                    residual_read=frozenset(w for i in left for w in (alts.get(i) or (seq[i],))),
                    read_as={seq[i]: frozenset(alts[i]) for i in left if alts.get(i)},
                    past=_asks_of_the_past(raw[focus:stop_at], lexicon(lang)), claimed_places=claimed_places,
                    words=tuple(words) if len(words) == len(seq) else (),
                    months_spanned=spanned[1] if spanned is not None else None)


def _cue_words_name_nothing_more(mentions: dict[str, Mention], cued: set[int], index: FactIndex) -> None:
    """A name whose words the question says are those of a thing named more clearly and, beyond them, only words
    it asks with ("Kura Gate 自由经济区的太阳能电池板工厂*投资*多少", how much is the Kura Gate plant's *investment*: not
    the zone's investment commitments) is not named: its other words name that other thing, its cue words ask."""
    if not cued:
        return
    clear = [m for m in mentions.values() if not m.via_kind and m.strength >= NAMED]
    for m in clear:
        if not m.positions & cued or getattr(index.base.get(m.entity), "type", "") not in _DESCRIPTIVE_NAMES:
            continue  # (people and bodies are named by titles, whose words are cues: "Universal Energy-nin prezidenti")
        rest = m.positions - cued
        if rest and any(o.strength > m.strength and rest <= o.positions and not index.same_thing(o.entity, m.entity)
                        for o in clear if o is not m):
            m.strength = min(m.strength, NAMED - 0.01)


# Azerbaijani endings the stemmer leaves or takes wrongly (it must keep English words whole): the dative after a
# consonant ("zavoda", "fabrikinə") or a possessive ("layihəsinə"), and the accusative of a word ending in n
# ("limanını": liman, not lima), peeled in up to three layers
_AZ_ENDINGS = ("nin", "nun", "ndan", "nden", "nda", "nde", "dan", "den", "da", "de", "na", "ne", "ya", "ye", "in",
               "un", "ni", "nu", "si", "su", "a", "e", "i", "u")


@lru_cache(maxsize=8)
def _name_words(code: str) -> frozenset[str]:
    return frozenset(lexicon(code).name_words.words())


def _az_known_base(word: str, index: FactIndex, lex: Lexicon) -> str | None:
    """The stem of an Azerbaijani word (folded) that its own stem is not, when that stem is no word of the facts or
    the language files and a base of it, its endings off, is: the longest such base. None otherwise."""
    def known(s: str) -> bool:
        return index.knows(s) or s in lex.stopwords or s in _name_words(lex.code)
    own = stem(word)
    if len(word) < 5 or not word.isalpha() or not word.isascii() or index.states(word):
        return None
    layer, found = {word}, []
    for _ in range(3):
        layer = {w[:-len(e)] for w in layer for e in _AZ_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3}
        found += [w for w in layer if known(w) or known(stem(w)) and stem(w) != own]
    if not found:
        return None
    best = max(found, key=len)
    best = best if known(best) else stem(best)
    if best in lex.countries.words():
        return None  # (the language file lists the forms of a country that describe a thing: "Azərbaycana" is to whom)
    # (a known stem stays, unless it took the last consonant of a known base for an ending's: "limanını" is liman's,
    # not lima's; "sazişi" saziş's)
    return best if not known(own) or best[:-1] == own and best[-1] not in "aeiou" else None


def _asks_of_the_past(words: list[str], lex: Lexicon) -> bool:
    """Does the question ask of what has happened: a past auxiliary among its first words ("When *was* the
    foundation stone laid?", "When *did* the plant open?"), and no word saying what was expected or planned
    ("When was it expected to open?")?"""
    return (any(w in lex.past_openers for w in words[:EARLY])
            and not any(stem(w) in lex.past_not_with for w in words))


def _english_of(name_matches: list, named: set[int], focus: int, stop_at: int) -> frozenset[str]:
    """The stems of the English words the question's own words (not those of a name it says) are read as."""
    return frozenset(s for m in name_matches if focus <= m.start < stop_at
                     and not set(range(m.start, m.end)) <= named for s in label_stems(m.label))


def _next_word(seq: list[str], start: int, stop: frozenset[str]) -> int:
    """The position of the first word from `start` on that is no small word."""
    while start < len(seq) and seq[start] in stop:
        start += 1
    return start


def _own_kind_in_a_name(mentions: dict[str, Mention], seq: list[str], alts: dict[int, set[str]],
                        index: FactIndex) -> set[int]:
    """Where a kind noun is said as the kind word of a descriptive name said in several more of its words, though
    less clearly than a name said whole ("инвестиционное соглашение о тепличном комплексе в Сабирабаде": the
    investment agreement's "agreement", no kind noun naming every memorandum)."""
    out: set[int] = set()
    for m in mentions.values():
        if (m.via_kind or m.strength < 0.5 or len(m.positions) < 3
                or getattr(index.base.get(m.entity), "type", "") not in _DESCRIPTIVE_NAMES):
            continue
        own = index.kind_words.get(m.entity, frozenset())
        at = {p for p in m.positions if seq[p] in own or alts.get(p, set()) & own}
        # (its other words its own, not those of a person or body named more clearly: "Mikayıl Cabbarov ... görüşüb"
        # is no naming of one of his meetings)
        others = {p for o in mentions.values() if o is not m and not o.via_kind and o.strength >= m.strength
                  and getattr(index.base.get(o.entity), "type", "") in ("person", "organization") for p in o.positions}
        if at and len(m.positions - at - others) >= 2:
            out |= at
    return out


def _with_twins(mentions: dict[str, Mention], index: FactIndex) -> None:
    """A thing named is named in each article's record of it (twins.py): the other report's record, named
    otherwise ("the official visit of an Azerbaijani delegation" beside "... government and business
    delegation"), is mentioned as strongly, so the facts only it states answer too."""
    for m in list(mentions.values()):
        if m.via_kind:
            continue
        for twin in sorted(index.twins.get(m.entity, ())):  # (in a stable order, not the set's)
            had = mentions.get(twin)
            if had is None or had.strength < m.strength:
                mentions[twin] = replace(m, entity=twin)


def _within_a_longer_mention(mentions: dict[str, Mention], seq: list[str], alts: dict[int, set[str]],
                             index: FactIndex) -> None:
    """"中阿政府间经贸合作委员会第十次会议" names the 10th meeting, not the "Protocol of the 10th meeting of the
    intergovernmental commission": a descriptive name whose words said are all words of a longer mention, and
    whose own kind ("protocol") the question does not say, is not what it names."""
    said = set(seq) | {w for ws in alts.values() for w in ws}
    for m in list(mentions.values()):
        kind = index.kind_words.get(m.entity, frozenset())
        if (m.via_kind or not kind or kind & said
                or getattr(index.base.get(m.entity), "type", "") not in _DESCRIPTIVE_NAMES):
            continue
        if any(o is not m and not o.via_kind and o.strength >= 0.5 and m.positions < o.positions
               for o in mentions.values()):
            del mentions[m.entity]


_JOINING = frozenset("和与同跟及")  # the characters that join two names ("AZPROMO和华为": AZPROMO and Huawei)


def _chinese_names_joined(seq: list[str], explained: set[int], named_at: set[int], stop: frozenset[str],
                          focus: int, stop_at: int) -> tuple[str, ...]:
    """Chinese has no capitals: two or more characters in a row that nothing explains, right after the 和 or 与
    that joins them to a name the question says ("AZPROMO和华为签署的谅解备忘录"), are the name of a thing the
    facts do not know."""
    out: list[str] = []
    i = focus
    while i < stop_at:
        j = i
        while j < stop_at and j not in explained and has_cjk(seq[j]) and seq[j] not in stop and seq[j] not in _JOINING:
            j += 1
        if j - i >= 2 and i > 1 and seq[i - 1] in _JOINING and i - 2 in named_at:
            out.append("".join(seq[i:j]))
        i = max(j, i + 1)
    return tuple(out)


def _country_words_only(mentions: dict[str, Mention], seq: list[str], tables: list[Lexicon]) -> None:
    """A name matched by its country words alone ("Azərbaycan ilə Çin arasında ticarət" of the "Çin-Azərbaycan
    ... Konfransı") is not named by them: every bilateral name has them."""
    said = {p for lex in tables for m in lex.countries.find(seq) for p in range(m.start, m.end)}
    for m in mentions.values():
        if not m.via_kind and m.positions and m.positions <= said:
            m.strength = min(m.strength, KIND_WEIGHT)




def _ordinal_words_of_kinds(raw: list[str], said_kinds: dict[str, set[int]],
                            name_starts: set[int] = frozenset()) -> frozenset[str]:
    """The English ordinals in words that number a thing of a kind ("the *fifth* meeting", "the fourth JCTL
    meeting") or a thing named right after them ("the *second* Digital Connectivity Forum"), as its name would write
    them ("5th"); not others ("a third co-organizer", "the first solar panel"), which number no record."""
    kinds_at = {p for pos in said_kinds.values() for p in pos}
    return frozenset(o for i, t in enumerate(raw) if (i + 1 in kinds_at or i + 2 in kinds_at or i + 1 in name_starts)
                     and (o := english_ordinal_of_word(t)))


def _ordinals_said(alts: dict[int, set[str]]) -> frozenset[str]:
    """The numbers of the ordinals a question says in words of its language ("одиннадцатое заседание": 11), as
    "the 11th meeting" states 11."""
    return frozenset(m.group(1) for ws in alts.values() for w in ws if (m := ENGLISH_ORDINAL.fullmatch(w)))


def _opens_a_name(m, cased: list[str], raw: list[str], focus: int, lex: Lexicon) -> bool:
    """Is the country word at `m` (name words right after it) the first word of a name, as "Azərbaycan Dəmir
    Yolları" (the next word capitalised) or "Азербайджанскими железными дорогами" (an adjective capitalised
    mid-sentence), rather than a description ("китайским капиталом": Chinese capital)?"""
    if len(cased) != len(raw) or m.end >= len(cased):
        return False
    if cased[m.end][:1].isupper():
        return True
    return (m.start not in (0, focus) and cased[m.start][:1].isupper()
            and all(stem(raw[p]) in lex.country_adjectives for p in range(m.start, m.end)))


def _after_a_year(raw: list[str], i: int, stop: frozenset[str]) -> bool:
    """Is the word at `i` said right after a year (its ordinal ending, "2025-ci", between them)?"""
    p = i - 1
    while p >= 0 and raw[p] in stop and not raw[p].isdigit():
        p -= 1
    return p >= 0 and p >= i - 2 and raw[p].isdigit() and len(raw[p]) == 4 and 1900 <= int(raw[p]) <= 2100


def _joined(raw: list[str], first, second, lex: Lexicon) -> bool:
    """Are two country words joined by "and" ("Azərbaycan ilə Çin arasında", "Азербайджана и Китая",
    "阿塞拜疆和中国"): the pair a bilateral name is of ("Azerbaijan–China trade turnover")?"""
    if second.start - first.end != 1:
        return False
    # (not in Chinese: there a country word is read as the words of a name beside it, above, and "中阿" names both)
    return lex.code != "zh" and stem(raw[first.end]) in _and_words(lex.code)


@lru_cache(maxsize=8)
def _and_words(lang: str) -> frozenset[str]:
    """The one-word "and"s of a language: its `also` cue words, and its `pair_words` ("ilə", no cue)."""
    lex = lexicon(lang)
    return frozenset(ph[0] for lst in lex.cues.by_first.values() for ph, label in lst if label == "also"
                     and len(ph) == 1) | lex.pair_words


def _hyphened(question: str, raw: list[str], sp: range) -> bool:
    """Is the one word at `sp` joined to the word before or after it by a hyphen ("sister-city")?"""
    if len(sp) != 1 or not raw[sp.start].isalpha():
        return False
    word, text = re.escape(raw[sp.start]), fold(normalize(question))
    return bool(re.search(rf"\w-{word}\b|\b{word}-\w", text))


def _dashed(question: str, raw: list[str], first, second) -> bool:
    """Are two country words joined by a dash ("азербайджано-китайской", "Azərbaycan–Çin"): one pair?"""
    if first.end != second.start:
        return False
    text = fold(normalize(question))
    return bool(re.search(re.escape(raw[first.end - 1]) + r"\s*[-‐‑–—]\s*" + re.escape(raw[second.start]), text))


@lru_cache(maxsize=64)
def _stop_words(common: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """The index's stop words and the question language's, joined once (thousands of words each)."""
    return common | own


_DESCRIPTIVE_NAMES = frozenset({"event", "agreement", "project", "statistic"})
THING_CUES = ("company", "members")  # cues naming things of a kind ("companies", "organizations")
ASKED_WITHIN = 3                     # words after "which" (or "list") that may name the things asked ("which Chinese oil companies")


def _asked_things(cue_at: list[tuple[str, range]], kind_hits: dict[str, set[int]],
                  lang: str) -> tuple[frozenset[str], frozenset[int]]:
    """The kinds of things a question asks to be named: those named just after "which"/"what" or a request
    for a list ("which companies", "list the companies", "какие компании"): kind labels, or a thing cue;
    and where they are said."""
    # (Chinese is read a character a word, and may name the things first: "参会企业都有哪些")
    window = ASKED_WITHIN * (2 if lang == "zh" else 1)
    before = window if lang == "zh" else 0
    things = [(label, set(sp)) for label, sp in cue_at if label in THING_CUES] + list(kind_hits.items())
    out: set[str] = set()
    at: set[int] = set()
    value_at = {sp.start for label, sp in cue_at if label in VALUE_CUES}
    for label, sp in cue_at:
        if label in ("q_which", "q_list"):
            ahead = set(range(sp.start - before, sp.start)) | set(range(sp.stop, sp.stop + window))
            for thing, pos in things:
                if pos & ahead and not (sp.stop < min(pos) and max(pos) + 1 in value_at):  # (see values_at)
                    out.add(thing)
                    at |= pos
    return frozenset(out), frozenset(at)
VALUE_CUES = frozenset({"money", "capacity", "term", "theme"})  # cues of a kind of value (see doubts.VALUE_TAGS)


def values_at(a: Analysis) -> set[int]:
    """Where the question's cues of a kind of value begin. A kind noun right before one ("what's the plant's
    capacity?", "what is the park investment?") is whose value is asked, not a thing asked for as "which plant" is."""
    return {m.start for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).cues.find(a.seq)
            if m.label in VALUE_CUES}


