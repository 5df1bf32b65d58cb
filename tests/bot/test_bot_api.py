"""`partnerbot run` against a Bot API that fails in every way it can: the token and the webhook secret
appear nowhere in what the process writes, and a rejected token or a missing Bot API ends in one line.

The bot runs in its own process (`python -m bot run`), as under systemd; the fake Bot API
(tests/telegram/server.py) runs in a thread of the test and is broken with `break_api`.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.telegram.server import FAKE_TOKEN
from tests.telegram.threaded import ThreadedBotAPI

# a bot process starts (imports, seeds its store) in under a second alone, far slower on a loaded machine
STARTUP_TIMEOUT = 60.0

ROOT = Path(__file__).resolve().parents[2]
SECRET_PART = FAKE_TOKEN.split(":", 1)[1]
WEBHOOK_SECRET = "hook-Secret_value-0123456789"


@pytest.fixture
def api():
    api = ThreadedBotAPI()
    yield api
    api.close()


def _env(tmp_path: Path, base_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_API_", "WEBHOOK_"))}
    env.update({"TELEGRAM_BOT_TOKEN": FAKE_TOKEN, "BOT_API_BASE_URL": base_url, "BOT_API_TIMEOUT": "1",
                "DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "INFO", "NO_PROXY": "127.0.0.1",
                "no_proxy": "127.0.0.1", "PYTHONPATH": str(ROOT), **extra})
    return env


def _run(tmp_path: Path, base_url: str, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "run", *args], cwd=tmp_path, env=_env(tmp_path, base_url, **extra),
                          capture_output=True, text=True, timeout=60)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _assert_no_secret(text: str) -> None:
    assert FAKE_TOKEN not in text and SECRET_PART not in text, text
    assert WEBHOOK_SECRET not in text, text


@pytest.mark.parametrize("mode, status, says", [
    ("401", 2, "the Bot API rejected the token"),
    ("404-echo", 2, "no Bot API at BOT_API_BASE_URL"),
    ("500", 1, "cannot use the Bot API"),
    ("garbage", 1, "answered unexpectedly"),
    ("hang", 1, "did not answer in time"),
])
def test_bot_api_failing_at_start_ensures_one_line_naming_the_cause_and_no_token(api, tmp_path, mode, status, says):
    """Ensure each failure of the Bot API at start ends the process with one line naming it, no traceback, no token."""
    api.server.break_api(mode)
    proc = _run(tmp_path, api.server.base_url)
    _assert_no_secret(proc.stdout + proc.stderr)
    assert proc.returncode == status, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("partnerbot: ") and says in lines[0], proc.stderr


def test_closed_port_ensures_one_line_and_no_token(tmp_path):
    """Ensure nothing listening at BOT_API_BASE_URL is one line, status 1, no token."""
    proc = _run(tmp_path, f"http://127.0.0.1:{_free_port()}/bot")
    _assert_no_secret(proc.stdout + proc.stderr)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("partnerbot: cannot use the Bot API at http://127.0.0.1:")


def test_wrong_base_url_echoed_in_a_404_ensures_exit_2_and_no_token(api, tmp_path):
    """Ensure a BOT_API_BASE_URL pointing at something else (a 404 page echoing the path) is named, status 2."""
    proc = _run(tmp_path, api.server.base_url.replace("/bot", "/proxy/bot"))
    _assert_no_secret(proc.stdout + proc.stderr)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"partnerbot: no Bot API at BOT_API_BASE_URL ({api.server.base_url.replace('/bot', '/proxy/bot')} "
        "answered 404 Not Found)"]


@pytest.mark.parametrize("token", ["not-a-token", "123456:", "123456:short", f"{FAKE_TOKEN} trailing"])
def test_malformed_token_ensures_settings_name_it_without_echoing_it(api, tmp_path, token):
    """Ensure a malformed token is refused by the settings (status 2, one line, not echoed) before any request."""
    proc = _run(tmp_path, api.server.base_url, TELEGRAM_BOT_TOKEN=token)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "partnerbot: bad settings: TELEGRAM_BOT_TOKEN: Value error, not a bot token: it looks like 123456789:AA... "
        "(the bot id, a colon and the secret part from @BotFather)"]
    assert token.split(":")[-1] not in (proc.stdout + proc.stderr) or token.endswith(":")
    assert api.server.calls == []


def test_webhook_refused_with_an_echo_of_the_secret_ensures_the_secret_is_never_written(api, tmp_path):
    """Ensure a garbage answer to setWebhook echoing the request (the secret in it) leaves no secret in the output."""
    api.server.break_api("garbage", methods={"setWebhook"})
    port = _free_port()
    proc = _run(tmp_path, api.server.base_url, "--webhook", WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
                WEBHOOK_PORT=str(port), WEBHOOK_SECRET=WEBHOOK_SECRET)
    _assert_no_secret(proc.stdout + proc.stderr)
    assert api.server.calls_of("setWebhook", ok=None)  # it was asked, and answered garbage
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("partnerbot: ")


@pytest.mark.parametrize("mode", ["401", "404-echo", "500", "garbage", "hang"])
def test_bot_api_failing_while_running_ensures_the_token_is_never_written(api, tmp_path, mode):
    """Ensure getUpdates failing while the bot polls (each mode) leaves no token in its logs or at its exit."""
    env = _env(tmp_path, api.server.base_url, LOG_LEVEL="DEBUG")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        api.wait_for(lambda c: c.method == "getUpdates", "polling to start", pending=True,
                     timeout=STARTUP_TIMEOUT)
        api.loop.call_soon_threadsafe(api.server.break_api, mode)
        api.loop.call_soon_threadsafe(api.server.interrupt_polls)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(c.error == mode for c in api.server.calls):
            time.sleep(0.05)
        assert any(c.error == mode for c in api.server.calls), "the broken answer was never given"
        time.sleep(1.5 if mode == "hang" else 0.5)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    _assert_no_secret(out + err)
    assert "getUpdates" in err  # the failure was logged, redacted
