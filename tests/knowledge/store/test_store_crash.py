"""Concurrent edits and crashes never leave a half-applied change."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from knowledge.errors import ChangedMeanwhile
from knowledge.store import PAUSE_IMPORT_ENV, Store

SRC = "trend-2025-04-21"


def big_document(n: int) -> str:
    """`n` new events, each citing the shipped source and organized by AZPROMO."""
    parts = ["events:\n"]
    for i in range(n):
        parts.append(f"""\
  - id: synthetic-event-{i:05d}
    name: Synthetic business event number {i}
    kind: meeting
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: AZPROMO held meeting {i}.
""")
    return "".join(parts)


def test_two_concurrent_edits_of_one_record_one_wins_the_other_is_told(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite3"
    admins = [Store.open(db), Store.open(db)]
    seen = [a.get("ndrc") for a in admins]
    assert seen[0].version == seen[1].version
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(i: int) -> None:
        record = seen[i].record.model_copy(update={"kind": f"kind by admin {i}"})
        barrier.wait()
        try:
            admins[i].edit(record, expected_version=seen[i].version, actor=str(i))
            outcomes[str(i)] = "saved"
        except ChangedMeanwhile as exc:
            outcomes[str(i)] = exc

    threads = [threading.Thread(target=save, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [i for i, o in outcomes.items() if o == "saved"]
    losers = [o for o in outcomes.values() if isinstance(o, ChangedMeanwhile)]
    assert len(winners) == 1 and len(losers) == 1
    assert "changed meanwhile" in str(losers[0])
    fresh = Store.open(db)
    assert fresh.base.get("ndrc").kind == f"kind by admin {winners[0]}"
    assert [c.action for c in fresh.history()] == ["edit", "seed"]
    for s in (*admins, fresh):
        s.close()


def _run_import(data_dir: Path, doc: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot", "facts", "import", str(doc)],
                            env={**os.environ, "DATA_DIR": str(data_dir), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.timeout(120)
def test_an_import_killed_midway_leaves_none_of_it_and_a_finished_one_all_of_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / "partnerbot.sqlite3"
    before = Store.open(db)
    before.import_document(big_document(1), origin="one.yaml", actor="cli")  # touched: no re-seeding from here on
    exported_before = before.export()
    before.close()
    doc = tmp_path / "big.yaml"
    doc.write_text(big_document(2000))
    marker = tmp_path / "inside-transaction"

    proc = _run_import(data_dir, doc, **{PAUSE_IMPORT_ENV: str(marker)})
    try:
        while not marker.exists():  # the importer has written half its rows and waits, uncommitted
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    after = Store.open(db)
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert after.export() == exported_before
    assert [c.action for c in after.history()] == ["import", "seed"]
    after.close()

    proc = _run_import(data_dir, doc)
    out, err = proc.communicate(timeout=100)
    assert proc.returncode == 0, err
    assert b"1999 added, 0 changed, 1 unchanged" in out
    final = Store.open(db)
    assert len([r for r in final.base if r.id.startswith("synthetic-event-")]) == 2000
    final.close()
