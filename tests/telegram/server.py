"""A small fake Telegram Bot API server for end-to-end tests (aiohttp, 127.0.0.1, ephemeral port).

It speaks the wire format python-telegram-bot 22 uses (see ../shared/notes/telegram-offline.md),
validates parameters the way Telegram does, and records every call.

API (the fixtures in tests/telegram/fixtures.py start one per test as `bot_api`):

    server = FakeBotAPI(token=FAKE_TOKEN)      await server.start() ... await server.stop()
    server.base_url / server.base_file_url     for build_application(base_url=..., base_file_url=...)
    server.bot_user                            the getMe answer (id, username ...)

  Updates (what "Telegram" sends the bot):
    server.push(update) -> update_id           queue an update dict (update_id assigned if missing);
                                               chats, users, messages, callback and inline query ids in
                                               it become known to the server
    server.new_message_id(chat_id)             the next message id in a chat (for messages you build)
    server.add_file(content, file_name=..., mime_type=...) -> document dict
                                               a file the bot can getFile + download; put the dict in a
                                               message's "document"
    server.remember_chat(chat)                 make a chat known without an update (e.g. an owner's chat)

  What the bot did:
    server.calls                               every Call(method, params, files, status, result, error, seq)
    server.messages[(chat_id, message_id)]     every message, as Telegram would store it (bot's and users')
    server.uploads                             every sendDocument upload: Upload(chat_id, file_name, content,
                                               mime_type, caption)
    server.commands[(scope_key, language_code)]  the registered command menus; scope_key("all_group_chats")
    server.callback_answers[callback_query_id], server.inline_answers[inline_query_id]
    server.users[user_id]                      every user seen in an update
    await server.wait_for(predicate, timeout=5) -> Call   the first recorded call matching predicate(call)

  Chats and members (server_chats.py):
    server.set_member(chat, user, status="administrator")   what getChatMember answers for `user` in
                                               `chat` (creator, administrator, member, restricted, left,
                                               kicked); everyone not set is a member

  Faults:
    server.fail_next(method, status=500, description=None, retry_after=None, times=1)
                                               answer the next call(s) of `method` with an error; a
                                               retry_after makes it a 429 flood-control answer
    server.block_chat(chat)                    every send to `chat` answered 403 "Forbidden: bot was blocked
                                               by the user" (a group: "... kicked from the supergroup chat");
                                               server.unblock_chat(chat) lifts it
    server.fail_chat(chat, status=500, description=None, retry_after=None, times=1)
                                               answer the next send(s) to `chat` (times=None: all) with an
                                               error; a retry_after makes it a 429 (flood control during a
                                               send to many chats); per-chat faults come before fail_next's
    server.hang_next(method="getUpdates")      never answer the next such call (released on stop or
                                               by server.release_hangs()); the Call gets hung=True:
                                               await server.wait_for(lambda c: c.hung, pending=True)
    server.interrupt_polls()                   make a pending long poll return [] now (so a fault set
                                               for the next getUpdates takes effect at once)
    server.break_api(mode, methods=None)       answer every request (of `methods`, default all, any path)
                                               in a failure mode: "401", "404-echo" (a proxy's 404 page
                                               echoing the request path, token and all), "500", "garbage"
                                               (200 with a non-JSON body echoing the request path and body),
                                               "hang" (never answer); server.break_api(None) heals it

Wire facts: every call is POST /bot<token>/<method>, form-encoded (multipart with a file); every
value is JSON except plain strings, so values are decoded by field name. Files download with
GET /file/bot<token>/<file_path>. Message text is checked after HTML parsing (tghtml.parse_html):
1-4096 characters. callback_data must be 1-64 bytes; at most 50 inline results.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .server_chats import ChatsMixin
from .tghtml import HtmlError, parse_html

FAKE_TOKEN = "123456789:AAHfakeTokenForTests-Only_0123456789x"
BOT_USER = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "Partner",
    "username": "PartnerTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}

# Parameters that arrive as plain strings (everything else is JSON-encoded by PTB).
STRING_FIELDS = {
    "text", "caption", "parse_mode", "callback_query_id", "inline_query_id", "action", "file_id",
    "inline_message_id", "url", "secret_token", "language_code", "next_offset", "description",
    "short_description", "name", "emoji", "query", "title", "message_effect_id", "business_connection_id",
    "switch_pm_text", "switch_pm_parameter", "document", "ip_address",
}
MAX_TEXT, MAX_CAPTION, MAX_CALLBACK_DATA, MAX_INLINE_RESULTS, MAX_ALERT = 4096, 1024, 64, 50, 200
CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"}
SCOPE_TYPES = {"default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
               "chat_administrators", "chat_member"}
UPDATE_KINDS = ("message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
                "chosen_inline_result", "callback_query", "my_chat_member", "chat_member")
_BUTTON_ACTIONS = {"callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
                   "switch_inline_query_chosen_chat", "web_app", "login_url", "pay", "callback_game", "copy_text"}


class ApiError(Exception):
    """An error answer: HTTP status, Telegram's description, optional response parameters."""

    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Upload:
    chat_id: int
    file_name: str
    content: bytes
    mime_type: str
    caption: str | None = None


