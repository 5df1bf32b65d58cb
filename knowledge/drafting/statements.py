"""Statements: who said what, and where: '"...," said Wang Guoliang, director of XECRI.',
'Vusal Gurbanli, CEO of ..., said that at least 35 percent ...', 'According to Liu Mingyuan, ...'.

What was said is taken as the article writes it (the quoted words, or the clause after "said
that"): the article is an admin's import, so its words may be quoted. "He"/"she" is the one
person named in the sentence before.
"""
from __future__ import annotations

import re

from .reading import Reading
from .sentences import Sentence
from .things import Thing

_VERBS = r"said|noted|stressed|emphasized|emphasised|added|stated|underlined|told [A-Z][\w.]+"
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{12,}?)[,.]?[”\"]|[“\"](?P<open>[^”\"]{12,})$")
_AFTER_VERB = re.compile(rf"\b(?:{_VERBS})(?:\s+(?:at|during|on)\s+[^,:]*?(?=\s+that\b))?(?:\s+that|:|,)?\s+"
                         r"(?P<clause>[^“\"].{12,}?)\.?$")
_REPORTS = re.compile(r",\s+(?:[A-Z][\w.]+|the [\w ]+?)\s+(?:reports|reported|informs|said)$")
_ACCORDING = re.compile(r"^According to (?P<who>[^,]+), (?P<clause>.{12,}?)\.?$")
_PRONOUN = re.compile(rf"\b(?:he|she)\s+(?:{_VERBS})\b", re.IGNORECASE)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")


def statements(r: Reading) -> None:
    for s in r.sentences:
        verb = _VERB.search(s.text)
        according = _ACCORDING.match(s.text)
        if not verb and not according:
            continue
        speaker = _speaker(r, s, verb, according)
        if speaker is None:
            continue
        quoted = _QUOTED.search(s.text)
        closing = re.search(r"[”\"]", s.text[:verb.start()]) if verb else None
        if closing and not re.search(r"[“\"]", s.text[:closing.start()]):  # the end of a quote begun before
            said = _quote_begun_before(r, s, closing.start())
            if said is None:
                continue
        elif quoted:
            said = (quoted.group("q") or quoted.group("open")).strip().rstrip(",")
        elif according:
            said = according.group("clause")
        else:
            after = _AFTER_VERB.search(s.text, verb.start())
            if after is None:
                continue
            said = after.group("clause")
        said = _REPORTS.sub("", said.strip().rstrip("."))
        if len(said.split()) < 4 or said.startswith(speaker.name):
            continue
        words = " ".join(said.split()[:8])
        st = r.thing("statement", f"{speaker.name}: {words}…", s, confidence=0.6)
        st.set("speaker", speaker, s)
        st.set("said", said, s)
        at = re.search(r"\b(?:said|spoke|speaking)\s+(?:at|during)\s+", s.text)
        if at:
            events = [x for x in r.refs_of(s, "event") if x.start >= at.end() - 4 and x.thing.kind != "meeting"]
            if events:
                st.set("at", events[0].thing, s)


def _quote_begun_before(r: Reading, s: Sentence, end: int) -> str | None:
    """'"A. B," X said.' split into sentences: the words from the opening mark, in this paragraph."""
    parts = [s.text[:end]]
    for prev in reversed(r.sentences[:s.index]):
        if prev.paragraph != s.paragraph:
            return None
        parts.insert(0, prev.text)
        opening = re.search(r"[“\"]", prev.text)
        if opening:
            parts[0] = prev.text[opening.end():]
            return " ".join(parts).strip().rstrip(",")
    return None


def _speaker(r: Reading, s: Sentence, verb: re.Match | None, according: re.Match | None) -> Thing | None:
    people = r.refs_of(s, "person")
    if according:
        inside = [x for x in people if x.end <= according.end("who")]
        return inside[0].thing if inside else None
    if _PRONOUN.search(s.text) and not people and s.index > 0:
        before = r.refs_of(r.sentences[s.index - 1], "person")
        named = {x.thing for x in before}
        return before[-1].thing if len(named) == 1 else None
    # the person right before the verb ("X, CEO of Y, said") or right after it ('..." said X, director of Y.')
    near = [x for x in people if 0 <= verb.start() - x.end <= 80 and "“" not in s.text[x.end:verb.start()]
            and '"' not in s.text[x.end:verb.start()]]
    after = [x for x in people if 0 <= x.start - verb.end() <= 2]
    return (after or near[-1:] or [None])[0].thing if (after or near) else None
