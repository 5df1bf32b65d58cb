"""Where the matcher's time goes: cProfile of Engine.ask over the question mix at one size.

    python bench/profile_matcher.py --size 100000 [--kind real,typo] [--top 25] [--sort tottime]

Builds the same base as bench/matcher.py (real records plus SIZE synthetic ones),
asks every question of the chosen kinds once to warm up, then profiles --repeat
more passes. Prints per-question latency and answer kind, then the cProfile table.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    from bench.questions import FIXED, synthetic_questions
    from bench.synthetic import synthetic_base
    from knowledge.engine import Engine

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--kind", default="", help="question kinds, comma-separated (default: all)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--sort", default="cumulative")
    args = p.parse_args(argv)
    t = time.perf_counter()
    base = synthetic_base(n=args.size)
    engine = Engine(base, today=lambda: dt.date(2025, 6, 1), cache_size=0)  # the matcher, not a cache
    print(f"built {len(base):,} records in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    kinds = set(filter(None, args.kind.split(",")))
    questions = [q for q in FIXED + synthetic_questions(base) if not kinds or q.kind in kinds]
    for q in questions:
        t = time.perf_counter()
        a = engine.ask(q.text)
        print(f"{(time.perf_counter() - t) * 1e3:8.2f} ms  {a.kind.value:9} {','.join(a.facts)[:50]:50} {q.text}")
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.repeat):
        for q in questions:
            engine.ask(q.text)
    prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
