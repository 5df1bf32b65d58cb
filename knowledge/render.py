"""Facts to sentences, in the asker's language, from the templates in knowledge/lang/*.yaml.

A language that lacks a template falls back to English for that sentence (and the
answer says which language it is in). Names, dates, numbers and lists are written
the way each language writes them.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .facts import Fact, event_date, value_ids
from .index import FactIndex
from .lexicon import Lexicon, lexicon
from .models import Agreement, Cited, Event, Initiative, Organization, Person, Source

_POSSESSIVE = re.compile(r"^\w+['\u2019]s ")
_DOUBLE_STOP = re.compile(r"\.\.(?=\s|$)")


class Renderer:
    def __init__(self, index: FactIndex, lang: str, today: dt.date) -> None:
        self.index = index
        self.lex: Lexicon = lexicon(lang)
        self.en: Lexicon = lexicon("en")
        self.today = today
        self.fell_back = False  # set when a template was missing in `lang`

    @property
    def lang(self) -> str:
        return self.lex.code

    # --- words -----------------------------------------------------------------------------
    def m(self, key: str, **values: Any) -> str:
        text = self.lex.msg(key, **values)
        if text is None:
            self.fell_back = self.lex.code != "en"
            text = self.en.msg(key, **values)
        return text if text is not None else ""

    def opt(self, key: str, default: str, **values: Any) -> str:
        """A formatting message a language may set (list separators, name patterns); `default` otherwise."""
        text = self.lex.msg(key, **values)
        return default if text is None else text

    def name(self, rid: str, *, full: bool = False, article: bool = True, with_acronym: bool = True) -> str:
        rec = self.index.base.get(rid)
        if rec is None:
            return rid
        if isinstance(rec, Source):
            return rec.publisher
        local = rec.names.get(self.lex.code)
        acronym = getattr(rec, "acronym", None)
        if acronym and not full:
            return acronym  # "AZPROMO" in every language
        if local:
            base = local
            if isinstance(rec, Person) and local != rec.name:
                # "Юсиф Абдуллаев (Yusif Abdullayev)": the spelling of the (English) source alongside
                base = self.opt("phrases.person_name", local, local=local, original=rec.name)
        else:
            base = rec.name
            if self.lex.code != "en":
                self.fell_back = True
        if full and with_acronym and acronym and acronym not in base:
            base = self.opt("phrases.name_acronym", f"{base} ({acronym})", name=base, acronym=acronym)
        if isinstance(rec, Initiative) and self.lex.code == "en" and not local:
            return f"the \u201c{rec.name}\u201d initiative"
        if (article and self.lex.code == "en" and not local
                and isinstance(rec, (Organization, Event, Agreement)) and not _POSSESSIVE.match(base)):
            first = base.split()[0].lower()
            if first == "meeting":
                base = first + base[len(first):]
            return "the " + base
        return base

    def join(self, items: list[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        sep = self.opt("list_sep", ", ")
        last = self.opt("list_and_sep", f" {self.m('list_and')} ")
        return f"{sep.join(items[:-1])}{last}{items[-1]}"

    def names(self, ids: tuple[str, ...] | list[str], *, full: bool = False) -> str:
        return self.join([self.name(i, full=full) for i in ids])

    def date(self, d: dt.date) -> str:
        months = self.lex.messages.get("months") or self.en.messages["months"]
        return self.m("date", day=d.day, month=months[d.month - 1], year=d.year, m=d.month,
                      year_ord=self.ordinal(d.year))

    def ordinal(self, n: int) -> str:
        """`n` as an ordinal where the language marks it ("2003-cü"): messages.ordinal gives the suffix
        by the last non-zero unit, ten, hundred or thousand; plain `n` otherwise."""
        rule = self.lex.messages.get("ordinal")
        if not isinstance(rule, dict):
            return str(n)
        if n % 10:
            suffix = rule["units"][n % 10]
        elif n % 100:
            suffix = rule["tens"][n // 10 % 10]
        elif n % 1000:
            suffix = rule["hundred"]
        else:
            suffix = rule["thousand"]
        return str(rule.get("format", "{n}{suffix}")).format(n=n, suffix=suffix)

    def count_phrase(self, n: int, key: str) -> str:
        """"22 года", "25 лет": the message at `key` lists the forms (one, few, many for Slavic
        plurals; one, other otherwise); `n` alone if the language lists none."""
        forms = _lookup_list(self.lex.messages, key)
        if not forms:
            return str(n)
        if len(forms) >= 3:
            i = 0 if n % 10 == 1 and n % 100 != 11 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
        else:
            i = 0 if n == 1 else len(forms) - 1
        return forms[i].format(n=n)

    def text(self, cited: Cited) -> str:
        """A free-text value in this language, or English (flagged) if it has no translation."""
        if self.lex.code == "en":
            return str(cited.value)
        tr = cited.translations.get(self.lex.code)
        if tr is None:
            self.fell_back = True
            return str(cited.value)
        return tr

    def span(self, start: dt.date, end: dt.date) -> str:
        months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
        years, months = divmod(max(months, 0), 12)
        parts = []
        if years:
            parts.append(self.m("phrases.ago_year") if years == 1 else self.m("phrases.ago_years", n=years))
        if months:
            parts.append(self.m("phrases.ago_month") if months == 1 else self.m("phrases.ago_months", n=months))
        if not parts:
            days = (end - start).days
            parts.append(self.m("phrases.ago_day") if days == 1 else self.m("phrases.ago_days", n=days))
        return self.m("phrases.ago_join").join(parts)

    # --- facts -----------------------------------------------------------------------------
    def body(self, fact: Fact, *, counted: bool = False) -> str:
        """The answer sentence(s); `counted` adds how many there are to a list ("— 3 in all")."""
        rec = self.index.base.get(fact.subject)
        method = getattr(self, "_" + fact.key.replace(".", "_"), None)
        text = method(fact, rec) if method else ""
        values = value_ids(fact, self.index.base)
        if counted and len(values) > 1 and getattr(getattr(rec, fact.attribute, None), "value", None) == values:
            text = text.rstrip().rstrip(".\u3002") + self.m("phrases.count_suffix", n=len(values))
        # a date ending in an abbreviation ("21 апреля 2025 г.") at the end of a sentence: one full stop
        return _capitalize(_DOUBLE_STOP.sub(".", text.strip()))

    def question(self, fact: Fact) -> str:
        values = {"subject": self.name(fact.subject, article=True)}
        if fact.attribute.startswith("count:"):
            values["measure"] = self.m(f"phrases.measure.{fact.attribute[6:]}") or fact.attribute[6:].replace("_", " ")
        if fact.attribute.startswith("age_at:"):
            values["event"] = self.name(fact.attribute.split(":", 1)[1], full=True)
        return _capitalize(self.m(f"questions.{fact.key}", **values))

    def what(self, key: str, subject: str, measure: str | None = None) -> str:
        values = {"subject": self.name(subject), "measure": measure or ""}
        text = self.lex.msg(f"what.{key}", **values) or self.en.msg(f"what.{key}", **values)
        return text or self.m("what.generic", **values)

    def _a(self, key: str, **values: Any) -> str:
        return self.m(f"answer.{key}", **values)

    def _organization_summary(self, f: Fact, rec: Organization) -> str:
        return self.about(rec.id, limit=3, skip={"summary"})

    def _organization_full_name(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.full_name", acronym=rec.acronym, full_name=self.name(rec.id, full=True, with_acronym=False))

    def _name_of(self, f: Fact, rec: Organization | Event | Agreement) -> str:
        kind = getattr(rec, "kind", None) or rec.type
        return self._a("name", kind=kind.lower() if self.lex.code == "en" else kind, name=self.name(rec.id, full=True))

    _organization_name = _event_name = _agreement_name = _name_of

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
        head = self.index.base.get(rec.head.value)
        role = self.text(head.role) if isinstance(head, Person) and head.role else ""
        return self._a("organization.head", subject=self.name(rec.id, full=True), head=self.name(rec.head.value), role=role)

    def _organization_mission(self, f: Fact, rec: Organization) -> str:
        subject = self.name(rec.id)
        parts = []
        if rec.objective:
            parts.append(self.m("phrases.mission_objective", subject=subject, objective=self.text(rec.objective)))
            if rec.purpose:
                parts.append(self.m("phrases.mission_purpose", purpose=self.text(rec.purpose)))
        elif rec.purpose:
            parts.append(self.m("phrases.mission_purpose_only", subject=subject, purpose=self.text(rec.purpose)))
        return self.opt("sentence_sep", " ").join(parts)

    def _organization_country(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.country", subject=self.name(rec.id, full=True), country=self.text(rec.country))

    def _organization_based_in(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.based_in", subject=self.name(rec.id, full=True), based_in=self.text(rec.based_in))

    def _organization_parent(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.parent", subject=self.name(rec.id), parent=self.name(rec.parent.value, full=True))

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

    def _parent_event(self, rec: Event) -> str:
        return self.name(rec.part_of.value, full=True) if rec.part_of else ""

    def _event_summary(self, f: Fact, rec: Event) -> str:
        return self.about(rec.id, limit=3, skip={"summary", "name", "ago", "days_to_report"})

    def _event_date(self, f: Fact, rec: Event) -> str:
        d = event_date(rec, self.index.base)
        if rec.date is None and rec.part_of:
            return self._a("event.date_part_of", subject=self.name(rec.id), parent=self._parent_event(rec), date=self.date(d.value))
        return self._a("event.date", subject=self.name(rec.id, full=True), date=self.date(d.value))

    def _event_ago(self, f: Fact, rec: Event) -> str:
        d = event_date(rec, self.index.base).value
        return self._a("event.ago", subject=self.name(rec.id), date=self.date(d), ago=self.span(d, self.today), today=self.date(self.today))

    def _event_days_to_report(self, f: Fact, rec: Event) -> str:
        d = event_date(rec, self.index.base)
        src = self.index.base.get(d.source)
        return self._a("event.days_to_report", subject=self.name(rec.id), date=self.date(d.value), publisher=src.publisher,
                       days=(src.published - d.value).days, report_date=self.date(src.published))

    def _agreement_days_to_report(self, f: Fact, rec: Agreement) -> str:
        src = self.index.base.get(rec.date.source)
        return self._a("agreement.days_to_report", subject=self.name(rec.id), date=self.date(rec.date.value),
                       publisher=src.publisher, days=(src.published - rec.date.value).days,
                       report_date=self.date(src.published))

    def _event_place(self, f: Fact, rec: Event) -> str:
        return self._a("event.place", subject=self.name(rec.id), place=self.text(rec.place))

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
        approx = self.m("approx") + self.opt("word_space", " ") if rec.companies.approximate else ""
        return self._a("event.companies", subject=self.name(rec.id, full=True), companies=rec.companies.value, approx=approx)

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

    def _agreement_summary(self, f: Fact, rec: Agreement) -> str:
        return self.about(rec.id, limit=2, skip={"summary", "name", "date", "signed_at"})

    def _agreement_parties(self, f: Fact, rec: Agreement) -> str:
        subject = f"the {rec.kind}" if self.lex.code == "en" else rec.display(self.lex.code)
        return self._a("agreement.parties", subject=subject, parties=self.names(rec.parties.value, full=True), event_clause=self._event_clause(rec))

    def _agreement_date(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.date", subject=self.name(rec.id), date=self.date(rec.date.value), event_clause=self._event_clause(rec))

    def _agreement_signed_at(self, f: Fact, rec: Agreement) -> str:
        date = self.m("phrases.date_clause", date=self.date(rec.date.value)) if rec.date else ""
        return self._a("agreement.signed_at", subject=self.name(rec.id), event=self.name(rec.signed_at.value, full=True), date_clause=date)

    def _agreement_purpose(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.purpose", subject=self.name(rec.id), purpose=self.text(rec.purpose))

    def _initiative_summary(self, f: Fact, rec: Initiative) -> str:
        return self.about(rec.id, limit=2, skip={"summary"})

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

    def _src_values(self, rec: Source) -> dict[str, Any]:
        places = self.lex.messages.get("places") or {}
        place = places.get(rec.place, rec.place) if rec.place else ""
        return {"publisher": rec.publisher, "place": place, "date": self.date(rec.published)}

    def citation(self, source_ids: list[str]) -> str:
        """The sources as this language cites them: publisher, place, date."""
        out = []
        for sid in source_ids:
            src = self.index.base.get(sid)
            if isinstance(src, Source):
                v = self._src_values(src)
                out.append(self.opt("citation_sep", ", ").join(p for p in (v["publisher"], v["place"], v["date"]) if p))
        return "; ".join(out)

    def _source_summary(self, f: Fact, rec: Source) -> str:
        informant = self.m("phrases.informant_clause", informant=self.name(rec.informant.value)) if rec.informant else ""
        return self.m("phrases.source_summary", informant_clause=informant, **self._src_values(rec))

    def _source_publisher(self, f: Fact, rec: Source) -> str:
        return self._a("source.publisher", **self._src_values(rec))

    def _source_published(self, f: Fact, rec: Source) -> str:
        v = self._src_values(rec)
        return self._a("source.published", place_clause=self.m("phrases.place_clause", place=v["place"]) if rec.place else "", **v)

    def _source_place(self, f: Fact, rec: Source) -> str:
        return self._a("source.place", **self._src_values(rec))

    def _source_informant(self, f: Fact, rec: Source) -> str:
        return self._a("source.informant", informant=self.name(rec.informant.value, full=True), **self._src_values(rec))

    # --- what is known about a thing -------------------------------------------------------------
    def about_facts(self, rid: str, *, limit: int, skip: set[str] = frozenset(), own: bool = True) -> list[Fact]:
        """The facts that best describe a record: its own first, then those it takes part in
        (the index keeps both lists in that order of importance)."""
        chosen: list[Fact] = []
        if own:
            for f in self.index.by_subject.get(rid, ()):
                if f.attribute not in skip:
                    chosen.append(f)
                    if len(chosen) == limit:
                        return chosen
        for f in self.index.by_related.get(rid, ()):
            if f.attribute != "organization" and rid in self._referenced_by(f):
                chosen.append(f)
                if len(chosen) == limit:
                    break
        return chosen

    def _referenced_by(self, fact: Fact) -> tuple[str, ...]:
        return value_ids(fact, self.index.base)

    def about(self, rid: str, *, limit: int, skip: set[str] = frozenset(), own: bool = True) -> str:
        return self.chain([self.body(f) for f in self.about_facts(rid, limit=limit, skip=skip, own=own)], rid)

    def chain(self, sentences: list[str], rid: str) -> str:
        """Sentences about one thing as one text: "The conference was held ... It was organized by ...",
        not its long name again and again (English; other languages keep the name)."""
        if self.lex.code == "en":
            names = sorted({_capitalize(self.name(rid, full=full)) for full in (False, True)}, key=len, reverse=True)
            for i in range(1, len(sentences)):
                for name in names:
                    if sentences[i].startswith(name + " ") and any(t.startswith(name) for t in sentences[:i]):
                        sentences[i] = "It" + sentences[i][len(name):]
                        break
        return self.opt("sentence_sep", " ").join(sentences)


def _lookup_list(messages: dict[str, Any], key: str) -> list[str]:
    """A list message at a dotted key ("phrases.years_forms"), or []."""
    node: Any = messages
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return [str(x) for x in node] if isinstance(node, list) else []


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
