"""The matcher's decision: from a question to the one fact that answers it, or to a decline.

It reads the question (analysis.py), gathers the facts of the things it mentions,
scores each fact by how well its attribute fits what is asked (intents.py) and how
clearly its subject is named, and accepts only when one fact fits. A question about
a known thing but an unknown attribute is declined with what is known instead; it is
never answered from another thing's fact. Turning the decision into an Answer is
knowledge/answers/responder.py's job.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from dataclasses import dataclass, field
from typing import Literal

from ..facts.atoms import Fact, cited_text, value_ids
from ..facts.values import Money, Quantity, day_of
from ..language.lexicon import lexicon
from ..language.text import has_cjk, stem, tokens
from .analysis import Analysis, analyse
from .shapes import month_stems
from ..language.detect import detect_language
from .doubts import CLAIMED_PLACES, DATED, QUALIFIER_GAP, Doubts, named_within_longer
from .index import FactIndex
from .overview import profile_fact
from .intents import QUESTION_KINDS, SPECS, asked_attributes
from .kinds import names_of
from ..language.numerals import ENGLISH_ORDINAL, english_ordinal_of_word
from .between import days_between, years_between
from .difference import difference
from .premise import premise_question
from .said_in_text import said_in_a_text
from .claims_said import claimed_statement
from .through_links import through_a_link
from .provenance import reported_by
from .currency import asked_currency, currencies
from .measured import (another_figure_said, counted_words, figure_says, is_measured, measured_words, other_amount_said,
                       other_goods_said, other_measure_said)
from .scoring import ROLE_TAGS, Scored, Scorer, _spec_tags, said_alike

MAX_QUESTION_CHARS = 1000
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL_IN_TEXT = re.compile(r"(?<!\d)(\d+)(?:st|nd|rd|th)\b")


@dataclass(frozen=True)
class Decision:
    """What the matcher made of a question; `kind` says which reply it calls for."""

    kind: Literal["invalid", "fact", "smalltalk", "decline", "ambiguous"]
    lang: str
    analysis: Analysis | None = None
    problem: str | None = None  # invalid: empty | too_long | unreadable
    fact: Fact | None = None  # fact: the fact that answers
    also: Fact | None = None  # fact: the second thing asked with "and"
    confidence: float = 0.0
    counted: bool = False  # "how many ...": add the count to a list
    scored: list[Scored] = field(default_factory=list)  # decline: the candidates, for suggestions
    rivals: tuple[Fact, ...] = ()  # ambiguous: the same attribute of each thing that fits equally
    variants: tuple[Fact, ...] = ()  # fact: what other sources' records of the same thing say, when it differs
    verdict: bool | None = None  # a yes/no question whose named things decide it: yes or no


def documented(fact: Fact) -> bool:
    """Does the fact rest on a sentence of a text we hold (the shipped report, an imported article)?"""
    return any(getattr(c, "quote", None) for c in fact.evidence)


def _documented_first(scored: list[Scored], meant: Callable[[Fact], bool] = documented) -> list[Scored]:
    """Several things of one kind fitting equally ("the MoU"): the one documented by a text we hold,
    quoted, is the one meant before those we only know by reference. With several of each, nothing
    moves and the question is asked back ("which one?"). (`meant`: is the fact's subject documented and
    not described otherwise: Matcher._meant_first.)"""
    if len(scored) < 2 or meant(scored[0].fact) or scored[0].fact.rtype == "source":
        return scored  # (which of several reports is meant is always asked)
    best = scored[0]
    tied = [i for i, s in enumerate(scored[1:50], 1) if s.score >= best.score - 0.05 and s.fact.key == best.fact.key]
    docs = [i for i in tied if meant(scored[i].fact)]
    if len(docs) == 1:
        i = docs[0]
        return [scored[i], *scored[:i], *scored[i + 1:]]
    return scored


RECENT_DAYS = 31  # "yesterday", "this week", "recently": within the last month


class Matcher:
    def __init__(self, index: FactIndex, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.index = index
        self.today = today
        self.scorer = Scorer(index)
        self.doubts = Doubts(index, self.scorer)

    def decide(self, question: str, *, lang_hint: str | None = None) -> Decision:
        problem = _input_problem(question)
        lang = detect_language(question, lang_hint) if problem != "empty" else hint_lang(lang_hint)
        if problem:
            return Decision("invalid", lang, problem=problem)
        d = self.decide_analysis(analyse(question, self.index, lang=lang))
        premise = premise_question(question, lang) if d.kind == "fact" else None
        if premise is not None:  # "Why is KMW closing its Ganja plant?": only if it is (premise.py)
            pa = analyse(premise, self.index, lang=lang)
            held = self.decide_analysis(pa)
            # (a premise that asks nothing of the facts is no claim to refute: "Is the cold store being built?")
            if held.verdict is False or (held.kind == "decline" and (pa.tags or pa.ordinals)):
                return Decision("decline", lang, analysis=d.analysis, scored=d.scored)
        return d

    def decide_analysis(self, a: Analysis) -> Decision:
        """The decision for a question already read (or read in a conversation's context)."""
        lang = a.lang
        between = (days_between(a, self.index) or years_between(a, self.index)) if not a.unknown_names else None
        if between is not None and not self.lacks_of_each(tuple(between.related), a):
            # "how many days passed between the loan's signing and the groundbreaking?"
            return Decision("fact", lang, analysis=a, fact=between, confidence=0.8)
        reported = reported_by(a, self.index, self.decide_analysis)
        if reported is not None:  # "which outlet reported that 369 trains used the route?": the sources of that
            return Decision("fact", lang, analysis=a, fact=reported, confidence=0.8)
        if "came_first" in a.tags and not a.polar:  # which of two came first: no one thing's fact tells it
            return Decision("decline", lang, analysis=a, scored=self.scorer.score(a) if a.mentions else [])
        meant = self._meant_first(a)
        scored = _documented_first(_overview_first(self._not_one_of_a_plural(self.scorer.score(a), a), a), meant) \
            if not a.unknown or a.mentions else []
        decided, scored = self._decide_scored(a, scored)
        if decided is None or decided.kind != "decline" and decided.fact is not None \
                and any(s.fact is decided.fact for s in scored[:6]):
            chained = through_a_link(a, scored, self.index, self.decide_analysis,
                                     decided.fact if decided is not None else None)
            if chained is not None:  # "Who chairs the group building the plant?": the head of the plant's developer
                return chained
        if decided is not None:
            return decided
        claimed = claimed_statement(a, self.index)
        if claimed is not None:  # "Is the blade plant Tianfeng's first factory outside China?": what it said, yes
            return Decision("fact", lang, analysis=a, fact=claimed, confidence=0.6, verdict=True)
        summary = profile_fact(a, self.index) if not a.relative else None
        if summary is not None:  # "tell me about the conference": its profile
            return Decision("fact", lang, analysis=a, fact=summary, confidence=0.8)
        if a.smalltalk and not a.mentions and not a.residual:
            return Decision("smalltalk", lang, analysis=a)
        through = self._through_what_belongs(a, scored)
        if through is not None:  # "How much is SJAG investing?": the investment of the one project it develops
            return through
        told = said_in_a_text(a, self.index) if not scored or scored[0].fit < 1.0 else None
        if told is not None:  # "Which company will operate the mill?": the text that says who operates it
            return Decision("fact", lang, analysis=a, fact=told, confidence=0.6)
        return Decision("decline", lang, analysis=a, scored=scored)

    def _decide_scored(self, a: Analysis, scored: list[Scored]) -> tuple[Decision | None, list[Scored]]:
        """The decision the scored candidates make (a fact, "which one?", or a decline the facts call for), with
        the candidates as it left them; None when none of them is accepted."""
        lang = a.lang
        best = scored[0] if scored else None
        currency = asked_currency(a.seq, lang) if best is not None else None
        if currency and not currencies(best.fact) and _measures_no_money(best.fact):
            return Decision("decline", lang, analysis=a, scored=scored), scored  # "worth in yuan?" of a count
        if currency and currencies(best.fact) and currency not in currencies(best.fact):
            amount = self._in_currency(best.fact, currency)  # "the deal in manats?" of a deal in dollars
            if amount is None:
                return Decision("decline", lang, analysis=a, scored=scored), scored
            best = Scored(amount, best.score, best.fit, best.subject, best.told)
            scored = [best, *(s for s in scored if not currencies(s.fact) or currency in currencies(s.fact))]
        if a.unknown and (best is None or self.lacks(best.fact.subject, a, best.fact)):
            return Decision("decline", lang, analysis=a), scored
        rivals = self._rivals(best, scored, a) if best is not None else ()
        pick = self._named_by_a_word(rivals, a) if rivals else None
        if pick is not None:  # "shaki forum date": the one forum whose name says "Shaki" (and its other report)
            best = next(s for s in scored if s.fact is pick[0])
            scored = [best, *(s for s in scored if s is not best)]
            pick = (*pick, *self._other_reports(best, scored, pick))
            rivals = pick if len(pick) > 1 else ()
        twins = bool(rivals) and all(self.index.same_thing(best.fact.subject, f.subject) for f in rivals) \
            and self._reports_say(rivals, a)
        variants: tuple[Fact, ...] = ()
        if twins:  # two reports of one thing (imported from two articles): one answer, each source shown
            variants, rivals = rivals[1:], ()
        if rivals and best.fit >= 1.0 and not a.unknown_names:
            return Decision("ambiguous", lang, analysis=a, fact=best.fact, rivals=rivals, scored=scored), scored
        others = self.doubts.one_of_many(best, scored, a) if best is not None and pick is None else ()
        if others:
            alike = [best.fact, *(f for rid in others if (f := self.doubts.same_question(rid, best.fact)).attribute
                                  == best.fact.attribute)]
            picked = self._named_by_a_word(tuple(alike), a, others)
            if picked is not None and (len(picked) == 1 or self._reports_say(picked, a)):
                pick = picked[0]  # ("how many companies were at the Quba forum")
                best = next((s for s in scored if s.fact is pick), None) or Scored(pick, *best[1:])
                scored, others, variants = [best, *(s for s in scored if s.fact is not pick)], (), picked[1:]
        if others and not a.unknown_names:  # "When was the company founded?" among many companies
            return Decision("ambiguous", lang, analysis=a, fact=best.fact, scored=scored,
                            rivals=(best.fact, *(self.doubts.same_question(rid, best.fact) for rid in others[:3]))), scored
        if best is not None and not a.polar:
            best = self._own_place(self._beyond_the_named(best, a), scored, a)
        if best is not None and self._accept(best, scored, a, twins=twins or pick is not None):
            if not variants:  # (its other article's report of the same attribute, scored lower for a number the
                variants = self._differing_reports(best, scored)  # question states: each source is told)
            fact, also, verdict = best.fact, None if variants else self._second_ask(best, scored, a), None
            if not _each_kind_answered(a, fact, also):
                return None, scored  # "when and where was it founded?" of a thing whose place the facts lack
            derived = difference(fact, a, self.index) if not variants else None
            if derived is not None:  # "by how much did trade grow?": the figures and the difference
                fact, also = derived, None
            if a.polar:
                checked = self._check(best, a)
                if not variants or checked[0] is not fact:  # (another attribute holds the claim: "did Wang
                    (fact, also, verdict), variants = checked, ()  # sign it?" of a thing two sources report)
                if self.doubts.says_what_it_negates(best, a):
                    verdict = False  # "Does AZPROMO promote oil exports?" of the non-oil sector's agency
                if a.claimed_places and fact.attribute in CLAIMED_PLACES:  # (the place every report of it gives)
                    verdict = a.claimed_places <= frozenset().union(*map(self._place_words_of, (fact, *variants)))
            return Decision("fact", lang, analysis=a, fact=fact, confidence=_confidence(best, a),
                            counted="q_howmany" in a.early_q, also=also, variants=variants, verdict=verdict), scored
        return None, scored

    def _unsaid_left(self, subject: str, a: Analysis) -> set[str]:
        """The words left that none of the subject's facts says (months aside), and the English name words other
        words say in another script that it does not: a word left read as English words counts once, by those
        ("текстильная": textile, of a textile mill, says what it is)."""
        own = self.index.own_words(subject)
        read = {w: rs for w, rs in a.read_as.items() if w in a.residual}
        left = set(a.residual) - set(read) - self.index.words_of(subject) - month_stems(a.lang)
        left |= {w for w, rs in read.items() if not rs & own and w not in self.index.words_of(subject)}
        said_by_left = {r for rs in read.values() for r in rs}
        return left | (a.readings - said_by_left - own)

    def _through_what_belongs(self, a: Analysis, scored: list[Scored]) -> Decision | None:
        """A question naming a thing and asking what none of the named things' facts hold, but the one record
        that belongs to it does (its project's investment, its loan agreement's date, its statement's words:
        Scorer.score's `belonging`): that record's fact, when no other record of the thing holds what is asked
        and nothing in the question says otherwise (the doubts of _accept)."""
        if a.unknown or a.unknown_names or any(s.fit >= 1.0 and s.fact.attribute != "summary"
                                               and not self.doubts.asks_what_it_lacks(s, a) for s in scored):
            return None  # (a named thing's own fact fits: whether it answers was for the first pass to say; one
            # whose value is of another kind than asked does not: "14 countries" is no investment)
        if any(self._asks_its_own(m.entity, a) for m in a.mentions.values() if m.named):
            return None
        through = [s for s in self.scorer.score(a, belonging=True) if s.fit >= 1.0]
        if not through or not self._say_alike([s.fact for s in through]):
            return None  # several of its records hold it, each its own: nothing says which
        currency = asked_currency(a.seq, a.lang)
        if currency:  # (the one that says it in the currency asked first: "How much is SJAG investing, in yuan?")
            through.sort(key=lambda s: currency not in currencies(s.fact))
        through = _documented_first(through, self._meant_first(a))  # (they say one thing: its first record's facts answer, not "which?")
        decided, _ = self._decide_scored(a, [s for s in through if self._one_record(through[0].fact.subject,
                                                                                    s.fact.subject)])
        return decided if decided is not None and decided.kind == "fact" else None

    def _asks_its_own(self, rid: str, a: Analysis) -> bool:
        """Does the question ask an attribute that records of this one's type have ("What does EPPEI stand for?",
        "When was SJAG founded?", "When was it signed?" of a memorandum)? Then it asks that of this one, and
        its lacking it is no reason to answer from what belongs to it."""
        rec = self.index.base.get(rid)
        return rec is not None and bool(asked_attributes(rec.type, a.tags, a.early_q))

    def _one_record(self, one: str, other: str) -> bool:
        """The same record, or its report from another article (twins)."""
        return one == other or self.index.same_thing(one, other)

    def _say_alike(self, facts: list[Fact]) -> bool:
        """Do the facts say one thing: all of one record (or of its reports from other articles: twins), or each
        record's a value the first record states too, or the first's one it states (an investment agreement's value
        is its project's investment; another article's report of the project gives it in yuan, and in dollars as a
        figure)?"""
        groups: list[list[Fact]] = []
        for f in facts:
            group = next((g for g in groups if self._one_record(g[0].subject, f.subject)), None)
            if group is None:
                groups.append([f])
            else:
                group.append(f)
        if len(groups) == 1:
            return True
        asked = [_values(g) for g in groups]
        stated = [_values([f for rid in {f.subject for f in g} for f in self.index.by_subject.get(rid, ())])
                  for g in groups]
        return all(asked[i] & stated[0] or asked[0] & stated[i] for i in range(1, len(groups)))

    def _reports_say(self, reports: tuple[Fact, ...], a: Analysis) -> bool:
        """Do the records of one thing that answer alike (two articles' reports of it, twins.py) say between them
        every word the question has left, but for cue words? A word neither says ("the drugmaker's founding",
        "its insulin plant", "why did it terminate ...") asks about something else, and which one is asked back."""
        said = frozenset().union(*(self.index.own_words(f.subject) for f in reports))
        if a.lang != "en":  # (the facts' words are English: another language's words left are no sign, but the
            # English words its words read as are, "开业" open; and where a why-question's premise is not read,
            # premise.py, two reports do not settle what it takes for granted)
            # (a word's readings are alternatives, one of them said will do: "苏姆盖特", Sumgait or Sumgayit; and a
            # figure's name is said by its fact: "длина", length)
            said |= frozenset().union(*(w for f in reports if is_measured(f) for w in measured_words(self.index, f)))
            groups = a.reading_groups or tuple(frozenset({w}) for w in a.readings)
            return all(g & said for g in groups) and not ("q_why" in a.tags and not lexicon(a.lang).polar_openers)
        vocabulary = self.index.vocabulary  # (a cue's word asks what, not of what: "where will it be *built*")
        return all(w in said or w in vocabulary or _lacks_a_letter_of(w, said) for w in a.residual)

    def _beyond_the_named(self, best: Scored, a: Analysis) -> Scored:
        """An answer that names back only what the question names ("who signed the MDB loan for Jinsi?" answered
        "MDB and Jinsi") tells nothing: another fact of its subject that the question asks for as well and that
        names others (its signatories) answers instead."""
        base = self.index.base
        values = set(value_ids(best.fact, base))
        if not values or not values <= a.named_ids:
            return best
        for f in self.index.by_subject.get(best.fact.subject, ()):
            spec = SPECS.get(f.key)
            if f.id == best.fact.id or spec is None or spec.score(a.tags, a.early_q) < 1.0:
                continue
            others = set(value_ids(f, base))
            if others and not others <= a.named_ids:
                return Scored(f, best.score, best.fit, best.subject, best.told)
        return best

    def _own_place(self, best: Scored, scored: list[Scored], a: Analysis) -> Scored:
        """"Where" of an event that states its own place is asked of that place, not of the event it was part of
        ("Where will the next meeting of the working group be held?": in Jinan, not "during the visit"); the
        occasion answers "where" only of what has no place of its own ("where did Abdullayev and Wu meet?"),
        or when the question asks for the occasion ("during which event")."""
        if best.fact.key != "event.part_of" or "partof" in a.tags or "q_where" not in a.early_q:
            return best
        place = next((s for s in scored if s.fact.subject == best.fact.subject and s.fact.attribute == "place"
                      and s.fit >= 1.0), None)
        return best if place is None else Scored(place.fact, best.score, place.fit, best.subject, best.told)

    def _named_by_a_word(self, rivals: tuple[Fact, ...], a: Analysis,
                         others: tuple[str, ...] = ()) -> tuple[Fact, ...] | None:
        """Of things that fit alike (the same attribute of several records a kind noun names), the one that a
        word the question has left singles out: a word of its kind or its place that no other of them has ("the
        Shaki forum", "the Sichuan delegation", "the *investment* agreement" beside a loan agreement, "the forum
        *in Sumgait*"; see _called). Its facts from each article that reports it (twins.py) come together, best
        first; a thing reported twice is one thing, not two to choose from. (`others`: more things of the kind,
        whose facts do not answer alike: the word must single it out from them too.)"""
        # (an ordinal as a name writes it: "third" of the "3rd meeting of the JCTL", "第三次" too)
        # (a word of another language as the English words it is read as: "инвестиционное соглашение", investment)
        words = {english_ordinal_of_word(w) or w for w in a.residual_read} | set(a.ordinals)
        if not words or any(f.rtype == "source" for f in rivals):  # (which report is meant is asked: a publisher's
            return None                                            # name says no more of one than of another)
        groups = self._one_thing_each(rivals)
        rest = [o for o in others if not any(self.index.same_thing(o, f.subject) for f in rivals)]
        if len(groups) + len(rest) < 2:
            return None
        said = [words & frozenset().union(*(self._called(f.subject, a) for f in group)) for group in groups]
        # (the one that has every word another has, and more: "the Lankaran pharmaceutical forum" of three
        # pharmaceutical forums, one in Lankaran)
        most = max(range(len(groups)), key=lambda i: len(said[i]))
        if not all(hit < said[most] for i, hit in enumerate(said) if i != most) \
                or not all(words & self._called(o, a) < said[most] for o in rest):
            return None
        # (and every such word is one its facts say: "the new Baku office of the Hangzhou logistics company"
        # asks what no fact of the one Hangzhou company says, and is no question about it)
        own = frozenset().union(*(_as_numbered(self.index.own_words(f.subject)) | self.index.places_of(f.subject)
                                  for f in groups[most]))
        return groups[most] if words <= own else None

    def _other_reports(self, best: Scored, scored: list[Scored], have: tuple[Fact, ...]) -> tuple[Fact, ...]:
        """The same attribute of the thing `best` is about, in its other article's record, scored as well (the
        rivals asked about are a few: a twin may be beyond them)."""
        return tuple(s.fact for s in scored[1:50] if s.score >= best.score - 0.05 and s.fact.key == best.fact.key
                     and s.fact not in have and self.index.same_thing(best.fact.subject, s.fact.subject))

    def _differing_reports(self, best: Scored, scored: list[Scored]) -> tuple[Fact, ...]:
        """The same attribute of the thing `best` is about in its other articles' records (twins.py), fitting what is
        asked as well as `best` does but scored lower, that says another value ("Is the dry port's capacity 250,000
        TEU?" of a port one article gives 250,000 TEU and another 300,000): what each source says is told, never
        one picked for agreeing with the question."""
        twins = self.index.twins.get(best.fact.subject, frozenset())
        if not twins:
            return ()
        mine = _values([best.fact])
        return tuple(s.fact for s in scored[1:50] if s.fact.subject in twins and s.fact.attribute == best.fact.attribute
                     and s.fit >= best.fit and _values([s.fact]) != mine)

    def _called(self, rid: str, a: Analysis) -> frozenset[str]:
        """The words that tell a thing from others of its kind: its kind's ("the *investment* agreement", beside a
        loan agreement), the places and numbers its name says ("the JCTL's *third* meeting": "3rd meeting of the
        JCTL"), and its own place where the question places it, a few words before or after those that name it
        ("the Sumgait forum", "the forum in Sumgait"; not "which body from Beijing's city government backed the
        conference?"). (Not any word of its name: "the apple forum" may be a forum the facts do not know, not the
        "Quba Apple Growers Forum".)"""
        index = self.index
        names, places = _as_numbered(index.name_stems(rid)), index.region_words()
        called = frozenset(w for w in names if w in places or any(c.isdigit() for c in w)) \
            | index.kind_words.get(rid, frozenset())
        m = a.mentions.get(rid)
        if m is None or not m.positions:
            return called
        near = {a.seq[i] for i in range(max(min(m.positions) - QUALIFIER_GAP, 0),
                                        min(max(m.positions) + 1 + QUALIFIER_GAP, len(a.seq)))}
        return called | (index.places_of(rid) & near)

    def _one_thing_each(self, facts: tuple[Fact, ...]) -> list[tuple[Fact, ...]]:
        """The facts in groups, one for each thing they are about: a thing's records from two articles together."""
        groups: list[list[Fact]] = []
        for f in facts:
            group = next((g for g in groups if self.index.same_thing(g[0].subject, f.subject)), None)
            if group is None:
                groups.append([f])
            else:
                group.append(f)
        return [tuple(g) for g in groups]

    def _names_the_others(self, subject: str, a: Analysis) -> bool:
        """Do the words naming the subject hold every other name said, each one its name names ("Heqiao share in
        CDEV?" of "Heqiao Auto Group's share in CDEV")? Then they name it whole, and not those inside it."""
        m = a.mentions.get(subject)
        others = [o for o in a.mentions.values() if o.entity != subject and not o.via_kind]
        inside = self.index.named_within(subject)
        return (m is not None and bool(others) and all(o.positions <= m.positions and (
            o.entity in inside or self.index.same_as_any(o.entity, inside)) for o in others))

    def _in_currency(self, fact: Fact, currency: str) -> Fact | None:
        """The amount in `currency` that a fact's subject states, or its other report (twins.py), or a record
        that refers to it (the plant an agreement is for): see currency.py."""
        index = self.index
        own = [fact.subject, *sorted(index.twins.get(fact.subject, ()))]
        linking = [f.subject for rid in own for f in index.by_related.get(rid, ()) if f.subject not in own]
        stated = [f for rid in dict.fromkeys((*own, *linking)) for f in index.by_subject.get(rid, ())
                  if f.attribute != "summary" and currency in currencies(f)]
        # the same amount in that currency: of the same attribute, or said beside the amount it converts ("306
        # million manats (about $180 million)", "$310 million (about 527 million manats)"), or a figure named for
        # it ("investment_usd"); not another amount of the thing in that currency (its expected exports)
        def numbers(f: Fact) -> set[str]:  # (the amounts its sentences state, years aside)
            return {n for c in f.evidence for n in _DIGITS.findall(cited_text(c)) if not _YEAR.fullmatch(n)}

        own_numbers, word = numbers(fact), fact.attribute.partition(":")[0]
        for same in (lambda f: f.attribute == fact.attribute,
                     lambda f: bool(own_numbers & numbers(f)),
                     lambda f: word in f.attribute.partition(":")[2].split("_")):
            found = next((f for f in stated if same(f)), None)
            if found is not None:
                return found
        return None

    def lacks(self, subject: str, a: Analysis, fact: Fact | None = None) -> bool:
        """Does the question say a word of what facts may hold (a phone number, a budget, "next year") that
        no fact of `subject` states (nor the name of `fact`, a figure: "capacity after second stage", nor the
        words a fact of `fact`'s attribute is said in: the language files' `said_in`)? Then
        its facts lack what is asked; a record an admin adds that states it ("the Silk Road Fund", a visit)
        is answered."""
        said = self._said_for(subject, a, fact)
        return any(not self._phrase_said(phrase, said, a.lang) for phrase in a.lacking)

    def lacks_of_each(self, subjects: tuple[str, ...], a: Analysis) -> bool:
        """Does the question say a word of what facts may hold that the facts of none of `subjects` state (a
        question about two things: each phrase is said of one of them, "the delegation's visit")?"""
        said = [self._said_for(s, a, None) for s in subjects]
        return any(not any(self._phrase_said(phrase, s, a.lang) for s in said) for phrase in a.lacking)

    def _phrase_said(self, phrase: tuple[str, ...], said: frozenset[str], lang: str) -> bool:
        content = [w for w in phrase if w not in self.index.stopwords] or phrase  # (a phrase of small words is a
        # construction: "how many of the" asks a part of a count; one in another language may be said in English)
        # (an ordinal word is said as a name numbers it: "second" of the "2nd ... Forum")
        return all(w in said or english_ordinal_of_word(w) in said for w in content) \
            or said_in_english(phrase, lang, said)

    def _said_for(self, subject: str, a: Analysis, fact: Fact | None) -> frozenset[str]:
        """The words a question about `subject` (answered by `fact`) may say of what it asks: what its facts state,
        a figure's own words, the words its count is said in, money words for an amount."""
        said = self.index.said_of(subject)
        if fact is not None and is_measured(fact):
            said = said | measured_words(self.index, fact)[0]
        if fact is not None:  # a count of people is said in people ("how many people will the plant employ")
            said = said | counted_words(fact.attribute, a.lang)
        if fact is not None and fact.rtype == "statistic":  # ... and a statistic of employees in a word for them
            said = said | said_alike(self.index.statistic_words(fact.subject), a.lang, self.index.stopwords)
        if (fact is not None and "q_howmany" not in a.tags
                and any(isinstance(getattr(c, "value", None), Money) for c in fact.evidence)):
            # an amount of money is said in money ("На какую сумму?"); "how many billions" counts a scale it may lack
            said = said | money_words(a)
        return said

    def counts_what_it_lacks(self, best: Scored, a: Analysis) -> bool:
        """Does "how many" count a thing no cue or name explains, in words none of the answering fact's subject
        says nor its count is said in ("neçə *pər* istehsal edib", how many blades has it made, answered with a
        count of factories)? Then its count is of something else. (Words before what a cue names qualify it:
        "how many permanent *jobs*" are jobs.)"""
        if "q_howmany" not in a.tags:
            return False
        left = {i for i, w in enumerate(a.seq) if w in set(a.residual)}
        stop = self.index.stopwords | lexicon(a.lang).stopwords
        common = lexicon(a.lang).common_words
        if a.lang == "zh":
            left |= _chinese_characters_left(a, stop | common)
        for code in dict.fromkeys((a.lang, "en")):
            for m in lexicon(code).cues.find(a.seq):
                if m.label != "q_howmany" or m.end not in left or a.seq[m.end].isdigit():
                    continue
                end = m.end
                while end in left:
                    end += 1
                    # (in Chinese a common word's character right after is the rest of that word: "公里")
                    while a.lang == "zh" and end < len(a.seq) and a.seq[end] in common and has_cjk(a.seq[end]):
                        end += 1
                # (a cue or name after them is what is counted: they qualify it)
                named_after = end < len(a.seq) and a.seq[end] not in stop
                said = self._said_for(best.fact.subject, a, best.fact)
                run = a.seq[m.end:end]
                # (a Chinese word is its characters together: "公里", km, is not said by the 里 of "跨里海")
                told = all(c in said for c in run) if a.lang == "zh" and all(has_cjk(c) for c in run) \
                    else bool(set(run) & said)
                if not named_after and not told:
                    return True
        return False

    def dated_as_asked(self, best: Scored, a: Analysis) -> bool:
        """Does what answers a question placed relative to today have a date (its own, or its subject's) that
        is so placed: one to come, or expected, for "next", "upcoming", "will be held"; one within the last
        month for "yesterday", "this week"? The records' dates say it, not the words."""
        facts = [best.fact] if best.fact.attribute in _DATES else [
            f for f in self.index.by_subject.get(best.fact.subject, ()) if f.attribute in _DATES]
        facts = facts or [best.fact]
        claims = [c for f in facts for c in f.evidence if "value" in c.__dict__]
        today = self.today()
        days = [d for d in (day_of(c.value) for c in claims) if d is not None]
        if "future" in a.relative and not (any(getattr(c, "expected", False) for c in claims)
                                           or any(d > today for d in days)):
            return False
        if "recent" in a.relative and not any(0 <= (today - d).days <= RECENT_DAYS for d in days):
            return False
        return True

    @staticmethod
    def only_to_come(fact: Fact) -> bool:
        """Is the fact a date of what its sources say has not happened yet: each of its claims expected? Then it
        answers no question of what has happened (Analysis.past). (Not by today's date: a source reporting a day
        as past is believed, as the answer to "when was it held?" always was.)"""
        if fact.attribute not in _DATES:
            return False
        claims = [c for c in fact.evidence if "value" in c.__dict__]
        return bool(claims) and all(getattr(c, "expected", False) for c in claims)

    def consistent_numbers(self, a: Analysis, facts: list[Fact], body: str) -> bool:
        """Every number the question states must be one the answering facts state (in their values,
        quotes or their sources' dates) or the answer says: "the 500 companies", "its 34th trip",
        "set up in 2010", "trips in 2024" rest on a false premise and are declined. Numbers other
        records state do not count: they are about something else."""
        if not a.numbers and not a.ordinals:
            return True  # (an ordinal in words states no number, but numbers a thing all the same: "the third document")
        known: set[str] = set()
        for fact in facts:
            known |= self.index.numbers_of(fact)
        for fact in facts:  # ... and what the things it involves and the question names state ("the deal
            for rid in fact.related & a.mentions.keys():  # signed at the April 17 event")
                for other in self.index.by_subject.get(rid, ()):
                    known |= self.index.numbers_of(other)
        known |= {n.lstrip("0") or "0" for n in known}
        known |= self._months_named(facts)  # ("2026年1月": the January of a record named "..., January 2026")
        said = set(_DIGITS.findall(body))  # whole numbers: "5 billion" is not in "$335 million"
        if not all(n in known or n.lstrip("0") in known or n in said for n in a.numbers):
            return False
        return self.ordinals_stated(a, facts, said)

    def _months_named(self, facts: list[Fact]) -> set[str]:
        """The numbers of the months the names of the answering facts' records say ("trade turnover, January 2026":
        1): a question may write that month as a number ("2026年1月")."""
        months = _english_month_numbers()
        out: set[str] = set()
        for fact in facts:
            rec = self.index.base.get(fact.subject)
            out |= {str(months[w]) for w in map(stem, tokens(getattr(rec, "name", "") or "")) if w in months}
        return out

    def ordinals_stated(self, a: Analysis, facts: list[Fact], said: set[str]) -> bool:
        """An ordinal ("the 4th meeting", "第四次会议") numbers a thing: the answering facts' own sentences or the
        names of what they are about must state it (in digits or in words), not the day or month their source
        was published (April, the 4th)."""
        asked = {m.group(1) for o in a.ordinals if (m := ENGLISH_ORDINAL.fullmatch(o))}
        if "came_first" in a.tags:
            asked.discard("1")  # ("which came first, A or B?" asks which is earlier: its "first" numbers nothing)
        if not asked:
            return True
        said_texts = [cited_text(c) for fact in facts for c in fact.evidence]
        names: list[str] = []
        for rid in {r for fact in facts for r in (fact.subject, *fact.related)}:
            rec = self.index.base.get(rid)
            names += names_of(rec) if rec is not None else []
        # (a name's number numbers it, "Meeting 3"; a sentence's numbers it only as an ordinal: "the 3rd", "the
        # third", not "3 documents were signed" nor the "1 December" it was signed on)
        stated = {n for t in names for n in _DIGITS.findall(t)}
        stated |= {m.group(1) for t in said_texts for m in _ORDINAL_IN_TEXT.finditer(t)}
        stated |= {o[:-2] for t in (*said_texts, *names) for w in tokens(t) if (o := english_ordinal_of_word(w))}
        return asked <= stated | said

    def claims_hold(self, a: Analysis, fact: Fact, body: str) -> bool | None:
        """Do the numbers and months a yes/no question states hold for the fact that answers it?
        None when it states none, or the fact has no number or date for them to be about."""
        stated = {n for c in fact.evidence for n in _DIGITS.findall(cited_text(c))}
        months = month_stems(a.lang)
        asked_months = {w for w in a.seq if w in months}
        if not stated or not (a.numbers or asked_months):
            return None
        said = {stem(t) for t in tokens(body)}
        body_numbers = set(_DIGITS.findall(body))
        return all(n in body_numbers or n.lstrip("0") in stated for n in a.numbers) and asked_months <= said

    def featured_facts(self, limit: int) -> list[Fact]:
        """The first fact of each featured attribute, in one pass over the facts."""
        order = ["event.date", "agreement.parties", "event.companies", "organization.founded", "initiative.count",
                 "organization.head", "agreement.purpose", "event.organizers"]
        first: dict[str, Fact] = {}
        for f in self.index.facts.values():
            if f.key in order and f.key not in first:
                first[f.key] = f
                if len(first) == len(order):
                    break
        return [first[k] for k in order if k in first][:limit]

    def _check(self, best: Scored, a: Analysis) -> tuple[Fact, Fact | None, bool | None]:
        """A yes/no question about what the question names: "Did the Beijing commission organize the
        conference?" Yes when the asked fact holds the named things; no when nothing of its subject
        does; and when another of its facts holds them (the commission supported it), that fact, with
        the asked one, and no verdict: the facts say it better than a bare yes or no."""
        fact = best.fact
        if a.claimed_places and fact.attribute in CLAIMED_PLACES:
            # "Was the forum held in Baku?": yes when its place says Baku, no (and where it was) when it does not
            # (the things its name names are no claim: "Is the ZLHA plant going to be built in Sumgait?")
            return fact, None, a.claimed_places <= self._place_words_of(fact)
        mentioned = [m for m in a.mentions.values() if m.strength >= 0.5 and not a.subordinate(m)
                     and m.entity != fact.subject and not self.index.same_thing(m.entity, fact.subject)]
        named = {m.entity for m in mentioned if m.named}
        # "the conference": any conference will do (the subject's own kind noun, "the memorandum", names it, no
        # other memorandum); so will any thing named in part ("the Quince Valley fair" of a fair's longer name)
        own_kind = self.index.kind_of.get(fact.subject)
        kinds = {m.entity for m in mentioned if m.via_kind and self.index.kind_of.get(m.entity) != own_kind
                 or not m.named and not m.via_kind}
        if not named and not kinds:
            return fact, None, None
        values = set(value_ids(fact, self.index.base))
        held = {e for other in self.index.by_subject.get(fact.subject, ()) for e in value_ids(other, self.index.base)}
        # (a thing named whose other article's record the facts hold is that record: "YPG" of either report)
        named = {next((h for h in sorted(held) if self.index.same_thing(e, h)), e) if e not in held else e
                 for e in named}
        if named <= values and (not kinds or kinds & values):
            return fact, None, True
        claims = named - held  # (what its facts hold describes it: "the memorandum for Qinglu")
        if claims and held & named:
            checked = self._checked_against(fact, claims, a)
            if checked is not None:  # "Did Wang sign the memorandum for Qinglu?" No: its signatories
                return checked, None, claims <= set(value_ids(checked, self.index.base))
        for other in self.index.by_subject.get(fact.subject, ()):
            held = set(value_ids(other, self.index.base))
            if other.id != fact.id and (named & held if named - values else kinds & held):
                return other, fact, (True if self._held_in_the_asked_parts(fact.subject, named, kinds, a) else None)
        spec = SPECS.get(fact.key)
        asked = spec is not None and spec.score(a.tags, a.early_q) >= 1.0
        # (a date names nothing: "Will the 2nd forum open in May 2027?" naming the 1st forum too is checked by the
        # month it states, claims_hold's to judge, not answered "no" for naming what a month is not)
        return fact, None, (False if asked and values and named and fact.attribute not in DATED else None)

    def _place_words_of(self, fact: Fact) -> frozenset[str]:
        """The stems of the place a place fact gives, in every report of it (its value, and the place or seat of a
        record it names), in English and in the translations it carries."""
        base, out = self.index.base, set()
        for c in fact.evidence:
            value = c.__dict__.get("value")
            texts = [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value or "")]
            texts += list((c.__dict__.get("translations") or {}).values())
            out.update(stem(w) for t in texts for w in tokens(t))
        for rid in value_ids(fact, base):
            rec = base.get(rid)
            if rec is not None:
                out |= self.index.places_of(rid) | {stem(w) for n in names_of(rec) for w in tokens(n)}
        return frozenset(out)

    def _held_in_the_asked_parts(self, subject: str, named: set[str], kinds: set[str], a: Analysis) -> bool:
        """Does the subject hold every thing a yes/no question names (or, naming none, one of those its kind noun
        names) in the part the question says it had? A thing is held so by a fact asked by a role word of the question
        ("sign": Jabbarov among its signatories, MIIT among its parties), or by one no role word asks when no
        fact that a role word of the question asks holds things of its type ("Was the MoU signed during the
        conference?": only where it was signed holds an event). The Beijing commission among the supporters
        is not so held by "Did it organize the conference?": the organizers are what "organize" asks."""
        base = self.index.base
        facts = self.index.by_subject.get(subject, ())
        roles = a.tags & ROLE_TAGS

        def held(e: str) -> bool:
            holders = [f for f in facts if e in value_ids(f, base)]
            if any(_spec_tags(f.key) & roles for f in holders):
                return True
            rtype = getattr(base.get(e), "type", None)
            return bool(holders) and not any(_spec_tags(f.key) & roles and any(
                getattr(base.get(v), "type", None) == rtype for v in value_ids(f, base)) for f in facts)

        return all(held(e) for e in named) if named else any(held(e) for e in kinds)

    def _checked_against(self, fact: Fact, claims: set[str], a: Analysis) -> Fact | None:
        """Of the facts of `fact`'s subject that the question asks for and that hold things, the one that
        holds things of the claims' type (a person is checked against its signatories, not its parties)."""
        base = self.index.base
        types = {getattr(base.get(e), "type", None) for e in claims}
        # "Did Wang sign ...?" checks who signed: the question asks "who" of the claim it states
        tags = a.tags | {"q_who"} if types & {"person", "organization"} else a.tags
        asked = [f for f in (fact, *self.index.by_subject.get(fact.subject, ())) if value_ids(f, base)
                 and (spec := SPECS.get(f.key)) is not None and spec.score(tags, a.early_q | (tags - a.tags)) >= 1.0]
        return next((f for f in asked if types & {getattr(base.get(e), "type", None) for e in value_ids(f, base)}),
                    asked[0] if asked else None)

    def _second_ask(self, best: Scored, scored: list[Scored], a: Analysis) -> Fact | None:
        """The second thing a question asks with "and" ("who organised it and which body supported it?"):
        a fact of a mentioned thing, asked by cues the first answer does not use."""
        if "also" not in a.tags:
            return None

        def cues(s: Scored) -> frozenset[str]:  # (a question word counts when it opens a question: "where and when")
            spec = SPECS.get(s.fact.key)
            return frozenset(t for t in spec.used(a.tags) if not t.startswith("q_") or t in a.early_q) \
                if spec else frozenset()

        first = cues(best)
        for other in scored[1:6]:
            second = cues(other)
            if (other.fit >= 1.0 and other.score >= best.score - 0.6 and other.fact.subject in a.mentions
                    and other.fact.key != best.fact.key and second and not second & first
                    and other.fact.evidence != best.fact.evidence):
                return other.fact
        return None

    def _rivals(self, best: Scored, scored: list[Scored], a: Analysis | None = None) -> tuple[Fact, ...]:
        """Several things of one kind fit equally ("the conference" when there are many): the same
        attribute of each of them, to ask which one is meant. Two facts resting on the same evidence
        say the same thing: no need to ask."""
        meant = self._meant_first(a) if a is not None else documented
        rivals = [other.fact for other in scored[1:4]
                  if other.score >= best.score - 0.05 and other.fact.key == best.fact.key
                  and other.fact.subject != best.fact.subject and not named_within_longer(other, best, a)
                  and (other.fact.evidence != best.fact.evidence or not best.fact.evidence)
                  and (documented(other.fact) or not meant(best.fact) or best.fact.rtype == "source")]
        return (best.fact, *rivals) if rivals else ()

    @staticmethod
    def _not_one_of_a_plural(scored: list[Scored], a: Analysis) -> list[Scored]:
        """The candidates but the facts of things reached only by a kind noun said in the plural ("Were the
        participating *companies* only Chinese?" asks of several, not of the one company whose country a fact states;
        what they took part in answers)."""
        if not a.plural or a.named_ids:
            return scored

        return [s for s in scored if not _one_of_a_plural(s.fact.subject, a)]

    def _meant_first(self, a: Analysis) -> Callable[[Fact], bool]:
        """Is a fact's subject one a kind noun means before the others of its kind: documented by a text we hold,
        and saying the words the question qualifies that kind noun with (kind_mentions.qualifiers)? "The *nuclear
        power* plant" is no more the imported article's solar panel plant than any other plant."""
        def meant(fact: Fact) -> bool:  # (nor one of several a plural names: "the participating companies")
            return documented(fact) and not _one_of_a_plural(fact.subject, a) \
                and self.doubts.described_if_any(fact.subject, a)
        return meant

    def _accept(self, best: Scored, scored: list[Scored], a: Analysis, *, twins: bool = False) -> bool:
        if not twins and self._rivals(best, scored, a):
            return False
        m = a.mentions.get(best.fact.subject)
        by_kind_only = (m is None or m.via_kind) and not a.named_ids
        if best.fact.attribute == "summary" and "q_why" in a.tags:
            return False  # what a thing is tells no why ("为什么…论坛被推迟了？": why was the forum postponed?)
        if best.fact.attribute == "summary" and a.residual and by_kind_only:
            return False  # "Explain the Belt and Road Initiative": the words left say it is another one
        if (self.doubts.inside_another_name(best, a) or self.doubts.another_named(best, a)
                or self.doubts.kind_qualified_otherwise(best, a) or self.doubts.described_otherwise(best, a)
                or self.doubts.other_period(best, a)
                or self.doubts.other_month(best, a) or self.doubts.restates_the_period(best, a)
                or self.doubts.restates_the_date(best, a)
                or self.doubts.other_ordinal(best, a) or self.doubts.topic_it_lacks(best, a)
                or self.doubts.says_what_it_does_not(best, a) or self.doubts.asks_of_its_kind_noun(best, a)
                or self.doubts.at_another_occasion(best, a) or self.doubts.names_what_it_does_not(best, a)
                or self.doubts.counts_something_else(best, a) or another_figure_said(self.index, best.fact, a)
                or other_goods_said(self.index, best.fact, a) or other_measure_said(self.index, best.fact, a)
                or other_amount_said(self.index, best.fact, a)):
            return False
        if by_kind_only and len(self._unsaid_left(best.fact.subject, a)
                                - {w for w in a.residual if figure_says(self.index, best.fact, w)}) > 2:
            return False  # words none of its facts says (months aside), or English name words another script's
            # words say ("工作组第四次会议": 4th, working group): "the agreement on visa exemption for ordinary
            # passports" is another one
        if best.fact.attribute == "summary" and best.fit < 1.0:  # a bare name: only when nothing else is asked
            return (not a.residual and not self.doubts.another_kind_said(best, a)
                    and (best.subject >= 0.75 or len(a.mentions) == 1 and best.subject >= 0.5
                         or best.subject >= 0.5 and self._names_the_others(best.fact.subject, a)))
        if self.counts_what_it_lacks(best, a):
            return False  # "how many blades has it made?" answered with a count of factories
        if a.relative and not self.dated_as_asked(best, a):
            return False  # "When is the next conference?" of one held in 2025: the facts know of no next one
        if a.past and self.only_to_come(best.fact):
            return False  # "When was the foundation stone laid?" of work only expected to start in 2027
        if (self.doubts.asks_what_it_lacks(best, a) or self.doubts.asks_another_role(best, a)
                or self.doubts.elsewhere(best, a)
                or self.doubts.names_asked_of_a_number(best, a) or self.doubts.names_another_type(best, a)
                or self.doubts.asked_of_another_country(best, a) or self.doubts.described_of_another_country(best, a)
                or self.doubts.another_country_in_its_name(best, a)
                or not a.polar and self.doubts.says_what_it_negates(best, a)
                or self.doubts.one_speaker_of_the_sides(best, a) or self.doubts.beside_another_of_its_type(best, a)
                or self.doubts.beyond_its_text(best, a) or self.doubts.asks_who_reported(best, a)
                or self.doubts.counts_of_a_country_unsaid(best, a) or self.doubts.asks_a_venue(best, a)
                or self.doubts.says_back_the_publisher(best, a) or self.doubts.title_unsaid(best, a)
                or self.doubts.share_asked_as_money(best, a) or self.doubts.mission_of_a_counterpart(best, a)):
            return False
        if a.unknown_names:
            return False  # it names something the facts do not know ("President Aliyev", "the World Bank")
        # the fact was reached through what the question names, or its subject is named as a party to what is
        # asked about ("Why did PRFL sign *its agreement with the port authority*?": the agreement's purpose, not
        # the company's mission)
        own = a.mentions.get(best.fact.subject)
        linking = {rid for rid, _ in self.index.linked_by.get(best.fact.subject, ())} if own is not None else set()
        above = [m for m in a.strong if own is None or m.entity in linking]
        if above:
            values = set(value_ids(best.fact, self.index.base))
            best_spec = SPECS.get(best.fact.key)
            used = best_spec.used(a.tags) if best_spec else frozenset()
            for m in above:
                rec = self.index.base.get(m.entity)
                if m.entity in values or rec is None:
                    continue
                for key, _ in asked_attributes(rec.type, a.tags, a.early_q):
                    if SPECS[key].used(a.tags) & used:
                        # "How old is Wu Hongliang?": what is asked is Wu's own, unknown; not his meeting's age
                        return False
        return True



