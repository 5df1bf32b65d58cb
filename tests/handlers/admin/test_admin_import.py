"""/import and /export through the chat: broken files are refused whole with precise errors; round trips are lossless."""
from __future__ import annotations

import pytest

from knowledge.facts.loader import load_document
from tests.telegram import updates as u

OWNER, ALICE = u.OWNER, u.ALICE
SRC = "trend-2025-04-21"
NEW_EVENT = f"""\
events:
  - id: baku-energy-week-2025
    name: Baku Energy Week 2025
    kind: exhibition
    date:
      value: 2025-06-02
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: Baku Energy Week opened on 2 June.
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: AZPROMO organized Baku Energy Week.
"""
BROKEN = {
    "bad YAML": (NEW_EVENT.replace("kind: exhibition", "kind: [exhibition"), ["line 5", "invalid YAML"]),
    "wrong type": (NEW_EVENT.replace("value: 2025-06-02", "value: early June"),
                   ["line 2, events[0] (baku-energy-week-2025), field 'date.value'"]),
    "duplicate id": (NEW_EVENT + NEW_EVENT.replace("events:\n", ""),
                     ["line 13, event baku-energy-week-2025, field 'id': duplicate id 'baku-energy-week-2025'"]),
    "unknown organization": (NEW_EVENT.replace("[azpromo]", "[azpromo, silk-road-fund]"),
                             ["line 2, event baku-energy-week-2025, field 'organizers': "
                              "refers to unknown record 'silk-road-fund'"]),
}


def store_of(tg):
    return tg.app.bot_data.services.store


async def export(tg) -> bytes:
    """What /export sends: the file's bytes."""
    ex = await tg.send("/export", user=OWNER)
    assert ex.reply.call.method == "sendDocument"
    upload = tg.server.uploads[-1]
    assert upload.chat_id == OWNER["id"] and upload.file_name.endswith(".yaml")
    return upload.content


@pytest.mark.parametrize("name", list(BROKEN))
async def test_a_broken_import_is_refused_whole_with_precise_errors_and_nothing_changes(tg, name):
    text, expected = BROKEN[name]
    before, history = await export(tg), store_of(tg).history()
    await tg.send("/import", user=OWNER)
    reply = (await tg.send_document(text.encode(), file_name="new.yaml", user=OWNER)).reply
    assert reply.text.startswith("The import of new.yaml was refused; nothing was changed.")
    for part in expected:
        assert part in reply.text
    assert await export(tg) == before
    assert store_of(tg).history() == history


async def test_after_a_refused_file_a_corrected_one_can_follow(tg):
    await tg.send("/import", user=OWNER)
    await tg.send_document(BROKEN["unknown organization"][0].encode(), file_name="new.yaml", user=OWNER)
    reply = (await tg.send_document(NEW_EVENT.encode(), file_name="new.yaml", user=OWNER)).reply
    assert "1 added" in reply.text and "baku-energy-week-2025" in reply.text


async def test_a_good_import_reports_what_it_added_and_is_answered_at_once(tg):
    await tg.send("/import", user=OWNER)
    reply = (await tg.send_document(NEW_EVENT.encode(), file_name="new.yaml", user=OWNER)).reply
    assert "Imported new.yaml: 1 added, 0 changed, 0 unchanged" in reply.text
    answer = (await tg.send("When was Baku Energy Week 2025 held?", user=ALICE)).reply.text
    assert "2 June 2025" in answer and "Source: Trend" in answer


async def test_a_file_with_import_as_its_caption_is_imported(tg):
    reply = (await tg.send_document(NEW_EVENT.encode(), file_name="new.yaml", caption="/import", user=OWNER)).reply
    assert "1 added" in reply.text


async def test_a_file_without_import_gets_a_hint_and_changes_nothing(tg):
    before = await export(tg)
    reply = (await tg.send_document(NEW_EVENT.encode(), file_name="new.yaml", user=OWNER)).reply
    assert "send /import first" in reply.text
    assert await export(tg) == before


async def test_export_then_import_is_a_lossless_round_trip(tg):
    exported = await export(tg)
    assert load_document(exported, origin="export.yaml").records == store_of(tg).base.records  # validate accepts it
    await tg.send("/import", user=OWNER)
    reply = (await tg.send_document(exported, file_name="export.yaml", user=OWNER)).reply
    assert "nothing changed" in reply.text
    assert await export(tg) == exported


async def test_import_replace_of_an_edited_export_then_undo_restores_everything(tg):
    before = await export(tg)
    edited = before.decode().split("initiatives:\n", 1)[0].replace("value: 2003", "value: 2004")
    await tg.send("/import replace", user=OWNER)
    reply = (await tg.send_document(edited.encode(), file_name="edited.yaml", user=OWNER)).reply
    assert "Replaced the fact base with edited.yaml" in reply.text and "1 changed" in reply.text
    assert "Removed: made-in-azerbaijan" in reply.text
    offer = (await tg.send("/undo", user=OWNER)).reply
    assert "replaced the fact base with edited.yaml" in offer.text
    await tg.press(offer, "Undo it", user=OWNER)
    assert await export(tg) == before
