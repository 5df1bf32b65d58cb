"""The command line under faults: another process changing the store, a store that cannot be written or
read, a full disk, malformed fact files, and what the files it writes look like on disk.

Every command runs in a subprocess (`python -m bot ...`), as an admin or a script would run it.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = "trend-2025-04-21"
QUESTION = "Who organized the Baku China Business Forum?"
FORUM = f"""\
events:
  - id: baku-forum-2025
    name: Baku China Business Forum
    kind: forum
    organizers:
      value: [azpromo]
      source: {SRC}
      quote: "AZPROMO organized the forum."
"""  # a test fixture, not a fact: no source states it


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    e.update(DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return e


def run(env: dict[str, str], *args: str, stdin: str | None = None, cwd: Path | None = None,
        preexec_fn=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=60, cwd=cwd or ROOT, preexec_fn=preexec_fn)


def _start(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, bufsize=1)


# ---- a change by another process is seen at the next line -------------------------------------------

def test_ask_jsonl_sees_an_import_committed_by_another_process_at_its_next_line(env, tmp_path):
    """Ensure a running `ask --jsonl` answers from facts another process imported, from the next line on."""
    doc = tmp_path / "forum.yaml"
    doc.write_text(FORUM)
    stream = _start(env, "ask", "--jsonl")
    try:
        stream.stdin.write(QUESTION + "\n")
        before = json.loads(stream.stdout.readline())
        imported = run(env, "facts", "import", str(doc))
        assert imported.returncode == 0, imported.stderr
        stream.stdin.write(QUESTION + "\n")
        after = json.loads(stream.stdout.readline())
    finally:
        stream.stdin.close()
        stream.wait(30)
    assert "baku-forum-2025.organizers" not in before["facts"]
    assert after["answered"] and after["facts"] == ["baku-forum-2025.organizers"]


def test_chat_sees_an_import_committed_by_another_process_at_its_next_question(env, tmp_path):
    """Ensure a running `partnerbot chat` answers from facts another process imported, at the next question."""
    doc = tmp_path / "forum.yaml"
    doc.write_text(FORUM)
    chat = _start(env, "chat")
    try:
        chat.stdin.write(QUESTION + "\n")
        lines = [chat.stdout.readline() for _ in range(2)]  # the banner, then the answer's first line
        assert lines[1].startswith("bot> ")
        imported = run(env, "facts", "import", str(doc))
        assert imported.returncode == 0, imported.stderr
        chat.stdin.write(QUESTION + "\n")
        chat.stdin.write("/quit\n")
        chat.stdin.flush()
        rest, _ = chat.communicate(timeout=30)
    finally:
        if chat.poll() is None:
            chat.kill()
    assert "Baku China Business Forum" in rest and "AZPROMO" in rest.split("bot> ")[-1]
    assert "Source: Trend" in rest.split("bot> ")[-1]
