#!/usr/bin/env python3
"""Development scoring for the lead and engineers (not part of the product or its tests).

Score every evalsets/*.jsonl (+ dev) through `python -m bot ask --jsonl`, fixtures imported per heldout set.

quick.py [--root DIR] [--sets substr,substr] [--save NAME] [--diff NAME] [--wrong] [--miss] [--dump]
         [--extra path=fix1.yaml,fix2.yaml] [--no-evalsets] [-j N]
Status per "set:id": R right, W answered-not-right, M declined-but-should-answer.
"""
import argparse, concurrent.futures as cf, fcntl, glob, json, os, pathlib, re, subprocess, sys, tempfile
sys.path.insert(0, "/work/shared/eval")
from score import judge, group_of, question_line  # noqa

FIX = {"heldout7": "a1 a2 a3 a4 a5", "heldout8": "b6 b7", "heldout9": "c8 c9", "heldout10": "d10 d11",
       "heldout11": "e12 e13", "heldout12": "f14 f15", "heldout13": "g16 g17", "heldout14": "h18 h19",
       "heldout15": "i20 i21", "heldout16": "j22 j23", "heldout17": "k24 k25", "heldout20": "n30 n31",
       "heldout21": "o32 o33", "heldout22": "p34 p35", "heldout23": "q36 q37"}
CACHE = pathlib.Path(os.environ.get("QUICK_CACHE", pathlib.Path.home() / ".cache/partnerbot-eval/cache"))
SAVES = pathlib.Path(os.environ.get("QUICK_SAVES", pathlib.Path.home() / ".cache/partnerbot-eval/saves"))


def fixtures_for(root, path):
    name = pathlib.Path(path).name
    m = re.match(r"(heldout\d+)_", name)
    if m and m.group(1) in FIX:
        return [str(root / "evalsets/fixtures" / f"{f}.yaml") for f in FIX[m.group(1)].split()]
    return []


def run_set(root, path, fixtures):
    items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as d:
        env["DATA_DIR"] = d
        env.setdefault("PYTHONHASHSEED", "0")
        for f in fixtures:
            p = subprocess.run([sys.executable, "-m", "bot", "facts", "import", f], cwd=root, env=env,
                               capture_output=True, text=True)
            if p.returncode:
                raise SystemExit(f"import {f} failed: {p.stderr[-500:]}")
        p = subprocess.run([sys.executable, "-m", "bot", "ask", "--jsonl"], cwd=root, env=env,
                           input="".join(question_line(i) for i in items), capture_output=True, text=True)
    lines = [l for l in p.stdout.splitlines() if l.strip()]
    if p.returncode or len(lines) != len(items):
        raise SystemExit(f"{path}: rc={p.returncode} {len(items)} q {len(lines)} a\n{p.stderr[-1500:]}")
    out = {}
    for it, line in zip(items, lines):
        rep = json.loads(line)
        ok = judge(it, rep)
        st = "R" if ok else ("W" if rep.get("answered") is True else "M")
        out[it["id"]] = dict(st=st, g=group_of(it), q=it["q"], exp=it.get("expect"), fu=bool(it.get("followup")),
                             text=(rep.get("body") or rep.get("text") or "")[:300], reply=rep)
    return out


def head_key(root):
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                           capture_output=True, text=True).stdout.strip()
    if dirty:
        return None
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    ap.add_argument("--sets", default="")
    ap.add_argument("--save"); ap.add_argument("--diff")
    ap.add_argument("--wrong", action="store_true"); ap.add_argument("--miss", action="store_true")
    ap.add_argument("--dump", action="store_true")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--no-evalsets", action="store_true")
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args()
    root = pathlib.Path(a.root).resolve()
    jobs = []
    if not a.no_evalsets:
        files = sorted(glob.glob(str(root / "evalsets/*.jsonl"))) + ["/work/shared/eval/dev.jsonl"]
        for f in files:
            jobs.append((f, fixtures_for(root, f)))
    for e in a.extra:
        p, _, fx = e.partition("=")
        jobs.append((p, [x for x in fx.split(",") if x]))
    if a.sets:
        subs = a.sets.split(",")
        jobs = [j for j in jobs if any(s in pathlib.Path(j[0]).name for s in subs)]
    key = head_key(root)
    CACHE.mkdir(parents=True, exist_ok=True)
    results = {}
    todo = []
    for path, fx in jobs:
        name = pathlib.Path(path).stem
        cf_ = None
        if key and not a.extra:
            cf_ = CACHE / f"{key}-{name}-{len(fx)}.json"
            if cf_.exists():
                results[name] = json.loads(cf_.read_text()); continue
        todo.append((name, path, fx, cf_))
    with cf.ThreadPoolExecutor(a.j) as ex:
        futs = {ex.submit(run_set, root, p, fx): (n, c) for n, p, fx, c in todo}
        for fu in cf.as_completed(futs):
            n, c = futs[fu]
            results[n] = fu.result()
            if c:
                with open(str(c) + ".tmp", "w") as fh:
                    fcntl.flock(fh, fcntl.LOCK_EX); json.dump(results[n], fh, ensure_ascii=False)
                os.replace(str(c) + ".tmp", c)
    flat = {f"{s}:{i}": v for s, d in results.items() for i, v in d.items()}
    tot = {"R": 0, "W": 0, "M": 0}
    print(f"{'set':<36} {'in':>6} {'out':>6} {'multi':>6} {'wrong':>6} {'fu':>6} n")
    for s in sorted(results):
        d = results[s]; g = {}
        for v in d.values():
            g.setdefault(v["g"], [0, 0]); g[v["g"]][0] += v["st"] == "R"; g[v["g"]][1] += 1
            tot[v["st"]] += 1
        w = sum(v["st"] == "W" for v in d.values())
        fus = [v for v in d.values() if v["fu"]]
        pc = lambda k: f"{100*g[k][0]/g[k][1]:6.1f}" if k in g else "     -"
        fu = f"{100*sum(v['st']=='R' for v in fus)/len(fus):6.1f}" if fus else "     -"
        print(f"{s:<36} {pc('in')} {pc('out')} {pc('multi')} {w:>6} {fu} {len(d)}")
    print(f"TOTAL q={len(flat)} right={tot['R']} wrong={tot['W']} miss={tot['M']}")
    if a.wrong or a.miss:
        for k, v in flat.items():
            if (a.wrong and v["st"] == "W") or (a.miss and v["st"] == "M"):
                print(f"{v['st']} {k} {v['q']!r}\n   exp={v['exp']} got={v['text'][:200]!r}")
    SAVES.mkdir(parents=True, exist_ok=True)
    if a.save:
        (SAVES / f"{a.save}.json").write_text(json.dumps({k: {x: v[x] for x in ('st', 'q', 'text')} for k, v in flat.items()}, ensure_ascii=False))
    if a.diff:
        old = json.loads((SAVES / f"{a.diff}.json").read_text())
        ch = {}
        for k, v in flat.items():
            if k in old and old[k]["st"] != v["st"]:
                ch.setdefault(f"{old[k]['st']}->{v['st']}", []).append(k)
        for t, ks in sorted(ch.items()):
            print(f"== {t}: {len(ks)}")
            for k in ks:
                print(f"  {k} {flat[k]['q'][:90]!r}\n     old={old[k]['text'][:140]!r}\n     new={flat[k]['text'][:140]!r}")
    if a.dump:
        for k in sorted(flat):
            print("DUMP", k, json.dumps(flat[k]["reply"], ensure_ascii=False, sort_keys=True))


main()
