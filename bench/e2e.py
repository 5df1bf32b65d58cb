"""End-to-end benchmark: the real PTB Application answering private-chat questions over loopback.

    python bench/e2e.py                      # 3 rounds; 3,000 updates per saturation run
    python bench/e2e.py --updates 500 --rounds 1 --paced-updates 200 --limited-updates 60

Three processes per run, so that neither side steals the other's core: the fake
Bot API server of the Telegram tests (tests/telegram/server.py, subclassed here
only to time what it serves and receives), the bot, and this driver, which only
waits. The bot is either partnerbot (bot.app.build_application over a fresh
SQLite store from the shipped facts: the production handlers, flood control,
question logging, HTML replies with buttons) or, as the baseline, a bare PTB echo
bot (one MessageHandler replying the text). Both use the same PTB defaults
(the same update processor, connection pool). Every update is a question from its own
private chat (so the per-user flood control never trips), cycling through the
fixed question mix of bench/questions.py.

Scenarios, run round by round with the two bots interleaved:

- production (the headline): all N updates are queued before the bot starts; getUpdates
  serves up to 100 per call; updates are processed as `partnerbot run` processes them:
  bot/updates.py's ChatOrderedProcessor with the default CONCURRENT_UPDATES, and the
  echo bot with the very same processor and limit.
  Throughput = updates answered / (last sendMessage arrival - first update served).
  Latency (served -> its sendMessage arrived) here is mostly queueing, so it grows with N.
- sequential: the same one update at a time on both bots (PTB's default, and
  partnerbot's production setting before issue 13): the per-update cost alone.
- paced: updates are pushed at a fixed rate below capacity; latency served ->
  sendMessage is then the bot's own response time.
- concurrency-N (the sweep): production's processor with at most N updates at once, on
  both bots, one round each: what the default CONCURRENT_UPDATES is chosen from.
- limited: production's AIORateLimiter (Telegram's 30 messages/s overall, after a
  burst of 30) on both bots, to show it is the cap it is meant to be. All other
  scenarios use a pass-through rate limiter; the handlers are otherwise production's.

The server and bot processes run at a raised priority (--nice, default -10, when
permitted) so that other jobs on a shared machine disturb them less; the CPU that
other processes still used during each run is reported ("others' CPU").

Also measured: the bot's peak RSS (VmHWM), CPU use of bot and server during the
measured window (a server near 100% of a core would be the bottleneck), failed
calls, and whether the replies are right. Writes bench/results/e2e.json and e2e.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fmt, machine, median, percentile, renice, table, publish  # noqa: E402

FIRST_USER = 5_000_000
CHECK_QUESTION, CHECK_ANSWER = "When was AZPROMO founded?", "2003"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---- the server process ----------------------------------------------------------------------------

def _questions() -> list[str]:
    from bench.questions import FIXED

    return [q.text for q in FIXED]


def _update(i: int, text: str) -> dict:
    from tests.telegram import updates as u

    user = {"id": FIRST_USER + i, "is_bot": False, "first_name": f"User{i}", "language_code": "en"}
    return {"message": u.message(1, text, chat=u.private_chat(user), user=user)}


async def _serve(*, n: int, mode: str, rate: float, timeout: float) -> None:
    from tests.telegram.server import FAKE_TOKEN, FakeBotAPI

    clock = time.perf_counter
    polled = asyncio.Event()
    done = asyncio.Event()
    served: dict[int, float] = {}     # update_id -> when a getUpdates answer first held it
    answered: dict[int, float] = {}   # chat id -> when its first sendMessage arrived
    texts: dict[int, str] = {}
    cpu = {}
    questions = _questions()
    chat_of_update: dict[int, int] = {}

    class TimedAPI(FakeBotAPI):
        async def _api_getupdates(self, p, f):
            polled.set()
            result = await super()._api_getupdates(p, f)
            now = clock()
            for upd in result:
                if upd["update_id"] not in served:
                    served[upd["update_id"]] = now
                    if "first" not in cpu:
                        cpu["first"] = time.process_time()
                        _emit({"first": now})
            return result

        async def _api_sendmessage(self, p, f):
            message = await super()._api_sendmessage(p, f)
            now = clock()
            chat_id = message["chat"]["id"]
            if chat_id >= FIRST_USER and chat_id not in answered:
                answered[chat_id] = now
                texts[chat_id] = message.get("text", "")
                if len(answered) == n:
                    cpu["last"] = time.process_time()
                    done.set()
            return message

    api = TimedAPI(token=FAKE_TOKEN)
    await api.start()
    updates = [_update(i, questions[i % len(questions)]) for i in range(n)]
    if mode == "saturate":
        for upd in updates:
            chat_of_update[api.push(upd)] = upd["message"]["chat"]["id"]
    _emit({"port": api.port})

    async def pace() -> None:
        await polled.wait()
        start = clock()
        for i, upd in enumerate(updates):
            delay = start + i / rate - clock()
            if delay > 0:
                await asyncio.sleep(delay)
            chat_of_update[api.push(upd)] = upd["message"]["chat"]["id"]

    pacer = asyncio.create_task(pace()) if mode == "paced" else None
    try:
        await asyncio.wait_for(done.wait(), timeout)
    except asyncio.TimeoutError:
        cpu["last"] = time.process_time()
    if pacer:
        pacer.cancel()
    latencies = [answered[c] - served[u] for u, c in chat_of_update.items() if u in served and c in answered]
    first = min(served.values()) if served else float("nan")
    last = max(answered.values()) if answered else float("nan")
    check_chats = {FIRST_USER + i for i in range(n) if questions[i % len(questions)] == CHECK_QUESTION}
    calls: dict[str, int] = {}
    failed = []
    for call in api.calls:
        calls[call.method] = calls.get(call.method, 0) + 1
        if call.status and not call.ok:
            failed.append(f"{call.method}: {call.status} {call.error}")
    _emit({"done": {
        "updates": n, "answered": len(answered), "served": len(served), "window_s": last - first,
        "latencies_s": latencies, "server_cpu_s": cpu.get("last", 0.0) - cpu.get("first", 0.0),
        "calls": calls, "failed_calls": len(failed), "failures": failed[:10],
        "check_replies": [texts[c] for c in check_chats if c in texts],
        "echo_right": sum(texts.get(FIRST_USER + i) == questions[i % len(questions)] for i in range(n)),
    }})
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the driver says stop
    await api.stop()


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


# ---- the bot process ------------------------------------------------------------------------------

def _processor(concurrency: int):
    """0: production's (the settings' CONCURRENT_UPDATES, chat-ordered); 1: one at a time; n: at most n at once."""
    from bot.app import update_processor
    from bot.config import Settings

    return update_processor(concurrency or Settings(_env_file=None).concurrent_updates)


def _run_bot(*, kind: str, port: int, limiter: str, concurrency: int) -> None:
    import resource

    from telegram import Update
    from telegram.ext import AIORateLimiter, ApplicationBuilder, BaseRateLimiter, MessageHandler, filters

    from tests.telegram.server import FAKE_TOKEN

    class PassThrough(BaseRateLimiter):
        """No rate limiting: every request goes out at once."""

        async def initialize(self) -> None: ...

        async def shutdown(self) -> None: ...

        async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
            return await callback(*args, **kwargs)

    rate_limiter = AIORateLimiter(max_retries=3) if limiter == "aio" else PassThrough()
    base_url, file_url = f"http://127.0.0.1:{port}/bot", f"http://127.0.0.1:{port}/file/bot"
    if kind == "partnerbot":
        import handlers
        from bot.app import build_application
        from bot.config import Settings
        from bot.runtime import open_services

        data_dir = tempfile.mkdtemp(prefix="pb-e2e-")
        settings = Settings(_env_file=None, telegram_bot_token=FAKE_TOKEN, data_dir=Path(data_dir))
        app = build_application(open_services(settings), token=FAKE_TOKEN, base_url=base_url,
                                base_file_url=file_url, rate_limiter=rate_limiter,
                                concurrent_updates=concurrency or None)  # None: the settings', as in production
        allowed = handlers.ALLOWED_UPDATES
    else:
        async def echo(update: Update, context) -> None:
            await update.effective_message.reply_text(update.effective_message.text)

        builder = (ApplicationBuilder().token(FAKE_TOKEN).base_url(base_url).base_file_url(file_url)
                   .rate_limiter(rate_limiter).concurrent_updates(_processor(concurrency)))
        if os.environ.get("BENCH_E2E_POOL"):  # experiments only: the connection pool of bot requests
            builder = builder.connection_pool_size(int(os.environ["BENCH_E2E_POOL"]))
        app = builder.build()
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        allowed = [Update.MESSAGE]
    profile = os.environ.get("BENCH_E2E_PROFILE")  # a path: cProfile the bot process into it
    if profile:
        import cProfile

        # CPU time, not the wall clock: on a shared machine the wall clock counts the moments the
        # process waited for a core (a send() that woke the server on the same core took milliseconds)
        prof = cProfile.Profile(time.process_time)
        prof.enable()
    app.run_polling(allowed_updates=allowed, stop_signals=(signal.SIGINT, signal.SIGTERM), close_loop=False)
    if profile:
        prof.disable()
        prof.dump_stats(f"{profile}.{kind}")
    _emit({"peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "cpu_s": time.process_time()})


# ---- the driver -----------------------------------------------------------------------------------

def _cpu_s(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


def _system_cpu() -> dict[str, float]:
    """Seconds of CPU the whole machine spent busy, and stolen by the hypervisor, since boot (all cores)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (v + [0] * 8)[:8]
    return {"busy": (user + nice + system + irq + softirq) / CLK_TCK, "steal": steal / CLK_TCK}


