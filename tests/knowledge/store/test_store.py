"""The SQLite store keeps the live fact base: seeded from the shipped YAML, changed only whole, undoable."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from knowledge.errors import ChangedMeanwhile, FactFileError, NothingToUndo, RecordExists, RecordInUse, RecordNotFound
from knowledge.facts.loader import FACTS_DIR, dump_document, load_shipped
from knowledge.facts.models import Cited, Event, Organization
from knowledge.store import Store

SOURCE = "trend-2025-04-21"
QUOTE = "The China-Azerbaijan Industrial and Investment Cooperation Promotion Conference was held on April 17"


def new_event(record_id: str = "baku-forum-2025", *, organizer: str = "azpromo", **extra) -> Event:
    return Event(id=record_id, name="Baku China Business Forum", kind="forum",
                 date=Cited[dt.date](value=dt.date(2025, 6, 3), source=SOURCE, quote=QUOTE),
                 organizers=Cited[tuple[str, ...]](value=(organizer,), source=SOURCE, quote=QUOTE), **extra)


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "facts.sqlite3")
    yield s
    s.close()


def test_a_new_store_holds_exactly_the_shipped_facts(store: Store) -> None:
    assert store.export() == dump_document(load_shipped())


def test_changes_survive_reopening_the_store(tmp_path: Path) -> None:
    first = Store.open(tmp_path / "facts.sqlite3")
    first.add(new_event(), actor="42")
    first.close()
    again = Store.open(tmp_path / "facts.sqlite3")
    assert again.get("baku-forum-2025").record == new_event()
    again.close()


def test_an_untouched_store_follows_a_newer_shipped_seed(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    shutil.copytree(FACTS_DIR, seed)
    Store.open(tmp_path / "db", seed_dir=seed).close()
    f = seed / "trend-2025-04-21.yaml"
    f.write_text(f.read_text().replace("value: 2003", "value: 2004"))
    s = Store.open(tmp_path / "db", seed_dir=seed)
    assert s.base.get("azpromo").founded.value == 2004
    s.close()


def test_a_store_changed_by_people_is_not_overwritten_by_a_newer_seed(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    shutil.copytree(FACTS_DIR, seed)
    s = Store.open(tmp_path / "db", seed_dir=seed)
    s.add(new_event(), actor="42")
    s.close()
    f = next(seed.glob("*.yaml"))
    f.write_text(f.read_text().replace("value: 2003", "value: 2004"))
    s = Store.open(tmp_path / "db", seed_dir=seed)
    assert s.base.get("azpromo").founded.value == 2003
    assert s.get("baku-forum-2025")
    s.close()


def test_an_added_record_is_handed_to_on_change_at_once(store: Store) -> None:
    seen = []
    store.on_change = seen.append
    change = store.add(new_event(), actor="42")
    assert seen and seen[-1].get("baku-forum-2025") == new_event()
    assert change.actor == "42" and change.action == "add"
    assert store.get("baku-forum-2025").version == 1


def test_adding_a_taken_id_is_refused(store: Store) -> None:
    with pytest.raises(RecordExists):
        store.add(new_event("china-az-investment-conference-2025"), actor="42")


def test_adding_a_record_with_an_unknown_reference_changes_nothing(store: Store) -> None:
    before = store.export()
    with pytest.raises(FactFileError) as err:
        store.add(new_event(organizer="no-such-org"), actor="42")
    assert any(e.field == "organizers" and "no-such-org" in e.message for e in err.value.errors)
    assert store.export() == before
    assert len(store.history()) == 1  # just the seed


def test_an_edit_with_the_current_version_lands_and_bumps_the_version(store: Store) -> None:
    current = store.get("azpromo")
    edited = current.record.model_copy(update={"acronym": "AZPROMO-X"})
    change = store.edit(edited, expected_version=current.version, actor="42")
    assert change is not None and change.entries[0].changed_fields() == ["acronym"]
    assert store.get("azpromo").version == current.version + 1
    assert store.base.get("azpromo").acronym == "AZPROMO-X"


def test_an_edit_based_on_an_old_version_is_refused_as_changed_meanwhile(store: Store) -> None:
    current = store.get("azpromo")
    store.edit(current.record.model_copy(update={"acronym": "A1"}), expected_version=current.version, actor="1")
    with pytest.raises(ChangedMeanwhile):
        store.edit(current.record.model_copy(update={"acronym": "A2"}), expected_version=current.version, actor="2")
    assert store.base.get("azpromo").acronym == "A1"


def test_an_edit_that_changes_nothing_records_no_change(store: Store) -> None:
    current = store.get("ndrc")
    assert store.edit(current.record, expected_version=current.version, actor="42") is None
    assert len(store.history()) == 1


def test_editing_or_deleting_a_missing_record_says_so(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.edit(new_event("nope"), expected_version=1, actor="42")
    with pytest.raises(RecordNotFound):
        store.delete("nope", actor="42")


def test_deleting_a_record_others_refer_to_is_refused_with_the_referrers(store: Store) -> None:
    before = store.export()
    with pytest.raises(RecordInUse) as err:
        store.delete("azpromo", actor="42")
    assert "yusif-abdullayev" in err.value.referrers
    assert store.export() == before


def test_deleting_an_unreferenced_record_removes_it(store: Store) -> None:
    store.add(new_event(), actor="42")
    store.delete("baku-forum-2025", actor="42")
    assert store.base.get("baku-forum-2025") is None


def test_history_tells_who_changed_what_and_when_with_before_and_after(store: Store) -> None:
    current = store.get("azpromo")
    store.edit(current.record.model_copy(update={"acronym": "AZP"}), expected_version=current.version, actor="42")
    latest = store.history("azpromo")[0]
    assert latest.actor == "42" and latest.action == "edit"
    assert latest.at.tzinfo is not None
    (entry,) = latest.entries
    assert entry.before == current.record and entry.after.acronym == "AZP"


def test_undo_restores_the_fact_base_byte_for_byte_after_add_edit_and_delete(store: Store) -> None:
    states = [store.export()]
    store.add(new_event(), actor="42")
    states.append(store.export())
    cur = store.get("baku-forum-2025")
    store.edit(cur.record.model_copy(update={"kind": "conference"}), expected_version=cur.version, actor="42")
    states.append(store.export())
    store.delete("baku-forum-2025", actor="42")
    for expected in reversed(states):
        store.undo(actor="42")
        assert store.export() == expected
    with pytest.raises(NothingToUndo):
        store.undo(actor="42")


def test_undo_of_a_deletion_puts_the_record_back_in_its_place(store: Store) -> None:
    before = store.export()
    store.delete("made-in-azerbaijan", actor="42")
    store.undo(actor="42")
    assert store.export() == before


def test_an_undo_is_itself_recorded_and_marks_what_it_undid(store: Store) -> None:
    added = store.add(new_event(), actor="42")
    undo = store.undo(actor="cli")
    history = store.history()
    assert history[0].id == undo.id and history[0].undoes == added.id and history[0].actor == "cli"
    assert history[1].id == added.id and history[1].undone_by == undo.id


def test_the_seed_cannot_be_undone(store: Store) -> None:
    with pytest.raises(NothingToUndo):
        store.undo(actor="42")
    assert store.export() == dump_document(load_shipped())


def test_a_change_made_through_another_connection_reaches_sync(tmp_path: Path) -> None:
    bot = Store.open(tmp_path / "db")
    seen = []
    bot.on_change = seen.append
    cli = Store.open(tmp_path / "db")
    cli.add(new_event(), actor="cli")
    assert bot.sync() is True
    assert seen[-1].get("baku-forum-2025") == new_event()
    assert bot.get("baku-forum-2025").version == 1
    assert bot.sync() is False
    bot.close()
    cli.close()


def test_an_edit_through_a_stale_connection_is_refused(tmp_path: Path) -> None:
    one, two = Store.open(tmp_path / "db"), Store.open(tmp_path / "db")
    v = one.get("ndrc").version
    assert two.get("ndrc").version == v
    one.edit(one.get("ndrc").record.model_copy(update={"kind": "agency"}), expected_version=v, actor="1")
    with pytest.raises(ChangedMeanwhile):
        two.edit(two.get("ndrc").record.model_copy(update={"kind": "office"}), expected_version=v, actor="2")
    assert two.base.get("ndrc").kind == "agency"
    one.close()
    two.close()


def test_organizations_added_later_can_be_referred_to(store: Store) -> None:
    store.add(Organization(id="cnpc", name="China National Petroleum Corporation"), actor="42")
    store.add(new_event(organizer="cnpc"), actor="42")
    assert store.base.referrers("cnpc") == ["baku-forum-2025"]


def test_a_store_of_the_first_schema_is_migrated_on_open_and_the_migration_is_in_the_history(tmp_path: Path) -> None:
    """Ensure a store written before the new schema (`approximate: true`) is rewritten in the new format on
    open, recorded in the history by "migration", and still follows newer shipped seeds."""
    import json
    import sqlite3

    path = tmp_path / "old.sqlite3"
    Store.open(path).close()
    db = sqlite3.connect(path)
    row = db.execute("SELECT data FROM records WHERE id = 'china-az-investment-conference-2025'").fetchone()
    data = json.loads(row[0])
    data["companies"].pop("qualifier")
    data["companies"]["approximate"] = True
    db.execute("UPDATE records SET data = ? WHERE id = 'china-az-investment-conference-2025'", (json.dumps(data),))
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    store = Store.open(path)
    try:
        [change] = [c for c in store.history() if c.action == "migrate"]
        assert change.actor == "migration" and [e.record_id for e in change.entries] == ["china-az-investment-conference-2025"]
        assert '"qualifier":"nearly"' in change.entries[0].after_json and "approximate" in change.entries[0].before_json
        assert store.base.get("china-az-investment-conference-2025").companies.qualifier == "nearly"
        assert store.latest_undoable() is None
    finally:
        store.close()
    db = sqlite3.connect(path)
    from knowledge.store.records import SCHEMA_VERSION
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
