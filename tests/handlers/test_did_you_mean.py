"""'Did you mean …?' end to end: buttons offered when the engine is unsure, pressing one answers in place."""
from __future__ import annotations

import pytest

from tests.telegram import updates as u

UNSURE = "commission"  # two commissions fit: the engine asks which one, with candidates


@pytest.fixture
def suggestions(tg):
    answer = tg.engine.ask(UNSURE)
    assert not answer.answered and answer.suggestions, "the test needs a question the engine is unsure of"
    return answer.suggestions[:3]


async def test_unsure_answer_offers_up_to_three_buttons_ensures_users_can_pick(tg, suggestions):
    reply = (await tg.send(UNSURE)).reply
    assert [text for text, _ in reply.buttons] == [s.question for s in suggestions]
    assert all(len(data.encode()) <= 64 for _, data in reply.buttons)
    assert "/help" in reply.text


async def test_pressing_a_button_answers_that_question_in_place_ensures_one_tap_answers(tg, suggestions):
    offer = (await tg.send(UNSURE)).reply
    ex = await tg.press(offer, 1)
    expected = tg.engine.answer_fact(suggestions[1].fact_id, lang="en")
    edited = ex.reply
    assert edited.edited and edited.message_id == offer.message_id
    assert expected.body in edited.text and "Source: Trend" in edited.text
    assert edited.buttons == []
    assert ex.callback_answers == [None]  # the spinner stops, no alert


async def test_pressing_a_button_in_a_group_edits_the_offer_ensures_threads_stay_tidy(tg, suggestions):
    offer = (await tg.send(f"@{tg.username} {UNSURE}", chat=u.GROUP)).reply
    assert offer.buttons
    ex = await tg.press(offer, 0, user=u.BOB)
    assert ex.reply.edited and "Source:" in ex.reply.text


@pytest.mark.parametrize("data", ["dym|en|no-such.fact", "dym|en|#0123456789abcdef", "rm -rf /", "dym|en|<b>"])
async def test_forged_or_stale_callback_gets_a_polite_note_ensures_no_crash(tg, data):
    offer = (await tg.send(UNSURE)).reply
    ex = await tg.callback(data, reply=offer)
    assert ex.replies == []  # the offer is left as it was
    (note,) = ex.callback_answers
    assert "no longer works" in note
    assert "2003" in (await tg.send("When was AZPROMO founded?")).reply.text  # still serving


async def test_pressing_twice_answers_once_ensures_no_error_on_double_taps(tg, suggestions):
    offer = (await tg.send(UNSURE)).reply
    data = offer.buttons[0][1]
    await tg.press(offer, 0)
    ex = await tg.callback(data, reply=offer)  # the old button, pressed again
    assert ex.replies == [] and ex.callback_answers == [None]


LONG_ID = "fixture-agency-with-an-identifier-long-enough-to-be-hashed-in-buttons"  # a test fixture, not a fact
LONG_RECORD = f"""\
organizations:
  - id: {LONG_ID}
    name: Fixture Agency
    founded:
      value: 1999
      source: trend-2025-04-21
      locator: "paragraph 2"  # fictional: no source states it
"""


async def test_button_of_a_long_fact_id_sent_before_a_restart_ensures_it_still_answers(start_bot, bot_settings):
    """Ensure a 'did you mean' button whose fact id travels hashed still answers in a freshly started bot."""
    import hashlib

    from bot.runtime import open_services

    from knowledge.store import Store

    earlier = Store.open(bot_settings.db_path)  # the previous run, which imported the record
    earlier.import_document(LONG_RECORD, origin="fixture.yaml", actor="test")
    earlier.close()
    services = open_services(bot_settings)
    fact_id = f"{LONG_ID}.founded"
    assert services.engine.answer_fact(fact_id).answered
    data = f"dym|en|#{hashlib.sha256(fact_id.encode()).hexdigest()[:16]}"  # what the previous run put on the button
    async with start_bot(services=services) as bot:  # a new application: nothing remembered from before
        offer = (await bot.send(UNSURE)).reply
        ex = await bot.callback(data, reply=offer)
    assert ex.reply.edited and "1999" in ex.reply.text and "Source: Trend" in ex.reply.text
