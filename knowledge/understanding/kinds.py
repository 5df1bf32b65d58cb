"""What records are called in questions besides their names: their kind (mapped onto the language
files' kind nouns) and their country (for descriptions such as "the Chinese bank")."""
from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from ..facts.factbase import AnyRecord, FactBase
from ..facts.models import Named, Source
from ..language.lexicon import PhraseTable, languages, lexicons, phrase_stems
from ..language.text import stem, tokens


def kind_label(rec: AnyRecord) -> str | None:
    """The kind a record is named by in questions: the label of the language files' kind nouns that
    its kind is (a "forum" or a "summit" is asked about as a conference; "loan agreement" by its head
    noun, as an agreement), else its own kind ("round table", "bank")."""
    if rec.type in ("initiative", "source"):
        return rec.type
    kind = rec.__dict__.get("kind")  # (a field's value; getattr of a field the record lacks raises, and costs)
    if not kind:
        return None
    return _label_of_kind(kind)


@lru_cache(maxsize=8192)
def _label_of_kind(kind: str) -> str:
    """kind_label of a record of this kind (remembered: a big base has thousands of records of each kind)."""
    words = tokens(kind)
    for phrase in (kind, words[-1] if words else ""):
        label = _lexicon_kind(phrase_stems(phrase))
        if label:
            return label
    return " ".join(words)


def _lexicon_kind(phrase: tuple[str, ...]) -> str | None:
    if not phrase:
        return None
    for lex in lexicons().values():
        for candidate, label in lex.kinds.by_first.get(phrase[0], ()):
            if candidate == phrase:
                return label
    return None


def record_kinds(records) -> PhraseTable:
    """The kinds of the records that no language file lists ("round table", "bank"), as kind nouns:
    a question about "the round table" names every round table, weakly."""
    entries: dict[str, dict[str, None]] = defaultdict(dict)  # each kind once (thousands of records share one)
    for rec in records:
        kind = rec.__dict__.get("kind")
        label = kind_label(rec) if kind else None
        if label and _unlisted(kind, label):
            entries[label][kind] = None
            head = _head_noun(kind) if rec.type in _HEADED else None
            if head:  # "the plant" names a solar panel plant, weakly (as "the agreement" a loan agreement)
                entries[label][head] = None
    return PhraseTable.build({label: list(kinds) for label, kinds in entries.items()})


def forms_of_kinds(table: PhraseTable, words: list[str], seq: list[str], matches: list) -> list:
    """Of the matches of records' kinds in a question, those whose every word is a form of the kind's word, not
    a shorter word its stem happens to equal (the verb "let" is no "letter", though both stem to "let")."""
    shortest = _shortest_forms(table.raw_words)
    return [m for m in matches if all(len(words[p]) >= shortest.get(seq[p], 0) - 1 for p in range(m.start, m.end))]


@lru_cache(maxsize=4)
def _shortest_forms(raw_words: frozenset[str]) -> dict[str, int]:
    """Each stem of the kind words, with the length of the shortest word it is the stem of."""
    out: dict[str, int] = {}
    for w in raw_words:
        s = stem(w)
        out[s] = min(out.get(s, len(w)), len(w))
    return out


def kinds_in_other_words(table: PhraseTable, alternatives: dict[int, set[str]]) -> list[tuple]:
    """The records' kind nouns (`table`, see record_kinds) said in another language ("завод Tengyun", "CDEV
    zavodu": a plant), as the language files' name words read the question's words (`alternatives`: position
    -> English stems): matches as the analysis keeps them, (table, label, start, end, gapped). A position's words
    are read in sorted order: the kinds found name records in this order, which decides ties between them (the
    questions suggested), and a set's order changes with the hash seed."""
    return [("kinds", m.label, p, p + 1, False) for p, words in alternatives.items() for w in sorted(words)
            for m in table.find([w]) if m.end == 1]


def kind_phrases_in_other_words(table: PhraseTable, name_matches: list) -> list[tuple]:
    """The records' kind nouns of two words or more said in another language as one phrase of the language file's
    name words ("birgə bəyanat", "совместное заявление": a joint statement), as kinds_in_other_words makes them:
    as the English phrase is, it is one kind noun, and a cue word inside it ("bəyanat": said) is not read alone."""
    out = []
    for m in name_matches:
        words = [stem(t) for t in tokens(m.label)]
        if len(words) < 2:
            continue
        out += [("kinds", k.label, m.start, m.end, False) for k in table.find(words)
                if k.start == 0 and k.end == len(words)]
    return out


@lru_cache(maxsize=8192)
def _head_noun(kind: str) -> str | None:
    """The head noun of a kind of two words or more ("plant" of "solar panel plant", "hub" of "agro-logistics
    hub"), when it is no stop word; none of a kind of one word, or one the language files list."""
    words = tokens(kind)
    head = words[:words.index("of")] if "of" in words[1:] else words
    if len(words) < 2 or not head or len(head[-1]) < 3:
        return None
    known = languages()
    if stem(head[-1]) in known.stopwords or stem(head[-1]) in known.vocabulary:
        return None  # (a cue word, "count" of "company count", asks; it names nothing)
    return head[-1]


