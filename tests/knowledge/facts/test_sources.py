"""The shipped facts against their source: every quote verbatim, nothing the report does not say."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.facts.factbase import cited_fields
from knowledge.facts.loader import SOURCES_DIR, load_shipped
from knowledge.facts.models import Event, Source

SHARED_SOURCE = Path(__file__).resolve().parents[4] / "shared" / "sources" / "000_2e9cd265de9dd80a.txt"


def shipped_text(source_id: str) -> str:
    src = load_shipped().get(source_id)
    assert isinstance(src, Source) and src.file
    return (SOURCES_DIR / src.file).read_text(encoding="utf-8")


def all_cited():
    for rec in load_shipped():
        for path, cited in cited_fields(rec):
            yield f"{rec.id}.{path}", cited


@pytest.mark.parametrize("where,cited", list(all_cited()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_quote_is_verbatim_in_its_source(where, cited):
    """Ensure each fact's supporting sentence stands word for word in the source it cites."""
    assert cited.quote in shipped_text(cited.source), where


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="the shared source folder is not beside the checkout")
def test_shipped_copy_is_the_original_report():
    """Ensure the copy shipped with the package is the report itself, unchanged."""
    assert shipped_text("trend-2025-04-21") == SHARED_SOURCE.read_text(encoding="utf-8")


def test_values_stated_in_the_quote():
    """Ensure numbers and years are stated by the sentence cited for them (not guessed)."""
    for where, cited in all_cited():
        if isinstance(cited.value, int):
            assert str(cited.value) in cited.quote, where


def test_no_venue_or_invented_url():
    """Ensure the base asserts nothing the report does not say: no venue, no URL."""
    base = load_shipped()
    assert all(e.place is None for e in base if isinstance(e, Event))
    assert all(s.url is None for s in base.sources())
