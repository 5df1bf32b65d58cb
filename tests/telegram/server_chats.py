"""Chats of the fake Bot API server (a mixin of FakeBotAPI, see server.py): who is a member or an
administrator of a chat (getChatMember), and faults of one chat: a chat that blocked the bot or
removed it (403 on every send) and flood control (429 retry_after) while the bot sends to many."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

BLOCKED = "Forbidden: bot was blocked by the user"
KICKED = "Forbidden: bot was kicked from the supergroup chat"
SEND_METHODS = {"sendmessage", "senddocument", "sendchataction", "sendphoto", "copymessage", "forwardmessage"}
ADMIN_RIGHTS = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                "can_edit_stories", "can_delete_stories")


class ChatsMixin:
    """Members and per-chat faults; FakeBotAPI.__init__ calls `_init_chats()`."""

    chats: dict[int, dict]

    def _init_chats(self) -> None:
        self.members: dict[tuple[int, int], str] = {}  # (chat_id, user_id) -> status
        self.users: dict[int, dict] = {}  # every user seen in an update, for getChatMember answers
        self._chat_faults: dict[int, list[list[Any]]] = defaultdict(list)  # [status, description, params, times]

    def set_member(self, chat: dict | int, user: dict | int, status: str = "administrator") -> None:
        """`user`'s status in `chat`: creator, administrator, member, restricted, left or kicked (everyone
        not set is a member)."""
        chat_id = chat["id"] if isinstance(chat, dict) else chat
        if isinstance(user, dict):
            self.users[user["id"]] = user
        self.members[(chat_id, user["id"] if isinstance(user, dict) else user)] = status

    def block_chat(self, chat: dict | int, *, description: str | None = None) -> None:
        """Every send to `chat` is refused with 403, as when the user blocked the bot (a group: kicked it)."""
        chat_id = chat["id"] if isinstance(chat, dict) else chat
        self.fail_chat(chat_id, status=403, description=description or (BLOCKED if chat_id > 0 else KICKED),
                       times=None)

    def fail_chat(self, chat: dict | int, *, status: int = 500, description: str | None = None,
                  retry_after: float | None = None, times: int | None = 1) -> None:
        """Answer the next `times` sends to `chat` (None: all of them) with an error; a retry_after
        makes it a 429 flood-control answer."""
        chat_id = chat["id"] if isinstance(chat, dict) else chat
        params = None
        if retry_after is not None:
            status, params = 429, {"retry_after": retry_after}
            description = description or f"Too Many Requests: retry after {retry_after}"
        self._chat_faults[chat_id].append([status, description or "Error", params, times])

    def unblock_chat(self, chat: dict | int) -> None:
        self._chat_faults.pop(chat["id"] if isinstance(chat, dict) else chat, None)

    def _chat_fault(self, method: str, params: dict) -> tuple[int, str, dict | None] | None:
        """The per-chat fault this call meets, if any (used up one time)."""
        if method.lower() not in SEND_METHODS:
            return None
        faults = self._chat_faults.get(params.get("chat_id"))
        if not faults:
            return None
        fault = faults[0]
        if fault[3] is not None:
            fault[3] -= 1
            if fault[3] <= 0:
                faults.pop(0)
        return fault[0], fault[1], fault[2]

    async def _api_getchatmember(self, p, f):
        chat = self._chat(p.get("chat_id"))
        user_id = p.get("user_id")
        user = self.users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        status = self.members.get((chat["id"], user_id), "member")
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(can_be_edited=False, is_anonymous=False, **{right: True for right in ADMIN_RIGHTS})
        elif status == "kicked":
            member["until_date"] = 0
        elif status == "restricted":
            member.update(is_member=True, until_date=0, can_send_messages=False, can_send_audios=False,
                          can_send_documents=False, can_send_photos=False, can_send_videos=False,
                          can_send_video_notes=False, can_send_voice_notes=False, can_send_polls=False,
                          can_send_other_messages=False, can_add_web_page_previews=False, can_change_info=False,
                          can_invite_users=False, can_pin_messages=False, can_manage_topics=False,
                          can_edit_tag=False, can_react_to_messages=False)
        return member
