"""What a question asks for: tags found in it, scored against each attribute's needs.

Tags are language-independent (the per-language cue phrases in knowledge/data/lang/*.yaml
produce them). An attribute is asked for when one tag of each of its `need` groups is
present (or of each group of one of its `alternatives`); `boost` tags make it likelier,
`avoid` tags point to a sibling attribute ("who founded" is the founder, not the year).
Each attribute also says what kind of answer it gives (`answers`): a question word that
asks for another kind ("where", "when", "how many") counts against it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

# question-word tags and the kind of answer each asks for
QUESTION_KINDS = {"q_where": "place", "q_when": "time", "q_howmany": "count"}
MISMATCH = 0.6


@dataclass(frozen=True)
class Spec:
    need: tuple[tuple[frozenset[str], ...], ...]  # alternatives, each a tuple of groups
    boost: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()  # "place", "time", "count": what kind of answer it gives
    # May the question leave out the subject ("number of participating businesses")?
    standalone: bool = False
    # Must the subject be named, not just a kind noun? ("during which event" names the parent, not the child)
    named_subject: bool = False
    # May it be asked from the value's side ("What did the Ministry of Economy set up?"), unless these tags
    # say the value's own attribute is asked ("Who founded the Ministry?")
    reverse: bool = False
    reverse_avoid: frozenset[str] = frozenset()
    # A list answers "how many" only when the question counts its members ("how many organizations")
    count_with: frozenset[str] = frozenset()
    # Tags without which it does not answer when its subject is not named
    standalone_needs: frozenset[str] = frozenset()

    def score(self, tags: frozenset[str], asked: frozenset[str] | None = None) -> float:
        """How well the tags ask for this attribute (0: not at all, 1 or more: asked). `asked` are the
        question words that decide the kind of answer wanted (default: all question words in `tags`)."""
        asked = tags if asked is None else asked
        # a question word late in a question that opens with another ("What did they discuss when they met?")
        # says when, not what is asked
        late = frozenset(t for t in tags - asked if t in QUESTION_KINDS) if any(t.startswith("q_") for t in asked) else frozenset()
        best = 0.0
        for groups in self.need:
            if all(group & tags and (group & tags) - late for group in groups):
                best = max(best, 1.0 + 0.1 * len(groups))
        if not best:
            return 0.0
        # with "and" a question may ask two things: what points to a sibling attribute does not count
        avoid = 0.0 if "also" in tags else MISMATCH
        score = best + 0.25 * len(self.boost & tags) - avoid * len(self.avoid & tags)
        # "where and when was it signed?" asks two kinds of answer: an attribute giving one of them is asked
        both = "also" in tags and any(QUESTION_KINDS[q] in self.answers for q in asked if q in QUESTION_KINDS)
        for qtag, kind in QUESTION_KINDS.items():
            if kind == "count" and self.count_with & tags:
                continue
            if qtag in asked and kind not in self.answers and not both:
                score -= MISMATCH
        return score


    def used(self, tags: frozenset[str]) -> frozenset[str]:
        """The tags that make this attribute asked (those of its satisfied need groups)."""
        out: set[str] = set()
        for groups in self.need:
            if all(group & tags for group in groups):
                out.update(*(group & tags for group in groups))
        return frozenset(out)


def spec(*need: str, alt: tuple[str, ...] = (), boost: str = "", avoid: str = "", answers: str = "",
         standalone: bool = False, named_subject: bool = False, reverse: bool = False,
         reverse_avoid: str = "", count_with: str = "", standalone_needs: str = "") -> Spec:
    """`need` groups are "a|b" (one of); `alt` gives further alternatives as "a|b+c" (groups joined by +)."""
    alternatives = [tuple(frozenset(g.split("|")) for g in need)] if need else []
    alternatives += [tuple(frozenset(g.split("|")) for g in a.split("+")) for a in alt]
    return Spec(
        need=tuple(alternatives),
        boost=frozenset(boost.split()),
        avoid=frozenset(avoid.split()),
        answers=frozenset(answers.split()),
        standalone=standalone,
        named_subject=named_subject,
        reverse=reverse or bool(reverse_avoid),
        reverse_avoid=frozenset(reverse_avoid.split()),
        count_with=frozenset(count_with.split()),
        standalone_needs=frozenset(standalone_needs.split()),
    )


SPECS: dict[str, Spec] = {
    # organizations
    "organization.summary": spec("define", named_subject=True),
    "organization.founded": spec("found", boost="q_when", avoid="q_who by_whom howlong ago q_why purpose do",
                                 answers="time"),
    "organization.founder": spec("found", "q_who|by_whom|q_which", avoid="purpose do", answers="time",
                                 reverse_avoid="q_who by_whom"),
    "organization.age": spec("howlong|ago", answers="time count"),
    "organization.age_at": spec("howlong|ago", answers="time count"),
    "organization.head": spec("head", boost="q_who", avoid="found meet discuss sign deputy", reverse_avoid="q_who"),
    "organization.mission": spec("purpose|do|sector", alt=("q_why+found|howlong",),
                                 avoid="howlong head fullname q_when"),
    "organization.full_name": spec("fullname|name", avoid="head q_who"),
    "organization.name": spec("fullname|name", avoid="head q_who"),
    "organization.country": spec("country", answers="place"),
    "organization.based_in": spec("q_where", answers="place"),
    "organization.parent": spec("parent", named_subject=True),
    # people
    "person.summary": spec("define", named_subject=True),
    "person.role": spec("role|head|deputy", alt=("do+q_which",), avoid="workfor meet"),
    "person.organization": spec("workfor", avoid="meet", answers="place", reverse_avoid="q_which by_whom"),
    "person.age": spec("howlong", answers="time count"),
    # events
    "event.summary": spec("define", named_subject=True),
    "event.name": spec("name|fullname", avoid="head"),
    "event.date": spec("q_when", boost="hold", avoid="howlong ago days found", answers="time"),
    "event.ago": spec("ago|howlong", avoid="days report publish", answers="time count"),
    "event.days_to_report": spec("days|ago|howlong", "report|publish|publisher", answers="time count"),
    "event.place": spec("q_where", avoid="partof", answers="place"),
    "event.part_of": spec("partof|parent", alt=("q_where+meet",), boost="meet", answers="place time", named_subject=True),
    "event.organizers": spec("organize", boost="q_who", avoid="support measure", count_with="members", reverse=True),
    "event.supporters": spec("support", avoid="measure", count_with="members", reverse=True),
    "event.participants": spec("meet|participate", "q_who|parties|by_whom", avoid="company q_howmany highlight discuss name fullname"),
    "event.companies": spec(alt=("company+q_howmany|participate", "participate+q_howmany"), boost="company",
                            avoid="q_who", answers="count", standalone=True, standalone_needs="participate"),
    "event.discussed": spec("discuss", boost="said_q", avoid="highlight", standalone=True),
    "event.highlights": spec("highlight", boost="said_q", standalone=True),
    "event.founded": spec("found", answers="time"),
    # agreements
    "agreement.summary": spec("define", named_subject=True),
    "agreement.name": spec("name|fullname", avoid="head"),
    "agreement.parties": spec("sign|parties|between|partner", boost="q_who parties", avoid="q_when expect purpose days partof money signer",
                              count_with="members",
                              reverse=True),
    "agreement.date": spec("q_when", boost="sign", avoid="howlong found days", answers="time"),
    "agreement.days_to_report": spec("days|ago|howlong", "report|publish|publisher", answers="time count"),
    "agreement.signed_at": spec("q_where|partof", answers="place"),
    "agreement.purpose": spec("purpose|expect|q_why|discuss", avoid="q_when sector"),
    "event.co_organizers": spec("organize", "co", boost="q_who", count_with="members", reverse=True),
    "event.opened_by": spec("open", boost="q_who"),
    "event.end_date": spec("q_when", "end", answers="time"),
    "event.participants_count": spec("participate", "q_howmany", avoid="company", answers="count"),
    "event.delegation_size": spec("delegation", "q_howmany", answers="count"),
    "event.documents_signed": spec("document", "q_howmany|total", boost="sign", avoid="money", answers="count"),
    "event.total_value": spec("money", boost="document sign total", answers="count"),
    "event.deals_total": spec("money", "total", boost="sign", answers="count"),
    "event.sectors": spec("sector", avoid="purpose"),
    "event.theme": spec("theme"),
    "event.outcome": spec("outcome_q", avoid="q_why"),  # (what came of it says no why: "Why did the EBRD win?")
    # agreements (the newer attributes)
    "agreement.signatories": spec("signer", alt=("sign+q_who",), boost="q_who", count_with="members"),
    "agreement.place": spec("q_where", "sign", avoid="partof", answers="place"),
    "agreement.value": spec("money", answers="count"),
    "agreement.sectors": spec("sector", avoid="purpose"),
    "agreement.term": spec("term"),
    "organization.sectors": spec("sector", alt=("do+q_which",), avoid="found head"),
    # projects
    "project.summary": spec("define", named_subject=True),
    "project.name": spec("name|fullname", avoid="head"),
    "project.developer": spec("develop|partner", boost="q_who", avoid="rank", reverse=True, count_with="members"),
    "project.investor": spec("invest", "q_who|q_which|by_whom", avoid="money", reverse=True),
    "project.contractor": spec("build", boost="q_who", avoid="q_when complete", reverse=True),
    "project.agreements": spec("sign|document", avoid="q_when publisher", reverse=True),
    "project.capacity": spec("capacity", answers="count"),
    "project.investment": spec("money", alt=("invest+q_howmany",), answers="count"),
    "project.jobs": spec("jobs", answers="count"),
    "project.sector": spec("sector", avoid="purpose"),
    "project.place": spec("q_where", avoid="trade", answers="place"),  # ("where will its output be exported?")
    "project.status": spec("status"),
    "project.purpose": spec("purpose|expect|q_why", avoid="q_when"),
    "project.start": spec("q_when|start_q", "found|start_q|build", avoid="complete days howlong ago", answers="time"),
    "project.completion": spec("complete", boost="q_when", answers="time"),
    "project.figure": spec("measure", answers="count"),
    # statistics
    "statistic.summary": spec("define", named_subject=True),
    "statistic.value": spec("money|q_howmany|figure_q|trade", answers="count", standalone=True,
                            standalone_needs="trade", avoid="change"),  # a level is no change
    "statistic.period": spec("q_when", answers="time"),
    "statistic.change": spec("change", answers="count"),  # "by how much did it grow": a number
    "statistic.between": spec("between", boost="q_who", avoid="trade money figure_q change q_howmany"),
    "statistic.rank": spec("rank"),
    "statistic.measure": spec("define|measure"),
    # statements
    "statement.summary": spec("define", named_subject=True),
    "statement.said": spec("highlight|said_q", boost="said_q", standalone=True, standalone_needs="said_q"),
    "statement.speaker": spec("said_q", "q_who"),
    "statement.at": spec("said_q", "q_where|partof", alt=("said_q+q_which",)),
    "statement.date": spec("said_q", "q_when", answers="time"),
    # initiatives
    "initiative.count": spec("measure", boost="q_howmany", answers="count", standalone=True),
    "initiative.owner": spec("owner|head|organize", "q_who|by_whom", avoid="measure", reverse_avoid="q_who"),
    "initiative.summary": spec("initiative|define", boost="q_which name"),
    # the source
    "source.summary": spec("define", alt=("provenance",), named_subject=True),
    "source.publisher": spec("publisher|report|publish", "q_who|q_which|publisher", avoid="told days found"),
    "source.published": spec("report|publish|publisher", "q_when", avoid="days", answers="time"),
    "source.place": spec("q_where", "report|publish", answers="place"),
    "source.title": spec("name", "report|publish", boost="report", avoid="publisher"),  # "the title of the Azeri Observer article"
    "source.informant": spec("told"),
}


def asked_attributes(rtype: str, tags: frozenset[str], asked: frozenset[str] | None = None) -> list[tuple[str, float]]:
    """Attribute keys of a record type the tags ask for, best first (summaries aside)."""
    prefix = rtype + "."
    scores = spec_scores(tags, asked)
    out = [(k, scores[k]) for k in SPECS if k.startswith(prefix) and not k.endswith(".summary")]
    return sorted(((k, s) for k, s in out if s >= 1.0), key=lambda e: -e[1])


@lru_cache(maxsize=1024)
def spec_scores(tags: frozenset[str], asked: frozenset[str] | None = None) -> Mapping[str, float]:
    """Every attribute's Spec.score for these tags, made once per set of tags (questions share them:
    scoring a question would otherwise score every spec several times over)."""
    return MappingProxyType({k: s.score(tags, asked) for k, s in SPECS.items()})


@lru_cache(maxsize=1024)
def asked_keys(tags: frozenset[str], asked: frozenset[str] | None = None) -> frozenset[str]:
    """The attribute keys these tags ask for (a Spec.score of 1 or more)."""
    return frozenset(k for k, v in spec_scores(tags, asked).items() if v >= 1.0)

