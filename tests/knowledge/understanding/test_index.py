"""The index build's shared work gives what making each piece afresh gives: the words the records state
(each distinct text read once) and what each record relates to (each referenced record's own links read
once), on a fictional fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.facts.atoms import related_ids
from knowledge.facts.factbase import FactBase
from knowledge.language.text import tokens
from knowledge.understanding.index import FactIndex, _cited_values
from tests.one_report import one_report_with

FIXTURE = Path(__file__).parent / "data" / "index_build.yaml"


@pytest.fixture(scope="module")
def base() -> FactBase:
    return one_report_with(FIXTURE)


def _stated_together(base: FactBase) -> set[str]:
    """The words of each record's values, quotes, places, titles and kinds, tokenised together per record."""
    words: set[str] = set()
    for rec in base:
        fields = rec.__dict__
        texts = [v for attr in ("place", "publisher", "title", "kind") if isinstance(v := fields.get(attr), str)]
        for cited in _cited_values(fields):
            for claim in cited.claims():
                texts.append(str(claim.value))
                texts += [c.quote for c in claim.citations() if c.quote]
        words.update(tokens("\n".join(texts)))
    return words


def test_the_stated_words_are_those_of_each_records_texts_said_together(base):
    """Ensure the index's stated words are the tokens of each record's texts said together: a possessive "s"
    dropped ("Brabant Test Holding's"), the first word of a record kept ("'s-Hertogenbosch", a source's place)."""
    index = FactIndex.build(base)
    assert index.stated_words == _stated_together(base)
    assert "s" in index.stated_words and "hertogenbosch" in index.stated_words


def test_a_possessive_s_alone_is_no_stated_word(tmp_path):
    """Ensure "s" is no stated word when only possessives say it (the fixture's source in another place)."""
    path = tmp_path / "index_build.yaml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace("'s-Hertogenbosch", "Eindhoven"), encoding="utf-8")
    base = one_report_with(path)
    index = FactIndex.build(base)
    assert index.stated_words == _stated_together(base)
    assert "s" not in index.stated_words


def test_related_ids_kept_once_are_those_made_afresh(base):
    """Ensure what each record relates to is the same with each referenced record's links kept once: the
    person's company's parent is among the person's."""
    further: dict[str, tuple[str, ...]] = {}
    for rec in base:
        assert related_ids(rec, base, further) == related_ids(rec, base)
    assert related_ids(base.get("test-anna-visser"), base, further) == {
        "test-anna-visser", "test-brabant-logistics", "test-brabant-holding"}
