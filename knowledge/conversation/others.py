""""And the other one?", "А другой?", "Bəs digəri?", "另一个呢？": the other of a pair the conversation is about.

The other one is a record of the same type as the context's subject (of the kind the question names, with a
kind noun: "the other plant"), other than the subject: the latest such record the conversation named, or,
when it named none, the only other record of the subject's kind. When there is no such one, or several the
conversation named equally recently, nothing is "the other one" and the follow-up is declined.
"""
from __future__ import annotations

from ..understanding.analysis import Analysis
from ..understanding.index import FactIndex
from .context import Context
from .kinds import referring_kinds


def the_other(ctx: Context, a: Analysis, index: FactIndex) -> str | None:
    """The record "the other one" stands for, or None."""
    base = index.base
    subject = base.get(ctx.subject) if ctx.subject else None
    if subject is None:
        return None
    kinds = referring_kinds(a) or {m.entity for m in a.mentions.values() if m.via_kind}

    def fits(e: str) -> bool:
        rec = base.get(e)
        return rec is not None and e != subject.id and (e in kinds if kinds else rec.type == subject.type)

    # what the last answer named along with its subject ("Lin Hao and Sevda Aliyeva met"), then the rest, latest first
    for group in (ctx.fresh, ctx.entities):
        named = [e for e in group if fits(e)]
        if named:
            return named[0] if len(named) == 1 or group is ctx.entities else None
    kin = kinds or set(index.kinds.get(index.kind_of.get(subject.id, ""), ()))
    rest = [e for e in kin if fits(e)]
    return rest[0] if len(rest) == 1 else None
