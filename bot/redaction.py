"""The one redaction point: the bot token and the webhook secret never leave the process in clear.

Everything the process writes passes through `REDACTOR.redact`:

- log records, as they are created (a record factory), so every handler sees the clean text,
  whichever it is (stderr, journald, a test's caplog) and whenever it was added;
- stderr itself (`protect_stderr`): tracebacks printed at exit, warnings, anything a library prints;
- replies built from error text (handlers/errors.py asks `Services.redact`).

A bot token is `<bot id>:<secret>`; its secret part alone is redacted too, since that is
what a URL, an error message or a proxy's 404 page may echo without the id.
"""
from __future__ import annotations

import io
import logging
import re
import sys
from typing import TextIO

MASK = "[REDACTED]"


class Redactor:
    """The known secrets, and their removal from text, log records and streams."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, secret: str | None) -> None:
        if not secret:
            return
        self._secrets.add(secret)
        if ":" in secret:  # a bot token: its part after the colon is the secret one
            tail = secret.split(":", 1)[1]
            if len(tail) >= 8:  # a stub like "123:" must not turn every colon into a mask
                self._secrets.add(tail)
        # in any letter case: PTB lowercases what Telegram (or a proxy) said in a "Bad Request"
        self._pattern = re.compile("|".join(re.escape(s) for s in sorted(self._secrets, key=len, reverse=True)),
                                   re.IGNORECASE)

    def redact(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def clean_record(self, record: logging.LogRecord) -> None:
        """Redact a log record's message, traceback and stack in place."""
        if not self._secrets:
            return
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to logging to report
            return
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            text = logging.Formatter().formatException(record.exc_info)
            if self.redact(text) != text:
                record.exc_text = self.redact(text)
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)


class _Filter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        REDACTOR.clean_record(record)
        return True


class RedactingStream(io.TextIOBase):
    """A text stream that redacts what is written and passes it on to the stream it wraps."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(REDACTOR.redact(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")


REDACTOR = Redactor()
LOG_FILTER = _Filter()
_FACTORY_WRAPPED = False


def redact(text: str) -> str:
    """`text` without any secret this process knows."""
    return REDACTOR.redact(text)


def protect(secret: str | None) -> None:
    """Make sure `secret` appears in no log record, nothing written to stderr and no error reply."""
    REDACTOR.add(secret)
    _wrap_record_factory()
    protect_stderr()


def protect_stderr() -> None:
    """Route sys.stderr through the redactor (once; later calls find it wrapped)."""
    if not isinstance(sys.stderr, RedactingStream) and sys.stderr is not None:
        sys.stderr = RedactingStream(sys.stderr)


def _wrap_record_factory() -> None:
    global _FACTORY_WRAPPED
    if _FACTORY_WRAPPED:
        return
    make_record = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        REDACTOR.clean_record(record)
        return record

    logging.setLogRecordFactory(factory)
    _FACTORY_WRAPPED = True
