"""Doubts about the fact the scores put first: reasons it would answer another thing or another value.

The matcher (matcher.py) accepts the best-scored fact only when none of these holds: the question asks
a kind of value the fact does not give, names another thing by its own words (or a name inside a longer
name), or names its subject only by a kind noun that other records share ("which one?").
"""
from __future__ import annotations

import itertools
import re

from ..facts.atoms import Fact, cited_text, value_ids
from ..language.numerals import ENGLISH_ORDINAL, english_ordinal_of_word
from ..language.lexicon import lexicon
from ..language.text import stem, tokens
from .kind_mentions import BEFORE_KIND, named_at, qualifiers, says
from .kinds import names_of
from .analysis import EARLY, Analysis
from .index import CONTENT_ATTRIBUTES, FactIndex
from .intents import SPECS, asked_attributes
from .currency import currencies
from .measured import MEASURED_FIT, dimension_fit, dimensions_of, figure_says, is_measured, measured_fit, measured_words
from ..facts.values import Money, Quantity, day_of
from .periods import asks_another_year, is_part_word, months_said, named_years, other_period
from .names import KIND_WEIGHT, OWN_KIND_BONUS
from .scoring import BELONGS_FIELDS, Scored, Scorer

# Cues that name the kind of value asked ("what did he say", "how much money", "who signed in person", "how long"):
# a fact whose attribute does not use them answers something else.
RESIDUAL_LIMIT = 2
SHORT_QUESTION = 16
# the types whose things are compared or added up by their figures (a plant's jobs, a trade's value); people and
# organizations are named beside each other for much else ("did Shahbazov and TBEA's Zhang Xin discuss COP29?")
COMPARED = frozenset({"project", "statistic"})
DATED = ("date", "end_date", "start", "completion", "published")  # the attributes that date a thing
COUNTED_GAP = 4  # words after "how many" within which a country qualifies what is counted ("how many companies from China")
CLAIMED_PLACES = ("place", "based_in")  # the attributes that place a thing: what a yes/no question's place is checked by
QUALIFIER_GAP = 3  # words after a name within which a place qualifies it ("the plant in the Ganja ...")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2})?")  # a year or a month of a year ("2027", "2027-05")
VALUE_TAGS = ("said_q", "money", "signer", "capacity", "term", "theme", "days", "howlong")



def _a_form_said(word: str, said: frozenset[str]) -> bool:
    """Is `word` (a stem) among `said`, or a form of one of them, one the other's start ("azerbaijan", "azerbaija")?"""
    return word in said or len(word) >= 5 and any(len(w) >= 5 and (w.startswith(word) or word.startswith(w))
                                                  for w in said)


def _bare_count(fact: Fact) -> bool:
    """Is the fact's value a plain number: a count of things, with no currency or unit?"""
    values = [getattr(c, "value", None) for c in fact.evidence]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


_INVEST = "invest"  # the tag of the cues that ask about investing, and the stem its English words start with


def asks_investment(a: Analysis) -> bool:
    """Does the question ask about investing: by a cue of its language ("investing"), or by a word read as an English
    word of it ("投资": investment)?"""
    return _INVEST in a.tags or any(w.startswith(_INVEST) for w in a.english)


def _ids(value: object) -> tuple[str, ...]:
    """The strings of a claim's value (record ids, if any are: see names_another_type)."""
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, (tuple, list)) else ()


_TRADE_FLOWS = (stem("export"), stem("import"))  # a direction of trade, which a turnover is not