def _vm_hwm_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_once(*, kind: str, mode: str, n: int, rate: float, limiter: str, timeout: float,
             concurrency: int = 0, nice: int = 0) -> dict:
    """One run: start the server and the bot, wait until every update is answered (or timeout)."""
    me = str(Path(__file__).resolve())
    env = dict(os.environ, NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    env.pop("TELEGRAM_BOT_TOKEN", None)
    server = subprocess.Popen([sys.executable, me, "--role", "server", "--updates", str(n), "--mode", mode,
                               "--rate", str(rate), "--timeout", str(timeout)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                              preexec_fn=renice(nice))
    bot = None
    try:
        port = json.loads(server.stdout.readline())["port"]
        bot = subprocess.Popen([sys.executable, me, "--role", "bot", "--kind", kind, "--port", str(port),
                                "--limiter", limiter, "--concurrency", str(concurrency)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               preexec_fn=renice(nice))
        bot_cpu0, sys0 = None, None
        while True:
            line = server.stdout.readline()
            if not line:
                raise RuntimeError("the server process ended early")
            msg = json.loads(line)
            if "first" in msg:
                bot_cpu0, sys0 = _cpu_s(bot.pid), _system_cpu()
            if "done" in msg:
                result = msg["done"]
                break
        result["bot_cpu_s"] = _cpu_s(bot.pid) - (bot_cpu0 or 0.0)
        sys1 = _system_cpu()
        result["machine_busy_s"] = sys1["busy"] - sys0["busy"] if sys0 else float("nan")
        result["steal_s"] = sys1["steal"] - sys0["steal"] if sys0 else float("nan")
        result["bot_peak_rss_mib"] = _vm_hwm_mib(bot.pid)
        bot.send_signal(signal.SIGINT)
        out, err = bot.communicate(timeout=60)
        if bot.returncode != 0:
            raise RuntimeError(f"the {kind} bot failed ({bot.returncode}):\n{err[-3000:]}")
        result["bot_exit"] = json.loads(out.strip().splitlines()[-1])
    finally:
        if bot is not None and bot.poll() is None:
            bot.kill()
        server.stdin.close()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    lat = result.pop("latencies_s")
    window = result["window_s"]
    result.update(
        kind=kind, mode=mode, limiter=limiter, rate=rate if mode == "paced" else None, concurrency=concurrency,
        bot_cpu_ms_per_update=1e3 * result["bot_cpu_s"] / max(result["answered"], 1),
        throughput=result["answered"] / window if window > 0 else float("nan"),
        latency_p50_ms=percentile(lat, 50) * 1e3, latency_p99_ms=percentile(lat, 99) * 1e3,
        bot_cpu_pct=100 * result["bot_cpu_s"] / window if window > 0 else float("nan"),
        server_cpu_pct=100 * result["server_cpu_s"] / window if window > 0 else float("nan"),
        # CPU the rest of the machine used meanwhile (other processes), in % of one core (2 cores: 200%)
        others_cpu_pct=100 * (result["machine_busy_s"] - result["bot_cpu_s"] - result["server_cpu_s"]) / window
        if window > 0 else float("nan"),
        steal_pct=100 * result["steal_s"] / window if window > 0 else float("nan"),
        right=_right(kind, result),
    )
    return result


def _right(kind: str, result: dict) -> bool:
    if result["answered"] != result["updates"] or result["failed_calls"]:
        return False
    if kind == "echo":
        return result.pop("echo_right") == result["updates"]
    result.pop("echo_right")
    return bool(result["check_replies"]) and all(CHECK_ANSWER in t for t in result["check_replies"])


def _summary(runs: list[dict]) -> dict:
    keys = ("throughput", "latency_p50_ms", "latency_p99_ms", "bot_cpu_pct", "bot_cpu_ms_per_update",
            "server_cpu_pct", "others_cpu_pct", "steal_pct", "bot_peak_rss_mib")
    out = {k: median([r[k] for r in runs]) for k in keys}
    out.update(runs=len(runs), all_right=all(r["right"] for r in runs),
               answered=sum(r["answered"] for r in runs), updates=sum(r["updates"] for r in runs),
               failed_calls=sum(r["failed_calls"] for r in runs))
    return out


SCENARIOS = {  # name: (mode, concurrency (0: production's), limiter)
    "production": ("saturate", 0, "none"),
    "sequential": ("saturate", 1, "none"),
    "paced": ("paced", 0, "none"),
    "limited": ("saturate", 0, "aio"),
}


def benchmark(*, rounds: int, n: int, paced_n: int, rate: float, limited_n: int, timeout: float,
              sequential: bool, nice: int, sweep: list[int] = ()) -> dict:
    info = machine()
    plan = [("production", n)] + ([("sequential", n)] if sequential else []) + ([("paced", paced_n)] if paced_n else [])
    runs: dict[str, list[dict]] = {}

    def run(name: str, kind: str, count: int) -> None:
        mode, concurrency, limiter = SCENARIOS.get(name) or ("saturate", int(name.split("-")[-1]), "none")
        print(f"{name} {kind} ({count} updates) ...", file=sys.stderr, flush=True)
        runs.setdefault(f"{name}/{kind}", []).append(run_once(
            kind=kind, mode=mode, n=count, rate=rate, limiter=limiter, timeout=timeout, concurrency=concurrency,
            nice=nice))

    for r in range(rounds):
        for name, count in plan:
            for kind in (("partnerbot", "echo") if r % 2 else ("echo", "partnerbot")):
                run(name, kind, count)
    if limited_n:
        for kind in ("echo", "partnerbot"):
            run("limited", kind, limited_n)
    for c in sweep:  # how throughput depends on the number of updates processed at once (one round)
        for kind in ("echo", "partnerbot"):
            run(f"concurrency-{c}", kind, n)
    summary = {key: _summary(rs) for key, rs in runs.items()}
    ratios = {}
    for name in [*SCENARIOS, *(f"concurrency-{c}" for c in sweep)]:
        if f"{name}/echo" in runs:
            pb, echo = runs[f"{name}/partnerbot"], runs[f"{name}/echo"]
            per_round = [p["throughput"] / e["throughput"] for p, e in zip(pb, echo)]
            ratios[name] = {"throughput_vs_echo": median(per_round), "per_round": per_round,
                            "cpu_per_update_vs_echo": summary[f"{name}/partnerbot"]["bot_cpu_ms_per_update"]
                            / summary[f"{name}/echo"]["bot_cpu_ms_per_update"],
                            "latency_p50_vs_echo": summary[f"{name}/partnerbot"]["latency_p50_ms"]
                            / summary[f"{name}/echo"]["latency_p50_ms"]}
    prod = ratios.get("production", {}).get("throughput_vs_echo")
    targets = {
        ">= 0.9x the echo bot, production configuration on both": {"value": prod, "met": (prod or 0) >= 0.9},
    }
    if "sequential" in ratios:
        pb = [p["throughput"] / q["throughput"]
              for p, q in zip(runs["production/partnerbot"], runs["sequential/partnerbot"])]
        ratios["production_vs_sequential_partnerbot"] = {"per_round": pb, "median": median(pb)}
        targets[">= 2x partnerbot one update at a time (before issue 13)"] = {"value": median(pb),
                                                                            "met": median(pb) >= 2}
    from bot.config import Settings

    concurrency = Settings(_env_file=None).concurrent_updates
    return {"benchmark": "e2e", "machine": info,
            "params": {"rounds": rounds, "updates": n, "paced_updates": paced_n, "paced_rate": rate,
                       "limited_updates": limited_n, "nice": nice, "sweep": list(sweep),
                       "production_concurrent_updates": concurrency},
            "summary": summary, "ratios": ratios, "targets": targets, "runs": runs}


def render(data: dict) -> str:
    rows = []
    for key, s in data["summary"].items():
        mode, kind = key.split("/")
        ratio = data["ratios"].get(mode, {}).get("throughput_vs_echo") if kind == "partnerbot" else None
        rows.append([mode, kind, f"{s['answered']:,}/{s['updates']:,}", fmt(s["throughput"]),
                     f"{fmt(ratio)}x" if ratio is not None else "1x" if kind == "echo" else "-",
                     fmt(s["latency_p50_ms"]), fmt(s["latency_p99_ms"]), fmt(s["bot_cpu_ms_per_update"]),
                     fmt(s["bot_cpu_pct"]),
                     fmt(s["server_cpu_pct"]), fmt(s["others_cpu_pct"]), fmt(s["bot_peak_rss_mib"]),
                     "yes" if s["all_right"] else "NO"])
    text = table(["scenario", "bot", "answered", "updates/s", "vs echo", "latency p50 ms", "latency p99 ms",
                  "bot CPU ms/update", "bot CPU %", "server CPU %", "others' CPU %", "bot peak RSS MiB",
                  "replies right"], rows)
    p, m = data["params"], data["machine"]
    lines = [text, ""]
    lines += [f"- {name}: {fmt(t['value'])} -> {'met' if t['met'] else 'MISSED'}"
              for name, t in data["targets"].items()]
    lines += ["", f"production: {p['updates']:,} updates queued up front, processed as in production "
              f"({p['production_concurrent_updates']} at once, each chat's in order; the echo bot alike; latency "
              f"there is mostly queueing); sequential: the same, one update at a time; concurrency-N: N at once; "
              f"paced: {p['paced_updates']:,} at {fmt(p['paced_rate'])}/s; limited: "
              f"{p['limited_updates']:,} with AIORateLimiter (one run); the others with a pass-through limiter. "
              f"Medians over {p['rounds']} rounds; CPU % is of one core during the measured window "
              f"(the machine has {m['nproc']}); others' CPU is what other processes on the machine used meanwhile.",
              f"Measured {m['date']} on {m['nproc']} x {m['cpu']}, Python {m['python']}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--updates", type=int, default=3000, help="updates per saturation run")
    p.add_argument("--no-sequential", action="store_true", help="skip the one-update-at-a-time runs")
    p.add_argument("--nice", type=int, default=-10,
                   help="niceness of the server and bot processes (negative: ahead of other jobs; needs root)")
    p.add_argument("--paced-updates", type=int, default=1000, help="updates per paced run (0: skip)")
    p.add_argument("--rate", type=float, default=200.0, help="updates per second of the paced runs")
    p.add_argument("--limited-updates", type=int, default=150, help="updates per AIORateLimiter run (0: skip)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds a run may take before it is cut off")
    p.add_argument("--out", type=Path, help="JSON path (default bench/results/e2e.json)")
    p.add_argument("--role", choices=("driver", "server", "bot"), default="driver", help=argparse.SUPPRESS)
    p.add_argument("--mode", default="saturate", help=argparse.SUPPRESS)
    p.add_argument("--kind", default="partnerbot", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.add_argument("--limiter", default="none", help=argparse.SUPPRESS)
    p.add_argument("--concurrency", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--sweep", default="2,4,8,16",
                   help="also saturate at these concurrent-update limits, one round each ('': none)")
    args = p.parse_args(argv)
    if args.role == "server":
        asyncio.run(_serve(n=args.updates, mode=args.mode, rate=args.rate, timeout=args.timeout))
        return 0
    if args.role == "bot":
        _run_bot(kind=args.kind, port=args.port, limiter=args.limiter, concurrency=args.concurrency)
        return 0
    data = benchmark(rounds=args.rounds, n=args.updates, paced_n=args.paced_updates, rate=args.rate,
                     limited_n=args.limited_updates, timeout=args.timeout, sequential=not args.no_sequential,
                     nice=args.nice, sweep=[int(c) for c in args.sweep.split(",") if c.strip()])
    text = render(data)
    return publish("e2e", data, text, out=args.out)


if __name__ == "__main__":
    raise SystemExit(main())