def _one_of_a_plural(subject: str, a: Analysis) -> bool:
    """Is the thing reached only by a kind noun said in the plural ("the participating *companies*"): one of several
    the question asks of, not the one it means?"""
    m = a.mentions.get(subject)
    return m is not None and m.via_kind and bool(m.positions & a.plural)


@cache
def _english_month_numbers() -> dict[str, int]:
    """The stems of the English month names' words, to the month's number (made once, not on every question)."""
    return {stem(t): n for n, m in enumerate(lexicon("en").messages.get("months") or [], 1) for t in tokens(str(m))}


def _overview_first(scored: list[Scored], a: Analysis) -> list[Scored]:
    """An overview asked ("Summarise what is known about the park") of a thing whose summary scores as well as
    another of its facts that a word of the same phrase asks too ("what * about": its purpose): the summary, not the
    fact the order of their ids puts first."""
    if "define" not in a.tags or len(scored) < 2 or scored[0].fact.attribute == "summary":
        return scored
    best = scored[0]
    spec = SPECS.get(best.fact.key)
    if spec is None or not _said_inside_an_overview(spec.used(a.tags), a):
        return scored  # (it asks that fact in words of its own: "what about the plant - what is its capacity?")
    for i, s in enumerate(scored[1:8], 1):
        if s.score < best.score - 1e-9:
            break
        if s.fact.attribute == "summary" and s.fact.subject == best.fact.subject:
            return [s, *scored[:i], *scored[i + 1:]]
    return scored


