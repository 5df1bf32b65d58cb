"""Smoke tests of the benchmarks: each runs at its smallest size so it cannot rot.

They check the shape of the output (rows, JSON keys) and that answers are right;
they assert nothing about timings, which belong to the benchmarks themselves.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.questions import FIXED, synthetic_questions  # noqa: E402
from bench.synthetic import _real_names, synthetic_base, synthetic_records  # noqa: E402
from knowledge.facts.loader import dump_document, load_document, load_shipped  # noqa: E402


def _run(script: str, *args: str, timeout: float = 50) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_synthetic_base_is_schema_valid_deterministic_and_prefix_stable():
    real = load_shipped()
    base = synthetic_base(n=120, real=real)
    assert len(base) == len(real) + 120
    assert {r.type for r in base} == {r.type for r in real} | {"source", "organization", "person", "event", "agreement",
                                                                 "initiative"}
    assert load_document(dump_document(base), origin="roundtrip").records == base.records  # passes the schema
    small = synthetic_records(n=60, avoid=_real_names(real))
    assert small == synthetic_records(n=120, avoid=_real_names(real))[:60]
    assert small == synthetic_records(n=60, avoid=_real_names(real))
    assert len(synthetic_questions(base)) >= 15


def test_matcher_benchmark_smallest(tmp_path):
    out = tmp_path / "matcher.json"
    proc = _run("matcher.py", "--sizes", "100", "--rounds", "1", "--min-asks", "0", "--baseline-rounds", "1",
                "--out", str(out))
    data = json.loads(out.read_text())
    assert {"machine", "targets", "results", "slope_p50"} <= data.keys()
    real, syn = data["results"]
    assert (real["size"], syn["size"]) == (0, 100)
    for r in (real, syn):
        assert {"records", "factbase_build_s", "engine_build_s", "rss_mib", "ours", "baseline", "speedup_p50",
                "answers", "right", "same_as_real"} <= r.keys()
        assert {"p50_ms", "p99_ms", "asks", "rounds"} <= r["ours"].keys() and r["ours"]["rounds"] == 1
    assert real["questions"] == len(FIXED) and syn["questions"] > len(FIXED)
    assert syn["differs_from_real"] == []  # 100 synthetic records change no answer to a specific real question
    wrong = [a["q"] for a in real["answers"] if a["kind"] in ("real", "off_topic") and a["specific"] and not a["right"]]
    assert wrong == []
    table = out.with_suffix(".md").read_text()
    assert table == proc.stdout.strip() + "\n" or table.strip() in proc.stdout
    assert "| real " in table and "| 100 " in table


def test_startup_benchmark_smallest(tmp_path):
    out = tmp_path / "startup.json"
    proc = _run("startup.py", "--runs", "1", "--out", str(out))
    data = json.loads(out.read_text())
    assert data["answer_right"], data["answer"]
    assert set(data["results"]) == {"python -c pass", 'python -c "import telegram"',
                                    "partnerbot ask (store exists)", "partnerbot ask (first run, empty data dir)"}
    assert all(r["runs"] == 1 and r["median_s"] > 0 for r in data["results"].values())
    assert "partnerbot ask (store exists)" in proc.stdout


def test_e2e_benchmark_smallest(tmp_path):
    out = tmp_path / "e2e.json"
    proc = _run("e2e.py", "--rounds", "1", "--updates", "20", "--paced-updates", "0", "--limited-updates", "0",
                "--no-sequential", "--sweep", "", "--timeout", "30", "--out", str(out))
    data = json.loads(out.read_text())
    assert {"machine", "summary", "ratios", "targets", "runs"} <= data.keys()
    assert set(data["summary"]) == {"production/echo", "production/partnerbot"}
    for s in data["summary"].values():
        assert s["answered"] == s["updates"] == 20 and s["failed_calls"] == 0
        assert s["all_right"]  # echo echoes; partnerbot says AZPROMO was founded in 2003
        assert s["bot_peak_rss_mib"] > 0
    assert "throughput_vs_echo" in data["ratios"]["production"]
    assert "| production | partnerbot |" in proc.stdout


def test_drafting_benchmark_scores_a_held_out_article_with_verbatim_quotes(tmp_path):
    """Ensure bench/drafting.py drafts a served article, scores it per fact and checks its quotes."""
    out = tmp_path / "drafting.json"
    proc = _run("drafting.py", "--runs", "1", "--articles", "a2", "--out", str(out))
    data = json.loads(out.read_text())
    row = data["rows"][0]
    assert row[0] == "a2" and row[5] > 30  # hand-encoded facts of the article
    assert 0 < data["recall"] <= 1 and 0 < data["precision"] <= 1
    quotes_ok, quotes = map(int, row[-1].split("/"))
    assert quotes_ok == quotes > 0
    assert "Link to draft" in proc.stdout
