"""Reading a question in its conversation's context.

A follow-up is read as the whole question it stands for, and then decided by the matcher
exactly as that question would be, so the context adds what the question leaves out but never
makes the bot answer what the facts do not say:

- a pronoun or reference ("it", "he", "the two of them", "его", "onu", "它") stands for a record
  of the context of the kind it can refer to (a person, a thing, several): that record is read as
  named in the question; a demonstrative before a kind noun ("that ministry", "это министерство")
  refers by the kind noun; several ("they", "их") ask the same of each, unless what they share
  answers ("what did the two of them discuss?": their meeting);
- a follow-up asking what no fact says ("when was he born?") is declined about what it refers to; one saying
  a word of what facts may hold that a fact of the thing referred to states ("how many participants were
  there?") is answered as the question naming that thing would be;
- a follow-up to an answer that gave two things ("and how much did it grow?": the growth and the figure) that
  names only another year asks the first of them of that year's record, else the second; after the growth alone,
  that year's growth with its figure beside it; when that year's record states no growth, its figure (a growth is
  the figure's: "and in January 2026?" after 2025's growth is January's turnover, not a decline);
- ellipsis ("by whom?", "when?", "А кем?") asks about the context's subject, with what the last
  question asked filling in what this one does not say ("by whom" + "founded"), unless this one's own
  "who" wants someone the last question's attribute does not give ("who?" after a completion date);
- a question word beside a word nothing explains ("where does she live?") is not that question word's
  attribute of the thing referred to, and a pronoun that may be a person ("ему", "onun") as well as a
  thing is declined when the person fits the question as well and no fact answers it of them;
- "and the other one?" ("А другой?", "另一个呢？") asks it of the other of the pair talked about (others.py);
- of the things talked about, a reference stands for one whose fact says what the question's own words ask:
  "when will it be finished?" after an auction and its plant is the plant's completion, not the auction's date;
- a kind noun after a thing talked about ("who signed its memorandum?", "the memorandum" after a park) is the one
  record of that kind the thing is linked with (its agreements; of several, the one with the other things talked
  about), not another the kind noun alone would reach (a thing linked with several: one of them, asked back);
- a pronoun stands where its record's kind noun would: "where was it?" of a meeting is "where was the meeting?";
- what no fact of the thing referred to says may be said by the one record about it ("how many trains used it
  in 2024?" of the Middle Corridor: "Trains on the Trans-Caspian International Transport Route, 2024"), and of
  the several things it took part in, the one the question's words say ("who did he meet in Ningbo?"; about.py);
- a question that names a thing wins over the context (with no pronoun or ellipsis, even a thing its words
  name only in part, when a fact of it answers); if it asks nothing of its own ("what
  about the NDRC?", "А НКРР?") it asks what the last question asked, about the new thing, and
  is declined when the facts do not say it of that thing;
- a word that asks what is asked names nothing beside a pronoun ("How much money is being invested in it?": not the
  Investment ... Conference, whose name says "investment"), unless that thing is linked with the conversation's;
- an overview asked after an attribute ("tell me more about it", "请详细介绍一下这次大会") is the profile, not that
  attribute asked again; "о нём" after an answer that named two people is what the answer was about;
- a "who" that says a country ("who spoke for the Chinese side there?") is not answered by a fact whose people
  are all of another country: another thing talked about (the round table) is tried, and of several there ("which
  one?"), the one of that country answers; after a statement, "he" is its speaker (advance.py);
- a part of a year ("and in the first quarter of that year?", "那2024年第一季度呢？") after a statistic is the record
  of the series for that part, never the whole year's (periods.py);
- a message that asks nothing the facts know ("what's the weather?") leaves the context alone;
- "he" after an unanswered "who met him?" is the one asked for, not the person named (whom "who" does not ask);
  "it" after an unanswered "what document did he sign?" is that document, not another thing talked about;
- right after a first question about a thing the facts do not know, a question whose own words name nothing that
  answers ("who signed it?", "Кто стороны этого меморандума?") is about that thing: declined.

Everything here works from the schema (record types, the attribute specs' tags), not from phrasings.
"""
from __future__ import annotations

import dataclasses

from ..facts.atoms import Fact, value_ids
from ..language.lexicon import lexicon
from ..understanding.analysis import CONNECTIVES, Analysis, Mention
from ..understanding.intents import SPECS, asked_attributes
from ..understanding.matcher import Decision, Matcher
from ..understanding.measured import figure_says
from .about import involving_said, record_about, taking_part_in
from .advance import about_another, context_after, names_its_own
from .context import Context
from .decisions import ASKING, answers_who, as_its_kind, as_reference, asked, declined, declined_unless_asked, inject, needed_tags, with_tags, without
from .kinds import points_back, referring_kinds
from .own_words import unexplained
from .others import the_other
from .periods import another_year, asked_years, of_year
from .references import reference_start, references, refers_within

PARTICIPANTS = "participants"
COUNTRY_SAID = 0.8  # the confidence of the one of several a "who" saying a country leaves
SERIES_FIGURE = 0.8  # the confidence of a series' figure given for what another year's record does not state