def _said_inside_an_overview(labels: frozenset[str], a: Analysis) -> bool:
    """Is every cue of `labels` the question says said within a phrase asking an overview ("what * about" of "what is
    known about")? Then it asks nothing of its own."""
    found = [m for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).cues.find(a.seq)]
    overviews = [(m.start, m.end) for m in found if m.label == "define"]
    asked = [m for m in found if m.label in labels]
    return bool(asked) and all(any(s <= m.start and m.end <= e for s, e in overviews) for m in asked)


def _each_kind_answered(a: Analysis, fact: Fact, also: Fact | None) -> bool:
    """Does the answer give each kind of answer a question asking two ("where and when ...?") asks for?"""
    kinds = {QUESTION_KINDS[q] for q in a.early_q if q in QUESTION_KINDS}
    if "also" not in a.tags or len(kinds) < 2:
        return True
    given = {k for f in (fact, also) if f is not None and (spec := SPECS.get(f.key)) for k in spec.answers}
    return kinds <= given


def _values(facts: list[Fact]) -> set:
    """The values the facts' claims state (a sum of money, a date, the ids of parties)."""
    return {c.value for f in facts for c in f.evidence if "value" in c.__dict__}


def _as_numbered(words: frozenset[str]) -> frozenset[str]:
    """The words, and an English ordinal among them as a number writes it too ("third": "3rd")."""
    return words | {o for w in words if (o := english_ordinal_of_word(w))}


