"""Drive the real partnerbot Application against the fake Bot API server, one exchange at a time.

    async with running_bot(server, services, clock=...) as bot:     # or the `tg` / `start_bot` fixtures
        ex = await bot.send("When was AZPROMO founded?")            # private chat, from ALICE
        ex.reply.text        # what the user sees (HTML parsed, as Telegram shows it)
        ex.reply.html        # what the bot sent
        ex.reply.buttons     # [(text, callback_data), ...]
        ex = await bot.send("@PartnerTestBot hi", chat=GROUP)       # entities computed like Telegram
        ex = await bot.press(ex.reply, 0)                           # press the first inline button
        ex = await bot.inline("AZPROMO")                            # ex.inline_results
        ex = await bot.send_document(b"...", file_name="facts.yaml", caption="/import", user=OWNER)
        ex = await bot.push(update_dict)                            # anything else (see updates.py)

Every exchange pushes the update followed by a sentinel (/about in the SENTINEL's private chat)
and waits for the sentinel's reply: the application processes updates one at a time
(`concurrent_updates=1`; tests of concurrency pass another and use `server` directly), so everything the bot did between the two belongs to the update,
and "the bot stayed silent" is an exchange with no replies, without any sleeping.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from telegram.ext import Application

from bot.app import build_application
from handlers import ALLOWED_UPDATES

from . import updates as u
from .server import Call, FakeBotAPI
from .tghtml import parse_html

POLL_TIMEOUT = dt.timedelta(seconds=0.2)  # long-poll length; a hung getUpdates is abandoned after this + read timeout
READ_TIMEOUT = 0.05
DIGEST_INTERVAL = 0.02  # how often the bot looks for due digests (production: every few seconds)
_REPLY_METHODS = {"sendmessage", "editmessagetext", "senddocument"}


class FakeClock:
    """A clock for flood control that moves only when told."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class BotMessage:
    """A message the bot sent or edited, as the user sees it."""

    call: Call
    chat_id: int
    message_id: int
    text: str             # visible text (for a document: its caption, or "")
    html: str             # what the bot sent
    edited: bool
    buttons: list[tuple[str, str | None]]
    reply_to_message_id: int | None
    thread_id: int | None
    raw: dict             # the Message dict the server stored

    @classmethod
    def from_call(cls, call: Call) -> "BotMessage":
        result = call.result if isinstance(call.result, dict) else {}
        markup = result.get("reply_markup") or {}
        buttons = [(b["text"], b.get("callback_data")) for row in markup.get("inline_keyboard", []) for b in row]
        replied = result.get("reply_to_message")
        return cls(
            call=call,
            chat_id=result.get("chat", {}).get("id", call.params.get("chat_id")),
            message_id=result.get("message_id", call.params.get("message_id")),
            text=result.get("text", result.get("caption", "")),
            html=call.params.get("text", call.params.get("caption", "")),
            edited=call.method.lower() == "editmessagetext",
            buttons=buttons,
            reply_to_message_id=replied["message_id"] if replied else None,
            thread_id=result.get("message_thread_id"),
            raw=result,
        )


@dataclass
class Exchange:
    """What the bot did in answer to one update."""

    update_id: int
    calls: list[Call] = field(default_factory=list)

    @property
    def replies(self) -> list[BotMessage]:
        """Messages sent or edited successfully, in order."""
        return [BotMessage.from_call(c) for c in self.calls if c.ok and c.method.lower() in _REPLY_METHODS]

    @property
    def reply(self) -> BotMessage:
        """The one reply (fails the test if there were none or several)."""
        replies = self.replies
        assert len(replies) == 1, f"expected one reply, got {[r.text for r in replies]}"
        return replies[0]

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    @property
    def callback_answers(self) -> list[str | None]:
        """Texts of answerCallbackQuery calls (None: answered without a note)."""
        return [c.params.get("text") for c in self.calls if c.ok and c.method.lower() == "answercallbackquery"]

    @property
    def inline_results(self) -> list[dict]:
        """answerInlineQuery results, each with its `visible_text` (message text as shown)."""
        for c in self.calls:
            if c.ok and c.method.lower() == "answerinlinequery":
                return [{**r, "visible_text": parse_html(r["input_message_content"]["message_text"]).text
                         if r.get("input_message_content", {}).get("parse_mode") == "HTML"
                         else r.get("input_message_content", {}).get("message_text")}
                        for r in c.params["results"]]
        raise AssertionError("the bot did not answer the inline query")

    @property
    def inline_button(self) -> dict | None:
        for c in self.calls:
            if c.ok and c.method.lower() == "answerinlinequery":
                return c.params.get("button")
        return None

    @property
    def failed(self) -> list[Call]:
        """Calls the server rejected (validation errors, injected faults)."""
        return [c for c in self.calls if c.status and not c.ok]


