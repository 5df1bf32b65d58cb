"""pytest fixtures for end-to-end Telegram tests (a plugin, loaded by tests/conftest.py).

    bot_api          a started FakeBotAPI (tests/telegram/server.py), stopped after the test
    bot_settings     Settings with the fake token, a temporary data_dir (on /dev/shm when there is one:
                     the store's fsyncs cost ~0.5 s per test on disk), OWNER as owner; no .env read
    fake_clock       a FakeClock for flood control (advance(seconds))
    start_bot        async context manager factory: `async with start_bot(services=None, engine=None,
                     settings=None, clock=None) as bot:` -> BotHarness (tests/telegram/harness.py).
                     Default services: open_services(bot_settings) (a fresh SQLite store from the
                     shipped facts); `engine=` wraps a given Engine in store-less Services.
    tg               a running bot over the default services (a BotHarness)

NO_PROXY is set to 127.0.0.1 so httpx talks to the local server directly, and PTB_TIMEDELTA=1
opts in to PTB's future timedelta periods (silencing its deprecation warning on every RetryAfter).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import pytest_asyncio

from tests.one_report import ONE_REPORT_DIR
from bot.config import Settings
from bot.runtime import Services, open_services

from . import updates as u
from .harness import BotHarness, FakeClock, running_bot
from .server import FAKE_TOKEN, FakeBotAPI


@pytest.fixture
def telegram_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        current = os.environ.get(name, "")
        monkeypatch.setenv(name, ",".join(p for p in (current, "127.0.0.1", "localhost") if p))
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest_asyncio.fixture
async def bot_api(telegram_env) -> FakeBotAPI:
    server = FakeBotAPI(token=FAKE_TOKEN)
    await server.start()
    server.remember_chat(u.private_chat(u.OWNER))  # the owner has talked to the bot before
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def bot_settings(tmp_path) -> Settings:
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(prefix="partnerbot-test-", dir=shm if shm.is_dir() else tmp_path) as data:
        yield Settings(_env_file=None, telegram_bot_token=FAKE_TOKEN, data_dir=Path(data) / "data", facts_dir=ONE_REPORT_DIR,
                       owner_ids=frozenset({u.OWNER["id"]}))


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def start_bot(bot_api, bot_settings, fake_clock):
    def start(*, services: Services | None = None, engine=None, settings: Settings | None = None,
              clock=None, **build_kwargs):
        settings = settings or bot_settings
        if services is None:
            services = Services(settings=settings, engine=engine) if engine is not None else open_services(settings)
        return running_bot(bot_api, services, clock=clock or fake_clock, **build_kwargs)
    return start


@pytest_asyncio.fixture
async def tg(start_bot) -> BotHarness:
    async with start_bot() as bot:
        yield bot
