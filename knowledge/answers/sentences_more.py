"""Sentences for what the partnership news states beyond the first report: money, quantities, signatories,
projects, statistics, statements, sectors, partial and expected dates.

Values are worded by Phrasing (`money`, `quantity`, `when`, `qualifier`); templates live under
`answer.<type>.<attribute>` in knowledge/data/lang/*.yaml like every other sentence.
"""
from __future__ import annotations

import math
from typing import Any

from ..facts.atoms import Fact
from ..facts.models import Agreement, Claim, Event, Organization, Project, Statement, Statistic
from ..facts.values import Change as ChangeValue, Money, Quantity
from .phrasing import Phrasing


class ValueWords(Phrasing):
    """Money, quantities, changes and measures in the asker's language."""

    def number(self, x: float, *, grouped: bool = True) -> str:
        sep = self.opt("thousands_sep", ",") if grouped else ""
        if float(x).is_integer():
            return f"{int(x):,}".replace(",", sep)
        return f"{x:,.3f}".rstrip("0").rstrip(".").replace(",", "\u2009").replace(".", self.opt("decimal_sep", ".")) \
            .replace("\u2009", sep)

    def scaled(self, amount: float) -> str:
        """335000000 -> "335 million" ("3.35亿" in Chinese): the largest scale word the language has that fits."""
        scales = self.lex.messages.get("scales") or self.en.messages.get("scales") or []
        for factor, word in scales:
            factor = float(factor)
            if abs(amount) >= factor:
                n = amount / factor
                # four significant digits, as "748.8 million" is said: "7.488亿", not "7.49亿"
                n = round(n, 3) if abs(n) < 10 else round(n, 2) if abs(n) < 100 else round(n, 1)
                # (below the next scale word, so written without a thousands separator: "2900万", not "2,900万")
                return self.m("phrases.scaled", n=self.number(n, grouped=False), scale=word)
        return self.number(amount)

    def money(self, m: Money) -> str:
        names = self.lex.messages.get("currencies") or {}
        key = f"phrases.money_{m.currency}" if self.lex.msg(f"phrases.money_{m.currency}") else "phrases.money"
        return self.m(key, amount=self.scaled(m.amount), currency=names.get(m.currency, m.currency))

    def quantity(self, q: Quantity) -> str:
        units = self.lex.messages.get("units") or {}
        unit = units.get(q.unit, q.unit)
        if q.unit == "%":
            return self.m("phrases.percent", n=self.number(q.amount))
        return self.m("phrases.quantity", n=self.scaled(q.amount) if q.amount >= 1e6 else self.number(q.amount),
                      unit=unit)

    def measure(self, value: Any) -> str:
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, Quantity):
            return self.quantity(value)
        if isinstance(value, (int, float)):
            return self.number(value)
        return str(value)

    def claimed(self, cited: Claim) -> str:
        """A figure with its qualifier: "nearly 200", "more than $1 billion"."""
        return self.qualifier(cited) + self.measure(cited.value)

    def change(self, c: ChangeValue) -> str:
        amount = self.m("phrases.percent", n=self.number(c.amount)) if c.unit == "%" else \
            f"{self.number(c.amount)} {c.unit}"
        key = "phrases.change_up" if c.direction == "up" else "phrases.change_down"
        since = self.m("phrases.compared_to", period=self.when(c.compared_to)) if c.compared_to else ""
        return self.m(key, amount=amount, compared_clause=since)

    def listed(self, values: tuple[str, ...] | list[str], cited: Claim | None = None) -> str:
        if cited is not None and self.lex.code != "en":
            tr = cited.translations.get(self.lex.code)
            if tr:
                return tr
            self.fell_back = True
        return self.join(list(values))


