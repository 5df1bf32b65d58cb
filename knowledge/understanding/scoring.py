"""Scoring: which facts a question could mean, and how well each fits.

A fact is a candidate if the question mentions its subject or something it is about,
shares enough of its words, or (for a few attributes) may be asked without a name.
Its score adds how well its attribute fits what is asked (intents.py) and how clearly
its subject is named; a fact about something other than what the question names is
never a candidate.
"""
from __future__ import annotations

import re
from operator import attrgetter, itemgetter
from typing import NamedTuple

from .analysis import Analysis
from ..language.lexicon import lexicon
from ..language.text import stem, tokens
from .names import KIND_WEIGHT
from ..facts.atoms import Fact, cited_text, value_ids
from .index import CONTENT_ATTRIBUTES, FactIndex
from .intents import SPECS, Spec, asked_attributes, asked_keys, spec_scores
from .measured import (asked_dimensions, counted_at, counted_bonus, counted_words, dimension_fit, in_another_unit,
                       is_measured, stated_dimensions, measured_fit, measured_words)
from .ranks import asked_by_title, asks_the_head, deputy_of_a_named

MAX_RELATED = 500      # facts gathered through one strongly mentioned thing
MAX_STANDALONE = 200   # facts gathered by attribute alone, when nothing is named
MAX_VAGUE = 5          # things named ambiguously whose related facts are still gathered
MAX_VAGUE_RELATED = 100
MAX_CONTENT = 200      # facts gathered by one content word
CONTENT_WORDS = 2      # content words a question must share with a fact's text to point at it
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
STATISTIC_FIGURES = frozenset({"value", "change", "summary"})  # what it measures (not its period, nor its sides)
PART_FIELDS = frozenset({"part_of", "signed_at", "at"})  # the references that make a record part of an event
PART_BONUS = 0.15
WHOLE_FIELDS = PART_FIELDS | {"parent"}  # ... and what makes an organization part of another ("its subsidiary")
OWNED = 0.45  # how clearly a statistic named after a named thing is named when the question says what it measures
# (less than any mention: a statistic of it the question names itself is the one asked)
LINKING = 0.6  # how clearly a record is named by naming all the things it links, and no kind noun of it
TOLD_THROUGH = 0.5  # how clearly a fact of what a named thing takes part in is named, when its text says what is asked
BELONGS = 0.5  # how clearly a record is named by naming the one thing it belongs to (its developer, party, speaker)
# the fields through which a record belongs to a thing: what only it holds may be asked of that thing
BELONGS_FIELDS = {"project": frozenset({"developer", "investor", "contractor"}),
                  "agreement": frozenset({"parties", "signatories"}), "statement": frozenset({"speaker"}),
                  "event": frozenset({"organizers", "co_organizers", "participants"}),
                  "initiative": frozenset({"owner"})}


def _spec_tags(key: str) -> frozenset[str]:
    """Every tag an attribute's spec is asked by (its need groups' and boosts)."""
    spec = SPECS.get(key)
    if spec is None:
        return frozenset()
    return frozenset(t for groups in spec.need for g in groups for t in g) | spec.boost


# the tags that say a thing's part in a record it belongs to (developing, investing, signing, speaking ...)
ROLE_TAGS = frozenset(t for rtype, fields in BELONGS_FIELDS.items() for fname in fields
                      for t in _spec_tags(f"{rtype}.{fname}") if not t.startswith("q_") and t != "by_whom")
_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")  # a number, not the digit of a word ("B2B")


_NOTHING: frozenset[str] = frozenset()
_NO_TEXTS: dict[str, frozenset[str]] = {}
_TEXTUAL = frozenset(CONTENT_ATTRIBUTES)  # the attributes of the facts with text (index.content_of)
_new = tuple.__new__  # (a Scored made without NamedTuple's __new__ in Python: hundreds are made per question)
_fact_id, _score = attrgetter("fact.id"), itemgetter(1)


def said_alike(words: frozenset[str], lang: str, stop: frozenset[str]) -> frozenset[str]:
    """The words of each class the language files say a count in (`said_in`: "employees, staff, workforce,
    headcount") that has one of `words`, in the question's language and English: "how many staff" says a
    statistic of employees."""
    out: set[str] = set()
    for code in dict.fromkeys((lang, "en")):
        for group in lexicon(code).said_in.values():
            group = group - stop
            if group & words:
                out |= group
    return frozenset(out)


def _form_of(word: str, words: frozenset[str]) -> bool:
    """Is `word` another form of one of `words`, the light stemmer aside ("modernize" of "modernization"):
    both long, and the one's all but its last two letters the other's beginning?"""
    head = word[:-2]
    return len(head) >= 5 and any(w.startswith(head) for w in words)


class Scored(NamedTuple):  # (a tuple: a question scores hundreds of candidates; a frozen dataclass is slow to make)
    fact: Fact
    score: float
    fit: float        # how well the attribute fits the question
    subject: float    # how clearly the subject is named
    told: float = 0.0  # how much of the score the question's own words earned (numbers, words, what it involves)


SPECIFIC_QUESTIONS = frozenset({"q_howmany", "q_when", "q_where"})
MAX_MENTIONED = 20  # the things mentioned most strongly whose facts are candidates


