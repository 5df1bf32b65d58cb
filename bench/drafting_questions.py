"""Questions answered from drafted facts, against the same questions answered from hand-encoded facts.

    python bench/drafting_questions.py [--sets evalsets/heldout7_articles_en.jsonl ...]

Each held-out article (evalsets/fixtures/a1..a5.txt, FICTIONAL) is drafted with `partnerbot facts draft`
against a temporary store holding the shipped facts and the drafts imported so far (so a later article
links to what an earlier one added), and imported unchanged, as an admin who saves every draft would.
Then bench/heldout.py scores the question sets about those articles twice, in fresh stores: once over
the drafts, once over the hand-encoded fixtures (evalsets/fixtures/a*.yaml). The difference is what
drafting costs (or gains) the people asking, with the same matcher.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evalsets" / "fixtures"


def run(*args: str, env: dict | None = None) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"drafting_questions: {' '.join(args[:3])} exited {proc.returncode}: {proc.stderr[-400:]}")
    return proc.stdout


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", nargs="*", default=[str(ROOT / "evalsets" / "heldout7_articles_en.jsonl")])
    p.add_argument("--articles", nargs="*", default=["a1", "a2", "a3", "a4", "a5"])
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="drafting-questions-") as tmp:
        env = {**os.environ, "DATA_DIR": str(Path(tmp) / "data")}
        drafts = []
        for name in args.articles:
            out = Path(tmp) / f"draft-{name}.yaml"
            run("-m", "bot", "facts", "draft", str(FIXTURES / f"{name}.txt"), "-o", str(out), env=env)
            run("-m", "bot", "facts", "import", str(out), env=env)
            drafts.append(out)
        lines = []
        for label, files in (("drafted", drafts), ("hand-encoded", [FIXTURES / f"{n}.yaml" for n in args.articles])):
            imports = [a for f in files for a in ("--import", str(f))]
            score = run(str(ROOT / "bench" / "heldout.py"), *imports, "--sets", *args.sets).strip().splitlines()[-1]
            lines.append(f"{label:>12}: {score}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
