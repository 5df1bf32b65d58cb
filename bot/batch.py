"""`partnerbot ask --jsonl`: one question a line in, one JSON answer a line out, in order.

A line is a plain question, or a JSON object {"q": "...", "chat": "<id>"}: lines with the same
`chat` are one conversation, read in order, each follow-up in the context the earlier answers
left (as in a Telegram chat). Plain lines, and objects without `chat`, stand alone.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import BinaryIO, TextIO

from knowledge.conversation import Conversations
from knowledge.engine import Engine

ERROR_REPLY = {"answered": False, "kind": "error", "text": "Sorry, something went wrong with this question.",
               "sources": [], "confidence": 0.0, "facts": [], "suggestions": []}


def parse_line(line: str) -> tuple[str, str | None, str | None]:
    """(question, chat id or None, language hint or None) of one input line."""
    if line.lstrip().startswith("{"):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            return line, None, None
        if isinstance(obj, dict) and isinstance(obj.get("q"), str):
            chat = obj.get("chat")
            lang = obj.get("lang")
            return (obj["q"], None if chat is None else str(chat),
                    lang if isinstance(lang, str) else None)
    return line, None, None


def run_jsonl(current_engine: Callable[[], Engine], stdin: BinaryIO, stdout: TextIO, *,
              lang: str | None = None) -> None:
    """Answer every line; `current_engine()` is asked for the engine before each line, so a change
    committed to the store by another process meanwhile is answered from at the next line."""
    conversations = Conversations(ttl=float("inf"), capacity=100_000)  # a batch has no quiet while
    for number, raw in enumerate(stdin, 1):
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        question, chat, line_lang = parse_line(line)
        try:
            context = conversations.get(chat) if chat is not None else None
            answer = current_engine().ask(question, lang=line_lang or lang, context=context)
            if chat is not None:
                conversations.put(chat, answer.context)
            reply = answer.to_json()
        except Exception:  # one bad line must not lose the answers to all the others
            logging.getLogger(__name__).exception("question on line %d failed", number)
            reply = ERROR_REPLY
        stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        stdout.flush()
