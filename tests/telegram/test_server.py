"""The fake Bot API server itself: it rejects what Telegram rejects, and serves files for download."""
from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent
from telegram.error import BadRequest, InvalidToken

from tests.telegram import updates as u
from tests.telegram.tghtml import HtmlError, parse_html


@pytest.fixture
async def raw_bot(bot_api):
    bot_api.push({"message": u.message(bot_api.new_message_id(u.ALICE["id"]), "hi",
                                       chat=u.private_chat(u.ALICE), user=u.ALICE)})
    async with Bot(bot_api.token, base_url=bot_api.base_url, base_file_url=bot_api.base_file_url) as bot:
        yield bot


@pytest.mark.parametrize("html", ["<foo>x</foo>", "a < b", "Smith & Sons", "<b>open", "<b>x</i>", "&nbsp;"])
def test_invalid_html_is_rejected_ensures_escaping_bugs_surface(html):
    with pytest.raises(HtmlError):
        parse_html(html)


def test_valid_html_ensures_visible_text_and_utf16_entity_offsets():
    parsed = parse_html('\U0001F600 <b>bold</b> &lt;&amp;&quot;&#33; <a href="https://e.x/?a=1&amp;b=2">l</a>')
    assert parsed.text == '\U0001F600 bold <&"! l'
    assert parsed.entities[0] == {"type": "bold", "offset": 3, "length": 4}
    assert parsed.entities[1]["url"] == "https://e.x/?a=1&b=2"


async def test_send_message_validation_ensures_the_bot_cannot_send_what_telegram_refuses(raw_bot):
    chat = u.ALICE["id"]
    for bad_call in (
        raw_bot.send_message(chat, "a < b", parse_mode="HTML"),
        raw_bot.send_message(chat, "x" * 4097),
        raw_bot.send_message(chat, " "),
        raw_bot.send_message(424242, "who?"),
        raw_bot.send_message(chat, "buttons", reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("too long", callback_data="x" * 65)]])),
        raw_bot.send_message(chat, "reply", reply_to_message_id=999),
    ):
        with pytest.raises(BadRequest):
            await bad_call
    message = await raw_bot.send_message(chat, "x" * 4096)
    assert message.text == "x" * 4096


async def test_inline_answers_are_validated_ensures_50_results_at_most(raw_bot, bot_api):
    def article(n):
        return InlineQueryResultArticle(str(n), f"t{n}", InputTextMessageContent("<b>ok</b>", parse_mode="HTML"))
    bot_api.push(u.inline_query("q", user=u.ALICE))
    query_id = bot_api._pending[-1]["inline_query"]["id"]
    with pytest.raises(BadRequest, match="(?i)results_too_much"):
        await raw_bot.answer_inline_query(query_id, [article(n) for n in range(51)])
    assert await raw_bot.answer_inline_query(query_id, [article(n) for n in range(50)])
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await raw_bot.answer_inline_query(query_id, [article(1)])


async def test_wrong_token_ensures_invalid_token_error(bot_api):
    with pytest.raises(InvalidToken):
        await Bot("1:wrong", base_url=bot_api.base_url).initialize()


async def test_documents_upload_and_download_ensures_import_export_can_be_tested(raw_bot, bot_api):
    sent = await raw_bot.send_document(u.ALICE["id"], b"records: []\n", filename="facts.yaml", caption="export")
    (upload,) = bot_api.uploads
    assert (upload.file_name, upload.content, upload.caption) == ("facts.yaml", b"records: []\n", "export")

    file = await raw_bot.get_file(sent.document.file_id)  # what a user re-sends can be downloaded again
    assert bytes(await file.download_as_bytearray()) == b"records: []\n"

    document = bot_api.add_file(b"hello", file_name="in.yaml")
    file = await raw_bot.get_file(document["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"hello"


async def test_document_messages_reach_the_bot_and_can_be_downloaded(tg):
    """Ensure a user's document message reaches the running bot and its file can be downloaded (for /import tests)."""
    document = tg.server.add_file(b"x: 1\n", file_name="facts.yaml", mime_type="application/x-yaml")
    message = tg.message(None, document=document, caption="facts")
    ex = await tg.push({"message": message})
    assert ex.replies  # a private chat is never left without a reply
    file = await tg.app.bot.get_file(message["document"]["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"x: 1\n"
