"""The error handler end to end: a failing handler gets the user an apology and the bot keeps serving."""
from __future__ import annotations

import logging

import pytest

from knowledge.engine import Engine
from knowledge.errors import RecordNotFound
from tests.one_report import load_one_report
from tests.telegram import updates as u
from tests.telegram.server import FAKE_TOKEN


class _FlakyEngine(Engine):
    """The shipped engine, except that some questions blow up."""

    def ask(self, question, *, lang=None, context=None):
        if "explode" in question:
            raise RuntimeError("the matcher exploded")
        if "missing" in question:
            raise RecordNotFound("missing-record")
        if "leak" in question:  # a domain error whose text holds the token (say, a path or URL built from it)
            raise RecordNotFound(f"id-from-{FAKE_TOKEN}")
        return super().ask(question, lang=lang, context=context)

    def answer_fact(self, fact_id, *, lang="en"):
        raise RuntimeError("answer_fact exploded")


@pytest.fixture
async def flaky(start_bot):
    async with start_bot(engine=_FlakyEngine(load_one_report())) as bot:
        yield bot


async def test_handler_that_raises_gets_an_apology_and_bot_keeps_serving_ensures_resilience(flaky, caplog):
    caplog.set_level(logging.ERROR, logger="handlers.errors")
    ex = await flaky.send("please explode")
    assert "Sorry, something went wrong" in ex.reply.text
    assert any(str(ex.update_id) in r.getMessage() and r.exc_info for r in caplog.records)
    assert "2003" in (await flaky.send("When was AZPROMO founded?")).reply.text


async def test_error_in_a_group_question_quotes_the_asker_ensures_the_apology_finds_its_owner(flaky):
    message = flaky.message(f"@{flaky.username} explode", chat=u.GROUP)
    reply = (await flaky.push({"message": message})).reply
    assert "Sorry" in reply.text and reply.reply_to_message_id == message["message_id"]


async def test_domain_error_becomes_its_own_message_ensures_users_learn_what_went_wrong(flaky):
    assert "missing-record" in (await flaky.send("the missing one")).reply.text


async def test_error_in_a_button_press_answers_the_callback_ensures_no_endless_spinner(flaky):
    offer = (await flaky.send("commission")).reply
    assert offer.buttons
    ex = await flaky.press(offer, 0)
    assert ex.replies == []
    assert "Sorry" in ex.callback_answers[0]
    assert "2003" in (await flaky.send("When was AZPROMO founded?")).reply.text


async def test_failure_after_the_button_was_acknowledged_ensures_an_apology_message(tg):
    offer = (await tg.send("commission")).reply
    tg.server.fail_next("editMessageText", status=500)
    ex = await tg.press(offer, 0)
    assert ex.callback_answers == [None]  # acknowledged before the edit failed
    assert "Sorry, something went wrong" in ex.reply.text


async def test_domain_error_holding_the_token_ensures_the_reply_is_redacted(flaky):
    """Ensure error text that holds the bot token reaches the user with the token masked."""
    text = (await flaky.send("leak it")).reply.text
    assert "id-from-" in text and "[REDACTED]" in text
    assert FAKE_TOKEN.split(":", 1)[1] not in text
