"""What a question asks for: tags found in it, scored against each attribute's needs.

Tags are language-independent (the per-language cue phrases in knowledge/lang/*.yaml
produce them). An attribute is asked for when one tag of each of its `need` groups is
present; `boost` tags make it likelier, `avoid` tags point to a sibling attribute
(e.g. "who founded" is the founder, not the founding year).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    need: tuple[frozenset[str], ...]
    boost: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()
    # May the question leave out the subject ("number of participating businesses")?
    standalone: bool = False
    # Must the subject be named, not just a kind noun? ("during which event" names the parent, not the child)
    named_subject: bool = False

    def score(self, tags: frozenset[str]) -> float:
        if not all(group & tags for group in self.need):
            return 0.0
        hits = sum(len(group & tags) > 0 for group in self.need)
        return 1.0 + 0.1 * hits + 0.25 * len(self.boost & tags) - 0.6 * len(self.avoid & tags)


def spec(*need: str, boost: str = "", avoid: str = "", standalone: bool = False, named_subject: bool = False) -> Spec:
    return Spec(
        need=tuple(frozenset(g.split("|")) for g in need),
        boost=frozenset(boost.split()) if boost else frozenset(),
        avoid=frozenset(avoid.split()) if avoid else frozenset(),
        standalone=standalone,
        named_subject=named_subject,
    )


SPECS: dict[str, Spec] = {
    # organizations
    "organization.founded": spec("found", boost="q_when", avoid="q_who by_whom howlong q_why purpose"),
    "organization.founder": spec("found", "q_who|by_whom", avoid="q_when"),
    "organization.age": spec("howlong", avoid="ago"),
    "organization.head": spec("head", avoid="found meet discuss sign"),
    "organization.mission": spec("purpose|do|sector|q_why", avoid="howlong head fullname q_when"),
    "organization.full_name": spec("fullname|name"),
    "organization.country": spec("country"),
    "organization.based_in": spec("q_where"),
    "organization.parent": spec("parent", named_subject=True),
    # people
    "person.role": spec("role|head", avoid="workfor"),
    "person.organization": spec("workfor"),
    "person.age": spec("howlong"),
    "person.founded": spec("found"),
    # events
    "event.date": spec("q_when", boost="hold", avoid="howlong ago days q_where found"),
    "event.ago": spec("ago|howlong", avoid="days"),
    "event.days_to_report": spec("days", "report|publish|publisher"),
    "event.place": spec("q_where", avoid="partof"),
    "event.part_of": spec("partof", boost="meet", named_subject=True),
    "event.organizers": spec("organize", boost="q_who", avoid="support"),
    "event.supporters": spec("support", avoid="organize"),
    "event.participants": spec("meet|participate", "q_who|parties", avoid="company q_howmany discuss"),
    "event.companies": spec("company|participate", boost="q_howmany company", avoid="q_who", standalone=True),
    "event.discussed": spec("discuss", standalone=True),
    "event.highlights": spec("highlight", avoid="discuss"),
    "event.founded": spec("found"),
    # agreements
    "agreement.parties": spec("sign|parties", boost="q_who parties between", avoid="q_when q_where expect purpose q_howmany"),
    "agreement.date": spec("q_when", boost="sign", avoid="howlong found"),
    "agreement.signed_at": spec("q_where|partof"),
    "agreement.purpose": spec("purpose|expect|q_why", avoid="q_when"),
    # initiatives
    "initiative.count": spec("measure", boost="q_howmany", standalone=True),
    "initiative.owner": spec("owner|head|organize", "q_who|by_whom", avoid="measure"),
    "initiative.summary": spec("initiative", boost="q_which name"),
    # the source
    "source.publisher": spec("publisher|report|publish", "q_who|q_which|publisher", avoid="q_when told days"),
    "source.published": spec("report|publish|publisher", "q_when", avoid="days"),
    "source.place": spec("q_where", "report|publish"),
    "source.informant": spec("told"),
}


def asked_attributes(rtype: str, tags: frozenset[str]) -> list[tuple[str, float]]:
    """Attribute keys of a record type the tags ask for, best first."""
    prefix = rtype + "."
    out = [(k, s.score(tags)) for k, s in SPECS.items() if k.startswith(prefix)]
    return sorted(((k, s) for k, s in out if s > 0), key=lambda e: -e[1])
