"""Scoring a draft against hand-encoded facts (bench/data/drafting/gold.yaml), per fact.

A fact is (record type, record, field, value); a list field (organizers, parties,
discussed) gives one fact per member. Drafted records are matched to hand-encoded
ones by name or acronym (agreements and meetings by their parties or participants);
a kind matches when one's words are among the other's ("Agreement" for "loan agreement");
a reference matches when it points to the record the hand-encoded name stands for
(an existing record of the fact base by its id). Free text (roles, purposes,
discussed items) matches when its words mostly agree (rapidfuzz token_set_ratio).
recall = hand-encoded facts drafted with the right value / hand-encoded facts;
precision = drafted facts that are right / drafted facts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from knowledge.drafting.link import name_key

FIELDS = {
    "organization": ("acronym", "country", "founded", "founder", "based_in", "head", "parent"),
    "person": ("role", "organization"),
    "event": ("kind", "date", "place", "organizers", "supporters", "participants", "companies", "part_of",
              "discussed", "participants_count", "end_date"),
    "agreement": ("kind", "parties", "date", "signed_at", "purpose", "value", "signatories", "place"),
    "initiative": ("owner",),
    "project": ("place", "developer", "investor", "capacity", "investment", "jobs", "start", "completion"),
    "statistic": ("value", "period", "change"),
    "statement": ("speaker", "at", "said"),
}
REFS = {"founder", "head", "parent", "organization", "organizers", "supporters", "participants", "part_of",
        "parties", "signed_at", "owner", "signatories", "developer", "investor", "speaker", "at"}
FUZZY = {"role": 85, "purpose": 75, "discussed": 75, "kind": 90, "said": 70}  # kind: "Agreement" is right for "loan agreement"
SOURCE_FIELDS = ("publisher", "published", "place", "title")


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    drafted: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("gold", "found", "drafted", "right"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.misses += other.misses
        self.wrong += other.wrong


def _text(v) -> str:
    return re.sub(r"^(?:to|the)\s+", "", " ".join(str(v).replace("–", "-").split()).lower())


def _amount(text: str) -> tuple[float, str]:
    n, _, rest = str(text).strip().partition(" ")
    return float(n.replace("+", "")), rest.strip()


def _same_value(fname: str, gold, drafted) -> bool:
    if isinstance(gold, str) and " | " in gold:
        return any(_same_value(fname, g, drafted) for g in gold.split(" | "))
    if hasattr(drafted, "currency"):  # Money: "310000000 USD"
        amount, cur = _amount(gold)
        return drafted.amount == amount and drafted.currency == cur
    if hasattr(drafted, "direction"):  # Change: "+23.5 %"
        amount, _ = _amount(gold)
        return drafted.amount == abs(amount) and drafted.direction == ("down" if str(gold).startswith("-") else "up")
    if hasattr(drafted, "unit"):  # Quantity: "1200 tonnes per day"
        amount, unit = _amount(gold)
        return drafted.amount == amount and fuzz.token_set_ratio(unit, drafted.unit) >= 60
    if fname in ("period", "start", "completion", "end_date") and not isinstance(drafted, dt.date):
        return str(gold) == str(drafted)
    if isinstance(gold, dt.date) or isinstance(drafted, dt.date):
        return str(gold) == str(drafted)
    if isinstance(gold, int) and not isinstance(gold, bool):
        return gold == drafted
    if fname in FUZZY:
        return fuzz.token_set_ratio(_text(gold), _text(drafted)) >= FUZZY[fname]
    if fname in ("place", "based_in") and isinstance(drafted, str):  # "Baku" is right for "Khazar Expo Hall, Baku"
        g, d = name_key(str(gold)), name_key(drafted)
        return bool(d) and (g == d or f" {d} " in f" {g} " or f" {g} " in f" {d} ")
    return name_key(str(gold)) == name_key(str(drafted))


class Matcher:
    """Which hand-encoded record a drafted record (or a reference to one) stands for."""

    def __init__(self, gold_records: list[dict], drafted: dict, base) -> None:
        self.gold = gold_records
        self.drafted = drafted
        self.base = base
        self.match: dict[str, int] = {}  # drafted or existing id -> gold index
        for i, g in enumerate(gold_records):
            if g.get("existing"):
                self.match[g["existing"]] = i
        for rid, rec in drafted.items():
            if rec.type in ("organization", "person", "project") or (rec.type == "event" and rec.kind != "meeting"):
                i = self._by_name(rec)
                if i is not None:
                    self.match.setdefault(rid, i)
        for rid, rec in drafted.items():  # statistics by their value
            if rec.type == "statistic" and rec.value is not None:
                for i, g in enumerate(gold_records):
                    if g["type"] == "statistic" and "value" in g and _same_value("value", g["value"], rec.value.value):
                        self.match.setdefault(rid, i)
        for rid, rec in drafted.items():  # statements by their speaker and what was said
            if rec.type == "statement" and rec.speaker is not None:
                best, score = None, 0.0
                for i, g in enumerate(gold_records):
                    if (g["type"] == "statement" and i not in self.match.values() and "speaker" in g
                            and self.match.get(rec.speaker.value) == self.gold_index(g["speaker"])):
                        sim = fuzz.token_set_ratio(_text(g.get("said", "")), _text(rec.said.value))
                        if sim > score:
                            best, score = i, sim
                if best is not None and score >= 40:
                    self.match[rid] = best
        for rid, rec in drafted.items():  # agreements and meetings by who took part, once names are matched
            if rid not in self.match:
                i = self._by_parties(rec)
                if i is not None:
                    self.match[rid] = i

    def _by_name(self, rec) -> int | None:
        names = [rec.name] + ([rec.acronym] if getattr(rec, "acronym", None) else [])
        for i, g in enumerate(self.gold):
            if g["type"] != rec.type:
                continue
            for gn in g["names"]:
                for n in names:
                    if name_key(gn) == name_key(n) or (len(gn) > 8 and fuzz.ratio(name_key(gn), name_key(n)) >= 90):
                        return i
        if rec.type == "project":  # projects have descriptions, not names: the one project with that head noun
            head = name_key(rec.kind).split()[-1] if name_key(rec.kind) else ""
            same = [i for i, g in enumerate(self.gold) if g["type"] == "project"
                    and any(name_key(n).split()[-1:] == [head] or f" {head} " in f" {name_key(n)} "
                            for n in g["names"])]
            if len(same) == 1:
                return same[0]
        return None

    def gold_index(self, name: str) -> int | None:
        for i, g in enumerate(self.gold):
            if any(name_key(name) == name_key(n) for n in g["names"]):
                return i
        return None

    def _by_parties(self, rec) -> int | None:
        fname = "parties" if rec.type == "agreement" else "participants"
        cited = getattr(rec, fname, None)
        if cited is None:
            return None
        mine = {self.match.get(v) for v in cited.value} - {None}
        best, best_overlap = None, 0
        for i, g in enumerate(self.gold):
            if g["type"] != rec.type or fname not in g or i in self.match.values():
                continue
            theirs = {self.gold_index(n) for n in g[fname]} - {None}
            overlap = len(mine & theirs)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        return best


FIELDS_BEFORE_ISSUE_10 = {
    "organization": FIELDS["organization"], "person": FIELDS["person"],
    "event": FIELDS["event"][:9], "agreement": FIELDS["agreement"][:5], "initiative": FIELDS["initiative"],
}  # for an encoding made before the schema had money, signatories, projects and statistics


def score_article(gold: dict, draft, base, *, fields: dict | None = None) -> Score:
    """Score one article's draft (a knowledge.drafting.Draft) against its hand-encoded facts; `fields`: only
    these record types and fields count (for an encoding made before the schema had the others)."""
    fields = fields or FIELDS
    s = Score()
    src = draft.source
    for f in SOURCE_FIELDS:
        if f in gold["source"]:
            s.gold += 1
            value = getattr(src, f)
            if value is not None:
                s.drafted += 1
                ok = _same_value(f, gold["source"][f], value) if f != "publisher" else (
                    name_key(gold["source"][f]) in name_key(value) or name_key(value) in name_key(gold["source"][f]))
                s.found += ok
                s.right += ok
                if not ok:
                    s.wrong.append(f"source.{f}: {value!r} (article: {gold['source'][f]!r})")
            else:
                s.misses.append(f"source.{f}")
    drafted = {p.record.id: p.record for p in draft.proposals}
    m = Matcher(gold["records"], drafted, base)
    found_facts: set[tuple] = set()
    for rid, rec in drafted.items():
        if rec.type not in fields:
            continue
        i = m.match.get(rid)
        g = gold["records"][i] if i is not None else None
        s.drafted += 1  # the record itself (its name)
        if g is None or g.get("existing"):
            s.wrong.append(f"{rec.type} {rec.name!r}: " + ("already in the fact base" if g else "not in the article's facts"))
        else:
            s.right += 1
            found_facts.add((i, "name", None))
        for fname in fields[rec.type]:
            value = getattr(rec, fname, None)
            if value is None:
                continue
            value = value.value if hasattr(value, "value") else value
            for member in (value if isinstance(value, tuple) else (value,)):
                s.drafted += 1
                ok, key = _check(m, g, i, fname, member)
                if ok:
                    s.right += 1
                    found_facts.add(key)
                else:
                    s.wrong.append(f"{rec.type} {rec.name!r}.{fname}: {member!r}")
    for i, g in enumerate(gold["records"]):
        if not g.get("existing"):
            s.gold += 1
            if (i, "name", None) in found_facts:
                s.found += 1
            else:
                s.misses.append(f"{g['type']} {g['names'][0]!r}")
        for fname in FIELDS[g["type"]]:
            if fname not in g:
                continue
            members = g[fname] if isinstance(g[fname], list) else [g[fname]]
            for k, member in enumerate(members):
                s.gold += 1
                if (i, fname, k) in found_facts:
                    s.found += 1
                else:
                    s.misses.append(f"{g['type']} {g['names'][0]!r}.{fname}: {member!r}")
    return s


def _check(m: Matcher, g: dict | None, i: int | None, fname: str, value) -> tuple[bool, tuple | None]:
    if g is None or fname not in g:
        return False, None
    members = g[fname] if isinstance(g[fname], list) else [g[fname]]
    for k, gm in enumerate(members):
        if fname in REFS:
            if m.match.get(value) is not None and m.match.get(value) == m.gold_index(gm):
                return True, (i, fname, k)
        elif _same_value(fname, gm, value):
            return True, (i, fname, k)
    return False, None


def gold_from_facts(text: str, shipped) -> dict:
    """Hand-encoded facts in the fact schema (an import document, e.g. evalsets/fixtures/a1.yaml) in the
    form `score_article` reads: names instead of ids, shipped records as `existing`."""
    import yaml

    data = yaml.safe_load(text)
    by_id: dict[str, dict] = {}
    for section, items in data.items():
        for item in items or []:
            by_id[item["id"]] = {"section": section, **item}
    source = next(v for v in by_id.values() if v["section"] == "sources")
    records: list[dict] = []
    existing: dict[str, dict] = {}

    def name_of(rid: str) -> str:
        if rid in by_id:
            return by_id[rid]["name"]
        rec = shipped.get(rid)
        if rid not in existing:
            existing[rid] = {"type": rec.type, "names": [rec.name] + ([rec.acronym] if getattr(rec, "acronym", None)
                                                                      else []), "existing": rid}
        return rec.name

    for rid, item in by_id.items():
        if item["section"] == "sources":
            continue
        type_ = {"organizations": "organization", "people": "person", "events": "event", "agreements": "agreement",
                 "initiatives": "initiative", "projects": "project", "statistics": "statistic",
                 "statements": "statement"}[item["section"]]
        names = [item["name"], *([item["acronym"]] if item.get("acronym") else []), *item.get("aliases", [])]
        if item.get("mentioned"):
            names.append(re.sub(r"\s*\([^)]*\)$", "", item["mentioned"]["value"]))
        rec = {"type": type_, "names": names}
        for fname in FIELDS[type_]:
            value = item.get(fname)
            if value is None:
                continue
            value = value["value"] if isinstance(value, dict) else value
            if fname in REFS:
                value = [name_of(v) for v in value] if isinstance(value, list) else name_of(value)
            elif isinstance(value, dict):  # money, quantity, change in the form gold.yaml writes them
                if "currency" in value:
                    value = f"{value['amount']} {value['currency']}"
                elif "direction" in value:
                    value = f"{'-' if value['direction'] == 'down' else '+'}{value['amount']} %"
                elif "unit" in value:
                    value = f"{value['amount']} {value['unit']}"
            rec[fname] = value
        records.append(rec)
    return {"source": {k: source[k] for k in SOURCE_FIELDS if source.get(k) is not None},
            "records": records + list(existing.values())}


def merge_issue10(gold: dict, extra: dict) -> dict:
    """gold.yaml's articles with gold_issue10.yaml's fields (`extends`) and records added."""
    out = {}
    for name, article in gold.items():
        article = {"source": article["source"], "records": [dict(r) for r in article["records"]]}
        more = extra.get(name) or {}
        for ext in more.get("extends", []):
            target = next((r for r in article["records"] if r["type"] == ext["type"]
                           and name_key(r["names"][0]) == name_key(ext["name"])), None)
            if target is None:
                raise ValueError(f"{name}: no {ext['type']} named {ext['name']!r} to extend")
            target.update({k: v for k, v in ext.items() if k not in ("type", "name")})
        article["records"] += more.get("records", [])
        out[name] = article
    return out
