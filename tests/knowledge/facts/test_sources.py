"""The shipped facts against their source: every quote verbatim, nothing the report does not say."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.facts.factbase import citations
from knowledge.facts.loader import SOURCES_DIR, load_shipped
from knowledge.facts.models import Event, Source

SHARED_SOURCE = Path(__file__).resolve().parents[4] / "shared" / "sources" / "000_2e9cd265de9dd80a.txt"


def shipped_text(source_id: str) -> str:
    src = load_shipped().get(source_id)
    assert isinstance(src, Source) and src.file
    return (SOURCES_DIR / src.file).read_text(encoding="utf-8")


def all_cited():
    """Every quoted citation of the shipped base (the others cite a locator: see test_evidence)."""
    for rec in load_shipped():
        for path, cited in citations(rec):
            if cited.quote is not None:
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
        if isinstance(getattr(cited, "value", None), int):
            assert str(cited.value) in cited.quote, where


def test_the_trend_report_states_no_venue_and_keeps_its_given_url():
    """Ensure nothing is cited to the shipped Trend report that it does not say (it names no venue),
    and that its URL is the one it was given at."""
    base = load_shipped()
    for e in base:
        if isinstance(e, Event) and e.place is not None:
            assert "trend-2025-04-21" not in {c.source for c in e.place.all_citations()}, e.id
    assert base.get("trend-2025-04-21").url == "https://en.trend.az/business/4033660.html"


def test_every_source_without_stored_text_has_a_url_and_every_citation_of_it_a_locator():
    """Ensure the reporting we only link to is cited by paragraph, never by a copied sentence."""
    base = load_shipped()
    linked = {s.id for s in base.sources() if not s.file and not s.text}
    assert all(base.get(s).url for s in linked)
    for rec in base:
        for path, c in citations(rec):
            if c.source in linked:
                assert c.quote is None and c.locator, f"{rec.id}.{path}"
