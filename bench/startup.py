"""Start-up benchmark: `partnerbot ask "…"` from launch to answer, against bare interpreters.

    python bench/startup.py [--runs 15]

Every command is a fresh subprocess (a cold interpreter; the OS file cache and the
.pyc files are warm, as on any second run), timed from spawn to exit with its
output read. Commands are interleaved run by run, so machine noise hits all alike;
figures are medians (and the fastest run) over the runs:

- `python -c pass`                    - the interpreter alone
- `python -c "import telegram"`       - the floor: the bot cannot start faster than its Telegram library
- `partnerbot ask "…"` (store exists) - a question answered from the live SQLite store
- `partnerbot ask "…"` (first run)    - the same with an empty data directory: the store is created first

The store lives in a temporary DATA_DIR, never the user's. `python -X importtime`
of the ask gives the slowest imports, to tell where start-up time goes.
Writes bench/results/startup.json and startup.md.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fmt, machine, median, renice, table, publish  # noqa: E402

QUESTION = "When was AZPROMO founded?"
EXPECT = "2003"


def _partnerbot() -> list[str]:
    """The installed console script beside this interpreter (not a pyenv shim, which adds its own start-up)."""
    exe = Path(sys.executable).parent / "partnerbot"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot"]


ROOT = Path(__file__).resolve().parents[1]


def _env(data_dir: str) -> dict[str, str]:
    """A clean environment; PYTHONPATH makes the console script run this checkout's code, whichever
    checkout `pip install -e` last pointed it to (PYTHONPATH comes before the editable finder)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PARTNERBOT_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(DATA_DIR=data_dir, PYTHONPATH=str(ROOT))
    return env


NICE = -10  # the timed commands run ahead of other jobs on a shared machine (needs root; else ignored)


def _time(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          preexec_fn=renice(NICE))
    return time.perf_counter() - t, proc


def slowest_imports(args: list[str], env: dict[str, str], cwd: str, *, top: int = 12) -> list[dict]:
    """Packages by import time (cumulative, so `bot` includes what it imports), from `python -X importtime`."""
    cmd = [sys.executable, "-X", "importtime", "-m", "bot", *args]
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    by_package: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if m:
            pkg = m.group(3).split(".")[0]
            by_package[pkg] = max(by_package.get(pkg, 0.0), int(m.group(2)) / 1000)
    rows = [{"package": k, "cumulative_ms": v} for k, v in by_package.items()]
    rows.sort(key=lambda r: -r["cumulative_ms"])
    return rows[:top]


def run(*, runs: int) -> dict:
    pb = _partnerbot()
    cwd = tempfile.mkdtemp(prefix="pb-startup-cwd-")  # no stray .env is read
    warm_dir = tempfile.mkdtemp(prefix="pb-startup-data-")
    env = _env(warm_dir)
    first, proc = _time([*pb, "ask", QUESTION], env, cwd)  # creates the store (and the start-up cache)
    if proc.returncode != 0:
        raise SystemExit(f"bench/startup.py: partnerbot ask failed ({proc.returncode}):\n{proc.stderr}")
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        'python -c "import telegram"': ([sys.executable, "-c", "import telegram"], None),
        "partnerbot ask (store exists)": ([*pb, "ask", QUESTION], warm_dir),
        "partnerbot ask (first run, empty data dir)": ([*pb, "ask", QUESTION], "fresh"),
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    outputs: dict[str, str] = {}
    for _ in range(runs):
        for name, (cmd, data) in commands.items():
            data_dir = tempfile.mkdtemp(prefix="pb-startup-fresh-") if data == "fresh" else (data or warm_dir)
            secs, proc = _time(cmd, _env(data_dir), cwd)
            if proc.returncode != 0:
                raise SystemExit(f"bench/startup.py: {name} failed ({proc.returncode}):\n{proc.stderr}")
            times[name].append(secs)
            outputs[name] = proc.stdout.strip()
            if data == "fresh":
                shutil.rmtree(data_dir, ignore_errors=True)
    floor = median(times['python -c "import telegram"'])
    bare = median(times["python -c pass"])
    rows = {}
    for name, xs in times.items():
        m = median(xs)
        rows[name] = {"median_s": m, "min_s": min(xs), "max_s": max(xs), "runs": len(xs),
                      "vs_import_telegram": m / floor, "vs_python": m / bare, "over_import_telegram_s": m - floor}
    answer = outputs["partnerbot ask (store exists)"]
    imports = slowest_imports(["ask", QUESTION], env, cwd)
    code = subprocess.run([sys.executable, "-c", "import bot; print(bot.__file__)"], env=env, cwd=cwd,
                          capture_output=True, text=True).stdout.strip()
    shutil.rmtree(warm_dir, ignore_errors=True)
    shutil.rmtree(cwd, ignore_errors=True)
    return {"benchmark": "startup", "machine": machine(), "question": QUESTION, "answer": answer,
            "answer_right": EXPECT in answer, "command": pb, "code_measured": code, "nice": NICE, "results": rows, "slowest_imports": imports}


def render(data: dict) -> str:
    rows = [[name, fmt(r["median_s"] * 1e3), fmt(r["min_s"] * 1e3), f"{r['vs_import_telegram']:.2f}x",
             f"{r['vs_python']:.1f}x", fmt(r["over_import_telegram_s"] * 1e3)] for name, r in data["results"].items()]
    text = table(["command", "median ms", "min ms", "vs import telegram", "vs python -c pass",
                  "ms over import telegram"], rows)
    imports = ", ".join(f"{r['package']} {fmt(r['cumulative_ms'])} ms" for r in data["slowest_imports"][:10])
    m = data["machine"]
    return (f"{text}\n\nAnswer: {data['answer']!r} (right: {data['answer_right']}).\n"
            f"Import time by package, inclusive of what each imports (python -X importtime, one run): {imports}.\n\n"
            f"Measured {m['date']} on {m['nproc']} x {m['cpu']}, Python {m['python']}; "
            f"medians over {next(iter(data['results'].values()))['runs']} interleaved runs.")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--out", type=Path, help="JSON path (default bench/results/startup.json)")
    args = p.parse_args(argv)
    data = run(runs=args.runs)
    text = render(data)
    return publish("startup", data, text, out=args.out)


if __name__ == "__main__":
    raise SystemExit(main())