class MoreEventSentences(ValueWords):
    def _event_end_date(self, f: Fact, rec: Event) -> str:
        expected = rec.end_date.expected or bool(rec.date and rec.date.expected)  # a forum still to come
        key = "event.end_date_expected" if expected else "event.end_date"
        return self._a(key, subject=self.name(rec.id, full=True), when=self.when_clause(rec.end_date))

    def _event_co_organizers(self, f: Fact, rec: Event) -> str:
        return self._a("event.co_organizers", subject=self.name(rec.id, full=True),
                       names=self.names(rec.co_organizers.value, full=True))

    def _event_opened_by(self, f: Fact, rec: Event) -> str:
        return self._a("event.opened_by", subject=self.name(rec.id, full=True), person=self.name(rec.opened_by.value))

    def _count(self, f: Fact, rec: Event, attr: str) -> str:
        cited = getattr(rec, attr)
        return self._a(f"event.{attr}", subject=self.name(rec.id, full=True), n=self.claimed(cited))

    def _event_participants_count(self, f: Fact, rec: Event) -> str:
        return self._count(f, rec, "participants_count")

    def _event_delegation_size(self, f: Fact, rec: Event) -> str:
        return self._count(f, rec, "delegation_size")

    def _event_documents_signed(self, f: Fact, rec: Event) -> str:
        return self._count(f, rec, "documents_signed")

    def _event_total_value(self, f: Fact, rec: Event) -> str:
        return self._a("event.total_value", subject=self.name(rec.id, full=True), value=self.claimed(rec.total_value))

    def _event_deals_total(self, f: Fact, rec: Event) -> str:
        values = [c.value for c in f.evidence if isinstance(getattr(c, "value", None), Money)]
        total = Money(amount=math.fsum(v.amount for v in values), currency=values[0].currency)
        return self._a("event.deals_total", subject=self.name(rec.id, full=True), value=self.money(total),
                       n=len(values))

    def _event_sectors(self, f: Fact, rec: Event) -> str:
        return self._a("event.sectors", subject=self.name(rec.id, full=True), sectors=self.listed(rec.sectors.value, rec.sectors))

    def _event_theme(self, f: Fact, rec: Event) -> str:
        return self._a("event.theme", subject=self.name(rec.id, full=True), theme=self.text(rec.theme))

    def _event_outcome(self, f: Fact, rec: Event) -> str:
        return self._a("event.outcome", subject=self.name(rec.id, full=True), outcome=self.text(rec.outcome))


