"""Flood control on its own: the sliding window, the one warning, the pause, other users."""
from __future__ import annotations

from handlers.flood import FloodGuard, Verdict
from tests.telegram.harness import FakeClock


def test_21st_question_in_a_minute_warns_once_then_pauses_ensures_one_slow_down_note():
    clock = FakeClock()
    guard = FloodGuard(limit=20, window=60, pause=60, clock=clock)
    verdicts = [guard.check("alice") for _ in range(23)]
    assert verdicts[:20] == [Verdict.ALLOW] * 20
    assert verdicts[20:] == [Verdict.WARN, Verdict.IGNORE, Verdict.IGNORE]
    assert guard.check("bob") is Verdict.ALLOW
    clock.advance(61)
    assert guard.check("alice") is Verdict.ALLOW


def test_questions_spread_over_time_ensures_a_steady_asker_is_never_paused():
    clock = FakeClock()
    guard = FloodGuard(limit=20, window=60, pause=60, clock=clock)
    for _ in range(100):
        assert guard.check("alice") is Verdict.ALLOW
        clock.advance(3.1)
