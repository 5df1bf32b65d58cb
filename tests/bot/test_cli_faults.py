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

from tests.one_report import ONE_REPORT_DIR
from tests.fixture_documents import big_document

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
      locator: "paragraph 2"
"""  # a test fixture, not a fact: no source states it


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    e.update(DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT),
             FACTS_DIR=str(ONE_REPORT_DIR))  # a small seed: the disk-full limits are sized to it
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


# ---- a store that cannot be written, or read, or grow ----------------------------------------------

def _full_disk(limit: int):
    """preexec_fn: no file of the process may grow past `limit` bytes (RLIMIT_FSIZE), as on a full disk.

    Works unprivileged; SQLite then sees its writes fail (it reports a disk I/O error)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _big_document(n: int = 300) -> str:
    return big_document(n)


@pytest.fixture()
def changed_store(env, tmp_path) -> Path:
    """A live store an admin changed (the forum imported): answers from it differ from the shipped facts."""
    doc = tmp_path / "forum.yaml"
    doc.write_text(FORUM)
    assert run(env, "facts", "import", str(doc)).returncode == 0
    return tmp_path / "data" / "partnerbot.sqlite3"


def _listing(env) -> str:
    p = run(env, "facts", "list")
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_full_disk_during_import_ensures_one_line_naming_it_and_nothing_changed(env, tmp_path, changed_store):
    """Ensure an import on a full disk exits 3 with the store's error (not 'cannot rollback'), no traceback."""
    big = tmp_path / "big.yaml"
    big.write_text(_big_document())
    before = _listing(env)
    p = run(env, "facts", "import", str(big), preexec_fn=_full_disk(changed_store.stat().st_size + 40_000))
    assert p.returncode == 3, p.stderr
    assert "Traceback" not in p.stderr and "cannot rollback" not in p.stderr
    assert p.stderr.strip().splitlines()[-1].startswith(f"partnerbot: The fact store {changed_store} cannot be")
    assert "nothing was changed" in p.stderr
    assert _listing(env) == before


def test_store_unusable_for_writing_ensures_ask_answers_from_it_read_only(env, changed_store):
    """Ensure a store that cannot be written (a full disk at open) is answered from, not the shipped facts."""
    full = _full_disk(20_000)  # not even SQLite's WAL index fits
    p = run(env, "ask", "--json", QUESTION, preexec_fn=full)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["facts"] == ["baku-forum-2025.organizers"]
    listed = run(env, "facts", "list", preexec_fn=full)
    assert listed.returncode == 0 and "baku-forum-2025" in listed.stdout
    exported = run(env, "facts", "export", "-", preexec_fn=full)
    assert exported.returncode == 0 and "id: baku-forum-2025" in exported.stdout  # a backup can be taken
    refused = run(env, "facts", "undo", preexec_fn=full)
    assert refused.returncode == 3 and "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert "baku-forum-2025" in _listing(env)  # the undo did not happen


