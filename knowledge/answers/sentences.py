"""One sentence per kind of fact: `_<type>_<attribute>(fact, record)` for each record type.

Renderer.body() picks the method by the fact's key ("organization.founded" -> `_organization_founded`).
"""
from __future__ import annotations

import datetime as dt
import re

from ..facts.atoms import Fact, cited_text, event_date
from ..language.text import tokens
from ..facts.models import Agreement, Event, Initiative, Organization, Person, Source
from .phrasing import Phrasing


class OrganizationSentences(Phrasing):
    """Sentences about organization facts."""

    def _organization_summary(self, f: Fact, rec: Organization) -> str:
        return self.profile(rec.id)

    def _organization_full_name(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.full_name", acronym=rec.acronym, full_name=self.name(rec.id, full=True, with_acronym=False))

    def _organization_founded(self, f: Fact, rec: Organization) -> str:
        founder = self.m("phrases.founder_clause", founder=self.name(rec.founder.value, full=True)) if rec.founder else ""
        return self._a("organization.founded", subject=self.name(rec.id), year=rec.founded.value, founder_clause=founder,
                       year_ord=self.ordinal(rec.founded.value))

    def _organization_founder(self, f: Fact, rec: Organization) -> str:
        year = self.m("phrases.year_clause", year=rec.founded.value, year_ord=self.ordinal(rec.founded.value)) if rec.founded else ""
        return self._a("organization.founder", subject=self.name(rec.id), founder=self.name(rec.founder.value, full=True), year_clause=year)

    def _organization_age(self, f: Fact, rec: Organization) -> str:
        years = self.today.year - rec.founded.value
        return self._a("organization.age", subject=self.name(rec.id), year=rec.founded.value, years=years, today=self.date(self.today),
                       year_ord=self.ordinal(rec.founded.value), years_phrase=self.count_phrase(years, "phrases.years_forms"))

    def _organization_age_at(self, f: Fact, rec: Organization) -> str:
        thing = self.index.base.get(f.attribute.split(":", 1)[1])
        date = event_date(thing, self.index.base)
        years = date.value.year - rec.founded.value - ((date.value.month, date.value.day) < (1, 1))
        return self._a("organization.age_at", subject=self.name(rec.id), year=rec.founded.value, years=years,
                       event=self.name(thing.id, full=True), date=self.date(date.value),
                       year_ord=self.ordinal(rec.founded.value), years_phrase=self.count_phrase(years, "phrases.years_forms"))

    def _organization_head(self, f: Fact, rec: Organization) -> str:
        head_id = f.evidence[0].value  # the record's head, or a person whose role says they lead it
        head = self.index.base.get(head_id)
        role = self.text(head.role) if isinstance(head, Person) and head.role else ""
        return self._a(_head_template(rec, role), subject=self.name(rec.id, full=True), head=self.name(head_id), role=role)

    def _organization_mission(self, f: Fact, rec: Organization) -> str:
        subject = self.name(rec.id)
        parts = []
        if rec.objective:
            parts.append(self.m("phrases.mission_objective", subject=subject, objective=self.text(rec.objective)))
            if rec.purpose:
                parts.append(self.m("phrases.mission_purpose", purpose=self.purpose(rec.purpose)))
        elif rec.purpose:
            parts.append(self.m("phrases.mission_purpose_only", subject=subject, purpose=self.purpose(rec.purpose)))
        return self.opt("sentence_sep", " ").join(parts)

    def _organization_country(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.country", subject=self.name(rec.id, full=True), country=self.text(rec.country))

    def _organization_based_in(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.based_in", subject=self.name(rec.id, full=True), based_in=self.text(rec.based_in))

    def _organization_parent(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.parent", subject=self.name(rec.id), parent=self.name(rec.parent.value, full=True))



class PersonSentences(Phrasing):
    """Sentences about person facts."""

    def role_phrase(self, rec: Person) -> str:
        role = self.text(rec.role) if rec.role else ""
        if not rec.organization:
            return role
        org = self.name(rec.organization.value, full=True)
        key = "phrases.role_at_of" if " of " in role and self.lex.code == "en" else "phrases.role_at"
        return self.m(key, role=role, organization=org, organization_short=self.name(rec.organization.value))

    def _person_summary(self, f: Fact, rec: Person) -> str:
        first = self._a("person.summary", subject=self.name(rec.id), role_phrase=self.role_phrase(rec))
        more = self.about(rec.id, limit=1, skip={"summary", "role", "organization"}, own=False)
        return f"{first}{self.opt('sentence_sep', ' ')}{more}".strip()

    def _person_role(self, f: Fact, rec: Person) -> str:
        return self._a("person.role", subject=self.name(rec.id), role_phrase=self.role_phrase(rec))

    def _person_organization(self, f: Fact, rec: Person) -> str:
        role = self.text(rec.role) if rec.role else ""
        return self._a("person.organization", subject=self.name(rec.id), organization=self.name(rec.organization.value, full=True), role=role)



class EventSentences(Phrasing):
    """Sentences about event facts."""

    def _name_of(self, f: Fact, rec: Organization | Event | Agreement) -> str:
        kind = getattr(rec, "kind", None) or rec.type
        return self._a("name", kind=kind.lower() if self.lex.code == "en" else kind, name=self.name(rec.id, full=True))

    _organization_name = _event_name = _agreement_name = _name_of

    def _parent_event(self, rec: Event) -> str:
        return self.name(rec.part_of.value, full=True) if rec.part_of else ""

    def _event_summary(self, f: Fact, rec: Event) -> str:
        return self.profile(rec.id)

    def _event_date(self, f: Fact, rec: Event) -> str:
        d = event_date(rec, self.index.base)
        days = self._days_held(rec)
        if not isinstance(d.value, dt.date) or d.expected:  # "in the first half of 2026", "is expected ..."
            key = "event.date_expected" if d.expected else "event.date_period"
            when = self.m("phrases.on_date", date=days) if days else self.when_clause(d)
            return self._a(key, subject=self.name(rec.id, full=True), when=when)
        if rec.date is None and rec.part_of:
            return self._a("event.date_part_of", subject=self.name(rec.id), parent=self._parent_event(rec), date=self.date(d.value))
        return self._a("event.date", subject=self.name(rec.id, full=True), date=days or self.date(d.value))

    def _days_held(self, rec: Event) -> str:
        """"12–13 May 2027" for an event of several days: its own first and last day; "" otherwise, so an
        answer to "when" does not give the first day of a forum as if it were the whole of it."""
        start, end = rec.date and rec.date.value, rec.end_date and rec.end_date.value
        if not (isinstance(start, dt.date) and isinstance(end, dt.date) and end > start):
            return ""
        return self.day_range(start, end)

    def _event_ago(self, f: Fact, rec: Event) -> str:
        """How long ago an event was held; one still to come is said as how long until it, never "-2 days ago"."""
        d = event_date(rec, self.index.base).value
        if d > self.today:
            return self._a("event.ahead", subject=self.name(rec.id), date=self.date(d), ahead=self.span(self.today, d),
                           today=self.date(self.today))
        return self._a("event.ago", subject=self.name(rec.id), date=self.date(d), ago=self.span(d, self.today), today=self.date(self.today))

    def _event_days_to_report(self, f: Fact, rec: Event) -> str:
        d = event_date(rec, self.index.base)
        src = self.index.base.get(d.source)
        return self._a("event.days_to_report", subject=self.name(rec.id), date=self.date(d.value), publisher=src.publisher,
                       days=(src.published - d.value).days, report_date=self.date(src.published))

    def _event_place(self, f: Fact, rec: Event) -> str:
        # (an event still to come "is to be held" there: "the 4th meeting ... will be held in Changsha")
        d = event_date(rec, self.index.base)
        coming = d is not None and (d.expected or isinstance(d.value, dt.date) and d.value > self.today)
        return self._a("event.place_expected" if coming else "event.place", subject=self.name(rec.id),
                       place=self.text(rec.place))

    def _event_part_of(self, f: Fact, rec: Event) -> str:
        return self._a("event.part_of", subject=self.name(rec.id), parent=self._parent_event(rec))

    def _event_organizers(self, f: Fact, rec: Event) -> str:
        return self._a("event.organizers", subject=self.name(rec.id, full=True), organizers=self.names(rec.organizers.value, full=True))

    def _event_supporters(self, f: Fact, rec: Event) -> str:
        return self._a("event.supporters", subject=self.name(rec.id, full=True), supporters=self.names(rec.supporters.value, full=True))

    def _event_participants(self, f: Fact, rec: Event) -> str:
        people = []
        for pid in rec.participants.value:
            p = self.index.base.get(pid)
            if isinstance(p, Person) and p.role:
                people.append(self.opt("phrases.participant", f"{self.name(pid)} ({self.role_phrase(p)})",
                                       name=self.name(pid), role_phrase=self.role_phrase(p)))
            else:
                people.append(self.name(pid, full=True))
        parent = self._parent_event(rec) or self.name(rec.id)
        return self._a("event.participants", participants=self.join(people), parent=parent)

    def _event_companies(self, f: Fact, rec: Event) -> str:
        """How many companies took part; "from both sides" only where the source says so (its sentence says both
        sides or both countries), never of companies it says are one country's ("70 Chinese companies")."""
        approx = self.qualifier(rec.companies)
        key = "event.companies_both" if _says_both_sides(f) else "event.companies"
        return self._a(key, subject=self.name(rec.id, full=True), companies=rec.companies.value, approx=approx)

    def _event_discussed(self, f: Fact, rec: Event) -> str:
        items = rec.discussed.translations.get(self.lex.code)
        topics = items if items else self.join(list(rec.discussed.value))
        if not items and self.lex.code != "en":
            self.fell_back = True
        return self._a("event.discussed", subject=self.name(rec.id), discussed=topics, discussed_intro=self.m("phrases.discussed_intro"))

    def _event_highlights(self, f: Fact, rec: Event) -> str:
        return self._a("event.highlights", subject=self.name(rec.id), highlights=self.opt("highlights_sep", "; ").join(self.text(h) for h in rec.highlights))

    def _event_clause(self, rec: Agreement) -> str:
        return self.m("phrases.event_clause", event=self.name(rec.signed_at.value, full=True)) if rec.signed_at else ""



class AgreementSentences(Phrasing):
    """Sentences about agreement facts."""

    def _agreement_days_to_report(self, f: Fact, rec: Agreement) -> str:
        src = self.index.base.get(rec.date.source)
        return self._a("agreement.days_to_report", subject=self.name(rec.id), date=self.date(rec.date.value),
                       publisher=src.publisher, days=(src.published - rec.date.value).days,
                       report_date=self.date(src.published))

    def _agreement_summary(self, f: Fact, rec: Agreement) -> str:
        return self.profile(rec.id)

    def _agreement_parties(self, f: Fact, rec: Agreement) -> str:
        if rec.parties is None:
            return ""
        subject = f"the {rec.kind}" if self.lex.code == "en" else rec.display(self.lex.code)
        return self._a("agreement.parties", subject=subject, parties=self.names(rec.parties.value, full=True), event_clause=self._event_clause(rec))

    def _agreement_date(self, f: Fact, rec: Agreement) -> str:
        if not isinstance(rec.date.value, dt.date) or rec.date.expected:
            key = "agreement.date_expected" if rec.date.expected else "agreement.date_period"
            return self._a(key, subject=self.name(rec.id), when=self.when_clause(rec.date),
                           event_clause=self._event_clause(rec))
        return self._a("agreement.date", subject=self.name(rec.id), date=self.date(rec.date.value), event_clause=self._event_clause(rec))

    def _agreement_signed_at(self, f: Fact, rec: Agreement) -> str:
        date = self.m("phrases.date_clause", date=self.when(rec.date.value)) if rec.date else ""
        return self._a("agreement.signed_at", subject=self.name(rec.id), event=self.name(rec.signed_at.value, full=True), date_clause=date)

    def _agreement_purpose(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.purpose", subject=self.name(rec.id), purpose=self.purpose(rec.purpose))



class InitiativeSentences(Phrasing):
    """Sentences about initiative facts."""

    def _initiative_summary(self, f: Fact, rec: Initiative) -> str:
        return self.profile(rec.id)

    def _initiative_owner(self, f: Fact, rec: Initiative) -> str:
        return self._a("initiative.owner", subject=self.name(rec.id), owner=self.name(rec.owner.value, full=True))

    def _initiative_count(self, f: Fact, rec: Initiative) -> str:
        key = f.attribute.split(":", 1)[1]
        cited = rec.counts[key]
        src = self.index.base.get(cited.source)
        owner = self.name(rec.owner.value) if rec.owner else ""
        measure = self.m(f"phrases.measure.{key}") or key.replace("_", " ")
        return self._a("initiative.count", subject=self.name(rec.id), owner=owner, count=cited.value, measure=measure,
                       as_of=self.date(src.published) if isinstance(src, Source) else "")



class SourceSentences(Phrasing):
    """Sentences about source facts."""

    def _source_summary(self, f: Fact, rec: Source) -> str:
        informant = self.m("phrases.informant_clause", informant=self.name(rec.informant.value)) if rec.informant else ""
        return self.m("phrases.source_summary", informant_clause=informant, **self._src_values(rec))

    def _any_reported_by(self, f: Fact, rec) -> str:
        """Who reported a thing (understanding/provenance.py): the sources of what is said of it."""
        return self._a("any.reported_by", subject=self.name(rec.id, full=True),
                       publishers=self.citation(list(dict.fromkeys(c.source for c in f.evidence))))

    def _source_publisher(self, f: Fact, rec: Source) -> str:
        # (a report without a dateline says its date alone, not "(, 26 December 2025)")
        return self._a("source.publisher" if rec.place else "source.publisher_undated_place", **self._src_values(rec))

    def _source_published(self, f: Fact, rec: Source) -> str:
        v = self._src_values(rec)
        return self._a("source.published", place_clause=self.m("phrases.place_clause", place=v["place"]) if rec.place else "", **v)

    def _source_title(self, f: Fact, rec: Source) -> str:
        return self._a("source.title", title=rec.title, **self._src_values(rec))

    def _source_place(self, f: Fact, rec: Source) -> str:
        return self._a("source.place", **self._src_values(rec))

    def _source_informant(self, f: Fact, rec: Source) -> str:
        return self._a("source.informant", informant=self.name(rec.informant.value, full=True), **self._src_values(rec))


def _head_template(org: Organization, role: str) -> str:
    """The head's sentence as the role allows: "its Rector", but "Rector of the SIVC" where the role itself
    names the organization (its acronym, or two of its name's longer words: not "its Rector of the SIVC"), and
    no role at all where none is stated."""
    if not role:
        return "organization.head_unroled"
    words = set(re.findall(r"\w+", role.casefold()))
    named = (len({w for w in re.findall(r"\w+", n.casefold()) if len(w) > 3} & words) >= 2
             for n in (org.name, *getattr(org, "aliases", ())))
    if (org.acronym and org.acronym.casefold() in words) or any(named):
        return "organization.head_titled"
    return "organization.head"


_BOTH_SIDES = (("both", "sides"), ("both", "countries"))


def _says_both_sides(fact: Fact) -> bool:
    """Does a sentence the fact is cited from say "both sides" or "both countries"?"""
    for c in fact.evidence:
        words = tokens(cited_text(c))
        pairs = set(zip(words, words[1:]))
        if any(p in pairs for p in _BOTH_SIDES):
            return True
    return False