class Scorer:
    def __init__(self, index: FactIndex) -> None:
        self.index = index

    def score(self, a: Analysis, *, belonging: bool = False) -> list[Scored]:
        """Every candidate fact with how well it answers the question, best first. With `belonging`, only the
        facts of records that belong to a named thing and are not named themselves (_belongs_to_named): what
        is asked of a thing that only its project, agreement or statement holds."""
        index = self.index
        named = {m.entity for m in a.mentions.values() if m.named}
        mentioned = {m.entity for m in a.mentions.values() if not m.via_kind and m.strength >= 0.5}
        asked = spec_scores(a.tags, a.early_q)  # each attribute's spec scored once per set of tags
        content = frozenset(a.content)
        names = [m for m in a.mentions.values() if not m.via_kind]
        singled = self.singled_by_kind(a)
        mentions, kind_of, kind_labels = a.mentions, index.kind_of, a.kind_labels
        numbers = bool(a.numbers)  # (without numbers, _numbers_fit and _years_fit add nothing)
        said_q, clause, words = "said_q" in a.tags, a.clause, len(a.seq)
        counts = "q_howmany" in a.early_q
        parts = self.parts_named(a, named)
        # (the wholes they are parts of, and their other reports: "who met" is the meeting's, not the whole's)
        wholes = {t for rid in parts for fname, t in index.references(rid) if fname in WHOLE_FIELDS} if parts else ()
        wholes = {*wholes, *(w for t in wholes for w in index.twins.get(t, ()))} if wholes else ()
        within = self.named_inside(a)
        # the question's content words that are no name's (`free`), and of those, no cue's (`distinct`: see _fit)
        free = frozenset(s for s in content if s not in index.alias_df) if content else _NOTHING
        distinct = free - index.vocabulary
        # a fact whose attribute is not asked (a spec score under 1), and that neither a summary, the relation
        # asked, its measure nor enough words shared with its text can lift, is dropped before _fit (most candidates)
        fits = asked_keys(a.tags, a.early_q)
        may_lift = "relation" in a.tags
        texts = index.content_of if content else _NO_TEXTS
        elsewhere: dict[tuple[str, frozenset[str], bool], bool] = {}
        head, deputies = asks_the_head(a), {}  # ("who is the chairman of the NDRC?": no deputy of it)
        bonuses: dict[str, float] = {}  # attribute -> its counted_bonus for this question (_fit)
        out = []
        own = content - index.vocabulary if named else _NOTHING  # (the question's words that are no cue's)
        sized = bool(asked_dimensions(a))  # ("how large is the park?": a figure of the dimension asked)
        for f in self._candidates(a, named, mentioned).values():
            through = bool(own) and f.attribute in _TEXTUAL and f.subject not in mentions and bool(f.related & named) \
                and self._told_through(f, a, texts, own)
            titled = f.key == "person.role" and asked_by_title(index, f, a)  # ("who is the mayor of Xi'an?")
            # (a statistic's value no cue asks, asked in a word of its own beside its owner's name)
            valued = self._owner_asks_its_value(f, a, named) if f.key == "statistic.value" and named \
                and f.key not in fits else _NOTHING
            if not (f.key in fits or may_lift or f.attribute == "summary" or (content or sized) and is_measured(f)
                    or through
                    or counts and self._said_in_its_words(f, a) or titled or valued):
                said_words = texts.get(f.id) if f.attribute in _TEXTUAL else None
                if said_words is None or len(said_words & distinct) < CONTENT_WORDS:
                    continue
            if head and deputy_of_a_named(index, f, a, deputies):
                continue
            spec = SPECS.get(f.key)
            fit, said = self._fit(f, asked.get(f.key, 0.0), a, named, mentioned, content, free, distinct, bonuses)
            if valued:
                fit = max(fit, 1.0)  # "MKIZ area", "ACIC stake in the joint venture": its figure, in a word of its own
            if through:
                fit = max(fit, 1.0)
            if fit < 1.0 and f.attribute != "summary" or fit <= 0:
                continue
            at = f.attribute.partition("age_at:")[2]
            if at and at not in mentions:
                continue  # "how old was it at the conference" needs the conference named (or meant)
            m = mentions.get(f.subject)
            subject = m.strength if m else 0.0
            if valued:  # (named through its owner as clearly as the owner is: not less than the owner's profile)
                subject = max(subject, max(mentions[e].strength for e in valued))
            if at:  # ... and then is a closer answer than its age today, the more so the clearer the event is named
                subject += 0.2 + mentions[at].strength - KIND_WEIGHT
            if subject == 0 and kind_of.get(f.subject) in kind_labels:
                subject = KIND_WEIGHT  # "the conference", in a base with too many conferences to list
            if (spec is not None and spec.named_subject and fit >= 1.0
                    and not (m and m.named or self.named_by_participants(f, named))):
                continue
            scope = self._scope(f)
            if titled:  # (what his title's words name is his title's: "the director of the state agency for ...")
                scope = scope | {e for e in named if mentions[e].positions <= m.positions}
            if named:
                # (the same for every fact of a record; of a statistic, for its figures and for the rest: see _whose)
                key = (f.subject, scope, f.rtype == "statistic" and f.attribute in STATISTIC_FIGURES)
                other = elsewhere.get(key)
                if other is None:
                    other = elsewhere[key] = self._names_something_else(f, a, named, scope)
                if other and not self._checked_claim(f, a, m):
                    continue
            related_named = named & scope if named else _NOTHING
            credited: set[str] = {f.subject}
            if (subject == 0 and mentioned and not a.residual and self.named_by_participants(f, mentioned)
                    and not self._other_kind(f, a)):
                subject = 0.6  # "what did Abdullayev and Wu stress": their meeting
                # (not when the question names another kind of event, or says what the facts do not:
                # "when did AZPROMO merge with the NDRC?")
            if subject == 0 and len(named) >= 2 and f.attribute not in _TEXTUAL and self._links_all(f, named, a):
                # (free text told through a party is _told_through's: what it says must answer "when", "how many")
                subject = LINKING  # "how many substations will CGO and SGJIE modernize?": their memorandum
                credited |= named
            if subject == 0 and said_q and f.rtype == "statement":
                speaker = getattr(getattr(index.base.get(f.subject), "speaker", None), "value", None)
                if speaker in a.mentions and a.mentions[speaker].named:
                    subject = a.mentions[speaker].strength  # "what did Deng Haoran say": his statement
                    credited.add(speaker)
            if belonging:
                linked = self._belongs_to_named(f, a, named) if subject == 0 else _NOTHING
                if not linked:
                    continue
                subject = BELONGS * max(mentions[e].strength for e in linked)
                credited |= linked
            if subject == 0:
                values = set(value_ids(f, index.base)) & named if named else ()
                if values and spec is not None and spec.reverse and not spec.reverse_avoid & a.tags:
                    # asked from the other side: "What did the Ministry of Economy set up?"
                    subject = 0.7 * max(a.mentions[e].strength for e in values)
                    credited |= values
                elif self._standalone(f, spec, a, related_named, names):
                    # "AZPROMO's export trips": the question names the fact through its owner
                    subject = 0.7 * max(mentions[e].strength for e in related_named) if related_named else 0.0
                    credited |= related_named
                elif owners := self._owners_said(f, a, named):
                    # "how many people does Tianfeng employ?": the statistic named after it that the words say
                    subject = OWNED * max(mentions[e].strength for e in owners)
                    credited |= owners
                elif related_named and through:
                    # "how much cargo will ACT handle for DMS?": what DMS's agreement is for says it
                    subject = TOLD_THROUGH * max(mentions[e].strength for e in related_named)
                    credited |= related_named
                else:
                    continue
            if m is not None and clause is not None and a.subordinate(m):
                subject *= 0.5  # "the conference where the MoU was signed": the MoU is not asked about
            elif m is not None and f.subject in within:
                subject *= 0.5  # "the agreement on the LRC cable plant": the plant is not asked about
            # what is named first is usually what is asked about
            early = 0.05 * (1 - m.first / words) if m is not None and words else 0.0
            # "the deal at the conference": a kind noun that singles out one record points at what it involves
            # (said after it, as what it is about: "the deal at the conference"; not "what was the conference called
            # where the mou was signed", which asks the conference's name, and not the memorandum's)
            pointed = ((0.3 if singled and f.subject not in singled and (at := singled & f.related)
                        and (m is None or not m.positions or min(mentions[r].first for r in at) > m.first) else 0.0)
                       + (self._numbers_fit(f, a) if numbers else 0.0))
            if parts and f.subject in parts and not (m is not None and clause is not None and a.subordinate(m)):
                pointed += PART_BONUS  # "the talks during the conference": the meeting held at it, not the conference
            elif f.subject in wholes:
                pointed -= PART_BONUS  # (... and the whole's own facts are not what is asked)
            # (what a relative clause names describes, and points at nothing: "the conference at which A and B
            # signed the memorandum" is the conference, not the memorandum)
            beside = [e for e in related_named - credited if clause is None or not a.subordinate(a.mentions[e])] \
                if related_named else ()
            if within and f.subject in within:  # (the name it is inside is not said beside it)
                beside = [e for e in beside if not a.mentions[f.subject].positions < a.mentions[e].positions]
            score = (fit + subject + early + 0.3 * len(beside) + pointed
                     + (self._years_fit(f, a) if numbers else 0.0))
            out.append(_new(Scored, (f, score, fit, subject, said + pointed)))  # told: (said, the shared words, is in the fit)
        out.sort(key=_fact_id)  # best first, then by fact id (two sorts in C: the sort is stable)
        out.sort(key=_score, reverse=True)
        return out

    def singled_by_kind(self, a: Analysis) -> frozenset[str]:
        """The records a kind noun singles out from others documented by a text we hold: of those it
        names, the one named most strongly ("the conference", not the imported forum), or one thing
        reported twice. (With one such record of a kind, it is the one meant anyway.)"""
        best: dict[str, list[tuple[float, str]]] = {}
        # ("how many *companies* took part in the conference", "the participating *companies*": many, not one meant)
        counted = counted_at(a) | a.plural
        for rid, m in a.mentions.items():
            label = self.index.kind_of.get(rid)
            if m.via_kind and label and not m.positions & counted:
                best.setdefault(label, []).append((m.strength, rid))
        out: set[str] = set()
        for ranked in best.values():
            if sum(self.index.documented(rid) for _, rid in ranked) < 2:
                continue
            top = max(s for s, _ in ranked)
            ids = [rid for s, rid in ranked if s >= top - 1e-9]
            if len(ids) > 1:
                ids = [rid for rid in ids if self.index.documented(rid)]
            if ids and all(self.index.same_thing(ids[0], rid) for rid in ids[1:]):
                out.update(ids)
        return frozenset(out)

    def named_inside(self, a: Analysis) -> frozenset[str]:
        """The records named only inside another's name said with that one's own kind word ("the *agreement* on
        the LRC cable plant", "the groundbreaking *ceremony* for the bus plant"): a part of what is asked about,
        which names it, not what is asked."""
        kind_words, out = self.index.kind_words, set()
        named = [m for m in a.mentions.values() if not m.via_kind and m.named and m.positions]
        for m in named:
            for o in named:
                if (o.entity != m.entity and m.positions < o.positions
                        and any(a.seq[p] in kind_words.get(o.entity, _NOTHING) for p in o.positions - m.positions)
                        and not self.index.same_thing(o.entity, m.entity)):
                    out.add(m.entity)
        return frozenset(out)

    def parts_named(self, a: Analysis, named: set[str]) -> frozenset[str]:
        """The records a kind noun calls that are the one part of that kind of a thing the question
        names ("the talks during the conference": the one meeting held at it; "the MoU signed at the
        forum"), or that one it names takes part in ("who did Abdullayev meet during the conference?"): what
        is asked is that part more than the named whole."""
        if not named:
            return frozenset()
        by_label: dict[str, list[str]] = {}
        for rid, m in a.mentions.items():
            label = self.index.kind_of.get(rid)
            if not m.via_kind or label is None or rid not in self.index.base.records:
                continue
            refs = [(fname, a.mentions[t]) for fname, t in self.index.references(rid) if t in named
                    and fname in WHOLE_FIELDS]
            wholes = [w for _, w in refs]
            # (not "the event «X»", nor "this event" of a thing the conversation refers to, said in no
            # words of the question: there the kind noun calls the whole itself; but "Tianfeng Wind's
            # subsidiary" is no Tianfeng Wind, a company being no subsidiary of its own)
            beside = {p + d for fname, w in refs for p in w.positions for d in (-1, 0, 1)
                      if fname in PART_FIELDS or self.index.kind_of.get(w.entity) == label}
            if wholes and all(w.positions for w in wholes) and not m.positions & beside:
                by_label.setdefault(label, []).append(rid)
        # ... or the one part of a named whole that a named one takes part in: "who did Abdullayev meet during the
        # conference?" is his meeting held at it, not the conference
        for whole in named if len(named) > 1 else ():
            for rid in dict.fromkeys(f.subject for f in self.index.by_related.get(whole, ())):
                refs = self.index.references(rid)
                label = self.index.kind_of.get(rid)
                if (label is not None and rid not in by_label.get(label, ())
                        and any(field in PART_FIELDS and t == whole for field, t in refs)
                        and any(field == "participants" and t in named for field, t in refs)):
                    by_label.setdefault(label, []).append(rid)
        return frozenset(ids[0] for ids in by_label.values() if len(ids) == 1)

    @staticmethod
    def _no_size(f: Fact, a: Analysis) -> bool:
        """Is the fact no size, while the question asks one in a unit it says ("in hectares": any fact but a measured
        one or a text), or by its dimension only ("how large is its site?": a place is none)?"""
        if f.attribute == "summary" or f.attribute in _TEXTUAL:
            return False
        if stated_dimensions(a):
            return True
        spec = SPECS.get(f.key)
        return bool(asked_dimensions(a)) and spec is not None and spec.answers == frozenset({"place"})

    def _figure_named(self, f: Fact, content: frozenset[str], counts: bool = False) -> bool:
        """Is the fact a named figure ("expected_annual_exports") a word of whose name the question says, or a
        measured one whose unit's words it says all of ("herb plantation hectares?"), or one of, asking how many
        (`counts`: "how many cubic metres a day will the plant produce?")?"""
        if not is_measured(f):
            return False
        name, unit = measured_words(self.index, f)
        if f.attribute.startswith("figure:") and name & content:
            return True
        # (a word of the kind noun's own record says no unit: "how many jobs will the *wagon* assembly create?")
        own = self.index.name_stems(f.subject) | self.index.kind_words.get(f.subject, _NOTHING)
        return bool(unit) and (bool((unit & content) - own) if counts else unit <= content)

    def _candidates(self, a: Analysis, named: set[str], mentioned: set[str]) -> dict[str, Fact]:
        """The facts worth scoring: those of what the question mentions and what they take part in,
        those its content words point to, and, when nothing is named, those it can ask without a name."""
        index = self.index
        candidates: dict[str, Fact] = {}
        asked = asked_keys(a.tags, a.early_q)
        scores = spec_scores(a.tags, a.early_q)
        content = frozenset(a.content)
        sized = bool(asked_dimensions(a))
        counts = bool(a.tags & {"q_howmany", "money"})
        for m in self._most_mentioned(a, MAX_MENTIONED):
            for f in index.by_subject.get(m.entity, ()):
                # a kind noun ("the conference") names many things: only their facts that are asked
                if (not m.via_kind or f.key in asked or f.attribute == "summary"
                        or content and self._figure_named(f, content, counts)
                        or sized and dimension_fit(index, f, a)):
                    candidates[f.id] = f  # (or a figure whose name or unit the question's words say: "the plant's
                    # exports", "the plantation's hectares"; or its dimension: "how long will the cable car be?")
        # Could a fact of something related answer? Only if its attribute is asked, the question asks
        # how two things relate (`every`), or it has text the question's words may point at (`texts`).
        every, texts = "relation" in a.tags, index.content_of if a.content else {}
        for e in named:
            for f in index.by_related.get(e, ())[:MAX_RELATED]:
                if (every or f.key in asked or f.attribute in _TEXTUAL and f.id in texts or a.content and is_measured(f)
                        or sized and is_measured(f)):
                    candidates[f.id] = f
        for e in named:  # what is measured of a named thing, by a statistic named after it ("HAPG's employees")
            for sid in index.statistics_naming(e):
                for f in index.by_subject.get(sid, ()):
                    if f.attribute in STATISTIC_FIGURES and (f.key in asked or self._its_value_asked(f, e, a)):
                        candidates[f.id] = f
        vague = mentioned - named
        if len(vague) <= MAX_VAGUE:  # "Abdullayev" when there are a few: what each of them is part of
            for e in vague:
                for f in index.by_related.get(e, ())[:MAX_VAGUE_RELATED]:
                    if every or f.key in asked or f.attribute in _TEXTUAL and f.id in texts:
                        candidates[f.id] = f
        for stem_ in set(a.content):
            facts = index.by_content.get(stem_, ())
            if len(facts) <= MAX_CONTENT:
                for f in facts:
                    candidates[f.id] = f
        if not a.strong:
            for key, spec in SPECS.items():
                if spec.standalone and scores[key] > 0:
                    for f in index.by_key.get(key, ())[:MAX_STANDALONE]:
                        candidates[f.id] = f
        return candidates

    def _most_mentioned(self, a: Analysis, most: int) -> list:
        """The mentions of the `most` things mentioned most strongly (equally strong: the things documented by a
        text we hold first, see matcher._documented_first); a thing's other report (twins.py) takes no place of
        its own: an imported second article does not push a third thing out."""
        index, out, things = self.index, [], 0
        for m in sorted(a.mentions.values(), key=lambda m: (-m.strength, not index.documented(m.entity))):
            twins = index.twins.get(m.entity)
            if not (twins and any(o.entity in twins for o in out)):
                if things == most:
                    break
                things += 1
            out.append(m)
        return out

    def _fit(self, f: Fact, fit: float, a: Analysis, named: set[str], mentioned: set[str],
             content: frozenset[str], free: frozenset[str], distinct: frozenset[str],
             bonuses: dict[str, float]) -> tuple[float, float]:
        """How well the fact's attribute is what the question asks (0: not at all), from `fit`,
        how well its attribute's spec does; `content` is the question's content words, `free` those
        in no name, `distinct` those of them in no cue either. And of that, how much the words it
        shares with the fact's text earned. (`bonuses`: each attribute's counted_bonus for the question,
        kept as made: a count question may score hundreds of facts of one attribute.)"""
        if f.attribute.startswith("count:") and (f.attribute[6:] not in a.measures
                                                 or a.measure_weak and not mentioned & f.related):
            fit = 0.0  # one generic word ("trips") counts only when the question says whose
        if f.attribute == "summary" and fit < 1.0:
            # (a bare question word asks for a profile only when it asks what or who a thing is: "how many",
            # "when", "where" ask for a figure, a date, a place that a profile does not give)
            # ("By the way, who is Lu Mei?": a lead-in asks nothing)
            define = "define" in a.tags or not a.attribute_tags - {"filler"} and not a.tags & SPECIFIC_QUESTIONS
            fit = 0.9 if define and not a.residual else 0.0
        if (content or a.tags) and is_measured(f):  # "how many appliances a year": what its unit counts ("how large")
            fit = 0.0 if in_another_unit(self.index, f, a) else max(fit, measured_fit(self.index, f, a))
        elif fit and a.tags and self._no_size(f, a):
            fit = 0.0  # "how large is the plant's site in hectares?" asks no place
        if fit < 1.0 and f.key == "person.role" and asked_by_title(self.index, f, a):
            fit = 1.0  # "who is the mayor of Xi'an?": the one whose role that is
        if fit < 1.0 and "q_howmany" in a.early_q and self._said_in_its_words(f, a):
            fit = 1.0  # "how many people work for the hub": its jobs, said in a word they are said in ("work")
        if fit >= 1.0:
            bonus = bonuses.get(f.attribute)
            if bonus is None:
                bonus = bonuses[f.attribute] = counted_bonus(f, a)
            fit += bonus
        if "relation" in a.tags and f.subject in a.mentions and set(value_ids(f, self.index.base)) & (named - {f.subject}):
            fit = max(fit, 1.3)  # "what's the connection between AZPROMO and the Ministry of Economy?"
        # the question repeats what the fact says ("...implementing the discussed mechanisms..."): words
        # that are not names or cues break ties, and enough of them point at the fact by themselves
        said = self.index.content_of.get(f.id) if free and f.attribute in _TEXTUAL else None
        if not said:
            return fit + 0.0, 0.0  # (no words shared: what follows adds nothing)
        overlap = said & free
        shared = overlap & distinct
        if len(shared) >= CONTENT_WORDS:
            fit = max(fit, 1.0)
        said = 0.1 * min(len(overlap), 3) if fit >= 1.0 and shared else 0.0
        return fit + said, said

    def _scope(self, f: Fact) -> frozenset[str]:
        """What a fact is about: its record and what that refers to; a source is about all that cites it."""
        if f.rtype == "source":
            return f.related | self.index.cited_by.get(f.subject, frozenset())
        return f.related

    def _names_something_else(self, f: Fact, a: Analysis, named: set[str], scope: frozenset[str] | None = None) -> bool:
        """Does the question name a thing this fact is not about? Things linked either way count as
        about it ("the conference where the MoU was signed"), and so does a source the fact cites.
        (`scope`: the fact's _scope, when already made.)"""
        if scope is None:
            scope = self._scope(f)
        own = a.mentions.get(f.subject)
        own = own.positions if own is not None and not own.via_kind else _NOTHING
        for e in named - scope:
            if f.subject in self.index.related_of.get(e, frozenset()) or self.index.same_thing(e, f.subject):
                continue
            if own and self._said_within(e, f.subject, own, a):
                continue  # named by words of its name only ("Bilasuvar" of "the Bilasuvar and Neftchala solar plants")
            if self.index.same_as_any(e, scope) or self._reports_related(e, f.subject):
                continue  # the same thing's record from another article ("Kunlang Rail Logistics Co., Ltd.")
            if f.subject in self.index.cited_by.get(e, frozenset()):
                continue
            if f.subject in self.index.named_within(e):
                continue
            inside = self.index.named_within(f.subject)
            if ((e in inside or self.index.twins.get(e, frozenset()) & inside)
                    and (f.rtype != "statistic" or self._whose(f, e, a))):
                continue  # "the groundbreaking ceremony for the bus plant" is about the plant its name names (in
                # either article's record of it)
            return True
        return False

    def _said_within(self, inner: str, outer: str, at: frozenset[int], a: Analysis) -> bool:
        """Is `inner` named only by words that name `outer` too (its words all among those naming `outer`, at `at`),
        while `outer` is named by more: a word of its own name that is no number, no stop word and no kind word
        ("Neftchala" of "the Bilasuvar and Neftchala solar plants", not "2025" of "XNET's revenue, 2025", nor
        "protocol" of "the protocol of the commission"), and no other thing's? Then the words name `outer`, and
        `inner` is part of its name."""
        if not a.mentions[inner].positions < at:
            return False
        index = self.index
        words = index.name_stems(outer) - index.name_stems(inner) - index.kind_words.get(outer, _NOTHING)
        # (a word of another thing named is that thing's: "AZPROMO" of "the forum under an AZPROMO memorandum")
        others = {p for e, m in a.mentions.items() if e not in (inner, outer) and not m.via_kind for p in m.positions}
        # (a word of another language was matched with a word of its name, by its sound or the words files: any of
        # them but a kind noun's, "блок-поездов" of "Block trains handled by Azerbaijan Railways")
        kinds = {p for pos in a.kinds_at.values() for p in pos} if a.lang != "en" else None
        return any(not (w := a.seq[p]).isdigit() and w not in index.stopwords
                   and (w in words if kinds is None else p not in kinds)
                   for p in at - a.mentions[inner].positions - others)

    def _reports_related(self, one: str, other: str) -> bool:
        """Is another article's record of `one` related to `other`, or `one` to another's record of `other`? (The
        memorandum signed at the forum, in the report that has a record of each: twins.py.)"""
        related_of, twins = self.index.related_of, self.index.twins
        return (any(other in related_of.get(t, ()) for t in twins.get(one, ()))
                or bool(twins.get(other, frozenset()) & related_of.get(one, frozenset())))

    def _owners_said(self, f: Fact, a: Analysis, named: set[str]) -> frozenset[str]:
        """The named things a statistic's name names, when the question asks its figure in a word of its own (its
        name's, kind's or measure's, none of theirs): "how many people does Tianfeng employ" of "Employees of
        Tianfeng" (people employed by Tianfeng). See _whose."""
        if f.rtype != "statistic" or f.attribute not in STATISTIC_FIGURES or not named:
            return frozenset()
        owners = frozenset(e for e in named if f.subject in self.index.statistics_naming(e))
        return owners if owners and all(self._whose(f, e, a) for e in owners) else frozenset()

    def _whose(self, f: Fact, owner: str, a: Analysis) -> bool:
        """Is a statistic whose name names `owner` ("HAPG's employees", "Employees of Tianfeng") asked through
        it: the question says the statistic in a word of its own, beside the owner's name and its numbers
        ("HAPG's number of employees", "how many factories does Tianfeng run", "how many people does Tianfeng
        employ": a word of its name, kind or measure), and asks its figure, not its period (a statistic is no
        event of its owner's: "when will the Tianfeng plant's construction start?")."""
        if f.attribute not in STATISTIC_FIGURES:
            return False
        m, o = a.mentions.get(f.subject), a.mentions.get(owner)
        if o is None:
            return False
        if m is not None and any(not a.seq[p].isdigit() for p in m.positions - o.positions):
            return True
        # (not named itself, it must say all the question says beside its owner's names and the cues: "QSRC share
        # of the fund" is no question about the projects QSRC identified for the fund)
        if a.early_q - {"q_howmany"}:
            return False  # (and asks for its figure: "what are the names of the 12 projects QSRC identified?" is not)
        words, names = self.index.statistic_words(f.subject), self.index.name_stems(owner)
        words = words | said_alike(words, a.lang, self.index.stopwords)
        content = {w for w in a.content if not w.isdigit() and w not in names}
        return bool(content & words) and all(w in words or w in self.index.vocabulary for w in content)

    def _owner_asks_its_value(self, f: Fact, a: Analysis, named: set[str]) -> frozenset[str]:
        """The named things a statistic is named after whose names the question says with a word of the statistic's
        own, asking for its figure (_its_value_asked)."""
        index = self.index
        if asked_attributes("statistic", a.tags, a.early_q):
            return _NOTHING  # (another of its attributes is asked: "what was its rank?")
        if not a.attribute_tags and not a.residual and (m := a.mentions.get(f.subject)) is not None and m.named:
            return _NOTHING  # (its name said, and nothing asked: its profile answers, "Tarsu factories?")
        m = a.mentions.get(f.subject)
        if (m is not None and not m.via_kind and m.strength >= 1.0 and not a.content and not a.residual
                and not a.early_q - {"q_howmany", "q_which"} and "change" not in a.tags):
            return frozenset({f.subject})  # its name said whole, and nothing else asked: "the area of the SHIZ?"
        return frozenset(e for e in named if f.subject in index.statistics_naming(e) and self._its_value_asked(f, e, a))

    def _its_value_asked(self, f: Fact, owner: str, a: Analysis) -> bool:
        """Is a statistic named after `owner` asked for its figure by a word of its own ("MKIZ area", "ACIC stake in the
        joint venture", "XNET headcount" of "Area of the MKIZ", "ACIC's share in ...", "Employees of XNET": its kind
        or measure, see _whose), and the question asks no other kind of answer (when, where, who: its period, its
        sides) nor a change? A statistic's value is what it is: its own words ask for it as a cue would."""
        if f.attribute != "value" or a.early_q - {"q_howmany", "q_which"} or "change" in a.tags:
            return False
        return self._whose(f, owner, a) and not a.residual

    def _checked_claim(self, f: Fact, a: Analysis, m) -> bool:
        """A yes/no question naming its subject and another thing whose part in it is asked ("Did Wang
        Guoliang sign the citrus memorandum?"): the other thing is the claim to check against the fact's
        values (matcher._check), not a sign that the fact is about something else."""
        return a.polar and m is not None and m.named and bool(value_ids(f, self.index.base))

    def _standalone(self, f: Fact, spec: Spec | None, a: Analysis, related_named: set[str], names: list) -> bool:
        """May this fact answer though its subject is not named ("number of participating businesses")?
        `names`: the question's mentions that are not by a kind noun."""
        if spec is None or not spec.standalone:
            return False
        if names and spec.standalone_needs and not spec.standalone_needs & a.tags:
            return False
        said = self.index.content_of.get(f.id, _NOTHING) if f.attribute in _TEXTUAL else _NOTHING
        if not a.mentions and len(set(a.residual) - said) > 2:
            return False  # it names nothing, and says much that is none of the facts' business
        return bool(related_named) or not names

    @staticmethod
    def _told_through(f: Fact, a: Analysis, texts: dict, own: frozenset[str]) -> bool:
        """Does the free text of a fact of something a named thing takes part in say what the question asks:
        enough of the question's own words (in no name it names, no cue), and, for "when", "how many" or "how
        much", a year or a number?"""
        if len(texts.get(f.id, _NOTHING) & own) < CONTENT_WORDS:
            return False
        said = " ".join(str(c.value) for c in f.evidence if "value" in c.__dict__)
        if "q_when" in a.early_q:
            return bool(_YEAR.search(said))
        if a.tags & {"q_howmany", "money"}:
            return bool(_NUMBER.search(said))
        return True

    def _other_kind(self, f: Fact, a: Analysis) -> bool:
        """Does the question name a kind of thing ("the talks") that the fact's subject is not, while
        other records of its type are of that kind?"""
        own = self.index.kind_of.get(f.subject)
        if not a.kind_labels or own in a.kind_labels:
            return False
        return any(self.index.base.get(rid) is not None and self.index.base.get(rid).type == f.rtype
                   for label in a.kind_labels for rid in self.index.kinds.get(label, ())[:1])

    @staticmethod
    def _numbers_fit(f: Fact, a: Analysis) -> float:
        """Numbers the question states ("the 33 export trips", "nearly 200 companies") that the fact
        states too point at it, among things that fit alike (years: see _years_fit)."""
        numbers = {n.lstrip("0") for n in a.numbers if not (len(n) == 4 and n[:2] in ("19", "20"))}
        if not numbers:
            return 0.0
        stated = {n.lstrip("0") for c in f.evidence
                  for n in _NUMBER.findall(cited_text(c))}
        return 0.1 if numbers <= stated else 0.0

    def _years_fit(self, f: Fact, a: Analysis) -> float:
        """A year the question states ("the April 2025 conference") points at the things of that year:
        a fact involving an event or agreement dated in another year, and none in it, fits less."""
        years = {n for n in a.numbers if len(n) == 4 and n[:2] in ("19", "20")}
        if not years:
            return 0.0
        dated = [getattr(getattr(self.index.base.get(rid), "date", None), "value", None) for rid in f.related]
        dated = [str(d.year) for d in dated if hasattr(d, "year")]
        period = getattr(getattr(self.index.base.get(f.subject), "period", None), "value", None)
        if isinstance(period, str):  # a statistic's own period ("2024-Q1", "2026-01/2026-09") is its year
            dated += _YEAR.findall(period)
        if not dated:
            return 0.0
        return 0.2 if years & set(dated) else -0.3

    def _said_in_its_words(self, f: Fact, a: Analysis) -> bool:
        """Does the question say a word the language files say this count in (`said_in`: "staff", "work" of jobs),
        not only one any count of people is said in ("people"), nor a small word of such a phrase ("the" of "in
        the name of")?"""
        words = counted_words(f.attribute, a.lang, people=False) - self.index.stopwords
        # (whole words: a character of a Chinese one says nothing, "工" of 员工 is in 工厂, a factory)
        return any(len(w) > 2 for w in words.intersection(a.seq))

    def _belongs_to_named(self, f: Fact, a: Analysis, named: set[str]) -> frozenset[str]:
        """The named things the fact's record belongs to (BELONGS_FIELDS), when its own words say every other word
        the question says: then what is asked of them and only it holds is its."""
        fields = BELONGS_FIELDS.get(f.rtype)
        if not fields or not named or f.attribute == "summary":
            return frozenset()
        index = self.index
        by_field = [(fname, t) for fname, t in index.references(f.subject) if fname in fields]
        # (said in the question: a thing the conversation refers to may be any of the things talked about)
        linked = frozenset(e for e in named if a.mentions[e].positions and any(
            (e == t or index.same_thing(e, t)) and self._role_as_said(f, fname, a) for fname, t in by_field))
        if not linked or set(value_ids(f, index.base)) & named:
            return frozenset()  # (its developer, its parties: an answer naming back what is asked about tells nothing)
        if self._kind_of_another_type(f, a, named):
            return frozenset()  # "the free trade agreement Azerbaijan and China signed": no event of theirs
        # the words no name explains say which of its records is asked about: this one's values and names must say
        # them ("its electric bus plant", "the JACB loan")
        said = index.said_of(f.subject)
        if not all(w in said or _form_of(w, said) for w in a.residual):
            return frozenset()
        # ... and so do the countries said beside them ("investing in Kazakhstan"), unless a named thing's country
        countries = {index.country_of.get(e) for e in linked}
        for label in self._countries_said(a, named):
            if label not in countries and index.country_of.get(f.subject) != label \
                    and not {stem(w) for w in tokens(label)} <= said:
                return frozenset()
        return linked

    @staticmethod
    def _role_as_said(f: Fact, field: str, a: Analysis) -> bool:
        """Does the question say the named thing's part in the record as the field linking them says it, if it says
        one (ROLE_TAGS: "SJAG investing" of its project's developer; not "the cost to build the zone" of the zone's
        company as a party to a plant's agreement)? A role word the answering attribute is asked by counts too."""
        said = a.tags & ROLE_TAGS
        if not said:
            return True
        told = _spec_tags(f.key) | _spec_tags(f"{f.rtype}.{field}")
        return said <= told

    @staticmethod
    def _countries_said(a: Analysis, named: set[str]) -> set[str]:
        """The countries (their labels, the facts' country names) the question says outside the names it says."""
        names_at = {p for e in named for p in a.mentions[e].positions}
        return {m.label for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).countries.find(a.seq)
                if not set(range(m.start, m.end)) & names_at}

    def _kind_of_another_type(self, f: Fact, a: Analysis, named: set[str]) -> bool:
        """Does the question say a kind noun, outside the names it says, that names records of other types only
        ("agreement" of an event's fact; "plant" may be a factory, both being projects)?"""
        index = self.index
        names_at = {p for e in named for p in a.mentions[e].positions}
        types = set()
        for label, at in a.kinds_at.items():
            if at - names_at:
                rec = next((index.base.get(rid) for rid in index.kinds.get(label, ())[:1]), None)
                types.add(rec.type if rec is not None else None)
        return bool(types) and f.rtype not in types

    def _links_all(self, f: Fact, named: set[str], a: Analysis) -> bool:
        """Does the fact's record link every thing the question names (as parties, developers: index.LINK_FIELDS),
        and do its own words say every other word the question says? Then the question names it through them."""
        index = self.index
        for e in named:
            if not any(rid == f.subject and w >= 1.0 for rid, w in index.linked_by.get(e, ())):
                return False
        own = index.own_words(f.subject)
        return all(w in own or _form_of(w, own) for w in a.residual)

    def named_by_participants(self, fact: Fact, named: set[str]) -> bool:
        """A meeting is named by naming who met ("at which summit did Abdullayev and Wu sit down?")."""
        if not named:
            return False
        participants = getattr(self.index.base.get(fact.subject), "participants", None)
        return bool(participants and named & set(participants.value))
