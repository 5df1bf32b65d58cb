#!/usr/bin/env python3
"""Development check (not part of the product or its tests). Import guard: shipped-base sets (blind*, heldout_en, dev) alone vs with each fixture group imported.
One store and one `ask --jsonl` process per fixture group (all questions in one run: they carry no chat ids).

guard.py [--root DIR] [--save NAME] [--diff NAME] [-j N] [--verbose]
"""
import argparse, glob, json, os, pathlib, subprocess, sys, tempfile, concurrent.futures as cf
sys.path.insert(0, "/work/shared/eval")
from score import judge, question_line  # noqa
FIX = {"heldout7": "a1 a2 a3 a4 a5", "heldout8": "b6 b7", "heldout9": "c8 c9", "heldout10": "d10 d11",
       "heldout11": "e12 e13", "heldout12": "f14 f15", "heldout13": "g16 g17", "heldout14": "h18 h19",
       "heldout15": "i20 i21", "heldout16": "j22 j23", "heldout17": "k24 k25", "heldout20": "n30 n31",
       "heldout21": "o32 o33", "heldout22": "p34 p35", "heldout23": "q36 q37"}

ap = argparse.ArgumentParser()
ap.add_argument("--root", default=".")
ap.add_argument("-j", type=int, default=2)
ap.add_argument("--save"); ap.add_argument("--diff")
ap.add_argument("--verbose", action="store_true")
a = ap.parse_args()
SAVES = pathlib.Path(os.environ.get("QUICK_SAVES", pathlib.Path.home() / ".cache/partnerbot-eval/saves"))
root = pathlib.Path(a.root).resolve()
sets = sorted(glob.glob(str(root / "evalsets/blind*.jsonl"))) + [str(root / "evalsets/heldout_en.jsonl"),
                                                                "/work/shared/eval/dev.jsonl"]
items = []
for s in sets:
    for l in open(s, encoding="utf-8"):
        if l.strip():
            it = json.loads(l); it.pop("chat", None); items.append((f"{pathlib.Path(s).stem}:{it['id']}", it))
groups = {"none": []}
for k, v in FIX.items():
    fx = [str(root / "evalsets/fixtures" / f"{f}.yaml") for f in v.split()]
    if all(os.path.exists(f) for f in fx):
        groups[k] = fx


def run(fixtures):
    env = dict(os.environ); env.setdefault("PYTHONHASHSEED", "0")
    with tempfile.TemporaryDirectory() as d:
        env["DATA_DIR"] = d
        for f in fixtures:
            p = subprocess.run([sys.executable, "-m", "bot", "facts", "import", f], cwd=root, env=env, capture_output=True, text=True)
            if p.returncode:
                raise SystemExit(f"import {f}: {p.stderr[-400:]}")
        p = subprocess.run([sys.executable, "-m", "bot", "ask", "--jsonl"], cwd=root, env=env, capture_output=True, text=True,
                           input="".join(question_line(it) for _, it in items))
    lines = [l for l in p.stdout.splitlines() if l.strip()]
    if len(lines) != len(items):
        raise SystemExit(f"rc={p.returncode} {len(items)} q {len(lines)} a {p.stderr[-800:]}")
    out = {}
    for (k, it), line in zip(items, lines):
        rep = json.loads(line)
        st = "R" if judge(it, rep) else ("W" if rep.get("answered") is True else "M")
        out[k] = dict(st=st, q=it["q"], text=(rep.get("body") or rep.get("text") or "")[:300])
    return out


res = {}
with cf.ThreadPoolExecutor(a.j) as ex:
    futs = {ex.submit(run, fx): g for g, fx in groups.items()}
    for f in cf.as_completed(futs):
        res[futs[f]] = f.result()
base = res["none"]
tot, out = {}, {}
for g in groups:
    if g == "none":
        continue
    for k, v in res[g].items():
        t = f"{base[k]['st']}->{v['st']}"
        if t in ("R->W", "M->W", "R->M"):
            tot[t] = tot.get(t, 0) + 1
            out.setdefault(g, []).append((t, k, base[k]["q"], base[k]["text"], v["text"]))
print("base:", {s: sum(v["st"] == s for v in base.values()) for s in "RWM"}, "of", len(base), "groups", len(groups) - 1)
print("changes:", tot)
for g, rows in out.items():
    print(f"== {g}: " + ", ".join(f"{t} {sum(r[0]==t for r in rows)}" for t in ("R->W", "M->W", "R->M")))
    for t, k, q, old, new in rows:
        if a.verbose or t != "R->M":
            print(f"  {t} {k} {q[:90]!r}\n     old={old[:120]!r}\n     new={new[:120]!r}")
if a.save:
    SAVES.mkdir(parents=True, exist_ok=True)
    (SAVES / f"guard-{a.save}.json").write_text(json.dumps({g: {k: v["st"] for k, v in r.items()} for g, r in res.items()}))
if a.diff:
    old = json.loads((SAVES / f"guard-{a.diff}.json").read_text())
    for g, r in res.items():
        for k, v in r.items():
            if k in old.get(g, {}) and old[g][k] != v["st"]:
                print(f"DIFF {g} {k} {old[g][k]}->{v['st']} {v['q'][:80]!r} new={v['text'][:100]!r}")