# the record types whose kinds are things named by their head noun ("the plant", "the ceremony"); a statistic's
# kind ("registered companies", "trade turnover") is what it measures, and its head noun names other things
_HEADED = frozenset({"project", "event", "organization"})


def countries_of(base: FactBase, own: dict[str, str] | None = None) -> dict[str, str]:
    """Each record's country, for descriptions ("the Azerbaijani agency"): its `country` fact, a
    person's organization's, or the one country its name names ("Azerbaijan's Trade Representative
    Office"); none when the name names two ("China-Azerbaijan conference") or none. `own`: each
    record's own (see `own_country`), when already found."""
    if own is None:
        own = {}
        for rec in base:
            country = own_country(rec)
            if country:
                own[rec.id] = country
    out = dict(own)
    for rec in base:
        org = getattr(rec.__dict__.get("organization"), "value", None)
        if rec.id not in out and isinstance(org, str) and org in out:
            out[rec.id] = out[org]
    return out


def own_country(rec: AnyRecord, name_tokens: list[str] | None = None) -> str | None:
    """The country of a record's own `country` fact, else the one its name names (`name_tokens`: the
    name's tokens, when already made)."""
    country = getattr(rec.__dict__.get("country"), "value", None)
    if not country and isinstance(rec, Named):
        seq = [stem(t) for t in (tokens(rec.name) if name_tokens is None else name_tokens)]
        lexes = lexicons()
        if _country_starts(lexes).isdisjoint(seq):  # (most names: no word a country's name starts with)
            return None
        found = {m.label for lex in lexes.values() for m in lex.countries.find(seq)}
        country = found.pop() if len(found) == 1 else None
    return country or None


_starts: list = [None, frozenset()]  # the lexicons, and the first words of every country name they have


def _country_starts(lexes: Mapping) -> frozenset[str]:
    """The words a country's name in any language file starts with (a name without them names no country)."""
    if _starts[0] is not lexes:
        _starts[:] = [lexes, frozenset(w for lex in lexes.values() for w in lex.countries.by_first)]
    return _starts[1]


@lru_cache(maxsize=8192)
def _unlisted(kind: str, label: str) -> bool:
    """Is this record kind its own kind noun, in no language file?"""
    return label == " ".join(tokens(kind)) and _lexicon_kind(phrase_stems(kind)) is None


@lru_cache(maxsize=8192)
def _kind_stems(kind: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(kind))


@lru_cache(maxsize=8192)
def own_kind_calls(kind: str) -> frozenset[str]:
    """The words that call a record by its own kind, besides the kind said whole: the kind's head noun
    ("agreement" of a loan agreement, "memorandum" of a memorandum of understanding) and, for a kind of
    three words or more, its initials ("MoU")."""
    words = tokens(kind)
    head = words[:words.index("of")] if "of" in words[1:] else words
    calls = {stem(head[-1])} if head else set()
    if len(words) >= 3:
        calls.add("".join(w[0] for w in words))
    return frozenset(calls)


# the words of a company's legal form: two articles' "Qiantang Silk Road Capital Co., Ltd." and "Qiantang Silk
# Road Capital" are one company
LEGAL_FORM_WORDS = frozenset("co ltd llc inc corp limited jsc ojsc cjsc plc gmbh".split())


def _plain_names(rec: AnyRecord, tok: Mapping[str, list[str]] | None = None) -> set[str]:
    """The record's name and acronym as plain words (`tok`: the tokens of each text, made once), and an
    organization's name without its legal form. A source has no name: its publisher names it ("Report.az and
    Xinhua give different figures")."""
    names = (rec.__dict__.get("name") or rec.__dict__.get("publisher"), rec.__dict__.get("acronym"))
    out = {" ".join(tokens(n) if tok is None else tok[n]) for n in names if n}
    if rec.type == "organization":
        words = (tokens(rec.name) if tok is None else tok[rec.name])
        bare = [w for w in words if w not in LEGAL_FORM_WORDS]
        if bare and len(bare) < len(words):
            out.add(" ".join(bare))
    return out


_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]")


def names_of(rec: AnyRecord) -> list[str]:
    if isinstance(rec, Source):
        return [rec.publisher, *rec.aliases]
    names = [rec.name, *rec.aliases, *rec.names.values()]
    acronym = rec.__dict__.get("acronym")
    if acronym:
        names.append(acronym)
    return names


def _bare_names(rec: AnyRecord, names: list[str]) -> list[str]:
    """A name's remark in brackets ("..., 2024 ("last year")", "... Port (October 2025)") is no part of what
    people call it: the names without it, when different."""
    bare = [b for n in names if "(" in n and (b := _BRACKETS.sub(" ", n).strip(" ,;-")) and b != n]
    return [b for b in dict.fromkeys(bare) if b not in names]
