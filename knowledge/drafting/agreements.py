"""Agreements: "a Memorandum of Understanding was signed between A and B", "A and B signed ...",
"A signed ... with B", "... was signed by P1, chairman of A, and P2, president of B".

A sentence that names an agreement without its parties ("Azerbaijani and Chinese companies
signed an investment agreement ... during the forum") lends its event, date and purpose to
the one agreement of that kind the article names with parties, if there is exactly one.
"""
from __future__ import annotations

import datetime as dt
import re

from .amounts import money_in, qualifier
from .dates import dates_in, relative_date
from .lexicon import AGREEMENT_KINDS
from .reading import WITHIN, Reading, things_in
from .sentences import Sentence
from .things import Thing, Value

_SEVERAL = re.compile(r"\b(?:two|three|four|five|six|several|\d+)\s+(?P<noun>memorand(?:um|a)s? of understanding|"
                      r"memorand(?:um|a)s?|agreements|contracts|documents)\b[^.]*?\b(?:were|have been) signed\b",
                      re.IGNORECASE)
_UNDER = re.compile(r"^Under the (?:first|second|third|fourth|last|other)(?:\s+(?:memorandum|agreement|document|"
                    r"contract|deal)s?)?(?:\s+of understanding)?,\s+(?P<rest>.+)$")
_IT_SIGNED = re.compile(r"^(?:It|The (?:document|agreement|memorandum|deal|contract)) (?:was|were) signed\s+(?:[a-z]+\s+){0,6}?by\s+")
_DEAL = re.compile(r"^(?:The|This|That|It)\b(?:\s+[\w-]+){0,3}?\s+(?:deal|agreement|memorandum|document|contract|it)\b|^It\b")
_WORTH = re.compile(r"\b(?:worth|valued at|totall?ing|amounting to|with a value of|in the amount of)\s+")
_SIGN = re.compile(r"\b(?:signed|inked|concluded|sign|signing)\b")
_SIGNED_BY = re.compile(r"\bsigned\s+(?:[a-z]+\s+){0,6}?by\s+")
_BETWEEN = re.compile(r"\bbetween\s+(?P<x>.+?)(?=\s+(?:during|on the sidelines|at the|within|in the presence|on\s+\d|"
                      r"on\s+[A-Z]|on\s+(?:the\s+)?[a-z]|to\s|which|that|would|will)\b|[.;,]|$)")
_PURPOSE = [
    (re.compile(r"\b(?:would|will|is expected to|aims to|is designed to|is intended to)\s+(?P<p>(?:help |further )?"
                r"(?:facilitate|promote|boost|expand|strengthen|develop|support|enhance|establish|create|ensure|"
                r"attract|increase|deepen|foster)\b.+?)\.?$"), "to "),
    (re.compile(r"\b(?:aimed at|aiming at)\s+(?P<p>.+?)\.?$"), ""),
    (re.compile(r"\bsigned\b[^.;]*?\s+on\s+(?P<p>(?!the (?:sidelines|occasion|margins)\b)(?:the\s+)?[a-z][^,;]+?)\.?$"),
     ""),
    (re.compile(r"\b(?:memorand(?:um|a) of understanding|memorandum|agreement|contract|protocol|MoU)\s+"
                r"(?:\([^)]*\)\s+)?(?:[a-z]+\s+){0,4}?on\s+(?P<p>(?!the (?:sidelines|occasion|margins)\b)[^,.;]+?)"
                r"(?=\s+(?:between|during|at the|was|were|with|in (?:the )?[A-Z])\b|[,.;]|$)"), ""),
]


def agreements(r: Reading, base: dt.date | None) -> None:
    pending: list[tuple[str, Sentence, re.Match]] = []
    announced: tuple[str, Sentence] | None = None  # "Two memorandums of understanding were signed during ..."
    for s in r.sentences:
        many = _SEVERAL.search(s.text)
        if many:
            kind = next((k for pattern, k in AGREEMENT_KINDS if re.search(pattern, many.group("noun"), re.I)), None)
            announced = (kind, s) if kind else announced
        under = _UNDER.match(s.text)
        if under and announced:
            _under(r, s, under, announced, base)
            continue
        found = _agreement_in(r, s)
        if found is None:
            continue
        kind, noun, parties, signatories = found
        if len(parties) < 2:
            pending.append((kind, s, noun))
            continue
        agreement = _same_agreement(r, kind, parties)
        if agreement is not None and _more_specific(parties, agreement.get("parties")):
            agreement.fields["parties"] = Value(tuple(parties), s)  # "the NDRC's center" rather than "the NDRC"
        if agreement is None:
            names = [p.acronym or p.name for p in parties]
            agreement = r.thing("agreement", f"{kind} between {', '.join(names[:-1])} and {names[-1]}", s,
                                kind=kind, confidence=0.8)
            acr = re.match(r"\s*\((\w+)\)", s.text[noun.end():])
            agreement.written = noun.group(0) + (f" ({acr.group(1)})" if acr else "")
            agreement.set("parties", tuple(parties), s)
        if signatories:
            agreement.set("signatories", tuple(signatories), s)
        _details(r, agreement, s, noun, base)
    for kind, s, noun in pending:
        same = [t for t in r.things if t.type == "agreement" and t.kind == kind]
        if len(same) == 1:
            _details(r, same[0], s, noun, base)
    for s in r.sentences:  # "It was signed by ...", "The three-year deal is worth about 28 million dollars."
        latest = [t for t in r.things if t.type == "agreement" and t.first.index < s.index]
        if not latest or _agreement_in(r, s) is not None:
            continue
        if _IT_SIGNED.match(s.text):
            by = _SIGNED_BY.search(s.text)
            latest[-1].set("signatories", tuple(things_in(r, s, by.end(), len(s.text), ("person",))), s)
        elif _WORTH.search(s.text) and _DEAL.match(s.text):
            _value(latest[-1], s, 0)


