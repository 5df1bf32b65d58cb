"""Reading a question: its language, the things it mentions and what it asks about them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .index import MAX_POSTING, FactIndex
from .lexicon import Lexicon, lexicon, lexicons
from .text import has_cjk, stem, tokens

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_AZ_LETTERS = re.compile(r"[əğış]", re.IGNORECASE)
KIND_WEIGHT = 0.5       # a kind noun ("the conference") names every record of that kind, weakly
STRONG = 0.75           # a mention at least this strong names one thing for certain
NAMED = 0.6             # ... and this strong, it rules out answering from facts about other things
MAX_KIND_ENTITIES = 50  # beyond this a kind noun names too many things to be a mention


@dataclass
class Mention:
    entity: str
    strength: float
    positions: frozenset[int]
    via_kind: bool = False

    @property
    def strong(self) -> bool:
        return self.strength >= STRONG and not self.via_kind

    @property
    def named(self) -> bool:
        """Named clearly enough that a fact about something else must not answer."""
        return self.strength >= NAMED and not self.via_kind


@dataclass
class Analysis:
    lang: str
    seq: list[str]
    tags: frozenset[str]
    measures: frozenset[str]
    unknown: bool
    mentions: dict[str, Mention]
    kind_labels: frozenset[str]
    residual: list[str]
    smalltalk: frozenset[str] = frozenset()
    corrected: dict[str, str] = field(default_factory=dict)

    @property
    def strong(self) -> list[Mention]:
        return sorted((m for m in self.mentions.values() if m.strong), key=lambda m: -m.strength)

    @property
    def attribute_tags(self) -> frozenset[str]:
        """Tags that ask for something specific (not just a question word)."""
        return frozenset(t for t in self.tags if not t.startswith("q_") and t != "define")


def detect_language(text: str, hint: str | None = None) -> str:
    """The question's language by its script and words; `hint` (e.g. Telegram's language_code)
    decides when the text alone does not tell."""
    available = lexicons()
    if has_cjk(text) and "zh" in available:
        return "zh"
    if _CYRILLIC.search(text) and "ru" in available:
        return "ru"
    if _AZ_LETTERS.search(text) and "az" in available:
        return "az"
    seq = [stem(t) for t in tokens(text)]
    scores = {}
    for code, lex in available.items():
        if code in ("zh",):
            continue
        hits = sum(1 for s in seq if s in lex.markers)
        if hits:
            scores[code] = hits
    if scores:
        return max(scores, key=lambda c: (scores[c], c == "en"))
    hint = (hint or "").split("-")[0].lower()
    if hint in available and not any(s in lexicon("en").stopwords for s in seq):
        return hint
    return "en"


def analyse(question: str, index: FactIndex, *, lang: str) -> Analysis:
    raw = tokens(question)
    corrected: dict[str, str] = {}
    words = []
    for t in raw:
        fixed = index.typo.correct(t) if index.typo is not None else None
        if fixed:
            corrected[t] = fixed
        words.append(fixed or t)
    seq = [stem(w) for w in words]
    tables: list[Lexicon] = [lexicon(lang)] + ([lexicon("en")] if lang != "en" else [])

    explained: set[int] = set()
    tags: set[str] = set()
    cue_spans: list[range] = []
    measures: set[str] = set()
    kind_hits: dict[str, set[int]] = {}
    unknown_spans: list[range] = []
    small: set[str] = set()
    matches: list[tuple[str, str, int, int, bool]] = []  # (table, label, start, end, gapped)
    measure_spans: list[range] = []
    for lex in tables:
        for table_name in ("cues", "measures", "kinds"):
            matches += [(table_name, *m) for m in getattr(lex, table_name).find(seq)]
        for m in lex.unknown.find(seq):
            unknown_spans.append(range(m.start, m.end))
        for m in lex.smalltalk.find(seq):
            small.add(m.label)
            explained.update(range(m.start, m.end))
    # a cue inside a longer phrase is not read on its own:
    # "missions" is a purpose word, but not inside "export missions"; "place" not inside "take place"
    spans = [range(i, j) for _, _, i, j, gapped in matches if not gapped]
    for table_name, label, i, j, _ in matches:
        if table_name == "cues" and any(sp.start <= i and j <= sp.stop and len(sp) > j - i for sp in spans):
            continue
        explained.update(range(i, j))
        if table_name == "cues":
            tags.add(label)
            cue_spans.append(range(i, j))
        elif table_name == "measures":
            measures.add(label)
            measure_spans.append(range(i, j))
            tags.add("measure")
        else:
            kind_hits.setdefault(label, set()).update(range(i, j))
    # an unknown word inside a longer cue ("how much time" vs "how much") is not unknown
    unknown = False
    for span in unknown_spans:
        if not any(span.start >= c.start and span.stop <= c.stop and len(c) > len(span) for c in cue_spans):
            unknown = True
            explained.update(span)

    stop = index.stopwords | lexicon(lang).stopwords
    # "the Belt and Road Initiative": a kind noun right after an unexplained word names another thing
    for label, pos in list(kind_hits.items()):
        before = min(pos) - 1
        word = seq[before] if before >= 0 else ""
        if word and before not in explained and word not in stop and not word.isdigit() and not index.knows(word):
            del kind_hits[label]
    mentions = _mentions(seq, index, kind_hits)
    # words of a measure ("trade missions") name what is counted, not an organization
    for rid, m in list(mentions.items()):
        if not m.via_kind and m.positions and all(any(p in sp for sp in measure_spans) for p in m.positions):
            del mentions[rid]
    for m in mentions.values():
        if m.strength >= 0.5:
            explained.update(m.positions)
    residual = [s for i, s in enumerate(seq) if i not in explained and s not in stop and not s.isdigit()
                and len(s) > 1]
    return Analysis(lang=lang, seq=seq, tags=frozenset(tags), measures=frozenset(measures), unknown=unknown,
                    mentions=mentions, kind_labels=frozenset(kind_hits), residual=residual,
                    smalltalk=frozenset(small), corrected=corrected)


def _mentions(seq: list[str], index: FactIndex, kind_hits: dict[str, set[int]]) -> dict[str, Mention]:
    positions: dict[str, list[int]] = {}
    for i, s in enumerate(seq):
        positions.setdefault(s, []).append(i)
    candidates: set[int] = set()
    for s in positions:
        if s in index.stopwords:
            continue
        post = index.postings.get(s)
        if post and len(post) <= MAX_POSTING:
            candidates.update(post)
    found: dict[str, Mention] = {}
    for ai in candidates:
        alias = index.aliases[ai]
        matched = [s for s in alias.content if s in positions]
        if not matched:
            continue
        total = sum(index.weight(s) for s in alias.content)
        coverage = sum(index.weight(s) for s in matched) / total
        pos = [positions[s][0] for s in matched]
        width = max(pos) - min(pos) + 1
        if len(matched) > 1 and width > len(alias.seq) + 1:
            coverage *= 0.7  # the words are there but scattered: likely not this name
        if coverage < 0.5:
            continue
        prev = found.get(alias.entity)
        if prev is None or coverage > prev.strength:
            found[alias.entity] = Mention(alias.entity, min(coverage, 1.0),
                                          frozenset(p for s in matched for p in positions[s]))
    # a name inside a longer name ("NDRC" in "the NDRC's International Cooperation Center") is not itself
    # mentioned, nor is a long name that the words only partly fill when they fully name something else
    for a in list(found.values()):
        for b in found.values():
            if a is not b and ((a.positions < b.positions and b.strength >= a.strength)
                               or (a.positions <= b.positions and b.strength > a.strength)):
                a.strength *= 0.5
                break
    for label, pos in kind_hits.items():
        ids = index.kinds.get(label, ())
        if len(ids) > MAX_KIND_ENTITIES:
            continue
        for rid in ids:
            if rid not in found:
                found[rid] = Mention(rid, KIND_WEIGHT, frozenset(pos), via_kind=True)
    return found