@dataclass
class Call:
    """One request the bot made. `status` is the HTTP status answered (0 while hanging)."""

    seq: int
    method: str
    params: dict[str, Any]
    files: dict[str, Upload] = field(default_factory=dict)
    status: int = 0
    result: Any = None
    error: str | None = None
    hung: bool = False  # held by hang_next(); never answered until released

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class _Fault:
    status: int
    description: str
    parameters: dict | None = None
    hang: bool = False


@dataclass
class _File:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes


def scope_key(scope: dict | str | None) -> str:
    """A stable key for a BotCommandScope: "default", "all_group_chats", "chat:42" ..."""
    if scope is None:
        return "default"
    if isinstance(scope, str):
        return scope
    key = scope["type"]
    if "chat_id" in scope:
        key += f":{scope['chat_id']}"
    if "user_id" in scope:
        key += f":{scope['user_id']}"
    return key


class FakeBotAPI(ChatsMixin):
    """The fake server; see the module docstring for its API."""

    def __init__(self, *, token: str = FAKE_TOKEN, bot_user: dict | None = None) -> None:
        self.token = token
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], dict] = {}
        self.chats: dict[int, dict] = {}
        self.uploads: list[Upload] = []
        self.commands: dict[tuple[str, str], list[dict]] = {}
        self.callback_answers: dict[str, dict] = {}
        self.inline_answers: dict[str, dict] = {}
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._files: dict[str, _File] = {}
        self._files_by_path: dict[str, _File] = {}
        self._pending: list[dict] = []
        self._allowed: list[str] | None = None
        self._update_ids = itertools.count(10_000)
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._file_ids = itertools.count(1)
        self._seq = itertools.count(1)
        self._faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self._poll_generation = 0
        self._closing = False
        self._updates_changed = asyncio.Event()
        self._calls_changed = asyncio.Event()
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._broken: tuple[str, frozenset[str] | None] | None = None
        self.port = 0
        self._init_chats()

    # ---- lifecycle --------------------------------------------------------------------------

    async def start(self) -> "FakeBotAPI":
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{path:.*}", self._handle_other)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # the ephemeral port
        return self

    async def stop(self) -> None:
        """Wake every long poll and hanging call, then shut the server down."""
        self._closing = True
        self.release_hangs()
        self._notify_updates()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- what tests feed in -------------------------------------------------------------------

    def push(self, update: dict) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        for kind in ("message", "edited_message", "channel_post", "edited_channel_post"):
            if kind in update:
                self._remember_message(update[kind])
        if "callback_query" in update:
            query = update["callback_query"]
            self._callback_ids.add(query["id"])
            self.users[query["from"]["id"]] = query["from"]
            if "message" in query:
                self._remember_message(query["message"], overwrite=False)
        if "inline_query" in update:
            self._inline_ids.add(update["inline_query"]["id"])
        self._pending.append(update)
        self._notify_updates()
        return update["update_id"]

    def new_message_id(self, chat_id: int) -> int:
        return next(self._message_ids[chat_id])

    def remember_chat(self, chat: dict) -> None:
        self.chats[chat["id"]] = dict(chat)

    def add_file(self, content: bytes, *, file_name: str = "file.bin",
                 mime_type: str = "application/octet-stream") -> dict:
        """Store a file; returns a Document dict whose file_id getFile knows."""
        n = next(self._file_ids)
        entry = _File(f"FILE{n:06d}", f"U{n:06d}", f"documents/file_{n}_{file_name}", content)
        self._files[entry.file_id] = entry
        self._files_by_path[entry.file_path] = entry
        return {"file_id": entry.file_id, "file_unique_id": entry.file_unique_id, "file_name": file_name,
                "mime_type": mime_type, "file_size": len(content)}

    # ---- faults --------------------------------------------------------------------------------

    def fail_next(self, method: str, *, status: int = 500, description: str | None = None,
                  retry_after: float | None = None, times: int = 1) -> None:
        if retry_after is not None:
            status = 429
            description = description or f"Too Many Requests: retry after {retry_after}"
            params = {"retry_after": retry_after}
        else:
            description = description or {500: "Internal Server Error", 502: "Bad Gateway"}.get(status, "Error")
            params = None
        for _ in range(times):
            self._faults[method.lower()].append(_Fault(status, description, params))

    def break_api(self, mode: str | None, *, methods: set[str] | None = None) -> None:
        if mode not in (None, "401", "404-echo", "500", "garbage", "hang"):
            raise ValueError(f"unknown failure mode {mode!r}")
        self._broken = None if mode is None else (mode, frozenset(m.lower() for m in methods) if methods else None)

    async def _broken_answer(self, request: web.Request) -> web.Response | None:
        """The answer of the failure mode set by break_api, or None if this request is not affected."""
        if self._broken is None:
            return None
        mode, methods = self._broken
        method = request.path.rsplit("/", 1)[-1].lower()
        if methods is not None and method not in methods:
            return None
        body = await request.read()
        self.calls.append(Call(seq=next(self._seq), method=request.path.rsplit("/", 1)[-1], params={},
                               status=0 if mode == "hang" else int(mode[:3]) if mode[0].isdigit() else 200,
                               error=mode, hung=mode == "hang"))
        self._notify_calls()
        if mode == "401":
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        if mode == "404-echo":
            return web.Response(status=404, text=f"<html><body>Cannot {request.method} {request.path}</body></html>",
                                content_type="text/html")
        if mode == "500":
            return web.Response(status=500, text="Internal Server Error")
        if mode == "garbage":
            return web.Response(status=200, text=f"<<{request.path}?{body.decode(errors='replace')}>>",
                                content_type="text/plain")
        await self._release.wait()  # hang
        return web.Response(status=502, text="Bad Gateway")

    async def _handle_other(self, request: web.Request) -> web.Response:
        """Any other path: what a proxy in front of nothing would say (404, the path echoed)."""
        broken = await self._broken_answer(request)
        if broken is not None:
            return broken
        return web.Response(status=404, text=f"Cannot {request.method} {request.path}", content_type="text/plain")

    def hang_next(self, method: str = "getUpdates") -> None:
        self._faults[method.lower()].append(_Fault(0, "", hang=True))

    def release_hangs(self) -> None:
        self._release.set()

    def interrupt_polls(self) -> None:
        self._poll_generation += 1
        self._notify_updates()

    # ---- waiting -------------------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[Call], bool], *, timeout: float = 5.0,
                       what: str = "a matching call", pending: bool = False) -> Call:
        """The first recorded call satisfying `predicate`, waiting up to `timeout` seconds.

        Only answered calls count unless `pending` (then a hanging call counts as soon as it arrives).
        """
        deadline = time.monotonic() + timeout
        while True:
            for call in self.calls:
                if (call.status or pending) and predicate(call):
                    return call
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                recent = "\n".join(f"  {c.seq} {c.method} {c.status} {c.error or ''}" for c in self.calls[-15:])
                raise AssertionError(f"timed out waiting for {what}; last calls:\n{recent}")
            event = self._calls_changed
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    def calls_of(self, method: str, *, ok: bool | None = True) -> list[Call]:
        return [c for c in self.calls if c.method.lower() == method.lower() and (ok is None or c.ok == ok)]

    # ---- HTTP ----------------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        broken = await self._broken_answer(request)
        if broken is not None:
            return broken
        if request.match_info["token"] != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = request.match_info["method"]
        params, files = await _read_params(request)
        call = Call(seq=next(self._seq), method=method, params=params, files=files)
        self.calls.append(call)
        self._notify_calls()
        try:
            chat_fault = self._chat_fault(method, params)
            if chat_fault:
                raise ApiError(*chat_fault)
            fault = self._faults[method.lower()].popleft() if self._faults[method.lower()] else None
            if fault and fault.hang:
                call.hung = True
                self._notify_calls()
                await self._release.wait()
                raise ApiError(502, "Bad Gateway (a hung request released)")
            if fault:
                raise ApiError(fault.status, fault.description, fault.parameters)
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            call.result = await handler(params, files)
            call.status = 200
            return _json(200, {"ok": True, "result": call.result})
        except ApiError as exc:
            call.status, call.error = exc.status, exc.description
            body = {"ok": False, "error_code": exc.status, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return _json(exc.status, body)
        finally:
            self._notify_calls()

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        entry = self._files_by_path.get(request.match_info["path"])
        if entry is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=entry.content, content_type="application/octet-stream")

    # ---- Bot API methods -------------------------------------------------------------------------

    async def _api_getme(self, p, f):
        return self.bot_user

    async def _api_logout(self, p, f):
        return True

    async def _api_deletewebhook(self, p, f):
        if p.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _api_setwebhook(self, p, f):
        return True

    async def _api_getwebhookinfo(self, p, f):
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._pending)}

    async def _api_getupdates(self, p, f):
        offset = p.get("offset")
        if isinstance(offset, int) and offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if "allowed_updates" in p and p["allowed_updates"] is not None:
            self._allowed = list(p["allowed_updates"]) or None
        limit = int(p.get("limit") or 100)
        if not 1 <= limit <= 100:
            raise bad("limit must be between 1 and 100")
        deadline = time.monotonic() + float(p.get("timeout") or 0)
        generation = self._poll_generation
        while True:
            ready = [u for u in self._pending if self._is_allowed(u)]
            if ready or self._closing or generation != self._poll_generation:
                return ready[:limit]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            event = self._updates_changed
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    async def _api_sendmessage(self, p, f):
        chat = self._chat(p.get("chat_id"))
        text, entities = self._text(p, "text", MAX_TEXT)
        markup = self._markup(p.get("reply_markup"))
        reply_to = self._reply_to(chat["id"], p.get("reply_parameters"), p.get("reply_to_message_id"))
        return self._store(chat, text=text, entities=entities, markup=markup, reply_to=reply_to,
                           thread_id=p.get("message_thread_id"))

    async def _api_editmessagetext(self, p, f):
        if p.get("inline_message_id"):
            self._text(p, "text", MAX_TEXT)
            self._markup(p.get("reply_markup"))
            return True
        chat = self._chat(p.get("chat_id"))
        key = (chat["id"], p.get("message_id"))
        message = self.messages.get(key)
        if message is None:
            raise bad("message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise bad("message can't be edited")
        text, entities = self._text(p, "text", MAX_TEXT)
        markup = self._markup(p.get("reply_markup"))
        if text == message.get("text") and entities == message.get("entities", []) \
                and markup == message.get("reply_markup"):
            raise bad("message is not modified: specified new message content and reply markup are exactly "
                      "the same as a current content and reply markup of the message")
        message = dict(message, text=text, edit_date=int(time.time()))
        message["entities"] = entities
        message.pop("reply_markup", None)
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self.messages[key] = message
        return message

    async def _api_answercallbackquery(self, p, f):
        query_id = p.get("callback_query_id")
        if query_id not in self._callback_ids or query_id in self.callback_answers:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        text = p.get("text")
        if text is not None and len(text) > MAX_ALERT:
            raise bad("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = {"text": text, "show_alert": bool(p.get("show_alert"))}
        return True

    async def _api_answerinlinequery(self, p, f):
        query_id = p.get("inline_query_id")
        if query_id not in self._inline_ids or query_id in self.inline_answers:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        results = p.get("results")
        if not isinstance(results, list):
            raise bad("can't parse inline query results")
        if len(results) > MAX_INLINE_RESULTS:
            raise bad("RESULTS_TOO_MUCH")
        ids, shown = set(), []
        for result in results:
            rid = result.get("id", "")
            if not 1 <= len(str(rid).encode()) <= 64:
                raise bad("RESULT_ID_INVALID")
            if rid in ids:
                raise bad("RESULT_ID_DUPLICATE")
            ids.add(rid)
            if result.get("type") == "article" and not result.get("title"):
                raise bad("RESULT_TITLE_EMPTY")
            content = result.get("input_message_content")
            if result.get("type") == "article" and not content:
                raise bad("MESSAGE_EMPTY")
            text = None
            if content and "message_text" in content:
                text, _ = self._text(content, "message_text", MAX_TEXT)
            self._markup(result.get("reply_markup"))
            shown.append({**result, "visible_text": text})
        button = p.get("button")
        if button is not None:
            param = button.get("start_parameter", "")
            if not button.get("text") or (param and not _is_start_param(param)):
                raise bad("BUTTON_INVALID")
        self.inline_answers[query_id] = {"results": shown, "button": button, "cache_time": p.get("cache_time")}
        return True

    async def _api_setmycommands(self, p, f):
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not 1 <= len(name) <= 32 or not all(c.islower() or c.isdigit() or c == "_" for c in name):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        scope = self._scope(p.get("scope"))
        self.commands[(scope_key(scope), p.get("language_code") or "")] = commands
        return True

    async def _api_deletemycommands(self, p, f):
        scope = self._scope(p.get("scope"))
        self.commands.pop((scope_key(scope), p.get("language_code") or ""), None)
        return True

    async def _api_getmycommands(self, p, f):
        scope = self._scope(p.get("scope"))
        return self.commands.get((scope_key(scope), p.get("language_code") or ""), [])

    async def _api_sendchataction(self, p, f):
        self._chat(p.get("chat_id"))
        if p.get("action") not in CHAT_ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    async def _api_senddocument(self, p, f):
        chat = self._chat(p.get("chat_id"))
        caption, entities = (None, [])
        if p.get("caption") is not None:
            caption, entities = self._text(p, "caption", MAX_CAPTION, allow_empty=True)
        if "document" in f:
            upload = f["document"]
            document = self.add_file(upload.content, file_name=upload.file_name, mime_type=upload.mime_type)
            self.uploads.append(Upload(chat["id"], upload.file_name, upload.content, upload.mime_type, caption))
        elif isinstance(p.get("document"), str) and p["document"] in self._files:
            entry = self._files[p["document"]]
            document = {"file_id": entry.file_id, "file_unique_id": entry.file_unique_id,
                        "file_size": len(entry.content)}
        else:
            raise bad("wrong file identifier/HTTP URL specified")
        reply_to = self._reply_to(chat["id"], p.get("reply_parameters"), p.get("reply_to_message_id"))
        message = self._store(chat, text=None, entities=[], markup=self._markup(p.get("reply_markup")),
                              reply_to=reply_to, thread_id=p.get("message_thread_id"))
        message["document"] = document
        if caption is not None:
            message["caption"], message["caption_entities"] = caption, entities
        return message

    async def _api_getfile(self, p, f):
        entry = self._files.get(p.get("file_id"))
        if entry is None:
            raise bad("invalid file_id")
        return {"file_id": entry.file_id, "file_unique_id": entry.file_unique_id,
                "file_size": len(entry.content), "file_path": entry.file_path}

    # ---- validation helpers ------------------------------------------------------------------------

    def _chat(self, chat_id) -> dict:
        if isinstance(chat_id, str):
            chat = next((c for c in self.chats.values() if f"@{c.get('username')}" == chat_id), None)
        else:
            chat = self.chats.get(chat_id)
        if chat is None:
            raise bad("chat not found")
        return chat

    def _text(self, p: dict, key: str, limit: int, *, allow_empty: bool = False) -> tuple[str, list[dict]]:
        raw = p.get(key)
        if not isinstance(raw, str):
            raw = "" if raw is None else str(raw)
        mode = (p.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                parsed = parse_html(raw)
            except HtmlError as exc:
                raise bad(str(exc)) from None
            text, entities = parsed.text, parsed.entities
        elif mode:
            raise bad(f"unsupported parse_mode {mode!r} (the fake server knows only HTML)")
        else:
            text, entities = raw, list(p.get("entities") or p.get("caption_entities") or [])
        if not text.strip() and not allow_empty:
            raise bad("message text is empty")
        if len(text) > limit:
            raise bad("message is too long" if key != "caption" else "message caption is too long")
        return text, entities

    def _markup(self, markup) -> dict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            for row in markup["inline_keyboard"]:
                for button in row:
                    if not button.get("text"):
                        raise bad("BUTTON_TEXT_INVALID")
                    actions = _BUTTON_ACTIONS & set(button)
                    if len(actions) != 1:
                        raise bad("can't parse inline keyboard button: exactly one action field is required")
                    if "callback_data" in button:
                        size = len(str(button["callback_data"]).encode())
                        if not 1 <= size <= MAX_CALLBACK_DATA:
                            raise bad("BUTTON_DATA_INVALID")
            return markup
        if "keyboard" in markup:
            for row in markup["keyboard"]:
                for button in row:
                    text = button if isinstance(button, str) else button.get("text")
                    if not text:
                        raise bad("BUTTON_TEXT_INVALID")
            return None  # reply keyboards are not part of the message
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return None
        raise bad("can't parse reply keyboard markup JSON object")

    def _reply_to(self, chat_id: int, reply_parameters, reply_to_message_id) -> dict | None:
        if reply_parameters is None and reply_to_message_id is None:
            return None
        params = reply_parameters or {"message_id": reply_to_message_id}
        target_chat = params.get("chat_id", chat_id)
        message = self.messages.get((target_chat, params.get("message_id")))
        if message is None:
            if params.get("allow_sending_without_reply"):
                return None
            raise bad("message to be replied not found")
        return message

    def _scope(self, scope) -> dict | None:
        if scope is None:
            return None
        if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
            raise bad("can't parse BotCommandScope JSON object")
        if "chat_id" in scope:
            self._chat(scope["chat_id"])
        return scope

    def _store(self, chat: dict, *, text, entities, markup, reply_to, thread_id) -> dict:
        message = {
            "message_id": self.new_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
        }
        if text is not None:
            message["text"] = text
            if entities:
                message["entities"] = entities
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    # ---- state helpers ------------------------------------------------------------------------------

    def _remember_message(self, message: dict, *, overwrite: bool = True) -> None:
        chat = message.get("chat")
        if chat is None:
            return
        self.chats.setdefault(chat["id"], dict(chat))
        if "from" in message:
            self.users.setdefault(message["from"]["id"], message["from"])
        key = (chat["id"], message["message_id"])
        if overwrite or key not in self.messages:
            self.messages[key] = message
        if "reply_to_message" in message:
            self._remember_message(message["reply_to_message"], overwrite=False)

    def _is_allowed(self, update: dict) -> bool:
        if not self._allowed:
            return True
        return any(kind in update for kind in self._allowed)

    def _notify_updates(self) -> None:
        event, self._updates_changed = self._updates_changed, asyncio.Event()
        event.set()

    def _notify_calls(self) -> None:
        event, self._calls_changed = self._calls_changed, asyncio.Event()
        event.set()


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    params: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            params.update(await request.json())
            return params, files
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = Upload(0, value.filename or name, value.file.read(),
                                     value.content_type or "application/octet-stream")
            else:
                params[name] = _decode(name, value)
    return params, files


def _decode(name: str, value: str) -> Any:
    if name in STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _is_start_param(value: str) -> bool:
    return 1 <= len(value) <= 64 and all(c.isascii() and (c.isalnum() or c in "_-") for c in value)


def _json(status: int, body: dict) -> web.Response:
    return web.Response(status=status, text=json.dumps(body), content_type="application/json")
