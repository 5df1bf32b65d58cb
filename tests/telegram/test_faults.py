"""Faults on the wire: a 500, a 429 with retry_after, a hanging getUpdates. The bot recovers; no update is lost or answered twice."""
from __future__ import annotations

QUESTIONS = ["When was AZPROMO founded?", "Who heads AZPROMO?", "What does NDRC stand for?"]


async def _ask_all(tg):
    return [(await tg.send(q)).replies for q in QUESTIONS]


async def test_500_on_get_updates_ensures_bot_recovers_and_answers_each_update_once(tg):
    tg.server.fail_next("getUpdates", status=500)
    tg.server.interrupt_polls()
    await tg.server.wait_for(lambda c: c.method == "getUpdates" and c.status == 500, what="the 500")
    replies = await _ask_all(tg)
    assert [len(r) for r in replies] == [1, 1, 1]
    assert "2003" in replies[0][0].text
    assert len(tg.server.calls_of("sendMessage")) == 3 + 3  # three answers, three sentinels: nothing twice


async def test_429_with_retry_after_ensures_the_answer_is_sent_once_after_waiting(tg):
    tg.server.fail_next("sendMessage", retry_after=0.05)
    ex = await tg.send(QUESTIONS[0])
    assert [c.status for c in ex.calls if c.method == "sendMessage"] == [429, 200]
    assert "2003" in ex.reply.text
    assert [len(r) for r in await _ask_all(tg)] == [1, 1, 1]


async def test_hanging_get_updates_ensures_bot_polls_again_and_loses_nothing(tg):
    tg.server.hang_next("getUpdates")
    tg.server.interrupt_polls()
    await tg.server.wait_for(lambda c: c.hung, pending=True,
                             what="the hanging poll")
    ex = await tg.send(QUESTIONS[0])  # pushed while the bot waits on the hung poll
    assert "2003" in ex.reply.text
    assert [len(r) for r in await _ask_all(tg)] == [1, 1, 1]


async def test_500_then_429_then_hang_ensures_every_update_answered_exactly_once(tg):
    server = tg.server
    server.fail_next("getUpdates", status=500)
    server.interrupt_polls()
    await server.wait_for(lambda c: c.method == "getUpdates" and c.status == 500, what="the 500")
    server.push({"message": tg.message(QUESTIONS[0])})  # fetched by the retry after the 500
    server.fail_next("sendMessage", retry_after=0.05)
    await tg.send(QUESTIONS[1])  # its answer meets the 429 first
    server.hang_next("getUpdates")
    server.interrupt_polls()
    await server.wait_for(lambda c: c.hung, pending=True, what="the hang")
    await tg.send(QUESTIONS[2])  # pushed while the bot waits on the hung poll

    answers = [c.result["text"] for c in server.calls_of("sendMessage") if c.params["chat_id"] == 1001]
    assert len(answers) == 3
    for question, text in zip(QUESTIONS, answers):
        assert tg.engine.ask(question).body in text
        assert text.splitlines()[-1].startswith("Source: Trend")