def _make_unwritable(path: Path) -> bool:
    """Make `path` unwritable for this process: a file mode for a user, the immutable flag for root."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return True
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def test_store_file_not_writable_ensures_answers_from_it_and_changes_refused(env, changed_store, tmp_path):
    """Ensure a store file this user may not write is answered from read-only; an import is refused, exit 3."""
    if not _make_unwritable(changed_store):
        pytest.skip("cannot make a file unwritable here (root without chattr)")
    try:
        p = run(env, "ask", "--json", QUESTION)
        assert p.returncode == 0, p.stderr
        assert json.loads(p.stdout)["facts"] == ["baku-forum-2025.organizers"]
        doc = tmp_path / "more.yaml"
        doc.write_text(FORUM.replace("baku-forum-2025", "baku-forum-2026"))
        refused = run(env, "facts", "import", str(doc))
        assert refused.returncode == 3 and "read-only" in refused.stderr and "Traceback" not in refused.stderr
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(changed_store)], check=True)
        changed_store.chmod(0o600)
    assert "baku-forum-2026" not in _listing(env)


def test_unreadable_store_ensures_a_clear_error_never_the_shipped_facts(env, changed_store):
    """Ensure a store that cannot be read is an error naming it (exit 3), not an answer from the seed."""
    for leftover in changed_store.parent.glob("partnerbot.sqlite3-*"):
        leftover.unlink()
    changed_store.write_bytes(b"this is not an SQLite database at all" * 100)  # e.g. a damaged file
    p = run(env, "ask", "When was AZPROMO founded?")
    assert p.returncode == 3
    assert p.stdout == "" and "Traceback" not in p.stderr
    assert p.stderr.strip().splitlines()[-1].startswith(f"partnerbot: The fact store {changed_store} cannot be used")
    assert run(env, "facts", "list").returncode == 3


def test_new_store_ensures_owner_only_file_modes(env, tmp_path):
    """Ensure a new data directory is 0700 and the store's files 0600 under the usual umask."""
    previous = os.umask(0o022)
    try:
        assert run(env, "facts", "list").returncode == 0
        stream = _start(env, "ask", "--jsonl")  # holds the store open: its -wal and -shm files exist
        stream.stdin.write("When was AZPROMO founded?\n")
        assert json.loads(stream.stdout.readline())["answered"]
        data = tmp_path / "data"
        files = sorted(data.glob("partnerbot.sqlite3*"))
        modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files}
        stream.stdin.close()
        stream.wait(30)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert "partnerbot.sqlite3" in modes and set(modes.values()) == {0o600}, modes


# ---- export -----------------------------------------------------------------------------------------

def test_export_on_a_full_disk_ensures_the_previous_export_is_kept_whole(env, tmp_path):
    """Ensure an export that cannot be written whole leaves the previous export as it was (temp file + rename)."""
    big = tmp_path / "big.yaml"
    big.write_text(_big_document())
    assert run(env, "facts", "import", str(big)).returncode == 0
    good = tmp_path / "export.yaml"
    good.write_text(FORUM.replace("baku-forum-2025", "an-older-export"))  # a good export, smaller than the next
    kept = good.read_bytes()
    p = run(env, "facts", "export", str(good), preexec_fn=_full_disk(len(kept) + 40_000))
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.strip() == f"partnerbot: cannot write {good}: File too large; it was left as it was"
    assert good.read_bytes() == kept
    assert sorted(f.name for f in tmp_path.iterdir() if f.name.startswith(".export")) == []  # no temp file left
    assert run(env, "facts", "export", str(good)).returncode == 0
    assert run(env, "facts", "validate", str(good)).returncode == 0


# ---- malformed fact files: listed problems, never a traceback ---------------------------------------

MALFORMED = {
    "impossible date": (FORUM.replace("    kind: forum\n", "    kind: forum\n    date:\n      value: 2025-02-30\n"
                                      f"      source: {SRC}\n      locator: \"paragraph 2\"\n"),
                        "line 6: invalid value: day is out of range for month"),
    "huge integer": (FORUM.replace("    kind: forum\n", "    kind: forum\n    companies:\n      value: "
                                   + "9" * 10_000 + f"\n      source: {SRC}\n      locator: \"paragraph 2\"\n"),
                     "line 6: invalid value: a number too long to hold"),
    "deep nesting": ("sources:\n" + "".join("  " * i + "- \n" for i in range(3000)), "expected a mapping of fields"),
    "deep flow nesting": ("events: " + "[" * 5000 + "]" * 5000 + "\n", "expected a mapping of fields"),
}


@pytest.mark.parametrize("command", ["validate", "import"])
@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_fact_file_ensures_a_listed_problem_not_a_traceback(env, tmp_path, command, case):
    """Ensure each malformed file is refused with its problem listed (exit 3), for validate and import alike."""
    text, problem = MALFORMED[case]
    doc = tmp_path / "bad.yaml"
    doc.write_text(text)
    p = run(env, "facts", command, str(doc))
    assert p.returncode == 3, p.stderr
    assert "Traceback" not in p.stderr
    assert problem in p.stderr