class FollowUps:
    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.base = matcher.index.base

    def decide(self, question: str, *, lang_hint: str | None, ctx: Context | None) -> Decision:
        """The matcher's decision for `question`, read in `ctx` when it is a follow-up."""
        d0 = self.matcher.decide(question, lang_hint=lang_hint or (ctx.lang if ctx else None))
        if ctx is None or d0.kind == "invalid" or d0.analysis is None:
            return d0
        if ctx.empty:
            return self._after_an_unknown(d0) if ctx.unknown else d0
        a = d0.analysis
        if d0.kind == "smalltalk" and not a.tags:
            return d0  # "thanks, that's all": its "that" asks nothing of the context
        refs, ref_positions = references(a, self.matcher.index.stopwords)
        elliptic = "ellipsis" in refs
        refs.discard("ellipsis")
        asking = {e for e in a.mentions if e not in ctx.entities and _named_by_what_it_asks(a, e)
                  and not self._linked_with(e, ctx)} if refs else set()
        if asking:  # "How much money is being invested in it?": "it" is the plant, not the Investment ... Conference
            # (one linked with the conversation's things stays: "С кем он встретился ...?", his meeting)
            a = dataclasses.replace(a, mentions={e: m for e, m in a.mentions.items() if e not in asking})
            d0 = self.matcher.decide_analysis(a)
        if a.unknown:  # it says a word of what facts may hold ("its phone number", "how many participants"):
            d = self._in_context(d0, a, ctx, refs, ref_positions, elliptic)  # answered when a fact of what it
            if d.kind == "fact":                                              # refers to says it (Matcher.lacks),
                return d
            return self._declined_about(d0, a, ctx, refs, ref_positions)  # else declined about what "its" is
        return self._in_context(d0, a, ctx, refs, ref_positions, elliptic)

    def _in_context(self, d0: Decision, a: Analysis, ctx: Context, refs: set[str], ref_positions: set[int],
                    elliptic: bool) -> Decision:
        """The decision for a question read in `ctx` (see the module's docstring)."""
        asks = bool(a.attribute_tags - CONNECTIVES)
        own_q = bool(a.early_q or {t for t in a.tags if t.startswith("q_")})
        if about_another(d0, refs, elliptic):
            return d0  # it names, in words nothing explains, a thing the facts do not know: not the context's
            # ("… Birgə Bəyanat harada imzalanıb?" after the diplomatic relations); the context forgets its subject
        if (d0.kind == "fact" and d0.fact.attribute != "summary" and refs
                and refers_within(a, refs, ref_positions, self._is_person, frozenset({d0.fact.subject}))
                and not set(ctx.entities) & set(a.mentions)):
            return d0  # "What about the Khizi-Absheron wind project - what is its capacity?": "its" is the one it names
        if refs and d0.kind != "fact" and names_its_own(a, ctx, refs, ref_positions, self._is_person):
            return d0  # "А что насчёт плавучей станции на озере Бёюкшор — какая у неё мощность?": not the last one's
        if ctx.subject:
            as_kind = self._called_by_its_kind(a, ctx)
            if as_kind is not a:  # (then the question alone reads so too: not the record the alias is of)
                a, d0 = as_kind, self.matcher.decide_analysis(as_kind)
        named = [m for m in a.mentions.values() if m.named] or self._named_anew(d0, ctx, refs, elliptic)
        if "other" in refs and not named:
            return self._the_other(d0, without(a, ref_positions), ctx)  # "and the other one?"
        if named and refs:
            d = self._with_named(d0, a, ctx, refs, ref_positions, {m.entity for m in named})
            if d is not None:
                return d
        if named and not refs and d0.kind != "fact":
            d = self._kind_beside_named(a, ctx, {m.entity for m in named})
            if d is not None:
                return d  # "who from the company met Mikayil Jabbarov?" after BYD's plant: who from BYD
        if named:
            if d0.kind == "fact" and d0.fact.attribute != "summary" or own_q or not ctx.tags:
                return d0  # a whole question about a named thing: the named thing wins
            if "define" in a.tags and (not elliptic or _defined_apart(a, ref_positions)):
                return d0  # "tell me about the NDRC", "А кто такой Чжэн Шаньцзе?": its profile
            # "what about the NDRC?", "А НКРР?": the last question, asked of the thing now named
            return declined_unless_asked(self.matcher.decide_analysis(with_tags(a, ctx, keep_q=False)))
        if refs == {"any"} and not asks and "q_who" in a.tags:
            refs = {"person"}  # "Кто он?", "O kimdir?": who, so a person
        question_words = bool(a.tags - a.attribute_tags)
        if not (asks or refs or question_words or asked_years(a)):
            return d0  # asks nothing ("ok", "the weather?"): the context stays for later ("and in 2025?" asks a year)
        # "tell me more about it", "请详细介绍一下这次大会": its profile, not the last question asked again
        overview = "define" in a.tags and not asks and (not elliptic or _defined_apart(a, ref_positions))
        a = without(a, ref_positions)
        # (its own words, in Chinese too, own_words.py: "它的上网电价是多少？" is no bare "how much is it?")
        residual = unexplained(a, self.matcher.index.stopwords)
        topic = self._topic(ctx, a)
        years = another_year(a, topic, self.base, self.matcher.index.by_subject.get(topic, ())) if topic else None
        if years:  # "What about 2025?" after 2024's figure: 2025's; "how many trains used it in 2024?": a record about it
            d = self._of_year(a, ctx, topic, years)
            if d.kind == "fact" or not (refs or referring_kinds(a)):  # (a kind noun refers as a pronoun does)
                return d
            about = self._about(a, topic)  # (of its own words, what they ask: "how much did it grow in ...?" no level)
            return about if about is not None and self._words_ask(about.fact, about.analysis) else d
        if topic and not residual and not refs:  # (a pronoun is the thing itself: "при чьей поддержке она прошла?")
            d = self._of_its_value(a, (topic, *ctx.entities))  # "who runs the developer?" after a plant: its head
            if d is not None:
                return d
        own = a.attribute_tags - CONNECTIVES - ASKING

        def ellipsis() -> Decision | None:
            """"by whom?" after "When was AZPROMO founded?": this question's words with the last one's."""
            if not (topic and ctx.tags and not refs - {"thing", "any"}) or residual:
                return None  # (words of its own that nothing explains, "who drafted it?": not the last question)
            if "thing" in refs and self._is_person(topic):
                return None  # "it" is no person
            d = self.matcher.decide_analysis(inject(with_tags(a, ctx, keep_q=True), (topic,)))
            if (d.kind == "fact" and asked(d, d.analysis) and (not own or own & needed_tags(d.fact.key, d.analysis))
                    and answers_who(d.fact.key, a, ctx) and not self._answers_itself(d, a, (topic,))):
                return d  # (what it asks itself must be part of it: "what was signed there?" is no "who backed it")
            return None

        if not own and not overview:  # it asks nothing of its own ("when was that?", "where?"): what the last one asked
            d = ellipsis()
            if d is not None:
                return d
        if not refs and not elliptic and d0.kind == "fact" and self._own_words_name(d0.fact.subject, a):
            return d0  # no reference, and its own words name what answers ("Сколько компаний с китайским капиталом …")
        first: Decision | None = None
        fitting: Decision | None = None
        unsure: Decision | None = None  # the context's thing has several that would answer ("which meeting?")
        weak: Decision | None = None  # a fact that says none of what the question's own words ask
        candidates = self._referents(ctx, refs, a)
        for referents in candidates:
            linked = self._its_one_of_kind(referents, a, ctx)  # "who signed its memorandum?" of a park: the park's memorandum
            if linked is not None:
                d = self._of(a, linked) or self._naming(a, linked)
                if d is not None:
                    return d
            d = self.matcher.decide_analysis(inject(a, referents))
            if len(referents) > 1 and (d.kind != "fact" or d.fact.subject in referents):
                d = self._each(a, referents) or d  # not what they share ("what did the two discuss"): each's own
            if (d.kind == "fact" and asked(d, a) and not (elliptic and d.fact.attribute == "summary" and not own_q)
                    and not self._answers_itself(d, a, referents) and (own or not self._unsaid(d.fact, a))):
                if self._of_another_country(d.fact, a):
                    first = first or d  # (an Azerbaijani's words are no Chinese side's: another thing talked
                    continue            # about, the round table they were said at, may have the one asked)
                if "any" in refs and self._a_person_unanswered(a, referents, candidates):
                    return declined(d)
                if own and not needed_tags(d.fact.key, d.analysis) & own:
                    # "when will it be finished?" of an auction's date: another thing talked about (its plant) may
                    # have what the question's own words ask (a completion); then that one is meant
                    weak = weak or d
                    continue
                return d  # ("А её?" asks no profile)
            if elliptic and first is None and d.kind != "fact":
                its = self._its_thing_named(a, ctx, [r[0] for r in candidates if len(r) == 1], ref_positions, own_q)
                if its is not None:
                    return its
            first = first or d
            if d.kind == "ambiguous" and len(referents) == 1:  # "who did he meet in Ningbo?": that meeting of his
                d = self._of(a, taking_part_in(referents[0], a, self.matcher.index)) or d
                if d.kind == "fact":
                    return d
            if d.kind == "ambiguous":  # "who spoke for the Chinese side there?": of the two statements, the Chinese one
                ones = [f for f in d.rivals if not self._of_another_country(f, a)]
                if 0 < len(ones) < len(d.rivals) and len(ones) == 1 and ones[0].subject not in ctx.entities:
                    return dataclasses.replace(d, kind="fact", fact=ones[0], rivals=(), confidence=COUNTRY_SAID)
            if d.kind == "ambiguous" and unsure is None:
                unsure = d
            if any(asked_attributes(self.base.get(e).type, a.tags, a.early_q) for e in referents):
                fitting = d  # what it must mean: no other thing's fact may answer
                if not (own or a.residual) and len(referents) == 1:  # "where was it?" of a meeting: "where was the meeting?"
                    d = self.matcher.decide_analysis(inject(as_its_kind(a, self.base.get(referents[0])), referents))
                    if d.kind == "fact" and d.fact.subject == referents[0] and asked(d, d.analysis):
                        return d
                if weak is None:
                    break  # (after a weak fact, the things talked about are each tried for what the words ask)
        if weak is not None:
            return weak
        if own:
            d = ellipsis()
            if d is not None:
                return d
        if fitting is not None:
            return declined(fitting)
        if d0.kind == "fact" and not refs and self._another_of_its_kind(d0, a, ctx):
            return declined(d0)  # "who signed the memorandum?" after a company of two memoranda: not a third one
        if d0.kind == "fact" and not refs and first is None and points_back(a):
            return declined(d0)  # "when did that forum take place?" when the conversation had no forum: not another
        if (d0.kind == "fact" and not refs and points_back(a) and d0.fact.subject not in referring_kinds(a)
                and not self._own_words_name(d0.fact.subject, a)):
            return declined(first or d0)  # "这条走廊全长多少公里？" (this corridor's length) is no count of its trains
        if d0.kind == "fact" and not refs:
            if unsure is not None and not self._involves(d0, unsure):
                return unsure  # "what did they discuss?" about a minister of many meetings: which, not another's
            if not self._touches(d0, ctx, a):
                return declined(first or d0)  # "what did they discuss?" after the Gobustan plant: not some meeting
            return d0  # a question that needs no context ("how many companies took part?")
        if refs and ctx.subject and first is not None and not own:  # "how many trains used it?": a record about it
            d = self._about(a, ctx.subject)
            if d is not None:
                return d
        return declined(first) if refs and first is not None else d0

    @staticmethod
    def _named_anew(d0: Decision, ctx: Context, refs: set[str], elliptic: bool) -> list[Mention]:
        """"What about the floating solar plant on Lake Boyukshor, what capacity?": the things an ellipsis with no
        pronoun names by their own words, if only in part, when none of them is a thing talked about and the question
        alone is not answered: the question is about them, as about a thing it names clearly (never the context's
        thing asked again)."""
        a = d0.analysis
        if not elliptic or refs or d0.kind == "fact":
            return []
        own = [m for m in a.mentions.values() if not m.via_kind and m.positions]
        return own if own and not {m.entity for m in own} & set(ctx.entities) else []

    def _of_its_value(self, a: Analysis, things: tuple[str, ...]) -> Decision | None:
        """"Who runs the developer?", "when was the contractor founded?" after a plant: a word of one of the
        attributes of a thing talked about (the topic first) whose value is one record (the developer, Masdar) beside
        words that ask what no attribute of that thing is but one of that record's is (who heads it): the question is
        about that record, answered from its facts or declined about it, never answered with the attribute the word
        names."""
        if any(m.named for m in a.mentions.values()):
            return None
        for e in dict.fromkeys(things):
            d = self._of_value_of(a, e)
            if d is not None:
                return d
        return None

    def _of_value_of(self, a: Analysis, topic: str) -> Decision | None:
        """The question read about the value of one of `topic`'s attributes (see _of_its_value), or None."""
        rec = self.base.get(topic)
        if rec is None:
            return None
        for f in self.matcher.index.by_subject.get(topic, ()):
            spec = SPECS.get(f.key)
            used = frozenset(t for t in spec.used(a.tags) if not t.startswith("q_")) if spec else frozenset()
            values = [v for v in dict.fromkeys(value_ids(f, self.base)) if self.base.get(v) is not None]
            if f.attribute == "summary" or not used or len(values) != 1:
                continue
            rest = a.tags - used
            value = self.base.get(values[0])
            if not rest & a.attribute_tags - CONNECTIVES or not self._asks_rather(rest, a.early_q, value.type, rec.type):
                continue
            d = self.matcher.decide_analysis(inject(dataclasses.replace(a, tags=rest), (value.id,)))
            if d.kind == "fact" and d.fact.subject == value.id and asked(d, d.analysis):
                return d
            return declined(d) if d.kind == "fact" else d
        return None

    @staticmethod
    def _asks_rather(tags: frozenset[str], early_q: frozenset[str], rtype: str, other: str) -> bool:
        """Do `tags` ask an attribute of type `rtype` better than any of type `other` ("founded" of a company rather
        than the start of a project)?"""
        best = asked_attributes(rtype, tags, early_q)
        rival = asked_attributes(other, tags, early_q)
        return bool(best) and (not rival or best[0][1] > rival[0][1])

    def _called_by_its_kind(self, a: Analysis, ctx: Context) -> Analysis:
        """The question with a record named only by words that are its own kind noun (an alias such as
        "谅解备忘录" or "memorandum of understanding" of a memorandum) read as named by that kind noun, when the
        thing talked about is linked with other records of that kind: after a park, "the memorandum" is the
        park's memorandum (or, of several, one of them), not the record whose alias the kind noun happens to be.
        (A name that is only said as a kind noun elsewhere, "发改委" of the NDRC, stays a name unless the thing
        has such a record.)"""
        kind_of = self.matcher.index.kind_of
        called = {e for e, m in a.mentions.items() if m.named and not m.via_kind and m.positions
                  and m.positions <= a.kinds_at.get(kind_of.get(e), frozenset())}
        if not called:
            return a
        index = self.matcher.index
        mentions = {e: dataclasses.replace(m, via_kind=True) if e in called else m for e, m in a.mentions.items()}
        for e in called:  # (the kind noun names every record of its kind, as it does when no alias is it)
            m = mentions[e]
            for other in index.kinds.get(kind_of.get(e), ()):
                mentions.setdefault(other, dataclasses.replace(m, entity=other))
        as_kind = dataclasses.replace(a, mentions=mentions)
        linked = self._linked_of_kind(ctx.subject, as_kind)
        return as_kind if linked and not linked & called else a

    def _its_one_of_kind(self, referents: tuple[str, ...], a: Analysis, ctx: Context | None = None) -> str | None:
        """The one record of the kind the question's kind noun names ("its memorandum", "the agreement on it") that
        the thing referred to is linked with: a value of its facts (a park's agreements), or a record whose facts
        involve it; of several, the one that alone involves most of the other things the conversation named
        (`ctx`: after EZDA and Datang, their memorandum, not Datang's other). None when the question names no
        kind, the thing is of that kind itself, or it has none or several of it."""
        if len(referents) != 1:
            return None
        linked = self._linked_of_kind(referents[0], a)
        if len(linked) > 1 and ctx is not None:
            others = set(ctx.entities) - {referents[0]}
            shared = {r: len(others & self._involved(r)) for r in linked}
            most = max(shared.values())
            linked = {r for r, n in shared.items() if n == most} if most else linked
        return next(iter(linked)) if len(linked) == 1 else None

    def _linked_of_kind(self, e: str | None, a: Analysis, kinds: set[str] | None = None) -> set[str]:
        """The records of the kinds the question's kind nouns name (or of `kinds`) that `e` is linked with (see
        _its_one_of_kind); none when `e` is of that kind itself ("when did this event take place?" of the
        conference talked about)."""
        if kinds is None:
            kinds = {m.entity for m in a.mentions.values() if m.via_kind}
        if e is None or not kinds or e in kinds:
            return set()
        index = self.matcher.index
        linked = {v for f in index.by_subject.get(e, ()) for v in value_ids(f, self.base) if v in kinds}
        linked |= {f.subject for f in index.by_related.get(e, ()) if f.subject in kinds}
        linked |= {f.subject for k in kinds for f in index.by_subject.get(k, ()) if e in value_ids(f, self.base)}
        linked.discard(e)
        return linked

    def _another_of_its_kind(self, d: Decision, a: Analysis, ctx: Context) -> bool:
        """Is `d`'s fact about a record the question's kind noun names ("the memorandum") other than those the
        thing talked about is linked with, when it is linked with some? Then that kind noun means one of its own."""
        kinds = referring_kinds(a)
        if d.fact.subject not in kinds or d.fact.subject in ctx.entities:
            return False
        linked = self._linked_of_kind(ctx.subject, a)
        return bool(linked) and d.fact.subject not in linked

    def _linked_with(self, e: str, ctx: Context) -> bool:
        """Do `e`'s facts involve a thing the conversation talked about, or theirs involve `e`?"""
        talked = set(ctx.entities)
        return bool(self._involved(e) & talked) or any(e in self._involved(t) for t in talked)

    def _involved(self, r: str) -> set[str]:
        """The things `r`'s facts name or involve."""
        return {x for f in self.matcher.index.by_subject.get(r, ()) for x in (*f.related, *value_ids(f, self.base))}

    @staticmethod
    def _own_words_name(e: str, a: Analysis) -> bool:
        """Do the question's own words (not a kind noun, not a pronoun) name `e`, if only in part?"""
        m = a.mentions.get(e)
        return m is not None and not m.via_kind and bool(m.positions)

    def _about(self, a: Analysis, e: str) -> Decision | None:
        """The question about the one record whose name holds `e`'s and says the question's own words (about.py)."""
        return self._of(a, record_about(e, a, self.matcher.index))

    def _its_thing_named(self, a: Analysis, ctx: Context, things: list[str], positions: set[int],
                         own_q: bool) -> Decision | None:
        """"And the offshore wind project they're developing?" after the capacity of a plant of PowerChina Resources:
        the thing the question's words name in part, of those that involve the thing referred to (its 2 GW offshore
        wind project), asked what the last question asked (its capacity). The words from the reference on describe
        that thing by the one referred to ("they're developing"): they ask nothing. None when no one such thing
        answers (of the things referred to, likeliest first)."""
        start = reference_start(a, positions)
        if not start:
            return None
        a = as_reference(a, set(range(start, len(a.seq))))
        question = a if own_q else with_tags(a, ctx, keep_q=True)
        wanted = frozenset(ctx.tags) if not own_q else None  # (what the last question asked, if this one asks nothing)
        for e in things:
            found = [d for r in involving_said(e, a, self.matcher.index) if (d := self._of(question, r)) is not None
                     and (wanted is None or needed_tags(d.fact.key, question) & wanted)]
            if found:
                return found[0] if len({d.fact.subject for d in found}) == 1 else None
        return None

    def _naming(self, a: Analysis, other: str) -> Decision | None:
        """"How much is his company putting into the electric bus plant?" after BYD's manager: the question read as
        naming `other` (his company, BYD) where its kind noun stands, when a fact involving `other` answers what it
        asks, whatever that fact is about (the plant BYD invests in)."""
        said = a.mentions.get(other)  # (its kind noun is a reference: "company" asks for no companies)
        a = as_reference(a, set(said.positions) if said is not None and said.via_kind else set())
        d = self.matcher.decide_analysis(inject(a, (other,)))
        if (d.kind == "fact" and d.fact.attribute != "summary" and asked(d, d.analysis)
                and self._concerns(d.fact, {other})):
            return d
        # (or of the things it involves, the one whose name says the question's words, as the name would: "the
        # electric bus plant" said beside "BYD" names BYD's bus plant)
        found = [d for r in involving_said(other, a, self.matcher.index)
                 if (d := self._of(self._said_by(a, r), r)) is not None]
        return found[0] if len({d.fact.subject for d in found}) == 1 else None

    def _said_by(self, a: Analysis, e: str) -> Analysis:
        """The question without the things it names only by words `e`'s name says too: read as `e`, "the denim mill"
        names no other denim mill."""
        own = set(self.matcher.index.name_stems(e))
        mentions = {x: m for x, m in a.mentions.items()
                    if x == e or m.via_kind or not m.positions or not {a.seq[p] for p in m.positions} <= own}
        return dataclasses.replace(a, mentions=mentions) if len(mentions) < len(a.mentions) else a

    def _of(self, a: Analysis, other: str | None) -> Decision | None:
        """The question read as naming `other`, when a fact of `other` answers what it asks."""
        if other is None:
            return None
        d = self.matcher.decide_analysis(inject(a, (other,)))
        return d if d.kind == "fact" and d.fact.subject == other and asked(d, d.analysis) else None

    def _the_other(self, d0: Decision, a: Analysis, ctx: Context) -> Decision:
        """"And the other one?" after the Shirvan plant's capacity: the last question (or this one's own, "what
        about the other one's capacity?") asked of the other of the pair; declined when there is no one other."""
        other = the_other(ctx, a, self.matcher.index)
        if other is None:  # "I don't know that", not "I only answer questions about ...": it is about the conversation
            faint = {ctx.subject: Mention(ctx.subject, 0.0, frozenset())} if ctx.subject else {}
            return dataclasses.replace(declined(d0), kind="decline", analysis=dataclasses.replace(a, mentions=faint))
        question = a if a.attribute_tags - CONNECTIVES - ASKING else with_tags(a, ctx, keep_q=True)
        d = self.matcher.decide_analysis(inject(question, (other,)))
        if d.kind == "fact" and self._concerns(d.fact, {other}) and asked(d, d.analysis):
            return d
        return declined(d)

    def _with_named(self, d0: Decision, a: Analysis, ctx: Context, refs: set[str], positions: set[int],
                    named: set[str]) -> Decision | None:
        """"O, China Energy and Engineering Group-dan kimlə görüşüb?" (whom from CEEC did he meet?), "他和阿利耶夫
        总统讨论了什么？" (what did he and President Aliyev discuss?): a pronoun beside a named thing still stands
        for a thing of the context, and the fact that answers involves both (or, with a kind noun, "AZPROMO onunla
        memorandumu", AZPROMO's memorandum with it, the one record of that kind linking the two). None when no such
        fact answers, or the question's own decision already involves the context: then the named thing decides."""
        if d0.kind == "fact" and self._concerns(d0.fact, set(ctx.entities)):
            return None
        if refers_within(a, refs, positions, self._is_person):
            return None  # "What did Xi Jinping and Ilham Aliyev discuss when they met?": they are the two named
        a = without(a, positions)
        for referents in self._referents(ctx, refs, a)[:3]:
            if set(referents) & named:
                continue
            linked = self._its_one_of_kind(referents, a, ctx)  # "his company's denim mill": his company's, not the
            d = self._naming(a, linked) if linked is not None else None  # mill another's name says more of
            if d is not None:
                return d
            d = self.matcher.decide_analysis(inject(a, referents))
            if (d.kind == "fact" and d.fact.attribute != "summary" and asked(d, a)
                    and self._concerns(d.fact, set(referents)) and self._concerns(d.fact, named)
                    and not self._answers_itself(d, a, referents)):
                return d
            both = self._said_kind_linking(referents, named, a)  # "AZPROMO onunla memorandumu" (AZPROMO's
            if both is not None:                                  # memorandum with it): the one of the two,
                kind = self.matcher.index.kind_of.get(both)       # which the kind noun says, not another of it
                d = self._of(dataclasses.replace(a, mentions={e: m for e, m in a.mentions.items()
                                                              if self.matcher.index.kind_of.get(e) != kind}), both)
                if d is not None:
                    return d
        return None

    def _kind_beside_named(self, a: Analysis, ctx: Context, named: set[str]) -> Decision | None:
        """"Who from the company met Mikayil Jabbarov?" after BYD's plant: a kind noun beside a named thing stands,
        as a pronoun would, for the one thing of its kind the conversation talked about (BYD), when a fact that
        involves both answers; None when it talked about none or several of that kind, or no such fact answers."""
        kinds = referring_kinds(a)
        talked = [e for e in ctx.entities if e in kinds and e not in named]
        if len(talked) != 1:
            return None
        a = as_reference(a, set(a.mentions[talked[0]].positions))
        d = self.matcher.decide_analysis(inject(a, (talked[0],)))
        if (d.kind == "fact" and d.fact.attribute != "summary" and asked(d, a)
                and self._concerns(d.fact, {talked[0]}) and self._concerns(d.fact, named)):
            return d
        return None

    def _said_kind_linking(self, referents: tuple[str, ...], named: set[str], a: Analysis) -> str | None:
        """The one record of a kind the question says ("memorandum") that links the thing referred to with a
        thing the question names; None when none or several do."""
        index = self.matcher.index
        kinds = {r for label in a.kinds_at for r in index.kinds.get(label, ())}
        if len(referents) != 1 or not kinds:
            return None
        linked = {r for r in self._linked_of_kind(referents[0], a, kinds) if named & self._involved(r)}
        return next(iter(linked)) if len(linked) == 1 else None

    def _concerns(self, f: Fact, ids: set[str]) -> bool:
        """Is the fact about one of `ids`, or does it name or involve one?"""
        return bool(ids & ({f.subject} | f.related | set(value_ids(f, self.base))))

    def _of_year(self, a: Analysis, ctx: Context, topic: str, years: frozenset[str]) -> Decision:
        """The question about the record of the years asked, in the series the topic is one of, with what the
        last question asked when it asks nothing itself; declined about the topic when there is none."""
        index = self.matcher.index
        # its year word ("в 2025 году", "2023-cü ildə") says the year stated, it asks no "when"
        a = dataclasses.replace(a, tags=a.tags - {"q_when"}, early_q=a.early_q - {"q_when"})
        other = of_year(topic, years, self.base, index.kinds.get(index.kind_of.get(topic, ""), []), a)
        own = bool(a.attribute_tags - CONNECTIVES - ASKING)
        first: Decision | None = None
        # (asking nothing itself, it asks what the last answer said: its main part, else its second one)
        for asked_before in ((ctx,) if own else (ctx, ctx.asked_also())):
            if asked_before is None:
                continue
            question = a if own else with_tags(a, asked_before, keep_q=True)
            d = self.matcher.decide_analysis(inject(question, (other or topic,)))
            if (other is not None and d.kind == "fact" and d.fact.subject == other and asked(d, d.analysis)
                    and (not own or self._words_ask(d.fact, question))):  # ("how much did it grow in January?": no level)
                return d if own else self._with_its_figure(d)
            first = first or d
        figure = self._figure_of(other) if other is not None and not own and self._asks_change(ctx, other) else None
        if figure is not None:  # "and in January 2026?" after 2025's growth, a month whose growth no fact says:
            return dataclasses.replace(first, kind="fact", fact=figure, also=None, confidence=SERIES_FIGURE)  # its figure
        return declined(first)

    @staticmethod
    def _words_ask(f: Fact, a: Analysis) -> bool:
        """Do the question's words ask the fact's attribute, and none that points to a sibling of it ("grow" of a
        change, not the level)?"""
        spec = SPECS.get(f.key)
        return spec is not None and spec.score(a.tags, a.early_q) >= 1.0 and not spec.avoid & a.attribute_tags

    def _asks_change(self, ctx: Context, rid: str) -> bool:
        """Did the last question ask how a figure changed ("how much did it grow?"), as asked of record `rid`?
        A change is of the figure: a period whose record states no change still has the figure compared."""
        rec = self.base.get(rid)
        asked = asked_attributes(rec.type, ctx.tags, ctx.early_q) if rec is not None else []
        return bool(asked) and asked[0][0].endswith(".change")

    def _with_its_figure(self, d: Decision) -> Decision:
        """"What about 2025?" after how much the 2024 figure grew: that year's change, and its figure beside it
        (the question asks nothing of its own, and the figure is what the conversation began with)."""
        if d.fact.attribute != "change" or d.also is not None:
            return d
        value = self._figure_of(d.fact.subject)
        return dataclasses.replace(d, also=value) if value is not None else d

    def _figure_of(self, rid: str) -> Fact | None:
        """The figure a record of a series states (a statistic's value), if it has one."""
        return next((f for f in self.matcher.index.by_subject.get(rid, ()) if f.attribute == "value"), None)

    def _each(self, a: Analysis, referents: tuple[str, ...]) -> Decision | None:
        """"what are their positions?", "when were they founded?": a plural reference asks the same of
        each thing it stands for. The answer of each that has it (two at most: one answer and its
        `also`), the same attribute of each; None when none has it."""
        found: list[Decision] = []
        for e in referents:
            d = self.matcher.decide_analysis(inject(a, (e,)))
            if (d.kind == "fact" and d.fact.subject == e and d.fact.attribute != "summary" and asked(d, a)
                    and not self._answers_itself(d, a, (e,)) and (not found or d.fact.key == found[0].fact.key)):
                found.append(d)
        if not found:
            return None
        return dataclasses.replace(found[0], also=found[1].fact if len(found) > 1 else None, variants=())

    def _declined_about(self, d0: Decision, a: Analysis, ctx: Context, refs: set[str],
                        positions: set[int]) -> Decision:
        """A question the facts cannot answer, declined about the record its reference stands for
        ("when was he born?" -> "I don't know that about Yusif Abdullayev"), as the question naming
        that record would be; one that names a thing, or refers to nothing, as it stands. A kind noun refers as a
        pronoun does ("how many delegates attended the forum?" after the forum talked about: not another forum's)."""
        if not (refs or referring_kinds(a)) or any(m.named for m in a.mentions.values()):
            return d0
        a = without(a, positions)
        referents = self._referents(ctx, refs, a)
        if not referents:
            return d0
        d = self.matcher.decide_analysis(inject(a, referents[0]))
        return declined(d) if d.kind in ("fact", "decline") else d0

    def _after_an_unknown(self, d0: Decision) -> Decision:
        """A question right after one about a thing the facts do not know, nothing else talked about: a fact of a
        thing the question's own words do not name ("who are the parties to the agreement on it?", "Кто стороны этого
        меморандума?", "涉及哪些领域？") would be about another thing than the one meant: declined."""
        if d0.kind != "fact":
            return d0
        return d0 if self._own_words_name(d0.fact.subject, d0.analysis) else declined(d0)

    def advance(self, ctx: Context | None, d: Decision) -> Context:
        """The context after the reply to decision `d` (see advance.py)."""
        return context_after(ctx, d, self.matcher.index)


    def _topic(self, ctx: Context, a: Analysis) -> str | None:
        """What the conversation is about, as far as the question goes: the context's subject, or the
        latest record of the kind the question names ("the memorandum")."""
        kinds = referring_kinds(a)
        if not kinds:
            return ctx.subject
        return next((e for e in ctx.entities if e in kinds), None)

    def _referents(self, ctx: Context, refs: set[str], a: Analysis) -> list[tuple[str, ...]]:
        """The records (alone or together) the question may be about, likeliest first. A kind noun
        in a question without a pronoun ("the memorandum") limits them to things of that kind."""
        is_person = self._is_person

        known = [e for e in ctx.entities if self.base.get(e) is not None]
        # with no pronoun, a kind noun is the reference; with one ("which agency does he work for"), it is not
        kinds = set() if refs else referring_kinds(a)
        if kinds:
            known = [e for e in known if e in kinds]
        subject = [ctx.subject] if ctx.subject in known else []
        fresh = [e for e in ctx.fresh if e in known]
        if kinds and not known:  # "the memorandum" when the conversation was not about one: the one its subject
            # is linked with, else the one another thing talked about is (the auction's supporter's plant), if any,
            # else the question as it is ("that forum" points back to one named: none)
            if points_back(a):
                return []
            linked = (self._its_one_of_kind((e,), a, ctx) for e in dict.fromkeys((ctx.subject, *ctx.fresh, *known)) if e)
            return next(([(e,)] for e in linked if e), [])
        out: list[tuple[str, ...]] = []
        if "plural" in refs:
            if len(fresh) >= 2:
                out.append(tuple(fresh))
            out += [(e,) for e in subject]
            people = [e for e in known if is_person(e)]
            if len(people) >= 2:
                out.append(tuple(people[:2]))
            # (a company is "they" too: "the offshore wind project they're developing")
            out += [(e,) for e in dict.fromkeys([*fresh, *known]) if self.base.get(e).type == "organization"]
        if "person" in refs and not ctx.someone:  # ("his position" after "who met him?" unanswered: not his)
            out += [(e,) for e in dict.fromkeys([*fresh, *subject, *known]) if is_person(e)]
        if "thing" in refs and not ctx.something:  # ("who signed it?" after "what document did he sign?"
            out += [(e,) for e in dict.fromkeys([*subject, *fresh, *known]) if not is_person(e)]  # unanswered)
        if "any" in refs:  # "его", "onun": a person the last answer named first, else what it was about (of two
            # people it named, "о нём" says neither: what the answer was about, "who signed the plan?" the plan)
            people = [e for e in fresh if is_person(e)]
            out += [(e,) for e in dict.fromkeys([*(people if len(people) == 1 else ()), *subject, *fresh, *known])]
        if not refs:  # ellipsis: the subject, then what the last answer named (and with a kind noun, "the round
            # table", the latest thing of that kind the conversation named)
            out += [(e,) for e in dict.fromkeys([*subject, *fresh, *(known if kinds else ())])]
        # what the question asks of its words, not only of its question words, says what it is about:
        # "Где он работает?" (where does he work) is a person's, not the meeting's
        return sorted(dict.fromkeys(out), key=lambda r: -max(self._fit(e, a) for e in r))

    def _unsaid(self, f: Fact, a: Analysis) -> list[str]:
        """The question's words nothing explains, but those of the fact's figure's name ("how many households will
        it supply?" of "households_supplied")."""
        return [w for w in a.residual if not figure_says(self.matcher.index, f, w)]

    def _a_person_unanswered(self, a: Analysis, referents: tuple[str, ...], candidates: list[tuple[str, ...]]) -> bool:
        """"А сколько ему лет?" (how old is he / it?) after a meeting of two people: "ему" may be the meeting or
        one of them, and a person fits the question as well as the thing that would answer (a person's age, the
        meeting's date). No fact says it of that person, so what answers is only a guess at what was meant."""
        if len(referents) != 1 or self._is_person(referents[0]):
            return False
        fit = self._fit(referents[0], a)
        for other in candidates:
            if (len(other) == 1 and self._is_person(other[0]) and self._fit(other[0], a) == fit
                    and asked_attributes("person", a.tags, a.early_q)):
                d = self.matcher.decide_analysis(inject(a, other))
                if not (d.kind == "fact" and d.fact.subject == other[0] and asked(d, a)):
                    return True
        return False

    def _answers_itself(self, d: Decision, a: Analysis, referents: tuple[str, ...]) -> bool:
        """"Кто её возглавляет?" (who heads her) read about a person: "who ... X" asks for someone
        else, not for X's own title ("Wu is Deputy Director General")."""
        f = d.fact
        return ("q_who" in a.tags and bool(a.attribute_tags - CONNECTIVES - ASKING) and f.subject in referents
                and self._is_person(f.subject) and not any(self.base.get(v) for v in value_ids(f, self.base)))

    def _touches(self, d: Decision, ctx: Context, a: Analysis) -> bool:
        """Is `d`'s fact about what the question names, or about a thing of the conversation or one it
        involves? A question naming nothing, asked in a conversation, is not about a thing of no part in it."""
        f = d.fact
        if f.subject in a.mentions or f.subject in ctx.entities:
            return True
        return bool(set(f.related) & set(ctx.entities))

    def _involves(self, d: Decision, unsure: Decision) -> bool:
        """Is `d`'s fact one of those `unsure` hesitates between (or about one of their subjects)?"""
        subjects = {f.subject for f in (unsure.fact, *unsure.rivals) if f is not None}
        return d.fact is not None and d.fact.subject in subjects

    def _of_another_country(self, f: Fact, a: Analysis) -> bool:
        """"Who spoke for the Chinese side there?" after an Azerbaijani's statement: a "who" that says a country, of a
        fact whose people are all of another country (as the facts give their countries), is not answered by it."""
        if "q_who" not in a.tags:
            return False
        named_at = {p for m in a.mentions.values() if not m.via_kind for p in m.positions}
        said = {m.label for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).countries.find(a.seq)
                if not set(range(m.start, m.end)) & named_at}
        if not said:
            return False
        people = {e for e in ({f.subject} | set(f.related) | set(value_ids(f, self.base))) if self._is_person(e)}
        countries = {self.matcher.index.country_of.get(e) for e in people} - {None}
        return bool(countries) and not countries & said

    def _is_person(self, e: str | None) -> bool:
        rec = self.base.get(e) if e else None
        return rec is not None and rec.type == "person"

    def _fit(self, e: str, a: Analysis) -> int:
        """How many of the question's own words (not question words) ask an attribute of e's type (or, of a person,
        of the events whose participants name them: "O, kimlə görüşüb?", whom did he meet, is asked of his meetings)."""
        rec = self.base.get(e)
        if rec is None:
            return 0
        attrs = asked_attributes(rec.type, a.tags, a.early_q)
        if rec.type == "person" and not attrs and self._takes_part(e):
            attrs = [(k, w) for k, w in asked_attributes("event", a.tags, a.early_q) if k == f"event.{PARTICIPANTS}"]
        return max((len([t for t in SPECS[k].used(a.tags) if not t.startswith("q_")]) for k, _ in attrs), default=0)

    def _takes_part(self, person: str) -> bool:
        """Is the person among the participants of an event the facts hold?"""
        return any(f.attribute == PARTICIPANTS for f in self.matcher.index.by_related.get(person, ()))


def _named_by_what_it_asks(a: Analysis, e: str) -> bool:
    """Is `e` named, not clearly, only by words that ask what the question asks ("How much money is being invested
    in it?": "invested" is a word of the Investment ... Conference's name, and what is asked of "it")? Such a
    word names no thing of its own: the reference stands for the thing talked about."""
    m = a.mentions.get(e)
    if m is None or m.named or m.via_kind or not m.positions:
        return False
    cued = {p for code in dict.fromkeys((a.lang, "en")) for c in lexicon(code).cues.find(a.seq)
            if not c.label.startswith("q_") for p in range(c.start, c.end)}
    return m.positions <= cued


def _defined_apart(a: Analysis, ref_positions: set[int]) -> bool:
    """Does the question ask what a thing is in words of its own, beside the "and" that makes it a follow-up
    ("А кто такой ...?", "А что такое ...?"): its own question, not the last one asked again?"""
    return any(m.label == "define" and not set(range(m.start, m.end)) <= ref_positions
               for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).cues.find(a.seq))
