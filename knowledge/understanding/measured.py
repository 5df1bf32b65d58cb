"""A measured value's own words ask for it: what its unit counts ("300,000 appliances per year", "15,000
parcels per day") and what its figure is called ("capacity_after_second_stage", "area").

The language files' cue phrases cannot know every unit an admin's records measure in, nor every figure
they name; the records say them. A question saying such a word of a fact whose subject it mentions
("how many appliances a year will the ZLHA plant assemble?", "the hub's tonnes of fruit") asks for that
fact, for any record of any type that states one. It fits just below an attribute a cue asks for (1.0
against 1.1), so "how many jobs will the floor tile plant create" stays the jobs; each further word of a
figure's name said, beyond the first and the subject's own name and kind words, makes it fit better ("the
capacity after the second stage" is that figure, not the capacity).
"""
from __future__ import annotations

import re

from ..facts.atoms import Fact
from ..facts.values import Money
from ..language.lexicon import languages, lexicon, lexicons
from ..language.sounds import label_stems
from ..language.text import stem, tokens

MEASURED_FIT = 1.0
WORD_BONUS = 0.15  # two words of a figure's name said outweigh one cue ("capacity" after the expansion)
_RATE = re.compile(r"\bper\b|_per_|\(|\bin\b")  # what follows is the rate's period or a note, not what is counted
_NOT_COUNTS = frozenset({"q_where", "q_who"})


def is_measured(fact: Fact) -> bool:
    """Is the fact a measured value (a project's capacity, a statistic's value, a named figure)?"""
    return fact.attribute in ("capacity", "value") or fact.attribute.startswith("figure:")


