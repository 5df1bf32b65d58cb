"""Admins keep the facts current from a private chat: /add, /edit, /delete, /undo, /facts, /fact, /grant, end to end."""
from __future__ import annotations

import pytest

from tests.telegram import updates as u
from tests.telegram.server import scope_key

OWNER, BOB, ALICE = u.OWNER, u.BOB, u.ALICE


def store_of(tg):
    return tg.app.bot_data.services.store


async def converse(tg, steps, *, user=OWNER):
    """Drive a conversation: ("send", text) sends a message, ("press", text) presses that button of the latest reply."""
    ex = None
    for kind, value in steps:
        if kind == "send":
            ex = await tg.send(value, user=user)
        else:
            ex = await tg.press(ex.replies[-1], value, user=user)
        assert ex.replies, f"no reply to {kind} {value!r}"
    return ex


ADD_SOURCE = [
    ("send", "/add"), ("press", "source"),
    ("send", "Report.az"),  # publisher
    ("press", "Skip"),  # title
    ("send", "Baku"),  # place
    ("send", "4 June 2025"),  # published
    ("press", "Done: review"),
    ("send", "report-2025-06-04"),  # id
    ("press", "Save"),
]
ADD_EVENT = [
    ("send", "/add"), ("press", "event"),
    ("send", "Shusha Green Energy Investment Summit"),  # name
    ("send", "summit"),  # kind
    ("press", "Skip"),  # aliases
    ("send", "3 June 2025"),  # date
    ("send", "Shusha"),  # place
    ("press", "Skip"),  # part of
    ("send", "AZPROMO"),  # organizers, by acronym
    ("press", "Done: review"),
    ("press", "Use shusha-green-energy-investment-summit"),
    ("press", "Report.az, 2025-06-04"),
    ("send", "The Shusha Green Energy Investment Summit, organized by AZPROMO, was held in Shusha on 3 June 2025."),
]


async def test_an_event_added_through_add_is_answered_at_once_with_its_source(tg):
    assert "Saved" in (await converse(tg, ADD_SOURCE)).text
    summary = (await converse(tg, ADD_EVENT)).replies[-1]
    assert "Shusha Green Energy Investment Summit" in summary.text and "Source report-2025-06-04" in summary.text
    saved = await tg.press(summary, "Save", user=OWNER)
    assert "it is live now" in saved.text

    reply = (await tg.send("When was the Shusha Green Energy Investment Summit held?", user=ALICE)).reply
    assert "3 June 2025" in reply.text
    assert reply.text.splitlines()[-1] == "Source: Report.az, Baku, 4 June 2025"


async def test_add_checks_each_value_and_asks_again_with_an_example(tg):
    await converse(tg, [("send", "/add"), ("press", "event"), ("send", "Test Forum"), ("send", "forum"),
                        ("press", "Skip")])
    assert "not a date I can read" in (await tg.send("next summer", user=OWNER)).reply.text
    assert (await tg.send("2025-06-03", user=OWNER)).reply.text.startswith("place")
    await tg.send("Baku", user=OWNER)  # place
    assert "There is no event 'ghost-event'" in (await tg.send("ghost-event", user=OWNER)).reply.text
    assert (await tg.send("-", user=OWNER)).reply.text.startswith("organizers")  # "-" skips an optional field


async def test_cancel_stops_add_and_nothing_is_stored(tg):
    before = store_of(tg).export()
    await converse(tg, [("send", "/add"), ("press", "organization"), ("send", "Silk Road Fund")])
    assert "nothing was saved" in (await tg.send("/cancel", user=OWNER)).reply.text
    assert store_of(tg).export() == before
    # the conversation is over: text is a question again
    assert "Source:" in (await tg.send("When was AZPROMO founded?", user=OWNER)).reply.text


async def test_discard_at_the_summary_stores_nothing(tg):
    before = store_of(tg).export()
    ex = await converse(tg, [("send", "/add"), ("press", "person"), ("send", "Li Wei"), ("press", "Done: review"),
                             ("press", "Use li-wei")])
    ex = await tg.press(ex.replies[-1], "Discard", user=OWNER)
    assert "nothing was saved" in ex.text
    assert store_of(tg).export() == before


async def test_an_old_button_of_an_earlier_step_does_nothing(tg):
    first = (await tg.send("/add", user=OWNER)).reply
    await tg.press(first, "person", user=OWNER)
    ex = await tg.press(first, "event", user=OWNER)
    assert ex.callback_answers == ["That button belongs to an earlier step."]


