"""Checking the Bot API before the bot starts: one getMe, and a one-line reason when it fails.

PTB reports a 401 (a revoked or mistyped token) and a 404 (a wrong BOT_API_BASE_URL,
a proxy that does not pass the path on) alike, as InvalidToken with the token in its
message. The request class here tells the two apart by their HTTP status, so the
command line can say which it is and exit with status 2 before anything else runs.
"""
from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from .redaction import redact


class BotApiUnusable(Exception):
    """The Bot API cannot be used; `str()` is the one line to show, `exit_code` the status to end with."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class TokenRejected(InvalidToken):
    """The Bot API answered 401."""


class NoBotApi(InvalidToken):
    """The Bot API's getMe answered 404: nothing at that address speaks the Bot API."""


class CheckedRequest(HTTPXRequest):
    """HTTPXRequest that raises TokenRejected on a 401 and NoBotApi on a 404 of getMe."""

    async def do_request(self, url, method, request_data=None, **kwargs) -> tuple[int, bytes]:  # type: ignore[override]
        code, payload = await super().do_request(url, method, request_data, **kwargs)
        if code == 401:
            raise TokenRejected("Unauthorized")
        if code == 404 and url.rsplit("/", 1)[-1].lower() == "getme":
            raise NoBotApi("Not Found")
        return code, payload


def _cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def explain(exc: BaseException, *, base_url: str) -> BotApiUnusable | None:
    """The one-line reason (and exit status) for a Bot API failure, or None if it is none of those."""
    if _cause(exc, TokenRejected):
        return BotApiUnusable("the Bot API rejected the token (401 Unauthorized): check TELEGRAM_BOT_TOKEN, "
                              "or get a new one from @BotFather", 2)
    if _cause(exc, NoBotApi):
        return BotApiUnusable(f"no Bot API at BOT_API_BASE_URL ({redact(base_url)} answered 404 Not Found)", 2)
    if _cause(exc, InvalidToken):
        return BotApiUnusable("the Bot API rejected the token", 2)
    if _cause(exc, TimedOut):
        return BotApiUnusable(f"the Bot API at {redact(base_url)} did not answer in time; is it reachable?", 1)
    if _cause(exc, NetworkError):
        return BotApiUnusable(f"cannot use the Bot API at {redact(base_url)}: {redact(str(_cause(exc, NetworkError)))}", 1)
    if _cause(exc, TelegramError):
        return BotApiUnusable(f"the Bot API at {redact(base_url)} answered unexpectedly: "
                              f"{redact(str(_cause(exc, TelegramError)))[:300]}", 1)
    return None


def check(token: str, *, base_url: str, base_file_url: str, timeout: float) -> None:
    """Ask getMe once; BotApiUnusable (with its one line) if the Bot API cannot be used with this token."""
    async def get_me() -> None:
        request = CheckedRequest(connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout)
        bot = Bot(token, base_url=base_url, base_file_url=base_file_url, request=request,
                  get_updates_request=CheckedRequest(connect_timeout=timeout, read_timeout=timeout))
        try:
            await bot.initialize()
        finally:
            await bot.shutdown()

    loop = asyncio.new_event_loop()  # its own loop: the current one is left for run_polling/run_webhook
    ptb_log = logging.getLogger("telegram")
    level = ptb_log.level
    ptb_log.setLevel(logging.CRITICAL)  # PTB logs a bad answer with a traceback; the one line below says it all
    try:
        loop.run_until_complete(get_me())
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line
        reason = explain(exc, base_url=base_url)
        if reason is None:
            raise
        raise reason from None
    finally:
        ptb_log.setLevel(level)
        loop.close()
