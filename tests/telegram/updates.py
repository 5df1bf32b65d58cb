"""Building the updates Telegram would send: users, chats, messages with the entities Telegram computes."""
from __future__ import annotations

import itertools
import re
import time

ALICE = {"id": 1001, "is_bot": False, "first_name": "Alice", "username": "alice", "language_code": "en"}
BOB = {"id": 1002, "is_bot": False, "first_name": "Bob", "language_code": "en"}
OWNER = {"id": 1000, "is_bot": False, "first_name": "Olga", "username": "owner", "language_code": "en"}
SENTINEL = {"id": 999_999, "is_bot": False, "first_name": "Sentinel"}

GROUP = {"id": -1001000000001, "type": "supergroup", "title": "Partners"}
FORUM = {"id": -1001000000002, "type": "supergroup", "title": "Partners forum", "is_forum": True}

_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}")
_ids = itertools.count(1)


def private_chat(user: dict) -> dict:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "username" in user:
        chat["username"] = user["username"]
    return chat


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def auto_entities(text: str) -> list[dict]:
    """The bot_command and mention entities Telegram would attach to `text` (offsets in UTF-16)."""
    entities = []
    taken: list[tuple[int, int]] = []
    for m in _COMMAND.finditer(text):
        entities.append({"type": "bot_command", "offset": utf16(text[: m.start()]), "length": utf16(m.group())})
        taken.append(m.span())
    for m in _MENTION.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        entities.append({"type": "mention", "offset": utf16(text[: m.start()]), "length": utf16(m.group())})
    return sorted(entities, key=lambda e: e["offset"])


def text_mention(text: str, part: str, user: dict) -> dict:
    """A text_mention entity over `part` of `text`, pointing at `user`."""
    start = text.index(part)
    return {"type": "text_mention", "offset": utf16(text[:start]), "length": utf16(part), "user": user}


def message(message_id: int, text: str | None, *, chat: dict, user: dict, entities: list[dict] | None = None,
            reply_to: dict | None = None, thread_id: int | None = None, document: dict | None = None,
            caption: str | None = None, **extra) -> dict:
    """A Message dict; entities default to what Telegram computes for commands and mentions."""
    msg = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": user}
    if text is not None:
        msg["text"] = text
        ents = auto_entities(text) if entities is None else entities
        if ents:
            msg["entities"] = ents
    if document is not None:
        msg["document"] = document
    if caption is not None:
        msg["caption"] = caption
        ents = auto_entities(caption)
        if ents:
            msg["caption_entities"] = ents
    if reply_to is not None:
        msg["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
    if thread_id is not None:
        msg["message_thread_id"] = thread_id
        msg["is_topic_message"] = True
    msg.update(extra)
    return msg


def callback_query(data: str, *, message: dict, user: dict) -> dict:
    return {"callback_query": {"id": f"cq{next(_ids)}", "from": user, "chat_instance": f"ci{message['chat']['id']}",
                               "data": data, "message": message}}


def inline_query(query: str, *, user: dict, offset: str = "") -> dict:
    return {"inline_query": {"id": f"iq{next(_ids)}", "from": user, "query": query, "offset": offset}}
