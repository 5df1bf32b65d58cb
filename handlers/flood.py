"""Flood control: a user who asks more than N questions a minute gets one note, then a pause.

Pure Python with an injectable clock, so tests need not wait a minute.
"""
from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable, Hashable


class Verdict(enum.Enum):
    ALLOW = "allow"    # answer the question
    WARN = "warn"      # the limit was just crossed: send one "slow down" note
    IGNORE = "ignore"  # paused: stay silent


class FloodGuard:
    """Counts questions per user in a sliding window; over the limit pauses that user only."""

    def __init__(self, *, limit: int, window: float = 60.0, pause: float = 60.0,
                 clock: Callable[[], float]) -> None:
        self._limit = limit
        self._window = window
        self._pause = pause
        self._clock = clock
        self._seen: dict[Hashable, deque[float]] = {}
        self._paused_until: dict[Hashable, float] = {}

    def check(self, key: Hashable) -> Verdict:
        """Record one question from `key` and say what to do with it."""
        now = self._clock()
        until = self._paused_until.get(key)
        if until is not None:
            if now < until:
                return Verdict.IGNORE
            del self._paused_until[key]
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self._window:
            times.popleft()
        times.append(now)
        if len(times) > self._limit:
            self._paused_until[key] = now + self._pause
            del self._seen[key]
            return Verdict.WARN
        if len(self._seen) > 10_000:
            self._forget_idle(now)
        return Verdict.ALLOW

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, t in self._seen.items() if not t or t[-1] <= now - self._window]:
            del self._seen[key]
