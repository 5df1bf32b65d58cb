"""Words, names, dates, numbers and lists in the asker's language: what every answer sentence is built from.

Templates come from knowledge/data/lang/*.yaml; a language that lacks one falls back to English
for that sentence (and `fell_back` says so).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..facts.atoms import Fact, value_ids
from ..facts.models import Agreement, Cited, Claim, Event, Initiative, Organization, Person, Source
from ..facts.values import period_parts
from ..language.lexicon import Lexicon, lexicon
from ..understanding.index import FactIndex

# what tells each type of thing best, first in its profile (the rest follow in the order of importance)
PROFILE_FIRST = {
    "organization": ("mission", "sectors", "head", "founded", "parent", "based_in"),
    "project": ("developer", "place", "investment", "capacity", "jobs", "status", "start", "completion", "purpose"),
    "agreement": ("parties", "date", "purpose", "value", "signatories"),
    "event": ("date", "place", "organizers", "participants", "discussed", "outcome"),
    "statistic": ("value", "period", "change"),
    "initiative": ("owner", "count"),
}
PROFILE_SIZE = 5  # facts in a profile: a few sentences, the rest one tap away ("More")
DERIVED = frozenset({"summary", "age", "ago", "days_to_report", "name"})  # computed, or the profile itself
PROFILE_SKIP = DERIVED | {"measure", "signed_at"}  # (a statistic's measure and an agreement's occasion are said in others)

_POSSESSIVE = re.compile(r"^\w+['\u2019]s ")


class Phrasing:
    """The building blocks of answer sentences; `body()` (in Renderer) turns one fact into one."""

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

    def day_range(self, start: dt.date, end: dt.date) -> str:
        """First to last day: "12–13 May 2027" within a month (the language's `date_days`), the two dates
        as a span otherwise."""
        if (start.year, start.month) == (end.year, end.month) and self.lex.msg("date_days"):
            months = self.lex.messages.get("months") or self.en.messages["months"]
            return self.m("date_days", day=start.day, end_day=end.day, month=months[start.month - 1],
                          year=start.year, m=start.month, year_ord=self.ordinal(start.year))
        return self.m("period.span", start=self.date(start), end=self.date(end))

    def qualifier(self, cited: Claim | None) -> str:
        """"nearly ", "more than " before a figure, in this language ("" when the figure is exact or unqualified)."""
        q = getattr(cited, "qualifier", None)
        if q is None or q == "exactly":
            return ""
        text = self.lex.msg(f"qualifiers.{q}")
        if text is None and q == "nearly":
            text = self.lex.msg("approx")
        if text is None:
            text = self.en.msg(f"qualifiers.{q}") or ""
            self.fell_back = self.lex.code != "en"
        return text + self.opt("word_space", " ") if text else ""

    def when(self, value: dt.date | str, *, alone: bool = False) -> str:
        """A date or a period as this language writes it after its preposition ("17 April 2025", "2027",
        "April 2025", "the first half of 2026", "January–April 2025"); `alone`: as a heading or a line of a
        timeline, a month without a day in the form the language file gives for that (`months_alone`: "апрель
        2025 г.", not "апреля")."""
        if isinstance(value, dt.date):
            return self.date(value)
        months = self.lex.messages.get("months") or self.en.messages["months"]
        if alone:
            months = self.lex.messages.get("months_alone") or months
        words = []
        for grain, year, n in period_parts(value):
            if grain == "day":
                words.append(self.date(dt.date(year, n // 100, n % 100)))
            elif grain == "year":
                words.append(self.m("period.year", year=year, year_ord=self.ordinal(year)))
            elif grain == "month":
                words.append(self.m("period.month", month=months[n - 1], year=year, year_ord=self.ordinal(year)))
            else:
                words.append(self.m(f"period.{grain}{n}", year=year, year_ord=self.ordinal(year)))
        if len(words) == 2:
            return self.m("period.span", start=words[0], end=words[1])
        return words[0]

    def when_clause(self, cited: Claim) -> str:
        """"on 17 April 2025" / "in 2027" as the language puts a date after a verb."""
        if isinstance(cited.value, dt.date):
            return self.m("phrases.on_date", date=self.date(cited.value))
        return self.m("phrases.in_period", period=self.when(cited.value))

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

    def purpose(self, cited: Cited) -> str:
        """A purpose as the templates' verb takes it: sources state it as "to advance …", "advancing …" or
        "a redefinition of …"; English templates say "is meant {purpose}", so what is not "to …" is "for …"."""
        text = self.text(cited)
        if self.lex.code == "en" and not text.lower().startswith(("to ", "for ", "in order to ")):
            return "for " + text
        return text

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

    def _a(self, key: str, **values: Any) -> str:
        return self.m(f"answer.{key}", **values)

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

    def profile_facts(self, rid: str) -> list[Fact]:
        """The facts of a record's profile ("tell me about X"), for its sources: see `_profile`."""
        return list(self._profile(rid).values())

    def profile(self, rid: str) -> str:
        return self.chain(list(self._profile(rid)), rid)

    def _profile(self, rid: str) -> dict[str, Fact]:
        """A record's profile, each sentence with the fact it says: what tells its type of thing best first (a
        project's developer, place, money, capacity and jobs; an agreement's parties, date and purpose), then
        the rest in the index's order of importance, each saying something the ones before did not."""
        rec = self.index.base.get(rid)
        first = PROFILE_FIRST.get(getattr(rec, "type", ""), ())
        rank = {attr: i for i, attr in enumerate(first)}
        own = [f for f in self.index.by_subject.get(rid, ()) if f.attribute not in PROFILE_SKIP]
        own.sort(key=lambda f: rank.get(f.attribute.partition(":")[0], len(first)))  # (stable: importance after)
        chosen: dict[str, Fact] = {}
        for f in own + self.about_facts(rid, limit=PROFILE_SIZE, own=False):
            text = self.body(f)
            if text and text not in chosen:
                chosen[text] = f
                if len(chosen) == PROFILE_SIZE:
                    break
        return chosen

    def about(self, rid: str, *, limit: int, skip: set[str] = frozenset(), own: bool = True) -> str:
        return self.chain([self.body(f) for f in self.about_facts(rid, limit=limit, skip=skip, own=own)], rid)

    def chain(self, sentences: list[str], rid: str) -> str:
        """Sentences about one thing as one text: "The conference was held ... It was organized by ...",
        not its long name again and again (English; other languages keep the name)."""
        person = getattr(self.index.base.get(rid), "type", None) == "person"
        if self.lex.code == "en" and not person:  # (a person is no "it"; their gender the facts do not say)
            names = sorted({_capitalize(self.name(rid, full=full)) for full in (False, True)}, key=len, reverse=True)
            for i in range(1, len(sentences)):
                for name in names:
                    if sentences[i].startswith(name + " ") and any(t.startswith(name) for t in sentences[:i]):
                        sentences[i] = "It" + sentences[i][len(name):]
                        break
        return self.opt("sentence_sep", " ").join(sentences)


    def body(self, fact: Fact, *, counted: bool = False) -> str:  # pragma: no cover - Renderer's
        raise NotImplementedError


def _lookup_list(messages: dict[str, Any], key: str) -> list[str]:
    """A list message at a dotted key ("phrases.years_forms"), or []."""
    node: Any = messages
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return [str(x) for x in node] if isinstance(node, list) else []


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
