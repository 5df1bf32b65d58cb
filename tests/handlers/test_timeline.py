"""/timeline and /latest end to end, with page buttons."""
from __future__ import annotations

from tests.knowledge.answers.test_timeline import many_events


async def test_timeline_command_lists_the_dated_things_with_sources(tg):
    """Ensure /timeline 2025 shows the conference and the MoU, dated, with the source."""
    reply = (await tg.send("/timeline 2025")).reply
    assert "17 April 2025" in reply.text and "Memorandum" in reply.text and "Trend" in reply.text
    assert reply.buttons == []  # one page: no buttons


async def test_latest_command_shows_what_the_newest_source_added(tg):
    """Ensure /latest lists the newest source's events and agreements."""
    reply = (await tg.send("/latest")).reply
    assert "Newest in the sources" in reply.text and "17 April 2025" in reply.text


async def test_a_long_timeline_pages_with_buttons_in_place(start_bot):
    """Ensure a 25-line timeline shows ten lines and Next; Next edits the message to the next page, with Back."""
    async with start_bot(engine=many_events(23)) as tg:
        first = (await tg.send("/timeline")).reply
        assert [t for t, _ in first.buttons] == ["Next ›"] and first.text.count("\u2022") == 10
        second = (await tg.press(first, "Next ›")).reply
        assert second.edited and second.message_id == first.message_id
        assert [t for t, _ in second.buttons] == ["‹ Back", "Next ›"]
        assert second.text != first.text


async def test_a_forged_page_button_gets_a_polite_note(tg):
    """Ensure a page button with unknown data is answered with a note."""
    reply = (await tg.send("/timeline 2025")).reply
    ex = await tg.callback("tl|en|1|0123456789ab", reply=reply)
    assert ex.callback_answers and "no longer works" in (ex.callback_answers[0] or "")