class BotHarness:
    """A running bot plus the fake server; see the module docstring."""

    def __init__(self, server: FakeBotAPI, app: Application) -> None:
        self.server = server
        self.app = app

    @property
    def engine(self):
        """The engine the bot answers from (to compute what a reply should contain)."""
        return self.app.bot_data.services.engine

    @property
    def username(self) -> str:
        return self.server.bot_user["username"]

    @property
    def bot_id(self) -> int:
        return self.server.bot_user["id"]

    def message(self, text: str | None, *, chat: dict | None = None, user: dict = u.ALICE, **kw) -> dict:
        """A new user message (not yet sent); `chat` defaults to the user's private chat."""
        chat = chat or u.private_chat(user)
        return u.message(self.server.new_message_id(chat["id"]), text, chat=chat, user=user, **kw)

    async def send(self, text: str | None, *, chat: dict | None = None, user: dict = u.ALICE, **kw) -> Exchange:
        """A user sends `text` (private chat by default); returns what the bot did."""
        return await self.push({"message": self.message(text, chat=chat, user=user, **kw)})

    async def send_document(self, content: bytes, *, file_name: str, caption: str | None = None,
                            mime_type: str = "application/octet-stream", chat: dict | None = None,
                            user: dict = u.ALICE) -> Exchange:
        """A user sends a file (the bot can getFile and download it)."""
        document = self.server.add_file(content, file_name=file_name, mime_type=mime_type)
        return await self.send(None, chat=chat, user=user, document=document, caption=caption)

    async def press(self, reply: BotMessage, button: int | str = 0, *, user: dict = u.ALICE) -> Exchange:
        """Press an inline button of a bot message, by index or by its text."""
        message = self.server.messages[(reply.chat_id, reply.message_id)]
        buttons = [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
        texts = [b["text"] for b in buttons]
        if isinstance(button, int):
            assert button < len(buttons), f"message {reply.message_id} has buttons {texts} now, no #{button}"
            chosen = buttons[button]
        else:
            assert button in texts, f"message {reply.message_id} has buttons {texts} now, not {button!r}"
            chosen = buttons[texts.index(button)]
        return await self.push(u.callback_query(chosen["callback_data"], message=message, user=user))

    async def callback(self, data: str, *, reply: BotMessage, user: dict = u.ALICE) -> Exchange:
        """A callback query with arbitrary (e.g. forged) data on a bot message."""
        message = self.server.messages[(reply.chat_id, reply.message_id)]
        return await self.push(u.callback_query(data, message=message, user=user))

    async def inline(self, query: str, *, user: dict = u.ALICE) -> Exchange:
        return await self.push(u.inline_query(query, user=user))

    async def push(self, update: dict) -> Exchange:
        """Push any update, then the sentinel; return the calls the update caused."""
        start = len(self.server.calls)
        marker = self.server.calls[-1].seq if self.server.calls else 0
        update_id = self.server.push(update)
        sentinel_chat = u.private_chat(u.SENTINEL)
        self.server.push({"message": u.message(self.server.new_message_id(sentinel_chat["id"]), "/about",
                                               chat=sentinel_chat, user=u.SENTINEL)})
        done = await self.server.wait_for(
            lambda c: c.ok and c.seq > marker and c.method.lower() == "sendmessage"
            and c.params.get("chat_id") == u.SENTINEL["id"],
            what=f"the bot to finish update {update_id}",
        )
        calls = [c for c in self.server.calls[start:]
                 if c.seq < done.seq and c.method.lower() != "getupdates"
                 and c.params.get("chat_id") != u.SENTINEL["id"]]
        return Exchange(update_id, calls)


@contextlib.asynccontextmanager
async def running_bot(server: FakeBotAPI, services, *, clock: Callable[[], float] | None = None,
                      **build_kwargs) -> AsyncIterator[BotHarness]:
    """Build the real Application over `services`, start polling the fake server, stop it cleanly after."""
    kwargs = {"clock": clock} if clock is not None else {}
    build_kwargs.setdefault("concurrent_updates", 1)  # one at a time: see the module docstring
    build_kwargs.setdefault("digest_interval", DIGEST_INTERVAL)
    app = build_application(services, token=server.token, base_url=server.base_url,
                            base_file_url=server.base_file_url,
                            get_updates_read_timeout=READ_TIMEOUT, **kwargs, **build_kwargs)
    try:
        async with app:
            await app.post_init(app)  # run_polling would do this; tests start polling themselves
            await app.start()
            await app.updater.start_polling(
                timeout=POLL_TIMEOUT, poll_interval=0.01, allowed_updates=ALLOWED_UPDATES,
                error_callback=lambda exc: app.create_task(app.process_error(update=None, error=exc)),
            )
            try:
                yield BotHarness(server, app)
            finally:
                server.release_hangs()
                server.interrupt_polls()
                await app.updater.stop()
                await app.stop()
                await app.post_stop(app)  # as run_polling does
    finally:
        await app.post_shutdown(app)
