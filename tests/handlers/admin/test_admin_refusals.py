"""A forged non-admin tries every admin command, button and a file upload: each is refused, nothing changes."""
from __future__ import annotations

import logging

import pytest

from handlers.admin import ADMIN_COMMANDS
from tests.telegram import updates as u

OWNER, ALICE = u.OWNER, u.ALICE
EXAMPLE_ARGS = {"fact": "azpromo", "edit": "azpromo", "delete": "made-in-azerbaijan", "history": "azpromo",
                "grant": str(ALICE["id"]), "revoke": str(OWNER["id"]), "import": "replace", "facts": "events"}
FORGED_BUTTONS = [
    "adm|types", "adm|facts|event|0", "adm|fact|azpromo", "adm|del|made-in-azerbaijan|1", "adm|undo|1",
    "adm|add|1|save", "adm|add|1|type|event", "adm|edit|1|save", "adm|edit|1|f|name", "adm|del|no",
    "adm|nonsense", "adm|del|made-in-azerbaijan|1|extra",
]


def state(tg) -> tuple:
    """Everything an admin could change: the fact base, its history, the grants."""
    store = tg.app.bot_data.services.store
    return store.export(), [c.id for c in store.history(limit=1000)], store.grants.all()


@pytest.mark.parametrize("command", [c.command for c in ADMIN_COMMANDS if c.command != "cancel"])
async def test_a_non_admin_is_refused_every_admin_command_and_nothing_changes(tg, command, caplog):
    caplog.set_level(logging.WARNING, logger="handlers.admin.guard")
    before = state(tg)
    for text in (f"/{command}", f"/{command} {EXAMPLE_ARGS.get(command, 'x')}"):
        ex = await tg.send(text, user=ALICE)
        assert ex.reply.text.startswith(("Only admins of this bot can use", "Only the owners of this bot can use"))
        assert "Nothing was changed" in ex.reply.text and not tg.server.uploads
    assert state(tg) == before
    assert any(f"user {ALICE['id']}" in r.getMessage() for r in caplog.records)


async def test_a_non_admin_pressing_admin_buttons_is_refused_and_nothing_changes(tg):
    owner_offer = (await tg.send("/delete made-in-azerbaijan", user=OWNER)).reply
    own_message = (await tg.send("When was AZPROMO founded?", user=ALICE)).reply
    before = state(tg)
    for data in FORGED_BUTTONS:
        for message in (owner_offer, own_message):
            ex = await tg.callback(data, reply=message, user=ALICE)
            assert ex.callback_answers and "Only admins" in ex.callback_answers[0], data
            assert ex.replies == []
    ex = await tg.press(owner_offer, "Delete", user=ALICE)
    assert "Only admins" in ex.callback_answers[0]
    assert state(tg) == before


async def test_a_non_admin_cannot_take_over_an_admins_conversation(tg):
    before = state(tg)
    start = (await tg.send("/add", user=OWNER)).reply
    ex = await tg.press(start, "event", user=ALICE)
    assert "Only admins" in ex.callback_answers[0]
    assert state(tg) == before


async def test_a_non_admin_sending_a_fact_file_is_refused_and_nothing_changes(tg):
    before = state(tg)
    good = b"events:\n  - id: forged-event\n    name: Forged Event\n    kind: forum\n"
    for caption in (None, "/import", "/import replace"):
        ex = await tg.send_document(good, file_name="facts.yaml", caption=caption, user=ALICE)
        assert "Only admins of this bot can use" in ex.reply.text
        assert not any(c.method.lower() == "getfile" for c in ex.calls)  # not even downloaded
    assert state(tg) == before


async def test_a_granted_admin_cannot_grant_or_revoke(tg):
    tg.server.remember_chat(u.private_chat(u.BOB))
    await tg.send(f"/grant {u.BOB['id']}", user=OWNER)
    before = state(tg)
    assert "Only the owners" in (await tg.send(f"/grant {ALICE['id']}", user=u.BOB)).reply.text
    assert "Only the owners" in (await tg.send(f"/revoke {u.BOB['id']}", user=u.BOB)).reply.text
    assert state(tg) == before


async def test_cancel_from_anyone_is_harmless(tg):
    before = state(tg)
    assert "nothing to cancel" in (await tg.send("/cancel", user=ALICE)).reply.text
    assert state(tg) == before
