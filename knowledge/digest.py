"""The digest of a change for subscribed chats: one line a record, "New: …" for a record added and
"Changed: …" for one changed, each said the way answers say it and ending with its sources.

Which changes get a digest, when it is due and how an undo cancels it is the store's part
(knowledge/store/subscriptions.py); this is what the digest says, in a chat's language.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .answer import SourceRef
from .answers.render import Renderer
from .answers.responder import Responder
from .store.audit import ChangeEntry
from .store.subscriptions import newsworthy

MAX_FIELDS = 3  # a change of more fields than this is told as the record's profile


@dataclass(frozen=True)
class Digest:
    """What a change added or changed, as plain text lines in `lang` (the sender escapes and fits them)."""

    lang: str
    lines: tuple[str, ...]  # "New: … (source)" / "Changed: … (source)", one a record
    facts: tuple[str, ...]  # the facts the lines say
    sources: tuple[SourceRef, ...]


def told_facts(responder: Responder, entry: ChangeEntry) -> list[str]:
    """The facts that tell of an entry: a new record's profile; a changed record's changed facts
    (its profile when none of them, or many, are facts of their own)."""
    summary = f"{entry.record_id}.summary"
    if entry.action == "add":
        return [summary]
    changed = [f"{entry.record_id}.{name}" for name in entry.changed_fields()]
    changed = [f for f in changed if f in responder.index.facts]
    return changed if 0 < len(changed) <= MAX_FIELDS else [summary]


def digest_of(responder: Responder, entries: Iterable[ChangeEntry], *, lang: str, today: dt.date) -> Digest | None:
    """The digest of a change's entries, from the fact base `responder` answers from; None when nothing
    it tells of is (still) there to say."""
    r = Renderer(responder.index, lang, today)
    lines: list[str] = []
    facts: list[str] = []
    sources: dict[str, SourceRef] = {}
    for entry in newsworthy(entries):
        if responder.index.base.get(entry.record_id) is None:  # deleted since
            continue
        answers = [a for a in (responder.answer_fact(f, lang=lang) for f in told_facts(responder, entry))
                   if a.answered]
        if not answers:
            continue
        refs = {s.id: s for a in answers for s in a.sources}
        body = " ".join(dict.fromkeys(a.body.strip() for a in answers))
        key = "ui.digest_new" if entry.action == "add" else "ui.digest_changed"
        lines.append(r.m(key, what=body, source=r.citation(list(refs))))
        facts += [f for a in answers for f in a.facts]
        sources.update(refs)
    if not lines:
        return None
    return Digest(lang=r.lang, lines=tuple(lines), facts=tuple(dict.fromkeys(facts)), sources=tuple(sources.values()))
