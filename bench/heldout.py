"""Held-out articles: import them into a fresh store beside the shipped facts, score question sets
about them, and check that the import changed no right answer about the other records.

    python bench/heldout.py --import evalsets/fixtures/a1.yaml [--import ...] \
        --sets evalsets/heldout6_articles_en.jsonl ... [--guard evalsets/blind5_en.jsonl ...] [--show-failures]

Answers are judged by ../shared/eval/score.py's own `judge` (the answer itself, not the source
line). Prints score.py's closing line for the held-out sets, and for the guard sets the questions
whose right answer the import turned wrong or into a decline.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_items(paths: list[str]) -> list[dict]:
    return [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]


def ask(items: list[dict], score, env: dict[str, str]) -> list[dict]:
    stdin = "".join(score.question_line(i) for i in items)
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "--jsonl"], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        sys.exit(f"heldout: ask exited {proc.returncode}: {proc.stderr[-500:]}")
    replies = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(replies) != len(items):
        sys.exit(f"heldout: {len(items)} questions but {len(replies)} answers")
    return replies


def summary(items: list[dict], replies: list[dict], score, *, show: bool) -> str:
    right, total, wrong = defaultdict(int), defaultdict(int), 0
    for item, reply in zip(items, replies):
        ok = score.judge(item, reply)
        wrong += (not ok) and reply.get("answered") is True
        group = score.group_of(item)
        total[group] += 1
        right[group] += ok
        if show and not ok:
            print(f"FAIL {item['id']} [{item['style']}] {item['q']!r}\n     expect={item['expect'] or 'decline'} "
                  f"got answered={reply.get('answered')} text={reply.get('text', '')[:160]!r}")
    pct = {g: 100 * right[g] / total[g] if total[g] else float("nan") for g in ("in", "out", "multi")}
    return (f"score: in={pct['in']:.1f} out={pct['out']:.1f} multi={pct['multi']:.1f} "
            f"wrong={100 * wrong / max(len(items), 1):.1f} ({len(items)} questions, {wrong} wrong)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import", dest="imports", action="append", default=[], help="a fact file to import")
    ap.add_argument("--sets", nargs="+", default=[], help="question sets about the imported articles")
    ap.add_argument("--guard", nargs="*", default=[], help="question sets whose right answers must survive")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="the evaluation's score.py")
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args()
    score = load_score(args.score)
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "DATA_DIR": data_dir}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        guard = read_items(args.guard)
        before = ask(guard, score, env) if guard else []
        for path in args.imports:
            proc = subprocess.run([sys.executable, "-m", "bot", "facts", "import", path], capture_output=True,
                                  text=True, cwd=ROOT, env=env)
            print(f"import {path}: exit {proc.returncode} {(proc.stdout + proc.stderr).strip()[-300:]}")
            if proc.returncode != 0:
                return 1
        if args.sets:
            items = read_items(args.sets)
            print("held-out", summary(items, ask(items, score, env), score, show=args.show_failures))
        if guard:
            after = ask(guard, score, env)
            broken = [(i, a) for i, b, a in zip(guard, before, after) if score.judge(i, b) and not score.judge(i, a)]
            print("guard before", summary(guard, before, score, show=False))
            print("guard after ", summary(guard, after, score, show=False))
            for item, reply in broken:
                print(f"BROKEN {item['id']} {item['q']!r} -> answered={reply.get('answered')} "
                      f"{reply.get('text', '')[:140]!r}")
            print(f"guard: {len(broken)} of {sum(score.judge(i, b) for i, b in zip(guard, before))} right answers "
                  "changed by the import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