async def test_edit_changes_one_field_after_confirmation(tg):
    ex = await converse(tg, [("send", "/edit ndrc"), ("press", "kind"), ("send", "state planning agency")])
    assert "from: commission" in ex.reply.text and "to: state planning agency" in ex.reply.text
    assert store_of(tg).base.get("ndrc").kind == "commission"  # nothing before Save
    saved = await tg.press(ex.reply, "Save", user=OWNER)
    assert "Saved as change" in saved.text
    assert store_of(tg).base.get("ndrc").kind == "state planning agency"


async def test_editing_a_cited_fact_asks_for_its_quote(tg):
    ex = await converse(tg, [("send", "/edit azpromo"), ("press", "founded"), ("send", "2002")])
    assert "Keep the current quote" in [b[0] for b in ex.reply.buttons]
    ex = await tg.send("AZPROMO was founded in 2002.", user=OWNER)
    assert "to: 2002" in ex.reply.text
    await tg.press(ex.reply, "Save", user=OWNER)
    founded = store_of(tg).base.get("azpromo").founded
    assert (founded.value, founded.quote) == (2002, "AZPROMO was founded in 2002.")
    assert "2002" in (await tg.send("When was AZPROMO founded?", user=ALICE)).reply.text


async def test_two_admins_editing_one_record_the_second_save_is_refused(tg):
    tg.server.remember_chat(u.private_chat(BOB))
    await tg.send(f"/grant {BOB['id']}", user=OWNER)
    mine = await converse(tg, [("send", "/edit ndrc"), ("press", "kind"), ("send", "ministry")], user=OWNER)
    theirs = await converse(tg, [("send", "/edit ndrc"), ("press", "kind"), ("send", "agency")], user=BOB)
    assert "Saved" in (await tg.press(mine.reply, "Save", user=OWNER)).text
    refused = await tg.press(theirs.reply, "Save", user=BOB)
    assert "changed meanwhile" in refused.callback_answers[0]
    assert "Not saved" in refused.reply.text
    assert store_of(tg).base.get("ndrc").kind == "ministry"


async def test_delete_of_a_record_others_refer_to_is_refused_with_the_referrers(tg):
    before = store_of(tg).export()
    reply = (await tg.send("/delete azpromo", user=OWNER)).reply
    assert "referred to by" in reply.text and "yusif-abdullayev" in reply.text
    assert reply.buttons == []
    assert store_of(tg).export() == before


async def test_delete_asks_for_confirmation_and_undo_brings_the_record_back(tg):
    before = store_of(tg).export()
    ask = (await tg.send("/delete made-in-azerbaijan", user=OWNER)).reply
    assert store_of(tg).base.get("made-in-azerbaijan") is not None
    done = await tg.press(ask, "Delete", user=OWNER)
    assert "Deleted" in done.reply.text and store_of(tg).base.get("made-in-azerbaijan") is None
    again = await tg.callback(ask.buttons[0][1], reply=ask, user=OWNER)  # the same button once more
    assert "no record" in again.callback_answers[0]

    offer = (await tg.send("/undo", user=OWNER)).reply
    assert "deleted initiative made-in-azerbaijan" in offer.text
    await tg.press(offer, "Undo it", user=OWNER)
    assert store_of(tg).export() == before
    assert "undid change" in (await tg.send("/history made-in-azerbaijan", user=OWNER)).reply.text


async def test_keep_on_the_undo_offer_changes_nothing(tg):
    await converse(tg, [("send", "/edit ndrc"), ("press", "kind"), ("send", "office"), ("press", "Save")])
    after_edit = store_of(tg).export()
    offer = (await tg.send("/undo", user=OWNER)).reply
    assert "Nothing was changed" in (await tg.press(offer, "Keep", user=OWNER)).reply.text
    assert store_of(tg).export() == after_edit


async def test_facts_browses_types_and_pages_and_opens_a_record(tg):
    types = (await tg.send("/facts", user=OWNER)).reply
    assert any(text.startswith("People (") for text, _ in types.buttons)
    page = (await tg.press(types, next(t for t, _ in types.buttons if t.startswith("People")), user=OWNER)).reply
    assert page.edited and "Yusif Abdullayev" in page.text
    card = (await tg.press(page, "Yusif Abdullayev", user=OWNER)).reply
    assert "version 1" in card.text and "Executive Director" in card.text and "History" in card.text
    assert all(len(data.encode()) <= 64 for _, data in types.buttons + page.buttons)


