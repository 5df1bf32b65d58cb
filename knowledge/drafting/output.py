"""A draft in the import format: each proposed record under a comment with its confidence.

The records the draft refers to that the fact base already holds are written too
(marked as linked, unchanged), so the file passes `partnerbot facts validate` on its
own; `partnerbot facts import` finds them unchanged.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from ..facts.factbase import AnyRecord, FactBase, citations, referenced_ids
from ..facts.models import SECTIONS
from .draft import Draft

_SECTION_OF = {t: s for s, t in SECTIONS.items()}


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(dt.date, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def record_yaml(rec: AnyRecord) -> str:
    data = _plain(rec.model_dump(mode="python", exclude_defaults=True, exclude={"type"}))
    text = yaml.dump([data], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)
    return "".join("  " + line + "\n" for line in text.splitlines())


def linked_closure(ids: list[str], base: FactBase) -> list[AnyRecord]:
    """The linked records and everything they refer to or cite, so the file stands alone."""
    seen: dict[str, AnyRecord] = {}
    todo = list(ids)
    while todo:
        rid = todo.pop()
        if rid in seen or base.get(rid) is None:
            continue
        rec = seen[rid] = base.get(rid)
        todo += [t for _, t in referenced_ids(rec)] + [c.source for _, c in citations(rec)]
    return list(seen.values())


def records_yaml(records: list[AnyRecord]) -> str:
    """Records as one import document (no comments): what a saved draft imports."""
    out = []
    for section, type_ in SECTIONS.items():
        mine = [r for r in records if r.type == type_]
        if mine:
            out.append(f"{section}:")
            out += [record_yaml(r) for r in mine]
    return "\n".join(out)


def draft_yaml(draft: Draft, base: FactBase, *, keep: set[str] | None = None) -> str:
    records = draft.records(keep)
    confidence = {p.record.id: p.confidence for p in draft.proposals}
    drafted = {r.id for r in records}
    linked = [r for r in linked_closure(list(draft.linked) + ([] if draft.source_is_new else [draft.source.id]),
                                        base) if r.id not in drafted]
    additions = {r.id: r for r in draft.updated(base, {i for i, u in enumerate(draft.updates) if not u.conflict},
                                                {r.id for r in records})}
    linked = [additions.get(r.id, r) for r in linked]
    title = draft.article.title or draft.article.url or "the article"
    out = [f"# Draft of facts from {title}",
           "# Proposed by partnerbot's drafter: check every record, then `partnerbot facts validate` and",
           "# `partnerbot facts import`. Every quote is a sentence of the article, verbatim.",
           *[f"# NOTE: {n}" for n in draft.notes],
           *[f"# {'CONFLICT (not applied; edit the record to replace)' if u.conflict else 'ADDED'}: {line}"
             for u, line in zip(draft.updates, draft.update_lines)], ""]
    for section, type_ in SECTIONS.items():
        mine = [r for r in records if r.type == type_]
        theirs = [r for r in linked if r.type == type_]
        if not mine and not theirs:
            continue
        out.append(f"{section}:")
        for rec in mine:
            if rec.type == "source":
                out.append("  # the article (new source)")
            else:
                out.append(f"  # confidence {confidence.get(rec.id, 0):.2f}: proposed {rec.type}")
            out.append(record_yaml(rec))
        for rec in theirs:
            out.append("  # already in the fact base (linked; " + (
                "with the facts the article adds)" if rec.id in additions else "unchanged here)"))
            out.append(record_yaml(rec))
    return "\n".join(out)
