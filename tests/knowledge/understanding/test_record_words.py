"""The names said inside a record's own name are found through each name's rarest word alone (as walking every
name under every word finds them), and the tables of the whole base (statistics by the record their name names,
the regions) are made by the build, so that no question walks the whole base on the event loop after a swap
(a fictional fixture)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.language.text import stem, tokens
from knowledge.understanding.index import FactIndex
from knowledge.understanding.kinds import _plain_names
from knowledge.understanding.record_words import ABOUT_NAMES, MAX_WITHIN, _is_acronym
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "record_words.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.fixture(scope="module")
def index(engine) -> FactIndex:
    return engine._responder.index


def _named_within_by_every_word(index: FactIndex, rid: str) -> frozenset[str]:
    """named_within's definition: every alias under every word of the record's name (words of at most
    MAX_WITHIN names) that the name says whole."""
    rec = index.base.get(rid)
    rtype = getattr(rec, "type", None)
    stems = {stem(t) for text in (_plain_names(rec) if rtype in ABOUT_NAMES else ()) for t in tokens(text)}
    types = ABOUT_NAMES.get(rtype)
    out = set()
    for s in stems:
        every = index.all_postings.get(s, ())
        for ai in every if len(every) <= MAX_WITHIN else ():
            alias = index.aliases[ai]
            named = index.base.get(alias.entity)
            if (alias.entity != rid and alias.cap >= 1.0 and (len(alias.words) > 1 or alias.length == 1
                    and (types is not None or _is_acronym(alias, named))) and alias.within(stems)
                    and (types is None or getattr(named, "type", None) in types)):
                out.add(alias.entity)
    return frozenset(out)


def test_names_within_a_name_are_those_every_word_finds(index):
    """Ensure each record's names within its name, looked up by their rarest words, are those found by walking
    every name under every word: the ceremony's name names the plant."""
    for rec in index.base:
        assert index.named_within(rec.id) == _named_within_by_every_word(index, rec.id), rec.id
    assert index.named_within("test-velmora-groundbreaking") == {"test-velmora-plant"}


def test_the_build_makes_the_whole_bases_tables(index):
    """Ensure the build has made the statistics by the record they name and the regions (no question needs to walk
    the whole base for them), the same as made afresh."""
    assert index._statistics_naming is not None and index._region_words is not None
    assert index._statistics_naming == index._statistics_by_owner()
    assert index.statistics_naming("test-velmora") == ("test-vhpw-employees",)
    assert index._region_words == index._regions()
    assert {"orenburg", "oblast"} <= index.region_words()


@pytest.mark.parametrize(("question", "fact"), [
    ("How many people does VHPW employ?", "test-vhpw-employees.value"),
    ("How many employees does Velmora Heat Pump Works have?", "test-vhpw-employees.value"),
    ("When was the groundbreaking ceremony for the Velmora heat pump plant held?", "test-velmora-groundbreaking.date"),
])
def test_a_name_inside_a_name_answers(engine, question, fact):
    """Ensure the statistic named after the company answers for the company, and the ceremony named after the
    plant answers its date."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
