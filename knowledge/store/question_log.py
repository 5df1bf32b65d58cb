"""The question log: what people asked and whether the bot answered, for /stats and /unanswered.

Only the question text, the chat type and the outcome are kept, never who asked.
Declined questions are grouped by similarity so admins see which facts are missing.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass


SCHEMA = """
CREATE TABLE IF NOT EXISTS questions(
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    day TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    normalised TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_by_kind ON questions(kind, normalised);
CREATE INDEX IF NOT EXISTS questions_by_day ON questions(day);
"""

MAX_QUESTION_CHARS = 500
SIMILAR = 80  # token_sort_ratio at which two declined questions count as the same question
# AnswerKind values: a factual answer, and the two ways of not answering a question (greetings and
# unreadable input count as asked only). Off-topic ones are kept too: the matcher may not know a topic yet.
ANSWERED = "fact"
DECLINED = ("decline", "off_topic")
_DECLINED_SQL = f"kind IN ({', '.join(repr(k) for k in DECLINED)})"


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, words sorted: one form for spellings of the same question."""
    from rapidfuzz.utils import default_process  # (on first use: `partnerbot ask` logs nothing)

    return " ".join(sorted(default_process(text).split()))


@dataclass(frozen=True)
class QuestionGroup:
    """Declined questions that look alike: the most asked wording, how often, when last."""

    question: str
    count: int
    last_asked: dt.datetime
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayStats:
    day: dt.date
    asked: int
    answered: int
    declined: int


class QuestionLog:
    """The questions table of the store (shares the store's connection and lock)."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db = db
        self._lock = lock

    def log(self, *, question: str, chat_type: str, kind: str, at: dt.datetime | None = None) -> None:
        """Record one asked question and the kind of answer it got (an AnswerKind value)."""
        self.log_many([(question, chat_type, kind, at or dt.datetime.now(dt.timezone.utc))])

    def log_many(self, asked: Iterable[tuple[str, str, str, dt.datetime]]) -> None:
        """Record (question, chat type, kind, when) rows in one transaction (the bot logs in batches:
        one commit per question cost about as much CPU as answering it from the cache)."""
        rows = []
        for question, chat_type, kind, at in asked:
            text = " ".join(question.split())[:MAX_QUESTION_CHARS]
            if text:
                rows.append((at.replace(microsecond=0).isoformat(), at.date().isoformat(), chat_type, kind, text,
                             normalise(text)))
        if not rows:
            return
        with self._lock:
            # Statistics need no fsync per question: in WAL mode NORMAL survives any crash of the
            # process and at worst loses the latest questions on power loss; fact changes stay FULL.
            self._db.execute("PRAGMA synchronous=NORMAL")
            try:
                own = not self._db.in_transaction  # (inside a caller's transaction: part of it)
                if own:
                    self._db.execute("BEGIN")
                try:
                    self._db.executemany(
                        "INSERT INTO questions(asked_at, day, chat_type, kind, text, normalised)"
                        " VALUES (?, ?, ?, ?, ?, ?)", rows)
                except BaseException:
                    if own:
                        self._db.execute("ROLLBACK")
                    raise
                if own:
                    self._db.execute("COMMIT")
            finally:
                self._db.execute("PRAGMA synchronous=FULL")

    def unanswered(self, *, limit: int = 20) -> list[QuestionGroup]:
        """Declined (and off-topic) questions grouped by similarity, most asked first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT normalised, COUNT(*) AS n, MAX(asked_at) AS last,"
                f" (SELECT text FROM questions q2 WHERE q2.{_DECLINED_SQL} AND q2.normalised = q.normalised"
                "  ORDER BY id DESC LIMIT 1) AS text"
                f" FROM questions q WHERE {_DECLINED_SQL} GROUP BY normalised ORDER BY n DESC, last DESC LIMIT 5000"
                ).fetchall()
        from rapidfuzz import fuzz, process

        groups: list[dict] = []
        heads: list[str] = []
        for norm, n, last, text in rows:
            hit = process.extractOne(norm, heads, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR) if heads else None
            if hit is None:
                heads.append(norm)
                groups.append({"question": text, "count": n, "last": last, "variants": []})
            else:
                g = groups[hit[2]]
                g["count"] += n
                g["last"] = max(g["last"], last)
                g["variants"].append(text)
        groups.sort(key=lambda g: g["last"], reverse=True)
        groups.sort(key=lambda g: g["count"], reverse=True)
        return [QuestionGroup(g["question"], g["count"], dt.datetime.fromisoformat(g["last"]), tuple(g["variants"]))
                for g in groups[:limit]]

    def stats(self, *, days: int = 14) -> list[DayStats]:
        """Questions asked, answered and declined per day, the latest `days` days with questions, newest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT day, COUNT(*), SUM(kind = ?), SUM({_DECLINED_SQL}) FROM questions"
                " GROUP BY day ORDER BY day DESC LIMIT ?", (ANSWERED, days)).fetchall()
        return [DayStats(dt.date.fromisoformat(d), n, a, dcl) for d, n, a, dcl in rows]
