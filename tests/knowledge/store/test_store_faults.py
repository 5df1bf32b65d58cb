"""The store when SQLite cannot write: the cause is named, nothing changes, and the store keeps serving."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import StoreUnavailable
from knowledge.store import Store
from tests.fixture_documents import big_document


def _big_document(n: int = 400) -> str:
    return big_document(n)


@pytest.fixture
def full_store(tmp_path: Path):
    """A store that cannot grow: SQLite's max_page_count at its current size gives the same SQLITE_FULL
    ("database or disk is full") a full disk gives, without needing a small file system."""
    store = Store.open(tmp_path / "facts.sqlite3")
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    yield store
    store.close()


def test_import_on_a_full_disk_ensures_database_or_disk_is_full_is_named_and_nothing_changed(full_store):
    """Ensure an import that fills the disk raises StoreUnavailable naming SQLite's error, and changes nothing."""
    before = full_store.export()
    with pytest.raises(StoreUnavailable) as caught:
        full_store.import_document(_big_document(), origin="big.yaml", actor="test")
    assert "database or disk is full" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert "cannot rollback" not in str(caught.value)
    assert full_store.export() == before
    assert full_store.history(limit=1)[0].action == "seed"


def test_store_after_a_full_disk_ensures_it_keeps_working(full_store):
    """Ensure the connection is usable after the failed write: reads answer, a small change lands once there is room."""
    with pytest.raises(StoreUnavailable):
        full_store.import_document(_big_document(), origin="big.yaml", actor="test")
    full_store._db.execute("PRAGMA max_page_count = 1073741823")  # room again
    result = full_store.import_document(_big_document(2), origin="small.yaml", actor="test")
    assert result.added == ("fixture-event-0", "fixture-event-1")
    assert "fixture-event-1" in full_store.base.records
