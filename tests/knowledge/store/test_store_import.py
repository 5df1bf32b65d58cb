"""Imports are validated whole: a broken document changes nothing and says precisely what is wrong."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.errors import FactFileError
from knowledge.facts.loader import load_document
from knowledge.store import Store

SRC = "trend-2025-04-21"
GOOD_EVENT = f"""\
events:
  - id: baku-forum-2025
    name: Baku China Business Forum
    kind: forum
    date:
      value: 2025-06-03
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: The forum took place on 3 June.
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: AZPROMO organized the forum.
"""


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "facts.sqlite3")
    yield s
    s.close()


BROKEN = {
    "bad YAML": ("events:\n  - id: x\n    name: [unclosed\n", dict(line=4, message="invalid YAML")),
    "wrong type": (GOOD_EVENT.replace("value: 2025-06-03", "value: next summer"),
                   dict(record="events[0] (baku-forum-2025)", field="date.value", line=2)),
    "duplicate id": (GOOD_EVENT + GOOD_EVENT.replace("events:\n", "").replace("Baku China", "Other"),
                     dict(record="event baku-forum-2025", field="id", line=13, message="duplicate id")),
    "unknown organization": (GOOD_EVENT.replace("[azpromo]", "[azpromo, no-such-org]"),
                             dict(record="event baku-forum-2025", field="organizers", line=2,
                                  message="unknown record 'no-such-org'")),
}


@pytest.mark.parametrize("replace", [False, True], ids=["merge", "replace"])
@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_import_is_refused_whole_with_record_field_and_line(store: Store, name: str, replace: bool) -> None:
    text, expected = BROKEN[name]
    before, history_before = store.export(), store.history()
    with pytest.raises(FactFileError) as err:
        store.import_document(text, origin="new.yaml", actor="42", replace=replace)
    assert any(all(str(value) in str(getattr(e, key)) for key, value in expected.items())
               for e in err.value.errors), err.value.errors
    assert all(e.file == "new.yaml" for e in err.value.errors)
    assert store.export() == before
    assert store.history() == history_before


def test_a_document_with_several_problems_reports_each(store: Store) -> None:
    text = GOOD_EVENT.replace("[azpromo]", "[ghost]") + """\
  - id: second
    name: Second
    kind: forum
    companies: {value: many, source: trend-2025-04-21, quote: "q"}
"""
    with pytest.raises(FactFileError) as err:
        store.import_document(text, origin="new.yaml", actor="42")
    assert {e.field for e in err.value.errors} == {"companies.value"}  # type errors stop before references
    fixed = text.replace("value: many", "value: 12")
    with pytest.raises(FactFileError) as err:
        store.import_document(fixed, origin="new.yaml", actor="42")
    assert [(e.record, e.field) for e in err.value.errors] == [("event baku-forum-2025", "organizers")]


def test_a_merge_import_adds_and_updates_and_keeps_the_rest(store: Store) -> None:
    exported, shipped = store.export(), len(store.base)
    changed = exported.replace("value: 2003", "value: 2004")
    result = store.import_document(changed, origin="x.yaml", actor="42")
    assert result.changed == ("azpromo",) and not result.added and len(result.unchanged) == len(store.base) - 1
    result = store.import_document(GOOD_EVENT, origin="y.yaml", actor="42")
    assert result.added == ("baku-forum-2025",) and not result.changed and not result.removed
    assert store.base.get("azpromo").founded.value == 2004 and len(store.base) == shipped + 1
    assert store.history()[0].summary == "imported y.yaml: 1 added"


def without_initiatives(exported: str) -> str:
    """The export without its initiatives section (the sections after it stay)."""
    head, _, rest = exported.partition("initiatives:\n")
    later = re.search(r"^[a-z]+:\n", rest, flags=re.M)
    return head + (rest[later.start():] if later else "")


def test_a_replace_import_removes_what_the_document_does_not_hold(store: Store) -> None:
    initiatives = [r.id for r in store.base.of_type("initiative")]
    result = store.import_document(without_initiatives(store.export()), origin="s.yaml", actor="42", replace=True)
    assert result.removed == tuple(initiatives) and len(result.unchanged) == len(store.base)
    assert store.base.get("made-in-azerbaijan") is None


def test_replacing_with_an_empty_document_is_refused(store: Store) -> None:
    before = store.export()
    with pytest.raises(FactFileError, match="no records"):
        store.import_document("# nothing\n", origin="empty.yaml", actor="42", replace=True)
    assert store.export() == before


def test_importing_an_unchanged_export_changes_nothing(store: Store) -> None:
    result = store.import_document(store.export(), origin="export.yaml", actor="42")
    assert result.change is None and len(result.unchanged) == len(store.base)


def test_export_then_import_into_a_fresh_store_is_lossless(store: Store, tmp_path: Path) -> None:
    store.import_document(GOOD_EVENT, origin="y.yaml", actor="42")
    exported = store.export()
    other = Store.open(tmp_path / "other.sqlite3")
    other.import_document(exported, origin="export.yaml", actor="cli", replace=True)
    assert other.export() == exported
    assert load_document(exported, origin="export.yaml").records == store.base.records
    other.close()


def test_undo_of_an_import_restores_the_previous_fact_base(store: Store) -> None:
    before = store.export()
    store.import_document(store.export().replace("value: 2003", "value: 2004"), origin="x.yaml", actor="42")
    store.import_document(GOOD_EVENT, origin="y.yaml", actor="42")
    store.undo(actor="42")
    store.undo(actor="42")
    assert store.export() == before


def test_undo_of_a_replace_import_brings_back_every_removed_record(store: Store) -> None:
    before = store.export()
    store.import_document(without_initiatives(before), origin="s.yaml", actor="42", replace=True)
    store.undo(actor="42")
    assert store.export() == before
