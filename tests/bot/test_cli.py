"""The `partnerbot` command line, end to end in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN",)}
    e["DATA_DIR"] = str(tmp_path / "data")
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def run(env: dict[str, str], *args: str, stdin: bytes | str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "bot", *args], input=data, capture_output=True, env=env,
                          timeout=60, cwd=cwd)


def test_ask_prints_the_answer_and_its_source(env):
    """Ensure `partnerbot ask` prints a one-sentence answer and the source line, exit 0."""
    p = run(env, "ask", "When was AZPROMO founded?")
    out = p.stdout.decode()
    assert p.returncode == 0
    assert "2003" in out and "Source: Trend, Baku, 21 April 2025" in out


def test_ask_json_has_the_stable_fields(env):
    """Ensure --json prints one object with the fields the evaluation relies on."""
    p = run(env, "ask", "--json", "Who signed the MoU?")
    data = json.loads(p.stdout)
    assert data["answered"] is True
    assert "International Cooperation Center" in data["text"]
    assert {"answered", "text", "sources", "confidence", "facts", "suggestions"} <= data.keys()
    assert data["sources"][0]["publisher"] == "Trend"


def test_ask_jsonl_answers_every_line_in_order(env):
    """Ensure --jsonl writes one JSON object per input line, in order, bad lines included."""
    lines = ["When was AZPROMO founded?", "", "What's the weather in Baku?", "\x00\x01\x02", "x" * 5000,
             "How many companies took part in the conference?"]
    p = run(env, "ask", "--jsonl", stdin="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert out[0]["answered"] and "2003" in out[0]["text"]
    assert [o["answered"] for o in out[1:5]] == [False] * 4
    assert out[5]["answered"] and "200" in out[5]["text"]


def test_ask_jsonl_survives_invalid_utf8(env):
    """Ensure binary noise on stdin is answered as unreadable, not a crash."""
    p = run(env, "ask", "--jsonl", stdin=b"\xff\xfe\xfa\n\xc3\x28 AZPROMO founded?\n")
    assert p.returncode == 0
    out = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert len(out) == 2 and out[0]["answered"] is False


@pytest.mark.parametrize("args,stdin,needle", [
    (["ask", ""], None, "no question"),
    (["ask"], "", "no question"),
    (["ask", "x" * 100_000], None, "too long"),
    (["ask", "\x01\x02\x03"], None, "couldn't read"),
    (["frobnicate"], None, "invalid choice"),
    (["ask", "--jsonl", "extra"], None, "stdin"),
])
def test_bad_input_gets_a_clear_message_and_nonzero_exit(env, args, stdin, needle):
    """Ensure empty, oversized and unreadable questions and unknown subcommands fail clearly."""
    p = run(env, *args, stdin=stdin)
    assert p.returncode == 2
    assert needle in (p.stdout + p.stderr).decode()
    assert "Traceback" not in p.stderr.decode()


def test_decline_is_an_answer_not_an_error(env):
    """Ensure a question the bot cannot answer says so, with exit 0."""
    p = run(env, "ask", "When was the NDRC founded?")
    assert p.returncode == 0
    assert "don't know" in p.stdout.decode()


def test_no_arguments_without_token_opens_the_terminal_chat(env):
    """Ensure plain `partnerbot` with no token starts the chat and says how to connect Telegram."""
    p = run(env, stdin="When was AZPROMO founded?\n/sources\n/quit\n")
    out = p.stdout.decode()
    assert p.returncode == 0
    assert "TELEGRAM_BOT_TOKEN" in out
    assert "2003" in out
    assert "Trend, Baku, 21 April 2025" in out


def test_chat_answers_a_suggestion_by_number(env):
    """Ensure typing a suggestion's number in the chat answers that suggestion."""
    p = run(env, "chat", stdin="Who heads the NDRC?\n1\n")
    out = p.stdout.decode()
    assert "1. " in out
    first = out.split("1. ", 1)[1].splitlines()[0]
    assert first.endswith("?")
    assert out.count("Source: Trend") >= 1


def test_token_from_environment_is_never_printed(env):
    """Ensure a bad setting is reported without echoing the token."""
    env = dict(env, TELEGRAM_BOT_TOKEN="123456:SECRET-TOKEN-VALUE", OWNER_IDS="not-a-number")
    p = run(env, "ask", "hi")
    assert p.returncode == 2
    assert "SECRET-TOKEN-VALUE" not in (p.stdout + p.stderr).decode()
    assert "bad settings" in p.stderr.decode()
