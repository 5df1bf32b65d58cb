"""Import documents the fault tests share (fictional test fixtures, never facts)."""
from __future__ import annotations

SRC = "trend-2025-04-21"


def big_document(n: int) -> str:
    """A fictional import of `n` events, large enough for a nearly full disk to refuse it."""
    return "events:\n" + "".join(f"""  - id: fixture-event-{i}
    name: Fixture Event Number {i}
    kind: forum
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"
    aliases: ["Fixture Event Number {i}, a fictional test fixture with a long alias that takes up some room on the disk"]
""" for i in range(n))
