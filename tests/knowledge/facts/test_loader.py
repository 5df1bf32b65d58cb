"""The fact files: the shipped base loads, and broken files fail with precise messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import FactFileError
from knowledge.facts.loader import dump_document, load_document, load_paths, load_shipped

GOOD_SOURCE = """
sources:
  - id: src
    publisher: Trend
    published: 2025-04-21
"""


def errors_of(text: str | bytes, origin: str = "facts.yaml") -> list:
    with pytest.raises(FactFileError) as info:
        load_document(text, origin=origin)
    return info.value.errors


def test_shipped_facts_load_with_every_record_type():
    """Ensure the shipped base loads and holds each kind of record the report talks about."""
    base = load_shipped()
    types = {r.type for r in base}
    assert types == {"source", "organization", "person", "event", "agreement", "initiative", "project", "statistic",
                     "statement"}


def test_wrong_type_names_file_record_field_and_line():
    """Ensure a value of the wrong type is reported with file, record, field and line."""
    text = GOOD_SOURCE + """
organizations:
  - id: azpromo
    name: AZPROMO
    founded: {value: two thousand three, source: src, quote: q}
"""
    [err] = errors_of(text)
    assert err.file == "facts.yaml"
    assert "organizations[0] (azpromo)" == err.record
    assert err.field == "founded.value"
    assert err.line == 8
    assert "integer" in err.message
    assert "facts.yaml:8: organizations[0] (azpromo) field 'founded.value'" in str(err)


def test_unknown_field_is_rejected_by_name():
    """Ensure a misspelt field is an error naming the field, not silently ignored."""
    [err] = errors_of(GOOD_SOURCE + "people:\n  - id: wu\n    name: Wu\n    rolle: x\n")
    assert err.field == "rolle"
    assert err.record == "people[0] (wu)"


def test_duplicate_ids_are_rejected():
    """Ensure two records with one id are refused."""
    text = GOOD_SOURCE + "people:\n  - {id: wu, name: Wu}\n  - {id: wu, name: Wu Hongliang}\n"
    errs = errors_of(text)
    assert any("duplicate id 'wu'" in e.message for e in errs)


def test_reference_to_unknown_record_is_rejected():
    """Ensure a reference to a record that does not exist names the field and the id."""
    text = GOOD_SOURCE + """
people:
  - id: wu
    name: Wu Hongliang
    organization: {value: ndrc, source: src, quote: q}
"""
    [err] = errors_of(text)
    assert err.field == "organization"
    assert "unknown record 'ndrc'" in err.message


def test_reference_to_unknown_source_is_rejected():
    """Ensure every fact cites a source that exists."""
    text = GOOD_SOURCE + "organizations:\n  - id: a\n    name: A\n    founded: {value: 2003, source: nowhere, quote: q}\n"
    [err] = errors_of(text)
    assert err.field == "founded.source"
    assert "unknown source 'nowhere'" in err.message


def test_invalid_yaml_reports_the_line():
    """Ensure a YAML syntax error is reported with its line."""
    [err] = errors_of(GOOD_SOURCE + "people:\n  - id: wu\n    name: [unclosed\n")
    assert "invalid YAML" in err.message
    assert err.line is not None


def test_duplicate_keys_are_rejected():
    """Ensure a key given twice in one record is an error (YAML would keep the last silently)."""
    [err] = errors_of(GOOD_SOURCE + "people:\n  - id: wu\n    name: Wu\n    name: Wu Hongliang\n")
    assert "duplicate key 'name'" in err.message


def test_unknown_section_and_non_utf8_are_rejected():
    """Ensure a wrong top-level section and binary content are clear errors."""
    [err] = errors_of("persons:\n  - id: wu\n")
    assert "unknown section" in err.message
    [err] = errors_of(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in err.message


def test_all_errors_of_a_file_are_reported_at_once():
    """Ensure an admin sees every problem of a file, not only the first."""
    text = GOOD_SOURCE + "people:\n  - {id: a, name: A, rolle: x}\n  - {id: b, name: ''}\n"
    assert len(errors_of(text)) == 2


def test_dump_then_load_is_lossless():
    """Ensure the YAML export of the shipped base reads back as the same base."""
    base = load_shipped()
    again = load_document(dump_document(base), origin="export.yaml")
    assert again.records == base.records


def test_load_paths_names_the_broken_file(tmp_path: Path):
    """Ensure loading a folder names the file an error is in."""
    (tmp_path / "a.yaml").write_text(GOOD_SOURCE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("people:\n  - {id: x}\n", encoding="utf-8")
    with pytest.raises(FactFileError) as info:
        load_paths([tmp_path])
    assert info.value.errors[0].file.endswith("b.yaml")
    assert info.value.errors[0].field == "name"