class MoreAgreementSentences(ValueWords):
    def _agreement_signatories(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.signatories", subject=self.name(rec.id), names=self.names(rec.signatories.value))

    def _agreement_place(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.place", subject=self.name(rec.id), place=self.text(rec.place))

    def _agreement_value(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.value", subject=self.name(rec.id), value=self.claimed(rec.value))

    def _agreement_sectors(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.sectors", subject=self.name(rec.id), sectors=self.listed(rec.sectors.value, rec.sectors))

    def _agreement_term(self, f: Fact, rec: Agreement) -> str:
        return self._a("agreement.term", subject=self.name(rec.id), term=self.text(rec.term))

    def _organization_sectors(self, f: Fact, rec: Organization) -> str:
        return self._a("organization.sectors", subject=self.name(rec.id), sectors=self.listed(rec.sectors.value, rec.sectors))


class ProjectSentences(ValueWords):
    def _project_summary(self, f: Fact, rec: Project) -> str:
        return self.profile(rec.id)

    def _project_orgs(self, rec: Project, attr: str) -> str:
        return self._a(f"project.{attr}", subject=self.name(rec.id), names=self.names(getattr(rec, attr).value, full=True))

    def _project_developer(self, f: Fact, rec: Project) -> str:
        return self._project_orgs(rec, "developer")

    def _project_investor(self, f: Fact, rec: Project) -> str:
        return self._project_orgs(rec, "investor")

    def _project_contractor(self, f: Fact, rec: Project) -> str:
        return self._project_orgs(rec, "contractor")

    def _project_agreements(self, f: Fact, rec: Project) -> str:
        return self._project_orgs(rec, "agreements")

    def _project_capacity(self, f: Fact, rec: Project) -> str:
        return self._a("project.capacity", subject=self.name(rec.id), value=self.claimed(rec.capacity))

    def _project_investment(self, f: Fact, rec: Project) -> str:
        return self._a("project.investment", subject=self.name(rec.id), value=self.claimed(rec.investment))

    def _project_jobs(self, f: Fact, rec: Project) -> str:
        return self._a("project.jobs", subject=self.name(rec.id), n=self.claimed(rec.jobs))

    def _project_text(self, rec: Project, attr: str) -> str:
        return self._a(f"project.{attr}", subject=self.name(rec.id), value=self.text(getattr(rec, attr)))

    def _project_sector(self, f: Fact, rec: Project) -> str:
        return self._project_text(rec, "sector")

    def _project_place(self, f: Fact, rec: Project) -> str:
        return self._project_text(rec, "place")

    def _project_status(self, f: Fact, rec: Project) -> str:
        return self._project_text(rec, "status")

    def _project_purpose(self, f: Fact, rec: Project) -> str:
        return self._a("project.purpose", subject=self.name(rec.id), value=self.purpose(rec.purpose))

    def _project_start(self, f: Fact, rec: Project) -> str:
        key = "project.start_expected" if rec.start.expected else "project.start"
        return self._a(key, subject=self.name(rec.id), when=self.when_clause(rec.start))

    def _project_completion(self, f: Fact, rec: Project) -> str:
        key = "project.completion_expected" if rec.completion.expected else "project.completion"
        return self._a(key, subject=self.name(rec.id), when=self.when_clause(rec.completion))

    def _project_figure(self, f: Fact, rec: Project) -> str:
        key = f.attribute.split(":", 1)[1]
        measure = self.m(f"phrases.measure.{key}") or _measure_words(key, rec.figures[key].value)
        return self._a("project.figure", subject=self.name(rec.id), measure=measure, value=self.claimed(rec.figures[key]))


def _measure_words(key: str, value: object) -> str:
    """An admin's figure key said as words: 'investment_azn' of an amount in manats is 'investment' (the amount
    says its currency), 'site_area' is 'site area'."""
    words = key.split("_")
    currency = getattr(value, "currency", None)
    if len(words) > 1 and isinstance(currency, str) and words[-1].upper() == currency:
        words = words[:-1]
    return " ".join(words)


class StatisticSentences(ValueWords):
    def _statistic_summary(self, f: Fact, rec: Statistic) -> str:
        return self.profile(rec.id)

    def _statistic_value(self, f: Fact, rec: Statistic) -> str:
        period = self.m("phrases.period_clause", period=self.when(rec.period.value)) if rec.period else ""
        return self._a("statistic.value", subject=self.name(rec.id), value=self.claimed(rec.value), period_clause=period)

    def _statistic_period(self, f: Fact, rec: Statistic) -> str:
        return self._a("statistic.period", subject=self.name(rec.id), period=self.when(rec.period.value))

    def _statistic_change(self, f: Fact, rec: Statistic) -> str:
        """Its change, with the figure that changed when the record states it ("SJAG revenue, 2025: 6.8 billion
        yuan, up 9% on 2024"): a change alone does not say how much there is."""
        if rec.value is None:
            return self._a("statistic.change", subject=self.name(rec.id), change=self.change(rec.change.value))
        return self._a("statistic.change_of_value", subject=self.name(rec.id), value=self.claimed(rec.value),
                       change=self.change(rec.change.value))

    def _statistic_difference(self, f: Fact, rec: Statistic) -> str:
        """The figure, the earlier one it is compared to and the difference (understanding/difference.py)."""
        now, before, change = f.evidence[:3]
        earlier = self.index.base.get(f.attribute.split(":", 1)[1])
        gap = now.value.amount - before.value.amount
        if isinstance(now.value, Money):
            diff = self.money(Money(amount=abs(gap), currency=now.value.currency))
        else:
            diff = self.quantity(Quantity(amount=abs(gap), unit=now.value.unit))
        key = "statistic.difference_up" if gap >= 0 else "statistic.difference_down"
        return self._a(key, subject=self.name(rec.id), value=self.claimed(now), period=self.when(earlier.period.value),
                       earlier_value=self.claimed(before), difference=diff, change=self.change(change.value))

    def _statistic_between(self, f: Fact, rec: Statistic) -> str:
        return self._a("statistic.between", subject=self.name(rec.id), between=self.listed(rec.between.value, rec.between))

    def _statistic_rank(self, f: Fact, rec: Statistic) -> str:
        return self._a("statistic.rank", subject=self.name(rec.id), rank=self.text(rec.rank))

    def _statistic_measure(self, f: Fact, rec: Statistic) -> str:
        return self._a("statistic.measure", subject=self.name(rec.id), measure=self.text(rec.measure))


class StatementSentences(ValueWords):
    def _statement_summary(self, f: Fact, rec: Statement) -> str:
        return self._statement_said(f, rec)

    def _statement_said(self, f: Fact, rec: Statement) -> str:
        at = self.m("phrases.at_clause", event=self.name(rec.at.value, full=True)) if rec.at else ""
        if rec.speaker is None:
            return self._a("statement.said_by_source", said=self.text(rec.said), at_clause=at)
        return self._a("statement.said", speaker=self.name(rec.speaker.value), said=self.text(rec.said), at_clause=at)

    def _statement_speaker(self, f: Fact, rec: Statement) -> str:
        return self._statement_said(f, rec)

    def _statement_at(self, f: Fact, rec: Statement) -> str:
        return self._statement_said(f, rec)

    def _statement_date(self, f: Fact, rec: Statement) -> str:
        return self._a("statement.date", subject=self.name(rec.id), when=self.when_clause(rec.date))