def _agreement_in(r: Reading, s: Sentence) -> tuple[str, re.Match, list[Thing], list[Thing]] | None:
    """(kind, the agreement noun, parties, signatories) of a sentence that says an agreement was signed."""
    sign = _SIGN.search(s.text)
    if not sign:
        return None
    for pattern, kind in AGREEMENT_KINDS:
        noun = re.search(pattern, s.text, re.IGNORECASE)
        if noun:
            break
    else:
        return None
    types = ("organization", "person")
    between = _BETWEEN.search(s.text)
    signatories: list[Thing] = []
    by = _SIGNED_BY.search(s.text)
    if between:
        parties = things_in(r, s, between.start("x"), between.end("x"), types)
    elif by:  # "signed by Elnur Mammadli, chairman of the board of Gobustan Sunworks LLC, and Zhou Jianping, ..."
        signatories = things_in(r, s, by.end(), len(s.text), ("person",))
        parties = [p.get("organization") for p in signatories if p.get("organization") is not None]
    else:
        parties = things_in(r, s, 0, sign.start(), types)
        w = re.search(r"\bwith\s+", s.text[sign.end():])
        if w and len(parties) == 1:
            parties += things_in(r, s, sign.end() + w.end(), len(s.text), ("organization",))[:1]
    parties = [p for p in parties if p.type == "organization"] or parties
    unique: list[Thing] = []
    for p in parties:
        if p not in unique:
            unique.append(p)
    return kind, noun, unique, signatories


def _under(r: Reading, s: Sentence, m: re.Match, announced: tuple[str, Sentence], base: dt.date | None) -> None:
    """"Under the first, A and B will organize ...": one of the agreements announced before, its parties
    and purpose; its event and date are those of the announcement."""
    will = re.search(r"\s+will\s+(?P<what>.+?)\.?$", s.text[m.start("rest"):])
    if not will:
        return
    parties = [t for t in things_in(r, s, m.start("rest"), m.start("rest") + will.start(), ("organization",))]
    if len(parties) < 2:
        return
    kind, where = announced
    agreement = _same_agreement(r, kind, parties)
    if agreement is None:
        names = [p.acronym or p.name for p in parties]
        agreement = r.thing("agreement", f"{kind} between {', '.join(names[:-1])} and {names[-1]}", s, kind=kind,
                            confidence=0.7)
        agreement.set("parties", tuple(parties), s)
    agreement.set("purpose", "to " + will.group("what").strip(), s)
    for x in r.refs_of(where, "event"):
        if x.thing.kind != "meeting" and WITHIN.search(where.text[:x.start]):
            agreement.set("signed_at", x.thing, where)
    ds = dates_in(where.text, base=base)
    if ds:
        agreement.set("date", ds[0][1], where)


def _value(agreement: Thing, s: Sentence, start: int) -> None:
    """"worth $310 million", "a $95 million loan agreement": the first amount after the noun."""
    worth = _WORTH.search(s.text, start)
    for m, money in money_in(s.text, start):
        before = s.text[max(start, m.start() - 40):m.start()]
        after = s.text[m.end():m.end() + 30]
        if (worth and worth.end() == m.start() + len(m.group("q") or "") - len(m.group("q") or "")) or \
                _WORTH.search(before + " ") or re.match(r"\s*(?:loan|deal|agreement|contract|investment agreement)\b",
                                                         after):
            agreement.set("value", money, s, qualifier=qualifier(m))
            return


def _details(r: Reading, agreement: Thing, s: Sentence, noun: re.Match, base: dt.date | None) -> None:
    for x in r.refs_of(s, "event"):
        if x.thing.kind != "meeting" and WITHIN.search(s.text[:x.start]):
            agreement.set("signed_at", x.thing, s)
    ds = dates_in(s.text, base=base)
    day = ds[0][1] if ds else relative_date(s.text, base) if re.search(r"\bsigned\s+today\b", s.text) else None
    if day is not None:
        agreement.set("date", day, s)
    _value(agreement, s, max(0, noun.start() - 40))
    for pattern, prefix in _PURPOSE:
        p = pattern.search(s.text, noun.start())
        if p:
            agreement.set("purpose", prefix + p.group("p").strip(), s)
            break


def _same_agreement(r: Reading, kind: str, parties: list[Thing]) -> Thing | None:
    """An agreement of the same kind between the same parties (or parts of them: "the NDRC" and "the NDRC's
    center") is the same one; "CDEV and A" and "CDEV and B" signed two."""
    def family(t: Thing) -> set[int]:
        parent = t.get("parent")
        return {id(t)} | ({id(parent)} if parent else set())

    def covered(these, by) -> bool:
        cover = set().union(*(family(p) for p in by))
        return all(family(p) & cover for p in these)

    for t in r.things:
        if t.type == "agreement" and t.kind == kind:
            theirs = t.get("parties") or ()
            if covered(parties, theirs) and covered(theirs, parties):
                return t
    return None


def _more_specific(new: list[Thing], old: tuple[Thing, ...]) -> bool:
    return any(p not in old and p.get("parent") in old for p in new)
