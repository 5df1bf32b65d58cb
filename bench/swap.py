"""Swap benchmark: does making a changed fact base live stall the bot's event loop?

    python bench/swap.py                 # 100,000 synthetic records (about two minutes)
    python bench/swap.py --size 10000

The bot makes a change live with Engine.swap(base), which builds a new index; the
handlers run the store change (and with it the swap) in a worker thread
(asyncio.to_thread), and a change another process made is indexed in one too
(bot/runtime.py). Here an event loop runs a ticker that wakes every 10 ms and
records how late each tick is, and a task that asks a question every 20 ms and
records its latency, while the base of `--size` synthetic records (plus the real
ones) is swapped for a changed one (one record more):

- worker thread: `await asyncio.to_thread(engine.swap, base)`, as the bot does;
- on the loop (baseline, as before issue 13): `engine.swap(base)` called on the loop.

Reported per way: how long the swap took, the longest tick gap and the ticks later
than 50 ms, the same counting only the CPU time this process got during each gap (on a
shared machine a gap in which the process hardly ran was another job's turn, not a
stall of ours), the asks answered during the swap and their worst latency; and how long
a full `gc.collect()` takes once the new index is live (its objects are frozen, so
the collector leaves them alone). Writes bench/results/swap.json and swap.md.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fmt, machine, percentile, publish, rss_mib, table  # noqa: E402

TICK_S = 0.010
ASK_EVERY_S = 0.020
STALL_MS = 50.0
TODAY = dt.date(2025, 6, 1)
QUESTIONS = ("When was AZPROMO founded?", "Who heads AZPROMO?", "When was the conference held?")


async def _measure(engine, swap) -> dict:
    """Run `swap()` (a coroutine function) while ticking and asking; the figures of that window."""
    loop = asyncio.get_running_loop()
    gaps: list[float] = []
    busy: list[float] = []  # the CPU time this process used during each gap (all its threads)
    asks: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        last, last_cpu = loop.time(), time.process_time()
        while not stop.is_set():
            await asyncio.sleep(TICK_S)
            now, cpu = loop.time(), time.process_time()
            gaps.append(now - last)
            busy.append(cpu - last_cpu)
            last, last_cpu = now, cpu

    async def asker() -> None:
        i = 0
        while not stop.is_set():
            t = time.perf_counter()
            engine.ask(QUESTIONS[i % len(QUESTIONS)])
            asks.append(time.perf_counter() - t)
            i += 1
            await asyncio.sleep(ASK_EVERY_S)

    tasks = [asyncio.create_task(ticker()), asyncio.create_task(asker())]
    await asyncio.sleep(0.2)  # ticking steadily before the swap
    gaps.clear()
    busy.clear()
    asks.clear()
    t = time.perf_counter()
    await swap()
    took = time.perf_counter() - t
    await asyncio.sleep(2 * TICK_S)
    stop.set()
    await asyncio.gather(*tasks)
    late = [g for g in gaps if g * 1e3 > STALL_MS]
    # A gap during which this process hardly ran was another process's turn on the CPU (a shared
    # machine); one it spent running was this process's own doing (the build holding the lock).
    own = [min(g, b) for g, b in zip(gaps, busy)]
    return {"swap_s": took, "ticks": len(gaps), "max_tick_gap_ms": max(gaps) * 1e3 if gaps else float("nan"),
            "p99_tick_gap_ms": percentile(gaps, 99) * 1e3, "ticks_over_50ms": len(late),
            "max_own_gap_ms": max(own) * 1e3 if own else float("nan"),
            "ticks_over_50ms_own": sum(o * 1e3 > STALL_MS for o in own),
            "asks_during": len(asks), "max_ask_ms": max(asks) * 1e3 if asks else float("nan"),
            "p50_ask_ms": percentile(asks, 50) * 1e3}


def run(*, size: int, seed: int) -> dict:
    from bench.synthetic import _real_names, synthetic_records
    from knowledge.engine import Engine
    from knowledge.facts.factbase import FactBase
    from knowledge.facts.loader import load_shipped

    real = load_shipped()
    records = [*real, *synthetic_records(n=size + 1, seed=seed, avoid=_real_names(real))]
    base = FactBase.build(records[:-1], origin=f"<bench n={size}>")
    changed = FactBase.build(records, origin=f"<bench n={size} + 1>")  # one record more: an admin's /add
    del records
    gc.collect()
    rss0 = rss_mib()
    t = time.perf_counter()
    engine = Engine(base, today=lambda: TODAY, cache_size=0)
    build_s = time.perf_counter() - t
    rss_engine = rss_mib() - rss0

    async def scenarios() -> dict:
        out = {}

        async def in_thread() -> None:
            await asyncio.to_thread(engine.swap, changed)

        async def on_loop() -> None:
            engine.swap(base)

        out["worker thread (production)"] = await _measure(engine, in_thread)
        out["on the event loop (baseline)"] = await _measure(engine, on_loop)
        t = time.perf_counter()
        gc.collect()
        out["full_gc_after_s"] = time.perf_counter() - t
        return out

    results = asyncio.run(scenarios())
    full_gc = results.pop("full_gc_after_s")
    return {"benchmark": "swap", "machine": machine(), "size": size, "records": len(changed), "seed": seed,
            "engine_build_s": build_s, "engine_rss_mib": rss_engine, "full_gc_after_swap_s": full_gc,
            "rss_after_mib": rss_mib(), "results": results,
            "targets": {"event loop never stalls > 50 ms during a swap (worker thread)": {
                "value_ms": results["worker thread (production)"]["max_tick_gap_ms"],
                "met": results["worker thread (production)"]["ticks_over_50ms"] == 0,
                "own_ms": results["worker thread (production)"]["max_own_gap_ms"],
                "met_own": results["worker thread (production)"]["ticks_over_50ms_own"] == 0}}}


def render(data: dict) -> str:
    rows = [[name, fmt(r["swap_s"]), f"{r['ticks']:,}", fmt(r["max_tick_gap_ms"]), fmt(r["p99_tick_gap_ms"]),
             str(r["ticks_over_50ms"]), fmt(r["max_own_gap_ms"]), str(r["ticks_over_50ms_own"]),
             str(r["asks_during"]), fmt(r["max_ask_ms"])]
            for name, r in data["results"].items()]
    text = table(["swap", "took s", "ticks", "longest tick gap ms", "p99 tick gap ms", "ticks > 50 ms",
                  "longest gap on our CPU ms", "such gaps > 50 ms", "asks answered meanwhile", "slowest ask ms"],
                 rows)
    t = next(iter(data["targets"].items()))
    m = data["machine"]
    return (f"{text}\n\n- {t[0]}: {fmt(t[1]['value_ms'])} ms -> {'met' if t[1]['met'] else 'MISSED'} "
            f"(counting only the time this process had the CPU: {fmt(t[1]['own_ms'])} ms -> "
            f"{'met' if t[1]['met_own'] else 'MISSED'})\n\n"
            f"{data['records']:,} records; first Engine build {fmt(data['engine_build_s'])} s, "
            f"{fmt(data['engine_rss_mib'])} MiB; a full gc.collect() after the swaps: "
            f"{fmt(data['full_gc_after_swap_s'] * 1e3)} ms. A 10 ms ticker and a question every 20 ms ran on the loop.\n"
            f"Measured {m['date']} on {m['nproc']} x {m['cpu']}, Python {m['python']}.")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--size", type=int, default=100_000, help="synthetic records")
    p.add_argument("--seed", type=int, default=20250421)
    p.add_argument("--nice", type=int, default=-10,
                   help="niceness of this process (negative: ahead of other jobs on a shared machine; needs root)")
    p.add_argument("--out", type=Path, help="JSON path (default bench/results/swap.json)")
    args = p.parse_args(argv)
    if args.nice:
        try:
            os.nice(args.nice)
        except OSError:
            pass
    data = run(size=args.size, seed=args.seed)
    return publish("swap", data, render(data), out=args.out)


if __name__ == "__main__":
    raise SystemExit(main())