def measured_words(index, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the fact's figure's name and of what its unit counts (kept once made)."""
    got = index._measured.get(fact.id)
    if got is None:
        value = fact.evidence[0].__dict__.get("value") if fact.evidence else None
        unit = getattr(value, "unit", None)
        got = index._measured[fact.id] = (_counted(fact.attribute.partition(":")[2], index.stopwords),
                                          _counted(unit if isinstance(unit, str) else "", index.stopwords))
    return got


def unit_word(fact: Fact) -> str | None:
    """The stem of the unit a measured amount is in, its first word ("hectares"; "tonnes" of "tonnes of cold
    storage"); none for a count or money."""
    value = fact.evidence[0].__dict__.get("value") if fact.evidence else None
    unit = getattr(value, "unit", None)
    words = tokens(unit) if isinstance(unit, str) else []
    return stem(words[0]) if words else None


COUNTED_GAP = 4  # words after "how many" within which a country qualifies what is counted ("how many companies from China")


def counted_at(a) -> frozenset[int]:
    """Where the thing "how many" counts is said: the first word after the cue that is no stop word and no country
    word ("how many *companies*", "how many Chinese *firms*", "how many of the *companies*"). A kind noun said there
    names many things counted, not one thing the question is about."""
    if "q_howmany" not in a.tags:
        return frozenset()
    tables = [lexicon(code) for code in dict.fromkeys((a.lang, "en"))]
    stop = languages().stopwords
    countries = {p for lex in tables for m in lex.countries.find(a.seq) for p in range(m.start, m.end)}
    out = set()
    for lex in tables:
        for m in lex.cues.find(a.seq):
            if m.label != "q_howmany":
                continue
            p = m.end
            while p < min(m.end + COUNTED_GAP, len(a.seq)) and (a.seq[p] in stop or p in countries):
                p += 1
            if p < len(a.seq):
                out.add(p)
    return frozenset(out)


SAME_WORD = 4  # stems this long, one the start of the other, are one word's forms ("supp", "supply")


def figure_says(index, fact: Fact, word: str) -> bool:
    """Is `word` (a stem) a word of the measured fact's figure name or unit ("households_supplied": "household",
    "supply"; a stem of another form of it, "supp", too)?"""
    if not is_measured(fact):
        return False
    name, unit = measured_words(index, fact)
    return any(w == word or min(len(w), len(word)) >= SAME_WORD and (w.startswith(word) or word.startswith(w))
               for w in name | unit)


def _counted(text: str, stop: frozenset[str]) -> frozenset[str]:
    counted = _RATE.split(text, maxsplit=1)[0].replace("_", " ")
    return frozenset(s for s in (stem(w) for w in tokens(counted) if not w.isdigit()) if len(s) > 2) - stop


SIZE, UNIT = "size_", "unit_"  # the cue tags asking a figure by its dimension ("size_area": "how large") or unit
# ("unit_area": "hectares")


def asked_dimensions(a) -> frozenset[str]:
    """The dimensions the question asks a figure in ("how large", "in hectares": area; "how long": length,
    duration)."""
    return frozenset(t[len(SIZE):] for t in a.tags if t.startswith(SIZE)) | stated_dimensions(a)


def stated_dimensions(a) -> frozenset[str]:
    """The dimensions of the units the question says ("how many hectares", "in square metres": area)."""
    return frozenset(t[len(UNIT):] for t in a.tags if t.startswith(UNIT))


def in_another_unit(index, fact: Fact, a) -> bool:
    """Does the question say a unit of a dimension the measured fact is not in ("how big is the complex, *in
    hectares*?" of its capacity in tonnes)? Then another figure is asked."""
    stated = stated_dimensions(a)
    return bool(stated) and is_measured(fact) and not stated & dimensions_of(index, fact)


def dimensions_of(index, fact: Fact) -> frozenset[str]:
    """The dimensions a measured fact's figure is in (the English language file's `dimensions`): its unit's first
    word's ("hectares": area; "km of ski runs": length; "days to customers in Europe": duration), those of the
    words of its name ("blade_length", "summit_station_altitude", "flight_time"), and a frequency for a rate per
    day, week or month ("train a week"). None of a count or money."""
    key = "dimensions:" + fact.id
    got = index._measured.get(key)
    if got is None:
        table = lexicon("en").dimensions
        value = fact.evidence[0].__dict__.get("value") if fact.evidence else None
        unit = getattr(value, "unit", None)
        unit_words = tokens(unit) if isinstance(unit, str) else []
        name_words = tokens(fact.attribute.partition(":")[2].replace("_", " "))
        got = set()
        for dim, words in table.items():
            if dim == "rate":
                continue
            if unit_words and unit_words[0] in words or any(w in words for w in name_words):
                got.add(dim)
        rates = table.get("rate", frozenset())
        if any(w in ("a", "an", "per", "every") and n in rates for w, n in zip(unit_words, unit_words[1:])):
            got.add("frequency")
        got = index._measured[key] = frozenset(got)
    return got


def dimension_fit(index, fact: Fact, a) -> float:
    """How well a question asking a figure by its dimension ("how large is the park?", "how long is the cable?",
    "how often will the trains run?") asks this measured fact: as a cue would (MEASURED_FIT), when its figure is in
    a dimension asked ("how high" a height, else a length; "how long" a length or a duration); each word of the
    figure's name the question says beside it, beyond its subject's own name and kind words, makes it fit better
    ("how big is the *plot*": the plot's area, not the plant's capacity). 0 when it is in none asked."""
    asked = asked_dimensions(a)
    # (a place word is no "where" beside a size asked: "how large is the *site*?"; a person is still no size)
    if not asked or not is_measured(fact) or "change" in a.tags or "q_who" in a.early_q:
        return 0.0
    dims = dimensions_of(index, fact)
    if not dims & asked and not ("height" in asked and "length" in dims):
        return 0.0
    name, _ = measured_words(index, fact)
    own = index.name_stems(fact.subject) | index.kind_words.get(fact.subject, frozenset())
    content = frozenset(a.content) | a.english
    exact = 1 if "height" in asked and "height" in dims else 0
    return MEASURED_FIT + WORD_BONUS * (len((name & content) - own) + exact)


def measured_fit(index, fact: Fact, a) -> float:
    """How well the question's own words (`a.content`: not names, not stop words) ask for a measured
    fact by what it counts; 0 when they say none of it, or ask something else than how many (where, who,
    which: "which bank finances the cold storage hub" of "60,000 tonnes of cold storage"). A question with
    no question word ("Alat warehouse parcels per day", "the capacity after the second stage") must say
    all of the figure's name, or of its unit."""
    sized = dimension_fit(index, fact, a)
    if sized:
        return max(sized, _measured_fit(index, fact, a))
    return _measured_fit(index, fact, a)


def _measured_fit(index, fact: Fact, a) -> float:
    counts = bool(a.tags & {"q_howmany", "money"})  # ("how much ... will it export?", "how much fabric": an amount)
    if not is_measured(fact) or a.early_q & _NOT_COUNTS or not counts and a.early_q or "change" in a.tags:
        # (a level is no change: "by how many buses will its capacity increase" is not the capacity)
        return 0.0
    name, unit = measured_words(index, fact)
    content = frozenset(a.content) | a.english  # (the facts' words are English: "доля" says a share)
    said = (name | unit) & content
    if not said or not counts and not (name and name <= content or unit and unit <= content):
        return 0.0
    own = index.name_stems(fact.subject) | index.kind_words.get(fact.subject, frozenset())
    return MEASURED_FIT + WORD_BONUS * max(0, len((name & content) - own) - 1)


COUNTED_BONUS = 0.1


def counted_words(attribute: str, lang: str, *, people: bool = True) -> frozenset[str]:
    """The words a fact of this attribute is said in (the language files' `said_in`: a count of people, who
    signed on behalf of whom), in the question's language and English; with `people`, also those any count of
    people is said in ("people"). Not their small words: "the" of "in the name of" says no signatory ("how many
    agronomists will be trained under the memorandum?"). (Kept once made, per set of language files: a count
    question asks it of every candidate fact.)"""
    lexicons_ = lexicons()
    if _COUNTED[0] is not lexicons_:  # (the language files were read again)
        _COUNTED[:] = [lexicons_, {}]
    memo = _COUNTED[1]
    got = memo.get((attribute, lang, people))
    if got is None:
        got = frozenset()
        for code in {lang, "en"}:
            own = lexicon(code).said_in.get(attribute)
            if own is not None:
                got |= own | (lexicon(code).said_in.get("people", frozenset()) if people else frozenset())
        got = memo[(attribute, lang, people)] = got - languages().stopwords
    return got


_COUNTED: list = [None, {}]  # the lexicons, and counted_words made from them: (attribute, lang, people) -> words


def counted_bonus(fact: Fact, a) -> float:
    """A count asked in the words it alone counts ("how many participants attended": the participants, not
    the companies that took part) fits better than another count the question's cues ask as well."""
    if "q_howmany" not in a.tags:
        return 0.0
    return COUNTED_BONUS if counted_words(fact.attribute, a.lang, people=False).intersection(a.seq) else 0.0


def left_words(a) -> frozenset[str]:
    """The question's words nothing explains (`a.residual`) and, in another language, the English words the
    language file reads them as ("payları": share)."""
    left = frozenset(a.residual)
    if a.lang == "en" or not left:
        return left
    at = {i for i, w in enumerate(a.seq) if w in left}
    read = {s for m in lexicon(a.lang).name_words.find(a.seq) if set(range(m.start, m.end)) <= at
            for s in label_stems(m.label)}
    return left | read


def _one_word(word: str, words: frozenset[str]) -> bool:
    """Is `word` (a stem) one of `words`, or a stem of another form of one ("blad" of "blades", "blade")?"""
    return any(w == word or min(len(w), len(word)) >= SAME_WORD and (w.startswith(word) or word.startswith(w))
               for w in words)


def another_figure_said(index, fact: Fact, a) -> bool:
    """Does a word the question leaves unexplained name another measured fact of the answering fact's subject,
    one this fact's name does not say ("How much is CGL's *share* in the hub?" of the hub's investment, beside its
    figure "cgl_share")? Then the question asks for that figure, not this fact."""
    left = left_words(a)
    words = left - index.own_words(fact.subject)
    others = [f for f in index.by_subject.get(fact.subject, ()) if is_measured(f) and f is not fact]
    # ... or the unit of another figure, which this fact does not measure in: "How large is the plant's site *in
    # hectares*?" asks its area, not its place (the subject's own words hold the figure's sentence, and so "hectares")
    # (a word of the subject's own name names it, no unit: "завод лопастей", the blade plant, of its blades a year)
    named = index.name_stems(fact.subject)
    units = {w for w in left for f in others if w == unit_word(f) and not _one_word(w, named)}
    if units and not any(figure_says(index, fact, w) for w in units):
        return True
    if not words or any(figure_says(index, fact, w) for w in words):
        return False
    return any(any(figure_says(index, f, w) for w in words) for f in others)


GOODS_AFTER = 6  # words after a quoted figure that say what it measures ("60,000 tonnes of fruit and vegetables")


def other_goods_said(index, fact: Fact, a) -> bool:
    """Does the question measure other goods in the fact's unit ("how many *tonnes of apples*" of a capacity quoted
    "60,000 tonnes of vegetables, and ... 40,000 tonnes a year for ... apples")? What a figure measures is what its
    unit says, and what its quote says right after the figure: the question says a word of the unit, then "of" and
    a word neither says. (Only where the quote states the figure: else nothing tells what it is of.)"""
    if not is_measured(fact) or not fact.evidence or a.lang != "en":
        return False
    claim = fact.evidence[0]
    value, quote = claim.__dict__.get("value"), getattr(claim, "quote", None)
    unit, amount = getattr(value, "unit", None), getattr(value, "amount", None)
    if not isinstance(unit, str) or not isinstance(quote, str) or not isinstance(amount, (int, float)):
        return False
    words = [stem(w) for w in tokens(_RATE.split(unit, maxsplit=1)[0].replace("_", " "))]
    measure = frozenset(words[:words.index("of")] if "of" in words else words)
    asked = _goods_asked(a.seq, measure, index.stopwords)
    if asked is None:
        return False
    after = _said_after(quote, amount)
    return after is not None and asked not in after and asked not in words


def _said_after(quote: str, amount: float) -> frozenset[str] | None:
    """The stems of the few words the quote says right after the figure (written "60,000", "60 000" or
    "60000"); None when it does not state it."""
    digits = f"{amount:.0f}" if float(amount).is_integer() else str(amount)
    groups = f"{int(amount):,}".split(",") if float(amount).is_integer() else [digits]
    figure = re.compile(r"(?<![\d.,])" + r"[,.\s\u00a0\u202f]?".join(map(re.escape, groups)) + r"(?![\d]|[.,]\d)")
    found = [m.end() for m in figure.finditer(quote)]
    if not found:
        return None
    return frozenset(stem(w) for end in found for w in tokens(quote[end:])[:GOODS_AFTER])


POSSESSIVES = frozenset({"its", "their"})


def other_amount_said(index, fact: Fact, a) -> bool:
    """Does the question ask "how much" of a thing it names right after ("How much *electricity* will the resort
    use?") that no word of the fact's subject, nor the figure's name, says, and the language files read as no
    cue? Then it asks an amount of that, not the money or figure the fact gives. (English.)"""
    if a.lang != "en" or not (is_measured(fact) or any(isinstance(getattr(c, "value", None), Money)
                                                        for c in fact.evidence)):
        return False
    seq, left = a.seq, set(a.residual)
    asked = [seq[i + 2] for i in range(len(seq) - 2) if seq[i] == "how" and seq[i + 1] == "much"]
    if not asked:
        return False
    name, unit = measured_words(index, fact)
    said = index.own_words(fact.subject) | name | unit
    return any(w in left and w not in said and w not in index.stopwords and w not in index.vocabulary
               and not w.isdigit() for w in asked)


def other_measure_said(index, fact: Fact, a) -> bool:
    """Does the question ask the figure of a part of the thing the fact does not measure ("how big is *its
    storage*?" of a plant's capacity quoted "The 30 MW floating solar power plant ...")? The word after "its" names
    what is measured: unless a cue, the unit, the figure's name, the subject's kind or the quote's words right after
    the figure say it, the fact measures something else. (Only where the quote states the figure.)"""
    if not is_measured(fact) or not fact.evidence or a.lang != "en":
        return False
    seq = a.seq
    asked = [seq[i + 1] for i in range(len(seq) - 1) if seq[i] in POSSESSIVES and seq[i + 1] not in index.stopwords
             and seq[i + 1] not in index.vocabulary and not seq[i + 1].isdigit()]
    if not asked:
        return False
    claim = fact.evidence[0]
    value, quote = claim.__dict__.get("value"), getattr(claim, "quote", None)
    amount = getattr(value, "amount", value)
    if not isinstance(quote, str) or not isinstance(amount, (int, float)) or isinstance(amount, bool):
        return False
    after = _said_after(quote, amount)
    if after is None:
        return False
    name, unit = measured_words(index, fact)
    said = after | name | unit | index.kind_words.get(fact.subject, frozenset())
    return any(w not in said for w in asked)


def _goods_asked(seq: list[str], measure: frozenset[str], stop: frozenset[str]) -> str | None:
    """The word after "<a word of the unit> of" in the question ("tonnes of *apples*"), if it says one."""
    for i in range(len(seq) - 2):
        if seq[i] in measure and seq[i + 1] == "of":
            j = i + 2
            while j < len(seq) - 1 and seq[j] in stop:
                j += 1
            return None if seq[j] in stop or seq[j].isdigit() else seq[j]
    return None
