"""Subscriptions in the store: chats (id and language only), one digest queued per change worth telling,
released after the delay into one delivery per chat, cancelled by an undo before then; all of it kept
across a restart."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.errors import StoreUnavailable
from knowledge.facts.models import Cited, Event, Organization
from knowledge.store import Store
from knowledge.store.records import SCHEMA_VERSION
from tests.one_report import ONE_REPORT_DIR
from tests.telegram.harness import FakeClock

SOURCE = "trend-2025-04-21"
QUOTE = "The China-Azerbaijan Industrial and Investment Cooperation Promotion Conference was held on April 17"
DELAY = 300.0


def forum(day: int = 3) -> Event:
    return Event(id="baku-forum-2025", name="Baku China Business Forum", kind="forum",
                 date=Cited[dt.date](value=dt.date(2025, 6, day), source=SOURCE, quote=QUOTE),
                 organizers=Cited[tuple[str, ...]](value=("azpromo",), source=SOURCE, quote=QUOTE))


def open_store(path: Path, clock: FakeClock) -> Store:
    store = Store.open(path, seed_dir=ONE_REPORT_DIR)
    store.subscriptions.clock = clock
    return store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    s = open_store(tmp_path / "facts.sqlite3", clock)
    yield s
    s.close()


def released(store: Store, clock: FakeClock) -> list[tuple[int, int, str | None]]:
    """What the sender would send once the delay has passed: (change, chat, language)."""
    clock.advance(DELAY)
    store.subscriptions.release_due(DELAY)
    return [(d.change_id, d.chat_id, d.lang) for d in store.subscriptions.outbox()]


def test_subscribing_is_idempotent_and_keeps_only_the_chat_id_and_its_language(store: Store) -> None:
    """Ensure subscribing twice keeps one subscription (in the newest language), unsubscribing twice says
    it was gone, and the table holds nothing about anyone but the chat id and language code."""
    subs = store.subscriptions
    assert subs.subscribe(-100123, lang="ru") is True
    assert subs.subscribe(-100123, lang="az") is False
    assert subs.chats() == {-100123: "az"}
    assert subs.unsubscribe(-100123) is True
    assert subs.unsubscribe(-100123) is False
    assert subs.chats() == {}
    db = sqlite3.connect(store.path)
    assert [row[1] for row in db.execute("PRAGMA table_info(subscriptions)")] == ["chat_id", "lang"]
    db.close()


def test_a_change_to_an_event_is_released_after_the_delay_once_to_each_subscribed_chat(store, clock) -> None:
    """Ensure an added event queues one digest, nothing is due before the delay, and then each subscribed
    chat has exactly one delivery, gone once delivered."""
    subs = store.subscriptions
    subs.subscribe(1, lang="en")
    subs.subscribe(-2, lang="zh")
    change = store.add(forum(), actor="42")
    assert subs.queued() == [change.id]
    assert subs.release_due(DELAY) == 0 and subs.outbox() == []
    assert released(store, clock) == [(change.id, -2, "zh"), (change.id, 1, "en")]
    assert subs.release_due(DELAY) == 0  # released once
    subs.delivered(change.id, 1)
    subs.delivered(change.id, -2)
    assert subs.outbox() == [] and subs.queued() == []


def test_only_events_agreements_projects_and_statistics_added_or_changed_are_told(store, clock) -> None:
    """Ensure a change to an organization, a deletion, or any change while nobody is subscribed queues nothing."""
    store.add(forum(), actor="42")  # nobody subscribed yet
    store.subscriptions.subscribe(1, lang=None)
    azpromo = store.get("azpromo")
    assert isinstance(azpromo.record, Organization)
    store.edit(azpromo.record.model_copy(update={"aliases": ("Azpromo agency",)}), expected_version=azpromo.version,
               actor="42")
    store.delete("baku-forum-2025", actor="42")
    assert store.subscriptions.queued() == [] and released(store, clock) == []


def test_an_undo_before_the_digest_is_released_cancels_it_and_is_not_told_itself(store, clock) -> None:
    """Ensure undoing a change within the delay leaves nothing to send, while an undo after the digest went
    out is a change of its own (the event changed back)."""
    store.subscriptions.subscribe(1, lang="en")
    store.add(forum(), actor="42")
    store.undo(actor="42")
    assert store.subscriptions.queued() == [] and released(store, clock) == []

    added = store.add(forum(), actor="42")
    assert released(store, clock) == [(added.id, 1, "en")]
    store.subscriptions.delivered(added.id, 1)
    edit = store.edit(forum(day=4), expected_version=store.get("baku-forum-2025").version, actor="42")
    clock.advance(DELAY)
    undo = store.undo(actor="42")  # after the edit's digest was due (not yet released): still cancelled
    assert store.subscriptions.queued() == [] and released(store, clock) == []
    assert undo.undoes == edit.id


def test_subscriptions_and_pending_digests_survive_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    """Ensure a reopened store still has its subscribed chats, the digest still waiting for its delay and
    the deliveries not yet sent."""
    first = open_store(tmp_path / "facts.sqlite3", clock)
    first.subscriptions.subscribe(7, lang="ru")
    change = first.add(forum(), actor="42")
    first.close()
    again = open_store(tmp_path / "facts.sqlite3", clock)
    try:
        assert again.subscriptions.chats() == {7: "ru"} and again.subscriptions.queued() == [change.id]
        assert released(again, clock) == [(change.id, 7, "ru")]
    finally:
        again.close()
    last = open_store(tmp_path / "facts.sqlite3", clock)
    assert [d.chat_id for d in last.subscriptions.outbox()] == [7]
    last.close()


def test_unsubscribing_drops_the_chats_pending_digests(store, clock) -> None:
    store.subscriptions.subscribe(1, lang="en")
    store.subscriptions.subscribe(2, lang="en")
    change = store.add(forum(), actor="42")
    assert [chat for _, chat, _ in released(store, clock)] == [1, 2]
    store.subscriptions.unsubscribe(2)
    assert [(d.change_id, d.chat_id) for d in store.subscriptions.outbox()] == [(change.id, 1)]


def test_a_store_of_schema_2_gets_the_subscription_tables_on_open(tmp_path: Path, clock: FakeClock) -> None:
    """Ensure a store written before subscriptions existed is migrated: the tables made, the schema raised,
    its facts and history unchanged."""
    path = tmp_path / "old.sqlite3"
    Store.open(path, seed_dir=ONE_REPORT_DIR).close()
    db = sqlite3.connect(path)
    for table in ("deliveries", "digests", "subscriptions"):
        db.execute(f"DROP TABLE {table}")
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    store = open_store(path, clock)
    try:
        assert [c.action for c in store.history()] == ["seed"]
        assert store.subscriptions.subscribe(5, lang="az") is True
        change = store.add(forum(), actor="42")
        assert released(store, clock) == [(change.id, 5, "az")]
    finally:
        store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    db.close()


def test_a_store_this_process_cannot_write_refuses_subscriptions_with_the_reason(tmp_path: Path,
                                                                                monkeypatch) -> None:
    path = tmp_path / "facts.sqlite3"
    Store.open(path, seed_dir=ONE_REPORT_DIR).close()
    monkeypatch.setattr("os.access", lambda p, mode: mode != os.W_OK)  # the file as a user without write rights sees it
    store = Store.open(path, seed_dir=ONE_REPORT_DIR)
    try:
        assert store.read_only
        with pytest.raises(StoreUnavailable, match="read-only"):
            store.subscriptions.subscribe(1, lang="en")
    finally:
        store.close()


def test_the_digest_says_what_changed_in_the_chats_language_with_its_source(store, clock) -> None:
    """Ensure a new event is told as its profile ("New: …") and a changed date as the new date ("Changed: …"),
    each in the chat's language and ending with the source, as answers cite it; and that a digest waits
    until the fact base answering questions shows the change."""
    engine = Engine(store.base)
    store.on_change = engine.swap
    store.subscriptions.subscribe(1, lang="ru")
    added = store.subscriptions.change(store.add(forum(), actor="42").id)
    en = engine.digest(added.entries, lang="en")
    assert en.lines == ("New: The Baku China Business Forum was held on 3 June 2025. It was jointly organized by "
                        "the Export and Investment Promotion Agency of Azerbaijan (AZPROMO). "
                        "(Trend, Baku, 21 April 2025)",)
    assert "baku-forum-2025.summary" in en.facts and [s.id for s in en.sources] == [SOURCE]
    ru = engine.digest(added.entries, lang="ru")
    assert ru.lines[0].startswith("Новое: Baku China Business Forum: дата проведения — 3 июня 2025 г.")
    assert ru.lines[0].endswith("(Trend, Баку, 21 апреля 2025 г.)")

    stale = engine.base
    edited = store.subscriptions.change(store.edit(forum(day=4), expected_version=1, actor="42").id)
    assert engine.digest(edited.entries, lang="en").lines == (
        "Changed: The Baku China Business Forum was held on 4 June 2025. (Trend, Baku, 21 April 2025)",)
    assert store.subscriptions.shows(engine.base, edited) and not store.subscriptions.shows(stale, edited)