async def test_fact_shows_each_fact_with_its_source_and_quote(tg):
    card = (await tg.send("/fact azpromo", user=OWNER)).text
    assert "founded: 2003 [trend-2025-04-21]" in card
    assert "AZPROMO was founded in 2003 by the Ministry of Economy" in card
    assert "seeded from" in card


async def test_fact_of_an_unknown_id_says_so(tg):
    assert "There is no record with id 'atlantis'" in (await tg.send("/fact atlantis", user=OWNER)).reply.text


async def test_unanswered_and_stats_show_what_users_asked(tg):
    for q in ["When was the NDRC founded?", "when was NDRC founded", "When was AZPROMO founded?"]:
        await tg.send(q, user=ALICE)
    unanswered = (await tg.send("/unanswered", user=OWNER)).reply.text
    first = unanswered.splitlines()[1]
    assert first.startswith("1. 2x  ") and "NDRC founded" in first and "AZPROMO" not in unanswered
    stats = (await tg.send("/stats", user=OWNER)).reply.text
    assert "asked 3, answered 1, declined 2" in stats


async def test_grant_gives_a_user_admin_rights_and_menu_and_revoke_takes_them(tg):
    tg.server.remember_chat(u.private_chat(BOB))
    assert "Only admins" in (await tg.send("/facts", user=BOB)).reply.text
    assert "is now an admin" in (await tg.send(f"/grant {BOB['id']}", user=OWNER)).reply.text
    menu = [c["command"] for c in tg.server.commands[(scope_key({"type": "chat", "chat_id": BOB["id"]}), "")]]
    assert "add" in menu and "grant" not in menu
    assert "Choose a type" in (await tg.send("/facts", user=BOB)).reply.text
    assert "Only the owners" in (await tg.send(f"/grant {ALICE['id']}", user=BOB)).reply.text

    assert "no longer an admin" in (await tg.send(f"/revoke {BOB['id']}", user=OWNER)).reply.text
    assert (scope_key({"type": "chat", "chat_id": BOB["id"]}), "") not in tg.server.commands
    assert "Only admins" in (await tg.send("/facts", user=BOB)).reply.text


async def test_grant_without_a_numeric_id_explains_usage(tg):
    assert "Telegram user id" in (await tg.send("/grant @bob", user=OWNER)).reply.text


@pytest.mark.parametrize("command", ["/facts", "/add", "/export", "/undo"])
async def test_admin_commands_in_a_group_point_to_a_private_chat(tg, command):
    before = store_of(tg).export()
    ex = await tg.send(command, chat=u.GROUP, user=OWNER)
    assert "private chat" in ex.reply.text
    assert store_of(tg).export() == before and not tg.server.uploads


async def test_an_abandoned_add_does_not_swallow_later_questions(tg, monkeypatch):
    from handlers.admin import flow as admin_flow

    await converse(tg, [("send", "/add"), ("press", "organization")])
    monkeypatch.setattr(admin_flow, "IDLE_LIMIT", -1.0)  # as if half an hour had passed
    before = store_of(tg).export()
    reply = (await tg.send("When was AZPROMO founded?", user=OWNER)).reply
    assert "2003" in reply.text and reply.text.splitlines()[-1].startswith("Source:")
    assert store_of(tg).export() == before


async def test_a_button_of_an_idle_add_is_refused_ensures_nothing_is_saved_late(tg, monkeypatch):
    """Ensure pressing a button of an /add left idle ends the flow with a note and saves nothing."""
    from handlers.admin import flow as admin_flow

    steps = [step for step in ADD_SOURCE if step != ("press", "Save")]
    review = await converse(tg, steps)
    assert any(text == "Save" for text, _ in review.replies[-1].buttons)
    monkeypatch.setattr(admin_flow, "IDLE_LIMIT", -1.0)  # as if half an hour had passed
    before = store_of(tg).export()
    ex = await tg.press(review.replies[-1], "Save", user=OWNER)
    assert ex.replies == []
    assert "left unfinished for too long" in ex.callback_answers[0]
    assert store_of(tg).export() == before
    monkeypatch.setattr(admin_flow, "IDLE_LIMIT", 30 * 60.0)
    again = await tg.press(review.replies[-1], "Save", user=OWNER)  # the flow is gone, not just paused
    assert again.replies == [] and store_of(tg).export() == before
