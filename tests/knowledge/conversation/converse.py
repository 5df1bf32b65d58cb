"""Asking questions one after another in one conversation, as a chat does."""
from __future__ import annotations

from knowledge.answer import Answer
from knowledge.engine import Engine


def converse(engine: Engine, *questions: str) -> list[Answer]:
    """The answers to `questions` asked in one conversation."""
    ctx, out = None, []
    for q in questions:
        answer = engine.ask(q, context=ctx)
        ctx = answer.context
        out.append(answer)
    return out
