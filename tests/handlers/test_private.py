"""Private chats end to end: questions, declines, the informational commands, escaping, long answers, flood control."""
from __future__ import annotations

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_document
from tests.one_report import ONE_REPORT_DIR
from tests.telegram import updates as u

SOURCE = "Source: Trend, Baku, 21 April 2025"


async def test_private_question_gets_html_answer_ending_with_source_ensures_answers_cite(tg):
    reply = (await tg.send("When was AZPROMO founded?")).reply
    assert "2003" in reply.text
    assert reply.text.splitlines()[-1].startswith("Source: Trend")
    assert reply.call.params["parse_mode"] == "HTML"
    assert any(e["type"] == "italic" for e in reply.raw["entities"])  # the source line is set off
    assert reply.reply_to_message_id is None  # no quoting in a private chat


async def test_off_topic_question_is_declined_with_help_hint_ensures_never_silent(tg):
    reply = (await tg.send("What's the weather in Baku?")).reply
    assert "/help" in reply.text
    assert "Source:" not in reply.text


async def test_unknown_fact_is_declined_with_what_is_known_ensures_decline_is_useful(tg):
    question = "When was NDRC founded?"
    expected = tg.engine.ask(question)
    assert expected.kind is AnswerKind.DECLINE and expected.known_about  # what this test relies on
    reply = (await tg.send(question)).reply
    assert expected.body.splitlines()[0] in reply.text
    assert "/help" in reply.text


async def test_start_shows_three_example_questions_ensures_new_users_know_what_to_ask(tg):
    reply = (await tg.send("/start")).reply
    examples = tg.engine.examples(lang="en")
    assert len(examples) == 3
    for question in examples:
        assert question in reply.text
    keyboard = reply.call.params["reply_markup"]["keyboard"]
    assert [row[0]["text"] for row in keyboard] == examples


async def test_pressing_a_start_example_button_answers_it_ensures_examples_work(tg):
    example = tg.engine.examples(lang="en")[0]
    reply = (await tg.send(example)).reply  # a reply-keyboard button sends its text
    assert reply.text.splitlines()[-1].startswith("Source:")


async def test_help_lists_topics_with_questions_ensures_users_see_what_is_answerable(tg):
    text = (await tg.send("/help")).reply.text
    for topic, questions in tg.engine.topics(lang="en").items():
        assert topic in text
        for question in questions:
            assert question in text
    assert "@PartnerTestBot" in text and "/ask" in text


async def test_about_says_where_facts_come_from_ensures_users_can_judge_answers(tg):
    text = (await tg.send("/about")).reply.text
    assert "China\u2013Azerbaijan" in text
    for source in tg.engine.sources():
        assert source.line() in text


async def test_sources_lists_each_source_with_date_ensures_citations_are_checkable(tg):
    reply = (await tg.send("/sources")).reply
    for source in tg.engine.sources():
        assert source.line() in reply.text
        if source.title:
            assert source.title in reply.text


async def test_command_menus_registered_at_start_ensures_users_see_the_commands(tg):
    private = [c["command"] for c in tg.server.commands[("all_private_chats", "")]]
    groups = [c["command"] for c in tg.server.commands[("all_group_chats", "")]]
    assert private == ["start", "help", "about", "sources", "timeline", "latest", "subscribe", "unsubscribe"]
    assert groups[0] == "ask" and "help" in groups and "timeline" in groups and "latest" in groups
    assert groups[-2:] == ["subscribe", "unsubscribe"]


async def test_html_specials_in_question_are_escaped_ensures_the_reply_is_delivered(tg):
    ex = await tg.send('<b>AZPROMO</b> & "founded" <script>?')
    assert not ex.failed  # Telegram would have rejected unescaped HTML
    assert ex.reply.text


async def test_html_specials_in_facts_are_escaped_ensures_names_show_verbatim(start_bot):
    text = (ONE_REPORT_DIR / "trend-2025-04-21.yaml").read_text(encoding="utf-8")
    plain = "name: Ministry of Economy of Azerbaijan"
    assert plain in text
    special = 'Ministry of <Economy> & "Trade"'
    base = load_document(text.replace(plain, f"name: '{special}'"), origin="special.yaml")
    async with start_bot(engine=Engine(base)) as bot:
        ex = await bot.send("Who founded AZPROMO?")
    assert not ex.failed
    assert special in ex.reply.text


class _LongEngine(Engine):
    """The shipped engine, with each answer's body repeated to well over 4,096 characters."""

    def ask(self, question, *, lang=None, context=None):
        answer = super().ask(question, lang=lang, context=context)
        body = " ".join([answer.body] * (5000 // len(answer.body) + 1))
        return answer.model_copy(update={"body": body})


async def test_5000_character_answer_is_split_ensures_long_answers_are_delivered_whole(start_bot):
    from tests.one_report import load_one_report

    async with start_bot(engine=_LongEngine(load_one_report())) as bot:
        ex = await bot.send("When was AZPROMO founded?")
    assert not ex.failed
    assert len(ex.replies) == 2
    assert all(0 < len(r.text) <= 4096 for r in ex.replies)
    assert ex.replies[0].text.endswith(".")  # cut at a sentence end
    assert ex.replies[-1].text.splitlines()[-1].startswith("Source: Trend")
    assert ex.text.count("2003") >= 5000 // 100


async def test_sticker_in_private_chat_gets_a_note_ensures_never_silent(tg):
    ex = await tg.push({"message": tg.message(None, sticker={"file_id": "S1", "file_unique_id": "s1",
                                                              "type": "regular", "width": 1, "height": 1,
                                                              "is_animated": False, "is_video": False})})
    assert "text" in ex.reply.text


async def test_unknown_command_points_to_help_ensures_never_silent(tg):
    assert "/help" in (await tg.send("/frobnicate")).reply.text


async def test_edited_message_is_not_answered_again_ensures_no_double_answers(tg):
    original = tg.message("When was AZPROMO founded?")
    await tg.push({"message": original})
    ex = await tg.push({"edited_message": {**original, "text": "When was NDRC founded?", "edit_date": 1}})
    assert ex.replies == []


async def test_21_questions_in_a_minute_get_one_slow_down_note_ensures_flooders_are_paused_alone(tg, fake_clock):
    for _ in range(20):
        assert "2003" in (await tg.send("When was AZPROMO founded?")).reply.text
    note = (await tg.send("When was AZPROMO founded?")).reply.text
    assert "wait" in note.lower() and "2003" not in note
    assert (await tg.send("When was AZPROMO founded?")).replies == []  # paused: silent
    assert "2003" in (await tg.send("When was AZPROMO founded?", user=u.BOB)).reply.text
    fake_clock.advance(61)
    assert "2003" in (await tg.send("When was AZPROMO founded?")).reply.text


async def test_question_in_russian_is_answered_in_russian_ensures_the_language_carries_through(tg):
    question = "Когда была основана AZPROMO?"
    expected = tg.engine.ask(question, lang="ru")
    assert expected.answered and expected.lang == "ru"
    user = {**u.BOB, "language_code": "ru"}
    reply = (await tg.send(question, user=user)).reply
    assert expected.body in reply.text
    assert reply.text.splitlines()[-1] == expected.source_line()
