"""The application's wiring: building it, its settings checks, and logs that never show the token."""
from __future__ import annotations

import logging

import pytest

from bot.app import build_application, run_bot
from bot.config import Settings
from bot.runtime import Services
from tests.telegram.server import FAKE_TOKEN

SECRET_PART = FAKE_TOKEN.split(":", 1)[1]


async def test_token_appears_in_no_log_line_ensures_logs_can_be_shared(start_bot, bot_api, caplog):
    caplog.set_level(logging.DEBUG)
    async with start_bot() as bot:
        bot_api.fail_next("getUpdates", status=500)
        bot_api.interrupt_polls()
        await bot_api.wait_for(lambda c: c.status == 500, what="the 500")
        assert "2003" in (await bot.send("When was AZPROMO founded?")).reply.text
        logging.getLogger("test").info("the application: %r", bot.app)  # its repr holds the token
        try:
            raise RuntimeError(f"failed to reach {bot_api.base_url}{FAKE_TOKEN}/getMe")
        except RuntimeError:
            logging.getLogger("test").exception("a traceback with the token in it")
    text = caplog.text
    assert "getUpdates" in text and "[REDACTED]" in text  # the request lines were logged, redacted
    assert FAKE_TOKEN not in text and SECRET_PART not in text
    for record in caplog.records:
        assert SECRET_PART not in record.getMessage()


def test_build_without_token_ensures_a_clear_error(tmp_path):
    settings = Settings(_env_file=None, telegram_bot_token=None, data_dir=tmp_path)
    with pytest.raises(ValueError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Services(settings=settings, engine=None))


def test_run_without_token_ensures_exit_code_2_and_a_hint(tmp_path, capsys):
    settings = Settings(_env_file=None, telegram_bot_token=None, data_dir=tmp_path)
    assert run_bot(settings, webhook=False) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


def test_webhook_without_url_ensures_exit_code_2_and_a_hint(tmp_path, capsys):
    settings = Settings(_env_file=None, telegram_bot_token=FAKE_TOKEN, data_dir=tmp_path)
    assert run_bot(settings, webhook=True) == 2
    assert "WEBHOOK_URL" in capsys.readouterr().err


def test_webhook_secret_with_bad_characters_ensures_exit_code_2(tmp_path, capsys):
    settings = Settings(_env_file=None, telegram_bot_token=FAKE_TOKEN, data_dir=tmp_path,
                        webhook_url="https://bot.example.org/tg", webhook_secret="no spaces allowed")
    assert run_bot(settings, webhook=True) == 2
    assert "WEBHOOK_SECRET" in capsys.readouterr().err
