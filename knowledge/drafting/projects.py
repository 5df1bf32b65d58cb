"""Projects ("a solar glass plant in Sumgait") and statistics ("trade reached $2.9 billion in the first three
quarters of 2026, up 14.2 percent") with their figures.

A project is introduced by building words ("construction of a ... plant", "will jointly build a plant",
"groundbreaking ceremony for an electric bus plant"); later sentences about "the plant" (or "It", right
after) give its capacity, jobs, investment, start and completion. A statistic is a sentence that puts a
figure on trade, exports, imports or investment, with its period and change.
"""
from __future__ import annotations

import datetime as dt
import re

from .amounts import money_in, period_in, qualifier, quantity_in, change_in
from .reading import Reading, things_in
from .sentences import Sentence
from .things import Thing

_HEAD = r"plant|factory|hub|centre|center|terminal|facility|complex|station|refinery|mill|platform|park"
_BUILD = re.compile(r"\b(?:construction of|build|building|construct|groundbreaking ceremony for|develop)\s+"
                    rf"(?:a|an|the)\s+(?P<name>(?:[\w-]+\s+){{0,4}}?(?P<head>{_HEAD}))\b"
                    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4}))?")
_DEVELOPER = re.compile(r"\b(?:is being|was|will be|to be)\s+built\s+by\s+")
_JOBS = re.compile(r"(?P<q>\b(?i:about|around|approximately|nearly|almost|more than|over|at least|up to)\s+)?"
                   r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:new\s+|permanent\s+)*(?:jobs|people will be employed|workers)")
_INVEST = re.compile(r"\b(?:total (?:investment|cost)|investment in the project|cost of the project|"
                     r"will invest|to invest|investment of)\b")
_START = re.compile(r"\b(?:construction|works?)\b[^.]*?\b(?:to begin|to start|will start|began|started|begins)\b",
                    re.IGNORECASE)
_DONE = re.compile(r"\b(?:completed|commissioned|put into operation|go online|launched|operational)\b")
_CAPACITY = re.compile(r"\b(?:capacity|produce|assemble|handle|facilities for|output)\b")
_STAT = re.compile(r"\b(?:trade(?: turnover)?|exports?|imports?|investments?|invested|turnover|number of)\b")
_STAT_VERB = re.compile(r"\b(?:amounted to|reached|totall?ed|stood at|grew to|rose to|increased to|was|were|invested)\b")


def projects_and_statistics(r: Reading, base: dt.date | None) -> None:
    project: Thing | None = None
    for s in r.sentences:
        m = _BUILD.search(s.text)
        if m:
            same = [t for t in r.things if t.type == "project" and (t.kind or "").split()[-1] == m.group("head")]
            name = m.group("name") + (f" in {m.group('place')}" if m.group("place") else "")
            project = same[0] if same else r.thing("project", name, s, kind=m.group("name"), confidence=0.65)
            if m.group("place"):
                project.set("place", m.group("place"), s)
            _developers(r, project, s, m)
            _figures(project, s, base, m.end())
            continue
        if project is not None and (re.search(rf"\bthe (?:{_head_of(project)})\b", s.text, re.I)
                                    or (s.text.startswith("It ") and s.index == _last_index(project, s))):
            _figures(project, s, base, 0)
            _built_by(r, project, s)
            continue
        _statistic(r, s)


def _head_of(project: Thing) -> str:
    return re.escape((project.kind or "project").split()[-1]) + "|project"


def _last_index(project: Thing, s: Sentence) -> int:
    """The sentence after the one that last spoke of the project (for "It is expected to ...")."""
    last = max([v.sentence.index for v in project.fields.values()] + [project.first.index])
    return last + 1


def _built_by(r: Reading, project: Thing, s: Sentence) -> bool:
    """"is being built by X" / "by X and Y": the organizations up to the end of that clause."""
    d = _DEVELOPER.search(s.text)
    if not d:
        return False
    end = re.search(r",|;|\.$|$", s.text[d.end():])
    project.set("developer", tuple(things_in(r, s, d.end(), d.end() + end.start(), ("organization",))[:3]), s)
    return True


def _developers(r: Reading, project: Thing, s: Sentence, m: re.Match) -> None:
    if _built_by(r, project, s):
        return
    if re.search(r"\b(?:the two companies|both companies|the sides)\s+will\s+(?:jointly\s+)?build\b", s.text):
        def latest(t: Thing) -> int:
            return max([v.sentence.index for v in t.fields.values() if v.sentence.index <= s.index] + [-1])
        agreements = sorted((t for t in r.things if t.type == "agreement" and t.get("parties")), key=latest)
        if agreements and latest(agreements[-1]) >= 0:
            project.set("developer", agreements[-1].get("parties"), s)


def _figures(project: Thing, s: Sentence, base: dt.date | None, start: int) -> None:
    text = s.text
    q = quantity_in(text)
    if q and _CAPACITY.search(text):
        project.set("capacity", q[1], s, qualifier=qualifier(q[0]))
    jobs = _JOBS.search(text)
    if jobs:
        project.set("jobs", int(jobs.group("n").replace(",", "")), s, qualifier=qualifier(jobs))
    if _INVEST.search(text):
        money = money_in(text)
        if money:
            project.set("investment", money[0][1], s, qualifier=qualifier(money[0][0]))
    for clause in re.split(r",\s+(?:and|while|but)\s+|;\s+|:\s+|\s+and\s+(?=(?:is|was|will|are|were)\b)", text):  # "construction ... in 2026, and ... in 2028"
        period = period_in(clause)
        if period is None:
            continue
        if _START.search(clause):
            project.set("start", period, s, expected=bool(re.search(r"\b(?:to begin|to start|will)\b", clause)))
        elif _DONE.search(clause):
            project.set("completion", period, s, expected=bool(re.search(r"\b(?:expected|will|to be)\b", clause)))


def _statistic(r: Reading, s: Sentence) -> None:
    kind = _STAT.search(s.text)
    verb = _STAT_VERB.search(s.text)
    change = change_in(s.text)
    if not kind or not verb or change is None:
        return  # a figure without a change is as often a project's as a statistic's: leave it
    money = [m for m in money_in(s.text) if m[0].start() > verb.start()]
    number = re.search(r"\b(?:reached|amounted to|totall?ed|stood at)\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:percent|%))",
                       s.text)
    if money:
        value, q = money[0][1], qualifier(money[0][0])
    elif number:
        value, q = int(number.group("n").replace(",", "")), None
    else:
        return
    subject = s.text[:verb.start()].strip().rstrip(",")
    subject = re.sub(r"^(?:According to [^,]+, |[^,]+ said that |.*\bsaid that )", "", subject)
    label = {"invested": "investment", "number of": "count"}.get(kind.group(0).lower(), kind.group(0).lower())
    name = subject if 3 <= len(subject.split()) <= 14 else f"{label} ({period_in(s.text) or s.text[:40]})"
    stat = r.thing("statistic", name[0].upper() + name[1:], s, kind=label.rstrip("s") if label != "imports" else label,
                   confidence=0.6)
    stat.set("value", value, s, qualifier=q)
    period = period_in(s.text[verb.start():])
    if period:
        stat.set("period", period, s)
    stat.set("change", change, s)
