"""The "More" button under a profile, end to end."""
from __future__ import annotations


async def test_profile_has_a_more_button_that_tells_the_rest(tg):
    """Ensure "Tell me about the conference" gets a "More" button; pressing it sends the rest with its source."""
    reply = (await tg.send("Tell me about the conference")).reply
    assert [text for text, _ in reply.buttons] == ["More"]
    assert "17 April 2025" in reply.text and "Source: Trend" in reply.text
    pressed = await tg.press(reply, "More")
    rest = [r for r in pressed.replies if not r.edited]
    assert len(rest) == 1 and "Memorandum" in rest[0].text and "Source: Trend" in rest[0].text
    assert tg.server.messages[(reply.chat_id, reply.message_id)].get("reply_markup") in (None, {}, {"inline_keyboard": []})


async def test_a_plain_answer_has_no_more_button(tg):
    """Ensure an answer that is not a profile has no buttons."""
    assert (await tg.send("When was AZPROMO founded?")).reply.buttons == []


async def test_a_forged_more_button_gets_a_polite_note(tg):
    """Ensure a 'more' callback for an unknown fact answers with a note, not an error."""
    reply = (await tg.send("Tell me about the conference")).reply
    ex = await tg.callback("more|en|no-such.summary", reply=reply)
    assert ex.callback_answers and "no longer works" in (ex.callback_answers[0] or "")
