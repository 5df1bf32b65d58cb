"""Helpers every benchmark shares: percentiles, memory readings, the machine, tables, JSON output."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0..100), linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rss_mib() -> float:
    """Current resident set size of this process, MiB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = (float("nan"),) * 3
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "loadavg_at_start": [round(x, 2) for x in load],
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted": _git("status", "--porcelain", "--", "knowledge", "bot", "handlers").splitlines(),
    }


def renice(nice: int):
    """A subprocess preexec_fn giving the child niceness `nice` (negative: ahead of other jobs on a shared
    machine; needs root, silently ignored otherwise), or None for 0."""
    def apply() -> None:
        try:
            os.nice(nice)
        except OSError:
            pass
    return apply if nice else None


def _git(*args: str) -> str:
    """The project's git state, so a figure names the code it measured ('' outside a repository)."""
    import subprocess

    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def table(headers: list[str], rows: list[list]) -> str:
    """A GitHub-flavoured markdown table."""
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    sep = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])


def fmt(x: float | None) -> str:
    """A figure for a table: three significant digits, thousands separated, '-' for none."""
    if x is None or x != x:
        return "-"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"


def write_results(name: str, data: dict, table_text: str, *, out: Path | None = None) -> Path:
    """Write the figures as JSON and the table as markdown beside it; returns the JSON path."""
    path = out or RESULTS / f"{name}.json"
    if "machine" in data:
        data["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str) + "\n")
    path.with_suffix(".md").write_text(table_text + "\n")
    return path


def publish(name: str, data: dict, table_text: str, *, out: Path | None = None) -> int:
    """Write the results (see `write_results`), print the table and where it went; the exit code."""
    path = write_results(name, data, table_text, out=out)
    print(table_text)
    print(f"\nwrote {path} and {path.with_suffix('.md')}", file=sys.stderr)
    return 0


def ensure_importable() -> None:
    """Let `python bench/x.py` import the project and `bench` from the repository root."""
    root = str(ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
