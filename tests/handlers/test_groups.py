"""Group chats end to end: silent unless addressed (mention, text mention, reply, /ask), replies quote the asker."""
from __future__ import annotations

from tests.telegram import updates as u

QUESTION = "When was AZPROMO founded?"


async def _bot_message_in(tg, chat, **kw):
    """Get the bot to post a message in `chat` (by asking it with /ask); returns that reply."""
    return (await tg.send(f"/ask {QUESTION}", chat=chat, **kw)).reply


async def test_plain_group_message_gets_no_reply_ensures_the_bot_stays_quiet(tg):
    assert (await tg.send(QUESTION, chat=u.GROUP)).replies == []


async def test_mention_gets_an_answer_quoting_the_asker_ensures_group_threads_stay_readable(tg):
    message = tg.message(f"@{tg.username}, {QUESTION}", chat=u.GROUP)
    reply = (await tg.push({"message": message})).reply
    assert "2003" in reply.text and "Source: Trend" in reply.text
    assert reply.reply_to_message_id == message["message_id"]


async def test_mention_matches_username_case_insensitively_ensures_typed_mentions_work(tg):
    reply = (await tg.send(f"{QUESTION} @{tg.username.lower()}", chat=u.GROUP)).reply
    assert "2003" in reply.text


async def test_mention_is_stripped_before_matching_ensures_same_answer_as_in_private(tg):
    private = (await tg.send(QUESTION)).reply.text
    group = (await tg.send(f"@{tg.username.upper()} {QUESTION}", chat=u.GROUP)).reply.text
    assert group == private


async def test_text_mention_of_the_bot_gets_an_answer_ensures_mentions_without_username_work(tg):
    text = f"Partner {QUESTION}"
    entity = u.text_mention(text, "Partner", tg.server.bot_user)
    reply = (await tg.send(text, chat=u.GROUP, entities=[entity])).reply
    assert "2003" in reply.text


async def test_mention_of_another_user_gets_no_reply_ensures_the_bot_minds_its_business(tg):
    assert (await tg.send(f"@someone_else {QUESTION}", chat=u.GROUP)).replies == []
    text = f"Alice {QUESTION}"
    entity = u.text_mention(text, "Alice", u.ALICE)
    assert (await tg.send(text, chat=u.GROUP, entities=[entity])).replies == []


async def test_reply_to_the_bot_gets_an_answer_ensures_follow_ups_work(tg):
    bot_message = await _bot_message_in(tg, u.GROUP)
    replied = tg.server.messages[(u.GROUP["id"], bot_message.message_id)]
    message = tg.message("Who heads AZPROMO?", chat=u.GROUP, user=u.BOB, reply_to=replied)
    reply = (await tg.push({"message": message})).reply
    assert reply.reply_to_message_id == message["message_id"]
    assert "Source:" in reply.text


async def test_reply_to_another_user_gets_no_reply_ensures_only_replies_to_the_bot_count(tg):
    human = tg.message("Anyone around?", chat=u.GROUP, user=u.BOB)
    await tg.push({"message": human})
    assert (await tg.send(QUESTION, chat=u.GROUP, reply_to=human)).replies == []


async def test_ask_command_with_and_without_botname_ensures_privacy_mode_groups_can_ask(tg):
    for command in (f"/ask@{tg.username} {QUESTION}", f"/ask {QUESTION}"):
        reply = (await tg.send(command, chat=u.GROUP)).reply
        assert "2003" in reply.text


async def test_ask_for_another_bot_gets_no_reply_ensures_commands_for_others_are_ignored(tg):
    assert (await tg.send(f"/ask@OtherHelperBot {QUESTION}", chat=u.GROUP)).replies == []


async def test_ask_without_question_shows_an_example_ensures_never_an_empty_reply(tg):
    text = (await tg.send("/ask", chat=u.GROUP)).reply.text
    assert "/ask " in text


async def test_ask_in_reply_to_a_message_answers_that_message_ensures_quoting_a_question_works(tg):
    human = tg.message(QUESTION, chat=u.GROUP, user=u.BOB)
    await tg.push({"message": human})
    assert "2003" in (await tg.send("/ask", chat=u.GROUP, reply_to=human)).reply.text


async def test_forum_topic_creation_message_is_not_a_reply_to_the_bot_ensures_topics_stay_quiet(tg):
    creation = tg.message(None, chat=u.FORUM, user=tg.server.bot_user,
                          forum_topic_created={"name": "Investments", "icon_color": 7322096})
    creation.update(message_thread_id=creation["message_id"], is_topic_message=True)
    await tg.push({"message": creation})
    in_topic = tg.message(QUESTION, chat=u.FORUM, reply_to=creation, thread_id=creation["message_id"])
    assert (await tg.push({"message": in_topic})).replies == []

    mention = tg.message(f"@{tg.username} {QUESTION}", chat=u.FORUM, reply_to=creation,
                         thread_id=creation["message_id"])
    reply = (await tg.push({"message": mention})).reply
    assert "2003" in reply.text
    assert reply.thread_id == creation["message_id"]  # answered inside the topic


async def test_reply_to_the_bot_inside_a_forum_topic_ensures_an_answer_in_the_topic(tg):
    topic = 77
    bot_message = (await tg.send(f"/ask {QUESTION}", chat=u.FORUM, thread_id=topic)).reply
    replied = tg.server.messages[(u.FORUM["id"], bot_message.message_id)]
    reply = (await tg.send("Who heads AZPROMO?", chat=u.FORUM, reply_to=replied, thread_id=topic)).reply
    assert "Source:" in reply.text and reply.thread_id == topic


async def test_bare_mention_gets_an_example_ensures_never_an_empty_reply(tg):
    text = (await tg.send(f"@{tg.username}", chat=u.GROUP)).reply.text
    assert "/ask " in text