_DATES = (*DATED, "period")  # (a statistic is dated by its period)


def _confidence(best: Scored, a: Analysis) -> float:
    conf = 0.35 + 0.3 * min(best.subject, 1.0) + 0.25 * min(best.fit / 1.5, 1.0)
    conf -= 0.05 * min(len(a.residual), 4)
    return max(0.3, min(conf + 0.1, 0.99))


def _measures_no_money(fact: Fact) -> bool:
    """Is the fact a number or a measured amount (a count, a capacity), none of it money? A currency asked of it
    ("how much is the data centre worth in yuan?") asks what it does not give."""
    values = [getattr(c, "value", None) for c in fact.evidence]
    return bool(values) and all(isinstance(v, (int, float, Quantity)) and not isinstance(v, bool) for v in values)


def money_words(a: Analysis) -> frozenset[str]:
    """The question's words that its language's money cues say ("сумму" of "на сумму", "dollars")."""
    out: set[str] = set()
    for code in dict.fromkeys((a.lang, "en")):
        for m in lexicon(code).cues.find(a.seq):
            if m.label == "money":
                out.update(a.seq[m.start:m.end])
    return frozenset(out)


def _chinese_characters_left(a: Analysis, known: frozenset[str]) -> set[int]:
    """Where a Chinese question has a character no name, cue or common word explains ("多少米": how many *metres*):
    Chinese words left are single characters, which `a.residual` does not hold."""
    covered = {p for m in a.mentions.values() for p in m.positions}
    for code in dict.fromkeys((a.lang, "en")):
        for table in (lexicon(code).cues, lexicon(code).measures, lexicon(code).kinds, lexicon(code).name_words):
            covered.update(p for m in table.find(a.seq) for p in range(m.start, m.end))
    return {i for i, w in enumerate(a.seq) if i not in covered and has_cjk(w) and w not in known}


