"""A source has no name of its own: where the matcher compares the names of the things that fit a question,
a source among them is named by its publisher (a question naming two publishers, "Report.az and Xinhua give
different figures for the dry port near Ganja", once raised an AttributeError on an imported article)."""
from __future__ import annotations

from knowledge.engine import Engine
from knowledge.language.text import stem
from tests.one_report import engine_with
from pathlib import Path

FIXTURE = Path(__file__).parent / "data" / "one_company_twice.yaml"


def test_a_source_is_named_by_its_publisher():
    """Ensure a source's name words are its publisher's, as for any record's name, instead of an error."""
    engine: Engine = engine_with(FIXTURE)
    index = engine._responder.index
    source = next(s for s in index.base.sources() if s.publisher == "Test Daily")
    assert index.name_stems(source.id) == frozenset({stem("test"), stem("daily")})