class Doubts:
    def __init__(self, index: FactIndex, scorer: Scorer) -> None:
        self.index = index
        self.scorer = scorer

    def asks_what_it_lacks(self, best: Scored, a: Analysis) -> bool:
        """Does the question name a kind of value (words said, money, a capacity ...) the fact does not give?"""
        spec = SPECS.get(best.fact.key)
        if spec is None or "also" in a.tags:
            return False
        used = spec.used(a.tags) | spec.boost
        if measured_fit(self.index, best.fact, a) > MEASURED_FIT:  # a figure asked by its own name's words
            used |= {"capacity", "money"} if isinstance(getattr(best.fact.evidence[0], "value", None), Money) \
                else {"capacity"}
        if currencies(best.fact):
            used |= {"money"}  # an amount of money answers "how much money" whatever its attribute (a figure)
        if dimension_fit(self.index, best.fact, a):  # "how long is the cable?", "how big is the plot?": its size
            used |= {"howlong", "capacity"} | ({"days"} if "duration" in dimensions_of(self.index, best.fact) else set())
        if "q_howmany" in a.tags or "change" in spec.used(a.tags):
            used |= {"money"}  # "how much" (nə qədər) asks an amount, not always of money ("how much did it grow")
        elif "money" in a.tags and (_bare_count(best.fact) or self._investment_as_count(best.fact, a)):
            return True  # "How much Chinese capital has flowed in?" is no number of companies
        return any(tag in a.tags and tag not in used for tag in VALUE_TAGS)

    def _investment_as_count(self, fact: Fact, a: Analysis) -> bool:
        """Does the question ask how much is invested ("invest", or a word read as the English one: "投资"), and the
        fact count things of a unit the question does not say, no currency ("How much is SJAG investing in the
        greenhouses?" is no "14 countries" it has built greenhouses in)? (A plain "how much" may ask an amount of
        anything: "how much cargo" is in tonnes.)"""
        if not (asks_investment(a) and is_measured(fact)) or currencies(fact):
            return False
        value = getattr(fact.evidence[0], "value", None) if fact.evidence else None
        if not isinstance(value, Quantity):
            return False
        _, unit = measured_words(self.index, fact)
        return bool(unit) and not unit & (frozenset(a.content) | a.english | frozenset(a.seq))

    def asks_another_role(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask, beside the role the fact gives, another part in the thing that its facts do not
        name ("Who is the contractor building the NJTG mill?" of a mill whose facts name its developer, asked by
        "building", but no contractor)? A word of that other role's own (a tag the fact's spec neither needs nor
        boosts) says which part is asked: the facts do not say who has it, and the one they name is someone else."""
        fact = best.fact
        roles = BELONGS_FIELDS.get(fact.rtype, frozenset())
        spec = SPECS.get(fact.key)
        if fact.attribute not in roles or spec is None or "also" in a.tags:
            return False
        own = frozenset(t for groups in spec.need for g in groups for t in g) | spec.boost
        used = spec.used(a.tags)
        held = {f.attribute for f in self.index.by_subject.get(fact.subject, ())}
        for name in roles - held:
            other = SPECS.get(f"{fact.rtype}.{name}")
            asked = other.used(a.tags) if other is not None and other.score(a.tags, a.early_q) >= 1.0 else frozenset()
            # (not a narrower form of the same part: "who co-organized it?" of an event its organizers held jointly)
            if asked and not asked & used and any(not t.startswith("q_") and t not in own for t in asked):
                return True
        return False

    def another_named(self, best: Scored, a: Analysis) -> bool:
        """Does the question name, by its own words, another thing of the subject's kind or type while the
        subject is reached by a kind noun ("the mutual visa exemption agreement" is not the MoU we hold a
        text of), or join the words of two people's names into a third ("Wu Hongwei")?"""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        rtype = getattr(self.index.base.get(subject), "type", None)
        label = self.index.kind_of.get(subject)
        others = [a.mentions[e] for e in a.named_ids if e != subject and not self.index.same_thing(e, subject)]
        if m is None or m.via_kind:
            # (not a name whose words said are others' said whole and kind nouns: "Mikayil Jabbarov ... met" is
            # no name of a meeting of his)
            whole = set().union(*(o.positions for o in a.mentions.values() if o.via_kind or o.strength >= 1.0))
            return any(label is not None and self.index.kind_of.get(o.entity) == label and not o.positions <= whole
                       for o in others)
        if rtype != "person" or not m.positions:
            return False
        near = {min(m.positions) - 1, max(m.positions) + 1}
        return any(getattr(self.index.base.get(o.entity), "type", None) == "person" and o.positions & near
                   and subject not in self.index.related_of.get(o.entity, frozenset()) for o in others)

    def beside_another_of_its_type(self, best: Scored, a: Analysis) -> bool:
        """Does the question name, beside the subject, another thing of its type (by words of that one's own name,
        not the subject's) that the fact is not about ("how many more jobs will the Tianfeng plant create than the
        Alat hub?")? Then it asks of the two (a comparison, a sum), which one thing's fact does not answer."""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        rtype = getattr(self.index.base.get(subject), "type", None)
        if m is None or m.via_kind or not m.positions or rtype not in COMPARED:
            return False
        about = {subject, *best.fact.related, *self.index.related_of.get(subject, ())}
        for o in a.mentions.values():
            if (o.via_kind or o.strength < 0.5 or not o.positions or o.positions & m.positions
                    or a.subordinate(o) or o.entity in about
                    or getattr(self.index.base.get(o.entity), "type", None) != rtype):
                continue
            if self.index.same_as_any(o.entity, about):
                continue
            if subject in self.index.related_of.get(o.entity, frozenset()):
                continue
            return True
        return False

    def names_asked_of_a_number(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask which things (or a list of them), or who, while the fact gives a number or a
        date and names none ("Which companies attended?" answered "nearly 200 companies"; "Which companies formed
        the venture?" answered with its year; "who develops it?" with its capacity)? Not when what is asked is
        the subject itself ("which forum")."""
        things = a.asked_things - {self.index.kind_of.get(best.fact.subject)}
        # ("Кто разрабатывает проект мощностью 240 МВт?" asks someone, as "which company" does: not its capacity)
        who = not a.asked_things and {t for t in a.early_q if t.startswith("q_")} == {"q_who"}
        if not (things or who) or a.tags & {"q_howmany", "also"}:
            return False
        if value_ids(best.fact, self.index.base):
            return False  # it names things ("which company is developing the plant?": its developer)
        spec = SPECS.get(best.fact.key)
        gives = spec.answers if spec is not None else frozenset()
        return bool(gives) and gives <= {"count", "time"} or _bare_count(best.fact)

    def another_country_in_its_name(self, best: Scored, a: Analysis) -> bool:
        """Does the question, among the words naming the subject, say another country where its name says its own
        ("the Made in *Russia* initiative" of "Made in Azerbaijan": the country word beside the same word of the
        name)? Then it names another thing of that name, which the facts do not hold. (English names.)"""
        m = a.mentions.get(best.fact.subject)
        if a.lang != "en" or m is None or m.via_kind or not m.positions:
            return False
        lex = lexicon("en")
        name = [stem(t) for t in self.index.name_text(best.fact.subject).split()]
        own = {c.start: c.label for c in lex.countries.find(name) if c.end == c.start + 1}
        if not own:
            return False
        seq, lo, hi = a.seq, min(m.positions) - 1, max(m.positions) + 1
        for c in lex.countries.find(seq):
            p = c.start
            if c.label in own.values() or not lo <= p <= hi or c.end != p + 1:
                continue
            if any(p > 0 and i > 0 and seq[p - 1] == name[i - 1]
                   or p + 1 < len(seq) and i + 1 < len(name) and seq[p + 1] == name[i + 1] for i in own):
                return True
        return False

    def asked_of_another_country(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask which thing of a country it says ("which *Russian* company signed the
        memorandum with LARC?") while every thing the fact names, but those the question names, is of another
        country, as their facts say? Then the thing asked is one the facts do not hold."""
        if not a.asked_at:
            return False
        said = {c.label for code in dict.fromkeys((a.lang, "en")) for c in lexicon(code).countries.find(a.seq)
                if c.end in a.asked_at}  # (right before the kind noun asked: "which Chinese bank")
        if not said:
            return False
        # (of the things it names, those the question does not name: "... with LARC?" asks LARC's partner)
        countries = [self.index.country_of.get(v) for v in value_ids(best.fact, self.index.base) if v not in a.named_ids]
        return bool(countries) and None not in countries and not said & set(countries)

    def described_of_another_country(self, best: Scored, a: Analysis) -> bool:
        """Does the question describe what it asks about by a kind noun and a country ("Who heads the *Azerbaijani*
        cotton *company* that is NJTG's joint-venture partner?") before it names the fact's subject, a thing of
        another country, as its facts say? Then it asks of the thing so described, not of the one it names after
        (the Chinese NJTG): not answered from the named one's facts."""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        country = self.index.country_of.get(subject)
        if m is None or m.via_kind or not m.positions or country is None:
            return False
        kinds = {p for label, at in a.kinds_at.items() for p in at if p < m.first and p not in m.positions}
        if not kinds:
            return False
        said = {c.label for code in dict.fromkeys((a.lang, "en")) for c in lexicon(code).countries.find(a.seq)
                if c.end <= m.first and any(0 <= p - c.end < BEFORE_KIND for p in kinds)
                and not set(range(c.start, c.end)) & m.positions}  # ("the Azerbaijani cotton company")
        return bool(said) and country not in said

    def says_what_it_negates(self, best: Scored, a: Analysis) -> bool:
        """Does the question say a word that the fact's subject and what it names say only negated ("Which *oil*
        company signed the MoU?", "oil-sector projects" of an agency for the *non-oil* sector: text.tokens keeps
        "non-oil" one word)? Then it asks of what the facts say is not so: declined, or "No" to a yes/no question
        ("Does AZPROMO promote oil exports?")."""
        base = self.index.base
        things = {best.fact.subject, *value_ids(best.fact, base)}
        said = frozenset().union(*(self.index.said_of(t, quotes=True) for t in things))
        asked = set(a.seq)  # ("oil or non-oil focus?" asks which)
        return any("non" + w in said and w not in said and "non" + w not in asked for w in a.residual)

    def one_speaker_of_the_sides(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask what one person said ("what did Wu Hongliang say in his speech?") while the fact
        is what an event's sides said or discussed together? Those are not his own words: a statement of his
        would answer, and the base holds none. (Naming the sides, "what did Abdullayev and Wu say", asks theirs.)"""
        if "said_q" not in a.tags or best.fact.rtype != "event" or best.fact.attribute not in ("highlights", "discussed"):
            return False
        base = self.index.base
        people = [m for m in a.mentions.values() if m.named and not m.via_kind and not a.subordinate(m)
                  and getattr(base.get(m.entity), "type", None) == "person"]
        # (who speaks is named before the event is: "what did Zhou say at the talks *with Nuriyeva*")
        event = a.mentions.get(best.fact.subject)
        own = set(event.positions) - {p for m in people for p in m.positions} if event is not None else set()
        cut = min(own) if own else len(a.seq)
        people = {m.entity for m in people if m.first < cut}
        participants = getattr(getattr(base.get(best.fact.subject), "participants", None), "value", None) or ()
        return len(people) == 1 and len(participants) != 1

    def another_kind_said(self, best: Scored, a: Analysis) -> bool:
        """Does the question say, beside the subject's name, a kind noun of records of another type ("what is
        the *registered capital* of GID?", a statistic's kind, of a company)? Then it asks about a thing of that
        kind, not for the subject's profile."""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        own = m.positions if m is not None else frozenset()
        rtype, label = best.fact.rtype, self.index.kind_of.get(subject)
        base = self.index.base
        # (by a kind noun, or by words of its name that are not the subject's: "registered capital")
        return any((n.via_kind or not n.named) and n.positions - own and not a.subordinate(n)
                   and self.index.kind_of.get(n.entity) != label
                   and getattr(base.get(n.entity), "type", rtype) != rtype
                   for n in a.mentions.values() if n.entity != subject)

    def counts_something_else(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask for something a statistic does not measure: jobs of one that counts something else
        ("how many jobs will the Tianfeng factory create?" of the number of factories Tianfeng runs), or exports or
        imports of one that measures neither ("Azərbaycanın Çinə ixracı" of the trade turnover)? A statistic
        measures what its name, kind and unit say."""
        if best.fact.key != "statistic.value":
            return False
        words = self.index.own_words(best.fact.subject)
        en = lexicon("en")
        if "jobs" in a.tags:
            said = set(en.said_in.get("jobs", ())) | {
                w for lst in en.cues.by_first.values() for ph, label in lst if label == "jobs" for w in ph}
            if not said & words:
                return True
        asked = set(a.seq) | {stem(t) for m in lexicon(a.lang).name_words.find(a.seq) for t in tokens(m.label)}
        return any(flow in asked and flow not in words for flow in _TRADE_FLOWS)

    def names_another_type(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask which things of a kind ("which company will run the plant?") while the fact
        names things of another type only (its head, a person)? Then it answers another attribute: the one
        asked names a thing of that kind. (The kind's type is its records' own: "company" is said of
        organizations, a kind label of whatever its records are.)"""
        m = a.mentions.get(best.fact.subject)
        # (the subject's own kind asks for the subject itself, unless its name is said apart from it: "which
        # company does Liu head?", "which document did A sign with B?", not "which company will run XNET's plant?")
        own = m is not None and not m.via_kind and m.named and not m.positions & a.asked_at
        things = a.asked_things - (set() if own else {self.index.kind_of.get(best.fact.subject)})
        who = "q_who" in a.early_q and not a.asked_things  # ("who signed it?" names people or bodies)
        if not (things or who) or a.tags & {"q_howmany", "also"}:
            return False
        base = self.index.base
        # (what it names: its attribute's values, or those its evidence cites: a head derived from a person's role)
        cited = [v for c in best.fact.evidence for v in _ids(getattr(c, "value", None))]
        given = {getattr(base.get(v), "type", None) for v in (*value_ids(best.fact, base), *cited)} - {None}
        if not given:
            return False  # (a number, a date, a text: names_asked_of_a_number's to judge)
        if who and not things:  # (an event it names tells who met there: "who did he sit down with at ...")
            return given <= {"agreement", "project", "statistic"}
        asked: set[str] = set()
        for thing in things:
            if thing == "company":
                asked.add("organization")
            elif thing in self.index.kinds:
                asked |= {getattr(base.get(r), "type", None) for r in self.index.kinds[thing]} - {None}
            else:
                return False  # (a thing cue that may be said of several types: "parties", "sides")
        return bool(asked) and not asked & given

    def elsewhere(self, best: Scored, a: Analysis) -> bool:
        """Does the question place what it asks about where the subject is not ("When did Xi Jinping visit
        Baku?" of a visit to Beijing): a place of the base's records that none of the subject's facts says?"""
        if a.claimed_places and best.fact.attribute in CLAIMED_PLACES:
            return False  # "Was the forum held in Baku?": the place is the claim its place is checked against
        places = self.index.place_words()
        if self.placed_otherwise(best, a, places):
            return True
        asked = [w for w in (*a.residual, *a.readings) if w in places]  # (said in any script: "в Баку", "巴库")
        if not asked:
            return False
        subject = best.fact.subject
        if not any(self.index.places_of(rid) for rid in (subject, *self.index.related_of.get(subject, ()))
                   if rid == subject or getattr(self.index.base.get(rid), "type", "") == "event"):
            return False  # no place of it (or its event) to contradict ("I'm a journalist in Baku ... AZPROMO?")
        said = set(self.index.said_of(subject, quotes=True))
        rel = self.index.related_of
        # (what the question names says where it is only when the subject has to do with it: "the Baku
        # conference" beside the Beijing one is another conference, not where the Beijing one was)
        named = {e for e in a.named_ids if subject in rel.get(e, frozenset()) or e in rel.get(subject, frozenset())}
        for rid in {subject, *rel.get(subject, ()), *best.fact.related, *named}:
            said |= self.index.places_of(rid)
        # (a word read in two spellings is said when one of them is: "苏姆盖特", Sumgait or Sumgayit)
        spelt = {w for g in a.reading_groups if g & said for w in g}
        return any(w not in said and w not in spelt for w in asked)

    def placed_otherwise(self, best: Scored, a: Analysis, places: frozenset[str]) -> bool:
        """Is the subject somewhere itself, and does the question place it, right after its name or within it,
        where it is not ("XNET's plant *in Ganja*" of the plant in Mingachevir, "KMW's *Ganja* plant")? Then another one of its kind is asked
        about, though a thing it has to do with is there (the agreement on the plant was signed in Ganja) or
        another record's name says the place. (Its own name may say it.)"""
        subject = best.fact.subject
        own, m = self.index.places_of(subject), a.mentions.get(subject)
        if not own or m is None or not m.positions:
            return False
        end = max(m.positions) + 1
        # (a country is no place to contradict: "its plant in Azerbaijan" is in one of its cities)
        countries = {p for lex in (lexicon(a.lang), lexicon("en")) for c in lex.countries.find(a.seq)
                     for p in range(c.start, c.end)}
        # (right after its name, or inside it: "Kapaz Metal Works' *Ganja* plant"; a kind noun only right beside it,
        # "the summit *in Aktau*", "the *Aktau* summit": words further on may describe another thing, "the agreement
        # between the *Changzhou* solar company and ...")
        near = range(max(min(m.positions), a.focus), min(end + QUALIFIER_GAP, len(a.seq))) if not m.via_kind else \
            {min(m.positions) - 1, end, end + 1 if end < len(a.seq) and a.seq[end] in self.index.stopwords else end}
        after = [a.seq[i] for i in near if 0 <= i < len(a.seq)
                 and a.seq[i] in places and i not in m.positions and i not in countries]
        if self._in_another_country(subject, a, m, set(near)):
            return True
        if not after:
            return False
        said = own | {stem(t) for name in names_of(self.index.base.get(subject)) for t in tokens(name)}
        return any(w not in said for w in after)

    def _in_another_country(self, subject: str, a: Analysis, m, near: set[int]) -> bool:
        """Does the question place the subject, right after its name or kind noun, in a country that neither its own
        country nor its sentences say, while they say another by its name ("the textile group's mill *in Uzbekistan*"
        of its mill in Mingachevir, Azerbaijan)? (A country they say is no contradiction, "its plant in Azerbaijan";
        nor is one where they name none: "LRC's cable plant in Azerbaijan" of a plant in Sabirabad; nor a country
        adjective, which says whose it is, not where: "the Chinese company's plant".)"""
        after = max(m.positions)
        tables = (lexicon(a.lang), lexicon("en"))
        placed = {c.label for lex in tables for c in lex.countries.find(a.seq) if c.start in near and c.start > after}
        if not placed:
            return False
        said = self.index.said_of(subject, quotes=True)
        en = lexicon("en")
        named = {c.label for c in en.countries.find(sorted(said - en.country_adjectives))}
        own = self.index.country_of.get(subject)
        return bool(named) and any(label != own and label not in named and not all(
            _a_form_said(stem(t), said) for t in tokens(label)) for label in placed)

    def names_what_it_does_not(self, best: Scored, a: Analysis) -> bool:
        """Does the question say a proper name the facts know of other things but none of the subject's facts
        (nor the names of what it refers to) say ("HYSC's *Tashkent* office", "the conference in *Shanghai*")?
        Then it asks about something of the subject the facts lack, which its other facts must not answer."""
        asked = a.proper - self.index.place_words() if a.lang == "en" else ()
        if not asked:
            return False  # (a place some record is at is elsewhere's to judge: "I'm a journalist in Baku ...")
        subject = best.fact.subject
        said = set(self.index.said_of(subject, quotes=True))
        for rid in {*self.index.related_of.get(subject, ()), *best.fact.related}:
            said |= self.index.said_of(rid, quotes=True)  # (what it refers to is described: "the Changzhou solar company")
        return any(w not in said for w in asked)

    def kind_qualified_otherwise(self, best: Scored, a: Analysis) -> bool:
        """Is the subject reached only by a kind noun that the question qualifies by a word the facts never
        say, of it or of anything ("the *loan* agreement" in a base whose agreements are memoranda)? Then
        another thing of that kind is asked about, one the base does not hold. (A word another record says
        names that one: scoring and another_named see to it.)"""
        m = a.mentions.get(best.fact.subject)
        if m is None or not m.via_kind or not m.positions or a.named_ids:
            return False
        left = self._residual_at(a)
        for word in self._qualifiers(m, a, left):
            # (a word of another script is known as the English words it is read as: "Yevlax zavodu", the plant
            # in Yevlakh)
            if not (self.index.knows(word) or self.index.states(word) or word.isdigit()
                    or word in self.index.own_words(best.fact.subject)
                    or a.read_as.get(word, frozenset()) & self.index.own_words(best.fact.subject)):
                return True
        return False

    def described_otherwise(self, best: Scored, a: Analysis) -> bool:
        """Is the subject reached only by a kind noun that the question qualifies by words the subject does not say and
        another record of its kind does ("the *floating* solar plant on Lake *Boyukshor*" of the one plant whose
        investment the facts give)? Then that other one is described, whatever it lacks of what is asked.
        (kind_mentions.qualifiers: name and place words, not cue, common or country words.)"""
        unsaid = self._qualifiers_unsaid(best.fact.subject, a)
        if not unsaid:
            return False
        index, subject = self.index, best.fact.subject
        at = a.mentions[subject].positions  # (the others the same kind noun names)
        others = [o.entity for o in a.mentions.values() if o.positions & at and o.entity != subject
                  and not index.same_thing(o.entity, subject)]
        return any(all(words & says(index, rid) for words in unsaid) for rid in others)

    def described_if_any(self, subject: str, a: Analysis) -> bool:
        """Does the record say (kind_mentions.says) every word the question qualifies the kind noun it is reached by
        with, or does no record documented by a text we hold that the kind noun names say them either? (A record named
        by its own words is not reached by a kind noun: yes.) A documented record is meant before the others only
        so: not when the words describe none of those documented ("the *nuclear power* plant" of the imported solar
        panel plant); one that says them among several documented is no more meant than before."""
        if not self._qualifiers_unsaid(subject, a):
            return True
        at = a.mentions[subject].positions
        return any(o.positions & at and o.entity != subject and self.index.documented(o.entity)
                   and not self._qualifiers_unsaid(o.entity, a) for o in a.mentions.values())

    def _qualifiers_unsaid(self, subject: str, a: Analysis) -> list[set[str]]:
        m = a.mentions.get(subject)
        if m is None or not m.via_kind or not m.positions:
            return []
        own = says(self.index, subject)
        named = named_at(a.mentions, self.index) | {p for at in a.kinds_at.values() for p in at}
        read = {i: set(a.read_as[w]) for i, w in enumerate(a.seq) if w in a.read_as}  # (another language's words)
        return [words for words in qualifiers(set(m.positions), a.seq, self.index, read, named, english=a.lang == "en")
                if not words & own]

    def topic_it_lacks(self, best: Scored, a: Analysis) -> bool:
        """Does the question say, right after the subject's own kind noun and its small word ("memorandum on"), a
        topic no cue or name explains and its facts never say ("the AZPROMO–NDRC memorandum on *space*
        cooperation")? Then another thing of its kind between the same parties is asked about, one the base
        lacks. (A kind noun alone is kind_qualified_otherwise's to judge.)"""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        if m is None or m.via_kind or len(m.positions) < 2:
            return False
        stop = self.index.stopwords | lexicon(a.lang).stopwords
        own = self.index.kind_words.get(subject, frozenset()) - stop
        left = self._residual_at(a)
        said = self.index.said_of(subject, quotes=True) | self.index.own_words(subject)
        named = sorted(m.positions)
        for p in named:
            if a.seq[p] not in own or p + 2 >= len(a.seq) or not (a.seq[p + 1] in stop or len(a.seq[p + 1]) <= 2):
                continue  # (its kind noun and a small word: "memorandum on", "соглашение о": what it is about follows)
            run: list[int] = []  # (the words no cue or name explains, up to the first other word)
            for i in range(p + 2, min(p + 2 + QUALIFIER_GAP, len(a.seq))):
                if i not in left:
                    break
                run.append(i)
            # a topic phrase goes on into words of its own or of its name ("on space *cooperation*"); a word it
            # never says at the run's end is what is said of it ("the plant be *built*"), not what it is about
            ours = [i for i in (*run, run[-1] + 1 if run else p + 2)
                    if i < len(a.seq) and (i in m.positions or a.seq[i] in said)]
            if any(len(a.seq[i]) > 2 and a.seq[i] not in said and a.seq[i] not in stop and not a.seq[i].isdigit()
                   and any(j > i for j in ours) for i in run):
                return True
        return False

    def _qualifiers(self, m, a: Analysis, left: set[int]) -> list[str]:
        """The word that qualifies a kind noun, right before it ("the *loan* agreement") or past one small word
        between ("vizasız *rejim* haqqında saziş", the agreement on a visa-free regime), when nothing else
        explains it."""
        stop = self.index.stopwords | lexicon(a.lang).stopwords
        p = min(m.positions) - 1
        if p >= 1 and a.seq[p] in stop and a.seq[p] not in left:
            p -= 1
        return [a.seq[p]] if p >= 0 and p in left and qualifies(a, p) else []

    def says_what_it_does_not(self, best: Scored, a: Analysis) -> bool:
        """Does the question, naming the subject, say more words than none of the subject's facts (nor those of
        the things the fact names) say, ("how much is the bank *lending*", "how many megawatts will the plant
        *consume*"): another attribute the record lacks, which a neighbouring one must not answer?"""
        m = a.mentions.get(best.fact.subject)
        # (free text is asked in words of one's own, but "why" asks why something was done: what was done is said
        # by the facts or is not so, "why did the board *reject* the plant")
        why = "q_why" in a.tags and best.fact.attribute in ("purpose", "mission")
        if m is None or m.via_kind or len(a.seq) > SHORT_QUESTION or best.fact.attribute in CONTENT_ATTRIBUTES and not why:
            return False  # (a long message says more than it asks)
        words = set(self.index.own_words(best.fact.subject))
        names = set(self.index.name_stems(best.fact.subject))
        for v in value_ids(best.fact, self.index.base):
            if self.index.base.get(v) is not None:
                words |= self.index.own_words(v)
                names |= self.index.name_stems(v)
        for e in a.mentions:
            if not a.mentions[e].via_kind:
                words |= self.index.own_words(e)
                names |= self.index.name_stems(e)
        # (a word of another script is said when it reads as a word of those things' names: "завод в Сумгаите" of
        # the plant in Sumgayit, as the English question's "Sumgayit" would be)
        left = {w for w in a.residual if len(w) > 2 and w not in words and not a.read_as.get(w, frozenset()) & names
                and not is_part_word(w, a.lang)
                and not figure_says(self.index, best.fact, w)}  # (a figure's name says what it measures)
        return len(left) >= (1 if why else RESIDUAL_LIMIT)

    def asks_who_reported(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask which outlet reported or published something ("Which outlet reported the signing
        of the greenhouse agreement?", "who reported that ...?") while the fact is not one of a source's, nor one
        whose attribute is asked by a publisher's words (how long before it was reported)? Then the thing
        reported is named, not asked about: its parties or its capacity tell nothing of who reported it."""
        if "publisher" not in a.tags or best.fact.rtype == "source":
            return False
        spec = SPECS.get(best.fact.key)
        return spec is None or "publisher" not in spec.used(a.tags) | spec.boost

    def counts_of_a_country_unsaid(self, best: Scored, a: Analysis) -> bool:
        """Does "how many" count things of a country ("how many *Azerbaijani* companies attended?", "how many
        companies from China") that the count's own sentences do not say ("more than 70 Chinese companies")?
        Then it counts a part of them the facts do not give. (A country word of a name said is that name's.)"""
        if "q_howmany" not in a.tags or not _bare_count(best.fact):
            return False
        named_at = {p for m in a.mentions.values() if m.named or m.entity == best.fact.subject and not m.via_kind
                    for p in m.positions}
        tables = [lexicon(code) for code in dict.fromkeys((a.lang, "en"))]
        counted = {p for lex in tables for m in lex.cues.find(a.seq) if m.label == "q_howmany"
                   for p in range(m.end, m.end + COUNTED_GAP)}
        asked = {m.label for lex in tables for m in lex.countries.find(a.seq)
                 if m.start in counted and not set(range(m.start, m.end)) & named_at}
        if not asked:
            return False
        # (what a statistic counts its name says: "Companies with Chinese capital registered in Azerbaijan")
        texts = [cited_text(c) for c in best.fact.evidence]
        if best.fact.rtype == "statistic":
            texts += names_of(self.index.base.get(best.fact.subject))
        en = lexicon("en")
        said = {m.label for t in texts for m in en.countries.find([stem(w) for w in tokens(t)])}
        return not asked <= said

    def asks_a_venue(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask in which venue (a hall, a hotel: "What venue hosted the conference?") while the place
        the fact gives is a town alone, one word ("Beijing"; "Shouguang, China")? Then the venue is not known; a
        place that names one ("Baku Expo Center, Baku") answers."""
        if "venue" not in a.tags or best.fact.attribute not in ("place", "based_in"):
            return False
        values = [v for c in best.fact.evidence if (v := getattr(c, "value", None)) is not None]
        return bool(values) and all(isinstance(v, str) and len(tokens(v.split(",")[0])) == 1 for v in values)

    def mission_of_a_counterpart(self, best: Scored, a: Analysis) -> bool:
        """Is the answer an organization's own mission while the question names it only as the other side of what is
        asked ("what did it agree *with* China Datang Overseas Investment?": what someone agreed with it, not what it is
        for)? A name said right after a word of `between` ("with", "between") is a counterpart."""
        if best.fact.attribute != "mission":
            return False
        m = a.mentions.get(best.fact.subject)
        if m is None or m.via_kind or not m.positions:
            return False
        between = {p for code in dict.fromkeys((a.lang, "en")) for c in lexicon(code).cues.find(a.seq)
                   if c.label == "between" for p in range(c.start, c.end)}
        before = m.first - 1
        while before >= 0 and before not in between and a.seq[before] in self.index.stopwords:
            before -= 1  # ("with the ...")
        return before in between

    def share_asked_as_money(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask what something is worth, costs or amounts to in money ("how much was cross-border
        e-commerce *worth* in the trade?") of a fact that gives only a share (a percentage)? A money word said on its
        own, not as part of another cue nor as the question's opening ("how much of the trade was it?"), asks an
        amount a share does not give."""
        values = [getattr(c, "value", None) for c in best.fact.evidence]
        if "money" not in a.tags or not values or not all(isinstance(v, Quantity) and v.unit.strip() == "%"
                                                           for v in values):
            return False
        for code in dict.fromkeys((a.lang, "en")):
            found = lexicon(code).cues.find(a.seq)
            spans = [range(m.start, m.end) for m in found if m.label != "money"]
            for m in found:
                if (m.label == "money" and m.start >= a.focus + EARLY
                        and not any(sp.start <= m.start and m.end <= sp.stop for sp in spans)):
                    return True
        return False

    def title_unsaid(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask for a title ("Who is the *chairman* of Aran Cotton Holding?") that neither the
        answer's sentences nor the roles of the people it names say (its head is its CEO)? A title is a word of
        the head cue the language file lists among `titles` ("chairman", "CEO", "director"), not a word any head
        is asked by ("who heads", "who runs"). Then someone else is asked, whom the facts do not name."""
        if "head" not in a.tags:
            return False
        asked = {w for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).cues.find(a.seq)
                 if m.label == "head" for w in a.seq[m.start:m.end] if w in lexicon(code).titles}
        if not asked:
            return False
        base = self.index.base
        people = [e for e in (best.fact.subject, *value_ids(best.fact, base))
                  if getattr(base.get(e), "type", None) == "person"]
        if not people:
            return False
        said = {stem(w) for c in best.fact.evidence for w in tokens(cited_text(c))} | {stem(best.fact.attribute)}
        said |= {w for e in people for w in self.index.said_of(e, quotes=True)}
        return not asked <= said

    def says_back_the_publisher(self, best: Scored, a: Analysis) -> bool:
        """Would the answer only say back the publisher the question names the report by ("Who were the two people in
        the meeting *Trend* reported on?" answered "published by Trend")? Then something else is asked of what the
        report is about, which its publisher does not tell."""
        if best.fact.key != "source.publisher" or a.tags & {"publish", "publisher"}:
            return False  # ("who published the Apiary Daily report?" asks it, however plain the answer)
        m = a.mentions.get(best.fact.subject)
        publisher = getattr(self.index.base.get(best.fact.subject), "publisher", "")
        words = {stem(w) for w in tokens(publisher)}
        return m is not None and not m.via_kind and bool(words) and words <= {a.seq[p] for p in m.positions}

    def beyond_its_text(self, best: Scored, a: Analysis) -> bool:
        """Is the fact free text (a purpose, what was said) that no cue of the question asks for, reached by the
        words its text shares with the question ("the *Sabirabad loan*" of the loan's purpose), while the
        question says two or more words more that neither its text nor its subject's names say ("what *interest
        rate* does JACB charge on the Sabirabad loan?")? Then those words are what is asked, and the text does
        not tell it."""
        if best.fact.attribute not in CONTENT_ATTRIBUTES:
            return False
        spec = SPECS.get(best.fact.key)
        if spec is not None and spec.score(a.tags, a.early_q) >= 1.0:
            return False  # (asked by its cues: says_what_it_does_not and the others judge it)
        said = self.index.content_of.get(best.fact.id, frozenset()) | self.index.own_words(best.fact.subject)
        stop = self.index.stopwords | lexicon(a.lang).stopwords
        left = {w for w in a.residual if len(w) > 2 and w not in said and w not in stop}
        return len(left) >= RESIDUAL_LIMIT

    def asks_of_its_kind_noun(self, best: Scored, a: Analysis) -> bool:
        """Does the question name the subject but ask, by a kind noun of another type, about a thing of that type the subject takes part in ("why did AZPROMO sign
        *its memorandum* with ...": the memorandum's purpose, not AZPROMO's mission)? Then the subject's own
        fact answers something else."""
        m = a.mentions.get(best.fact.subject)
        spec = SPECS.get(best.fact.key)
        if m is None or m.via_kind or "also" in a.tags or spec is not None and spec.boost & a.tags:
            return False  # (what makes its own attribute likelier is said: "the documents signed at X worth")
        beside = {p + d for o in a.mentions.values() if o.named for p in o.positions for d in (-1, 0, 1)}
        for n in a.mentions.values():
            if n.positions & beside:
                continue  # "the event «X»": the kind noun calls X
            rec = self.index.base.get(n.entity)
            if (not n.via_kind or rec is None or rec.type == best.fact.rtype or a.subordinate(n)
                    or n.entity in best.fact.related or n.first <= 1  # (the fact involves it; "which agency ...")
                    or best.fact.subject not in self.index.related_of.get(n.entity, frozenset())):
                continue
            if asked_attributes(rec.type, a.tags, a.early_q):
                return True
        return False

    def at_another_occasion(self, best: Scored, a: Analysis) -> bool:
        """Does the question place what it asks at an event it names by a kind noun only ("the investments
        announced *at the summit*"), while none of the events that noun names has anything to do with the
        subject or the fact (refers to it, or is referred to)? Then what some other occasion saw is asked for,
        which the subject's fact does not tell. (Not when the question asks which event: "at which event was
        it signed?"; nor when it names one of that kind: "the memorandum about the investment forum".)"""
        subject = best.fact.subject
        if best.fact.rtype in ("source", "event"):
            return False  # (a report is about what it cites; an event's fact is about the occasion itself)
        own, kind_of, rel = self.index.kind_of.get(subject), self.index.kind_of, self.index.related_of
        named: set[str] = set()
        by_word: dict[frozenset[int], set[str]] = {}  # (one kind noun may name events of several kinds: "tədbir")
        for n in a.mentions.values():
            label = kind_of.get(n.entity)
            if not n.positions or min(n.positions) < a.focus or not label or label == own or label in a.asked_things:
                continue  # (what the lead-up of a long message names is context)
            if not n.via_kind and n.strength >= 0.5:
                named.add(label)
            elif not a.subordinate(n) and getattr(self.index.base.get(n.entity), "type", None) == "event":
                by_word.setdefault(n.positions, set()).add(n.entity)
        involved = {subject, *best.fact.related, *value_ids(best.fact, self.index.base)}

        def linked(r: str) -> bool:
            return (r in involved or subject in rel.get(r, frozenset()) or r in rel.get(subject, frozenset())
                    or self.index.same_thing(r, subject))

        return any(not named & {kind_of.get(r) for r in rids} and not any(linked(r) for r in rids)
                   for rids in by_word.values())

    def other_month(self, best: Scored, a: Analysis) -> bool:
        """Does the question name a month ("the memorandum signed *in October 2025*") in which none of the
        subject's dates fall (its date, start, completion, publication)? Then another thing is asked about, of
        that month, which the base does not hold. (A statistic's period is other_period's to judge.)"""
        said = months_said(a) if best.fact.rtype != "statistic" else frozenset()
        if not said:
            return False
        days = (day_of(getattr(c, "value", None)) for f in self.index.by_subject.get(best.fact.subject, ())
                if f.attribute in DATED for c in f.evidence)
        months = {d.month for d in days if d is not None}
        return bool(months) and not months & said

    def other_period(self, best: Scored, a: Analysis) -> bool:
        """Does the question ask about another span of the year than the statistic covers ("the turnover in
        2024" of a first quarter's figure)? See periods.py."""
        if best.fact.rtype != "statistic":
            return False
        rec = self.index.base.get(best.fact.subject)
        period = getattr(rec, "period", None)
        if period is None:  # (a statistic whose name alone says its year: "Trains on the route, 2024")
            named = named_years(rec)
            return bool(named) and asks_another_year(a, named) and not self._compared_year(best, a, "/".join(named))
        if not isinstance(period.value, str) or not other_period(a, period.value):
            return False
        return not self._compared_year(best, a, period.value)

    def _compared_year(self, best: Scored, a: Analysis, period: str) -> bool:
        """"How much did it grow compared with 2024?" of 2025's turnover: the years asked beside the statistic's
        own are those its fact states (what a change is compared to), and the statistic is the one the question
        says by its own year too, or refers to from the conversation (a mention with no words of the question)."""
        years = {n for n in a.numbers if len(n) == 4 and n[:2] in ("19", "20")}
        stated = {y for c in best.fact.evidence for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", str(getattr(c, "value", "")))}
        own = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", period))
        m = a.mentions.get(best.fact.subject)
        referred = m is not None and not m.positions and not m.via_kind
        return bool(years - own) and years - own <= stated - own and (bool(years & own) or referred)

    def other_ordinal(self, best: Scored, a: Analysis) -> bool:
        """Does the question number what it asks otherwise than the subject's name does ("the 5th meeting" of
        the "1st meeting of ..."; "пятое заседание", "第五次会议")? Then it asks of another one, which the facts
        may not hold."""
        if not a.ordinals:
            return False
        stems = self.index.name_stems(best.fact.subject)
        # (a name may write it in words: "Fourth meeting of the JCTL")
        own = {w for w in stems if ENGLISH_ORDINAL.fullmatch(w)} | {o for w in stems if (o := english_ordinal_of_word(w))}
        return bool(own) and not own & a.ordinals

    def restates_the_period(self, best: Scored, a: Analysis) -> bool:
        """Would the answer only say back the period the question states ("and in 2022?" answered "the period:
        2022")? Then something else about that period is asked, which this fact does not tell."""
        if best.fact.key != "statistic.period" or a.polar:
            return False
        period = getattr(self.index.base.get(best.fact.subject), "period", None)
        years = set(re.findall(r"\d{4}", str(getattr(period, "value", "") or "")))
        return bool(years) and years <= a.numbers

    def restates_the_date(self, best: Scored, a: Analysis) -> bool:
        """Would the answer only say back the year or month the question states ("On what exact date in May 2027
        will the forum open?" answered "in May 2027")? Then a finer date is asked than the facts know.
        (A yes/no question checks the date it states: "Will it open in May 2027?")"""
        if best.fact.attribute not in DATED or a.polar:
            return False
        values = [v for c in best.fact.evidence if (v := getattr(c, "value", None)) is not None]
        if not values or not all(isinstance(v, str) and _PARTIAL_DATE.fullmatch(v) for v in values):
            return False  # (a full day tells more than any month the question says)
        months = months_said(a)
        return all(v[:4] in a.numbers and (len(v) == 4 or int(v[5:]) in months) for v in values)

    @staticmethod
    def _residual_at(a: Analysis) -> set[int]:
        left = set(a.residual)
        return {i for i, s in enumerate(a.seq) if s in left}

    def inside_another_name(self, best: Scored, a: Analysis) -> bool:
        """Is the subject only named by words of a longer name said whole ("the NDRC" in "the NDRC's
        International Cooperation Center")? Then the longer one is asked about, not it (unless that is the
        same thing's record from another article: "Qiantang Silk Road Capital" of "... Co., Ltd.")."""
        m = a.mentions.get(best.fact.subject)
        if m is None or m.via_kind or not m.positions:
            return False
        return any(o.entity != m.entity and not o.via_kind and o.strength > m.strength and o.strength >= 1.0
                   and m.positions <= o.positions and not self.index.same_thing(o.entity, m.entity)
                   for o in a.mentions.values())

    def one_of_many(self, best: Scored, scored: list[Scored], a: Analysis) -> list[str]:
        """The other things a kind noun ("a company", "the forum") names as well as the subject, when it
        is all that names the subject: whichever of them has the attribute would be a guess. The one thing
        of its kind documented by a text we hold (the shipped report's conference) is the one meant, and a
        record called by its own kind word ("the forum") before those it only counts as."""
        subject = best.fact.subject
        m = a.mentions.get(subject)
        if m is not None and not m.via_kind or best.fact.rtype == "source":
            return []
        if best.told and all(s.score <= best.score - 0.1 for s in scored if s.fact.subject != subject
                             and s.fact.key == best.fact.key and not self.index.same_thing(s.fact.subject, subject)):
            return []  # what the question says (its numbers, its words) fits this one's fact better than the others'
        label = self.index.kind_of.get(subject)
        if label is None or label not in a.kind_labels:
            return []
        named = a.named_ids
        if named and not named <= self.index.related_of.get(subject, frozenset()):
            return []  # "the conference where AZPROMO met the NDRC": what is named says which one
        said = set(a.seq)
        strength = m.strength if m is not None else KIND_WEIGHT

        def as_well(rid: str) -> bool:
            """Does the question name `rid` as well as the subject? Not when a description narrowed the
            subject ("the Chinese bank"), nor when only the subject is called by its own kind word."""
            n = a.mentions.get(rid)
            if self.index.documented(rid) and not self.index.documented(subject):
                return True  # the one a text we hold documents is at least as likely meant
            if n is not None and n.strength < strength - 0.01 or n is None and strength > KIND_WEIGHT + OWN_KIND_BONUS:
                return False
            return own(rid) or not own(subject)

        def own(rid: str) -> bool:
            return bool(self.index.kind_words.get(rid, frozenset()) & said)

        # "the MoU signed at the conference": only those of the conference are as well named
        singled = self.scorer.singled_by_kind(a) & best.fact.related - {subject}

        def fits(rid: str) -> bool:
            related = self.index.related_of.get(rid, frozenset())
            return (rid != subject and bool(self.index.by_subject.get(rid)) and not self.index.same_thing(rid, subject)
                    and as_well(rid) and named <= related  # ... unless what it names is as much a part of the
                    and (not singled or bool(singled & related)))  # others ("who did Abdullayev meet?")

        # a documented subject is only in doubt beside other documented ones; the first few, documented
        # first, are all the choices offered (a big base has thousands of conferences: no need to look further)
        pool = self.documented_of(label)
        if not self.index.documented(subject):
            pool = itertools.chain(pool, self.index.kinds.get(label, ()))
        others: list[str] = []
        seen: set[str] = set()
        for rid in pool:
            if rid not in seen and fits(rid):
                others.append(rid)
                if len(others) > 3:
                    break
            seen.add(rid)
        return others

    def documented_of(self, label: str) -> list[str]:
        """The records of a kind label documented by a text we hold (remembered per fact base)."""
        return self.index.documented_of(label)

    def same_question(self, rid: str, fact: Fact) -> Fact:
        """The fact of `rid` that asks what `fact` answers, or (lacking it) its first: a choice to offer."""
        facts = self.index.by_subject.get(rid, ())
        return next((f for f in facts if f.attribute == fact.attribute), None) or facts[0]


def named_within_longer(other: Scored, best: Scored, a: Analysis | None) -> bool:
    """Is `other`'s subject named only by words of the name `best`'s subject is named by, which says more
    ("HYSC" in "HYSC's Baku office": the office is asked about, not HYSC)?"""
    inner, outer = (a.mentions.get(other.fact.subject), a.mentions.get(best.fact.subject)) if a else (None, None)
    return (inner is not None and outer is not None and not inner.via_kind and not outer.via_kind
            and bool(inner.positions) and inner.positions < outer.positions)


def qualifies(a: Analysis, p: int) -> bool:
    """May the word at `p` qualify the noun after it, by its language's endings (Lexicon.qualifier_endings: "создаст
    завод" is a verb and its object, "алюминиевый завод" an adjective and its noun)? A word of another script (a name
    in Latin letters) may, and so may a word read as a name by its sound ("Лин Цзи")."""
    endings = lexicon(a.lang).qualifier_endings
    word = a.words[p] if endings and p < len(a.words) else ""
    return not word or word.isascii() or word.endswith(endings) or a.seq[p] in a.read_as  # (a name, read by its sound)
