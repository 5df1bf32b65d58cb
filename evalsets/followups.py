#!/usr/bin/env python3
"""Follow-ups right %: run /work/shared/eval/score.py on a conversation set and count the items
marked "followup": true that it did not fail.

    python evalsets/followups.py evalsets/conversations.jsonl [--cmd "python -m bot ask --jsonl"]
"""
import argparse
import json
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--cmd", default="python -m bot ask --jsonl")
ap.add_argument("--score", default="/work/shared/eval/score.py")
args = ap.parse_args()
items = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
p = subprocess.run([sys.executable, args.score, "--show-failures", "--cmd", args.cmd, args.file],
                   capture_output=True, text=True)
failed = set(re.findall(r"^FAIL (\S+)", p.stdout, re.M))
print("\n".join(line for line in p.stdout.splitlines() if line.startswith(("score:", "  "))))
follow = [i for i in items if i.get("followup")]
right = sum(i["id"] not in failed for i in follow)
print(f"follow-ups right: {right}/{len(follow)} = {100 * right / max(len(follow), 1):.1f}%")
