"""Evidence that can be trusted: quotes verbatim in their source's stored text, locators with a URL,
checked by validate, by import and by `facts validate FILE` against the live store."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from knowledge.errors import FactFileError, ImportRefused
from knowledge.facts.loader import FACTS_DIR, load_document, load_paths
from knowledge.store import Store

from tests.one_report import ONE_REPORT_DIR

TREND = ONE_REPORT_DIR / "trend-2025-04-21.yaml"  # the report's own file: every value quoted
REAL = "AZPROMO was founded in 2003 by the Ministry of Economy of Azerbaijan"


def test_the_shipped_quotes_are_verbatim_and_every_other_citation_has_a_locator_and_url():
    """Ensure the shipped base passes the evidence check (load_paths refuses it otherwise)."""
    base = load_paths([FACTS_DIR])
    assert base.get("trend-2025-04-21").url == "https://en.trend.az/business/4033660.html"


def test_an_altered_quote_is_refused_by_validate_naming_record_field_and_source(tmp_path: Path):
    """Ensure one changed figure in a quote makes the file invalid, and the error says where."""
    text = TREND.read_text(encoding="utf-8")
    assert REAL in text
    bad = tmp_path / "trend.yaml"
    bad.write_text(text.replace(REAL, REAL.replace("2003", "2002"), 1), encoding="utf-8")
    with pytest.raises(FactFileError) as info:
        load_paths([bad])
    errs = [e for e in info.value.errors if "not verbatim" in e.message]
    assert errs and all("trend-2025-04-21" in e.message for e in errs)
    assert [(e.record, e.field) for e in errs] == [("organization azpromo", "country.quote")]


def test_an_altered_quote_is_refused_by_import_and_nothing_changes(tmp_path: Path):
    """Ensure a merge import with a fabricated quote is refused whole, naming the record and field."""
    store = Store.open(tmp_path / "s.sqlite3")
    try:
        before = store.export()
        doc = ("organizations:\n  - id: azpromo\n    name: AZPROMO\n"
               "    founded: {value: 2002, source: trend-2025-04-21, quote: \"AZPROMO was founded in 2002.\"}\n")
        with pytest.raises(ImportRefused) as info:
            store.import_document(doc, origin="bad.yaml", actor="42")
        [err] = info.value.errors
        assert (err.record, err.field, err.line) == ("organization azpromo", "founded.quote", 2)
        assert "not verbatim" in err.message and "trend-2025-04-21" in err.message
        assert store.export() == before
    finally:
        store.close()


WIRE = """
sources:
  - id: wire
    publisher: Test Wire (fictional fixture)
    published: 2025-05-01
organizations:
  - id: a
    name: A
"""


def test_a_citation_of_a_source_without_text_needs_a_url_for_its_locator():
    """Ensure a locator into an article neither stored nor linked is refused, and one with a URL is not."""
    doc = WIRE + "    country: {value: China, source: wire, locator: paragraph 2}\n"
    with pytest.raises(FactFileError) as info:
        load_document(doc, origin="x.yaml")
    assert "url" in {e.field: e.message for e in info.value.errors}["country.locator"].lower()
    ok = doc.replace("published: 2025-05-01", "published: 2025-05-01\n    url: https://example.org/w")
    assert load_document(ok, origin="x.yaml").get("a").country.locator == "paragraph 2"


QUOTED_WITHOUT_TEXT = WIRE + '    founded: {value: 2003, source: wire, quote: "A was founded in 2003."}\n'


def test_a_file_of_the_first_format_quoting_an_article_without_its_text_imports(tmp_path: Path):
    """Ensure an admin's file that quotes an article it does not carry (the first format) still imports."""
    assert load_document(QUOTED_WITHOUT_TEXT, origin="x.yaml").get("a").founded.value == 2003


def test_the_shipped_base_may_quote_only_texts_it_ships(tmp_path: Path):
    """Ensure the shipped base's rule holds: a quote of a source whose text is not shipped is refused."""
    path = tmp_path / "facts.yaml"
    path.write_text(QUOTED_WITHOUT_TEXT, encoding="utf-8")
    with pytest.raises(FactFileError) as info:
        load_paths([path], require_text=True)
    assert "no stored text" in {e.field: e.message for e in info.value.errors}["founded.quote"]


def test_an_article_imported_with_its_text_may_be_quoted_verbatim(tmp_path: Path):
    """Ensure a source that carries its own text (an article an admin imports) is quoted and checked."""
    doc = """
sources:
  - id: wire
    publisher: Test Wire (fictional fixture)
    published: 2025-05-01
    text: "AZPROMO opened an office in Shanghai.   It employs five people."
organizations:
  - id: azpromo
    name: Export and Investment Promotion Agency of Azerbaijan
    acronym: AZPROMO
    based_in: {value: Shanghai, source: wire, quote: "AZPROMO opened an office in Shanghai. It employs"}
"""
    store = Store.open(tmp_path / "s.sqlite3")
    try:
        store.import_document(doc, origin="a.yaml", actor="42")
        assert store.base.get("azpromo").based_in.value == "Shanghai"
        with pytest.raises(ImportRefused):
            store.import_document(doc.replace("It employs\"", "It employs six\""), origin="b.yaml", actor="42")
    finally:
        store.close()


def test_validate_file_checks_it_against_the_live_store(tmp_path: Path, monkeypatch, capsys):
    """Ensure `facts validate FILE` accepts a new article's file that refers to azpromo (as import does),
    and refuses one that refers to an unknown record."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    new = tmp_path / "new.yaml"
    new.write_text("""
sources:
  - id: wire
    publisher: Test Wire (fictional fixture)
    published: 2025-05-01
    url: https://example.org/w
events:
  - id: test-forum
    name: Test Forum
    kind: forum
    organizers: {value: [azpromo], source: wire, locator: paragraph 2}
""", encoding="utf-8")
    assert main(["facts", "validate", str(new)]) == 0
    assert "fit the live fact base" in capsys.readouterr().out
    new.write_text(new.read_text().replace("[azpromo]", "[ghost]"), encoding="utf-8")
    assert main(["facts", "validate", str(new)]) == 3
    assert "refers to unknown record 'ghost'" in capsys.readouterr().err
