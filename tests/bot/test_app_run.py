"""`partnerbot run` and `partnerbot run --webhook` for real: the CLI in this process, the fake server in a thread.

run_polling/run_webhook own the main thread's event loop and stop on SIGINT, so the
fake Bot API runs on its own loop in a thread, and a driver thread plays Telegram and
the user, then sends SIGINT, but only once the bot is demonstrably running (its
signal handlers are installed by then).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from bot.cli import main
from tests.telegram import updates as u
from tests.telegram.server import FAKE_TOKEN
from tests.telegram.threaded import ThreadedBotAPI

# a bot process starts (imports, seeds its store) in under a second alone, far slower on a loaded machine
STARTUP_TIMEOUT = 60.0

SECRET_PART = FAKE_TOKEN.split(":", 1)[1]


@pytest.fixture
def api():
    api = ThreadedBotAPI()
    yield api
    api.close()


@pytest.fixture
def env(api, tmp_path, monkeypatch):
    """Environment for `partnerbot run` against the threaded server; logging and the event loop restored after."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name, value in {
        "TELEGRAM_BOT_TOKEN": FAKE_TOKEN, "BOT_API_BASE_URL": api.server.base_url,
        "BOT_API_FILE_URL": api.server.base_file_url, "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "INFO", "OWNER_IDS": str(u.OWNER["id"]), "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }.items():
        monkeypatch.setenv(name, value)
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "httpcore", "apscheduler")}
    asyncio.set_event_loop(asyncio.new_event_loop())  # run_polling uses (and closes) the current loop
    yield monkeypatch
    asyncio.set_event_loop(None)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _drive(steps, errors: list) -> threading.Thread:
    """Run `steps()` in a thread; SIGINT the process afterwards only if the bot got as far as running."""
    def target():
        started = False
        try:
            started = steps()
        except BaseException as exc:  # reported by the test
            errors.append(exc)
            started = True
        finally:
            if started:
                os.kill(os.getpid(), signal.SIGINT)
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


def _question(chat_id_user=u.ALICE, text="When was AZPROMO founded?") -> dict:
    chat = u.private_chat(chat_id_user)
    return {"message": u.message(int(time.time()) % 100000, text, chat=chat, user=chat_id_user)}


def test_partnerbot_run_polls_and_answers_then_stops_on_sigint_ensures_the_cli_runs_the_bot(api, env, caplog):
    caplog.set_level(logging.DEBUG)
    seen: dict = {}
    errors: list = []

    def steps() -> bool:
        api.wait_for(lambda c: c.method == "getUpdates", "polling to start", pending=True,
                     timeout=STARTUP_TIMEOUT)
        api.push(_question())
        call = api.wait_for(lambda c: c.method == "sendMessage" and c.ok, "the answer")
        seen["text"] = call.result["text"]
        return True

    driver = _drive(steps, errors)
    assert main(["run"]) == 0
    driver.join(5)
    assert not errors, errors
    assert "2003" in seen["text"] and "Source: Trend" in seen["text"]
    menus = api.server.commands
    assert ("all_private_chats", "") in menus and ("all_group_chats", "") in menus
    assert SECRET_PART not in caplog.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_partnerbot_run_webhook_checks_the_secret_header_ensures_only_telegram_is_heard(api, env, caplog):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/tg-hook"
    env.setenv("WEBHOOK_URL", url)
    env.setenv("WEBHOOK_PORT", str(port))
    env.setenv("WEBHOOK_SECRET", "s3cret-Header_value")
    caplog.set_level(logging.DEBUG)
    seen: dict = {}
    errors: list = []

    def post(update: dict, secret: str) -> int:
        request = urllib.request.Request(url, data=json.dumps({"update_id": 1, **update}).encode(), method="POST",
                                         headers={"Content-Type": "application/json",
                                                  "X-Telegram-Bot-Api-Secret-Token": secret})
        deadline = time.monotonic() + 5
        while True:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    return response.status
            except urllib.error.HTTPError as exc:
                return exc.code
            except urllib.error.URLError:  # setWebhook comes just before the server listens
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def steps() -> bool:
        call = api.wait_for(lambda c: c.method == "setWebhook", "the webhook to be set")
        seen["webhook"] = call.params
        api.wait_for(lambda c: c.method == "setMyCommands", "start-up to finish")
        api.loop.call_soon_threadsafe(api.server.remember_chat, u.private_chat(u.ALICE))  # Alice wrote before
        seen["forged"] = post(_question(text="forged"), "wrong-secret")
        seen["real"] = post(_question(), "s3cret-Header_value")
        seen["text"] = api.wait_for(lambda c: c.method == "sendMessage" and c.ok, "the answer").result["text"]
        return True

    driver = _drive(steps, errors)
    assert main(["run", "--webhook"]) == 0
    driver.join(5)
    assert not errors, errors
    assert seen["webhook"]["url"] == url and seen["webhook"]["secret_token"] == "s3cret-Header_value"
    assert seen["forged"] == 403 and seen["real"] == 200
    assert "2003" in seen["text"]
    assert len(api.server.calls_of("sendMessage")) == 1  # the forged update was not answered
    assert SECRET_PART not in caplog.text and "s3cret-Header_value" not in caplog.text
