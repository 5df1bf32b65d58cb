"""A question that asks which things of a kind a named thing had a part in ("which memoranda did Mikayil Jabbarov
sign in April 2025?", "Какие меморандумы он подписал …?"): when several records of that kind fit it equally, each
involving what the question names, the answer is all of them, one line each, not "which one do you mean?" (the
question names none of them: it asks for them). A question naming one thing of the kind ("the memorandum") still
asks which one."""
from __future__ import annotations

import datetime as dt
import re

from ..facts.atoms import Fact, cited_text, value_ids
from ..language.lexicon import lexicon
from ..understanding.analysis import Analysis
from ..understanding.index import FactIndex
from ..understanding.matcher import Decision
from .phrasing import _capitalize
from .timeline import _months

_DIGITS = re.compile(r"\d+")
_ISO_MONTH = re.compile(r"^\d{4}-(\d\d)")

TIE = 0.05  # how close to the best score a record's fact must be to fit as well (as the matcher's rivals)
MAX_LISTED = 10  # at most this many lines (one Telegram message)
CONFIDENCE = 0.8  # of an answer listing what fits (the matcher hesitated between them, each fits as well)


def asked_things(d: Decision, index: FactIndex) -> tuple[Fact, ...]:
    """The facts, one for each record of a kind the question asks for, that fit it equally, involve every thing it
    names and state the dates it says ("in May 2026": then perhaps only one); () unless `d` hesitates between
    records and the question asks for things of their kind."""
    a = d.analysis
    if d.kind != "ambiguous" or a is None or not d.scored or "define" in a.tags or not _asked_after_which(a):
        return ()  # ("谅解备忘录是关于什么的？", what is the memorandum about: one, named by its kind)
    named = {e for e, m in a.mentions.items() if m.strong}
    if not named:
        return ()  # ("which memoranda were signed?" names nothing they share: the timeline's, or which one)
    best = d.scored[0]
    found: dict[str, Fact] = {}
    for s in d.scored:
        f = s.fact
        if s.score < best.score - TIE or f.key != best.fact.key or f.subject in found:
            continue
        if (index.kind_of.get(f.subject) in a.asked_things and named <= _involved(f.subject, index)
                and _of_the_dates_said(f.subject, a, index)):
            found[f.subject] = f
    return tuple(found.values())[:MAX_LISTED]


def _involved(rid: str, index: FactIndex) -> set[str]:
    """The record and everything its facts name or involve."""
    return {rid} | {x for f in index.by_subject.get(rid, ()) for x in (*f.related, *value_ids(f, index.base))}


def _of_the_dates_said(rid: str, a: Analysis, index: FactIndex) -> bool:
    """Do the record's own facts state every number the question does ("in 2025", "2025年4月"), and is its date in
    the month the question names ("in April")? (Not the dates of its sources, nor of the things it involves.)"""
    stated = {n.lstrip("0") for f in index.by_subject.get(rid, ()) for c in f.evidence
              for n in _DIGITS.findall(cited_text(c))}
    if any(n.lstrip("0") not in stated for n in a.numbers):
        return False
    months = _months()
    named = {months[w] for w in a.seq if w in months}
    return not named or _month_of(getattr(index.base.get(rid), "date", None)) in named


def _month_of(date) -> int | None:
    """The month of a record's cited date (a date, or a text such as "2025-04"), if it states one."""
    value = getattr(date, "value", None)
    if isinstance(value, dt.date):
        return value.month
    m = _ISO_MONTH.match(str(value or ""))
    return int(m.group(1)) if m else None


def _asked_after_which(a: Analysis) -> bool:
    """Does the question ask for things of a kind by a which-word before their kind noun ("which memoranda", "какие
    меморандумы", "哪些备忘录")? (Not a kind noun before it: "备忘录是关于什么的" asks what one is about.)"""
    if not a.asked_things or not a.asked_at:
        return False
    starts = [m.start for code in dict.fromkeys((a.lang, "en")) for m in lexicon(code).cues.find(a.seq)
              if m.label in ("q_which", "q_list")]
    return any(min(a.asked_at) > s for s in starts)


def asks_which_it_is(f: Fact, a: Analysis, index: FactIndex) -> bool:
    """Does the question ask which thing of a kind the fact's record is ("what memorandum was signed at that
    meeting?", "which memorandum did he sign with Donghai Shipping?")? Then the answer names it."""
    return (f.attribute != "summary" and "define" not in a.tags and index.kind_of.get(f.subject) in a.asked_things
            and _asked_after_which(a))


def with_its_name(body: str, rid: str, r) -> str:
    """The sentence with the full name of the record it is about before it, unless it says that name."""
    name = _capitalize(r.name(rid, full=True))
    return body if name.lower() in body.lower() else f"{name}: {body}"