def _lacks_a_letter_of(word: str, said: frozenset[str]) -> bool:
    """Is `word` a word of `said` typed with one letter missing ("prt" of "port", "mil" of "mill")? A short word
    the typo index leaves alone, since many known words lack that letter, is read as the one the records say."""
    return len(word) >= MIN_LACKING and word.isalpha() and any(
        len(s) == len(word) + 1 and s[0] == word[0] and word in _one_deleted(s) for s in said)


MIN_LACKING = 3


def _one_deleted(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def said_in_english(phrase: tuple[str, ...], lang: str, said: frozenset[str]) -> bool:
    """Is a phrase of another language ("gəliri", "营收") the translation of English words that `said` holds: the
    language file's `name_words` for it, every word of the phrase read so, the stems of each reading said? The facts
    are written in English: "ZTBG-nin gəliri" asks for the revenue a statistic's name states."""
    if lang == "en":
        return False
    readings = lexicon(lang).name_words.find(list(phrase))
    covered = {p for m in readings for p in range(m.start, m.end)}
    if covered != set(range(len(phrase))):
        return False
    return all(any(all(stem(t) in said for t in tokens(m.label)) for m in readings if m.start <= p < m.end)
               for p in range(len(phrase)))


def _input_problem(question: str) -> str | None:
    if not question or not question.strip():
        return "empty"
    if len(question) > MAX_QUESTION_CHARS:
        return "too_long"
    printable = [c for c in question if not c.isspace()]
    bad = sum(1 for c in printable if unicodedata.category(c)[0] in "CZ" or c == "\ufffd")
    letters = sum(1 for c in printable if c.isalpha())
    if bad > len(printable) * 0.2 or letters == 0:
        return "unreadable"
    return None


def hint_lang(hint: str | None) -> str:
    code = (hint or "en").split("-")[0].lower()
    return lexicon(code).code


