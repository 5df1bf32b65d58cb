"""The start-up cache (knowledge/cache.py): built once, read after, rebuilt when its inputs change, never in the way."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge import cache
from knowledge.language import lexicon


@pytest.fixture
def cache_dir(tmp_path: Path):
    cache.configure(tmp_path / "cache")
    yield tmp_path / "cache"
    cache.configure(None)


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_a_value_is_built_once_and_then_read_ensures_later_starts_skip_the_build(cache_dir):
    """Ensure the second start reads what the first built, under the same key."""
    build, calls = _counting({"words": frozenset({"a", "b"})})
    assert cache.cached("thing", "k1", build) == {"words": frozenset({"a", "b"})}
    assert cache.cached("thing", "k1", build) == {"words": frozenset({"a", "b"})}
    assert len(calls) == 1 and (cache_dir / "thing-k1.pickle").exists()


def test_changed_inputs_make_a_new_key_ensures_an_edited_file_is_rebuilt(cache_dir, tmp_path):
    """Ensure the key follows the bytes of the inputs, so an edit is never served stale."""
    f = tmp_path / "lang.yaml"
    f.write_text("a: 1\n")
    first = cache.fingerprint([f], "v1")
    f.write_text("a: 2\n")
    assert cache.fingerprint([f], "v1") != first
    assert cache.fingerprint([f], "v2") != cache.fingerprint([f], "v1")


def test_an_unwritable_or_corrupt_cache_ensures_the_value_is_built_anyway(tmp_path):
    """Ensure a cache that cannot be written, or holds garbage, only costs the build."""
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    cache.configure(blocked / "cache")  # a directory below a plain file: cannot be created
    try:
        build, calls = _counting([1, 2, 3])
        assert cache.cached("thing", "k", build) == [1, 2, 3]
        assert cache.cached("thing", "k", build) == [1, 2, 3] and len(calls) == 2
        cache.configure(tmp_path / "ok")
        (tmp_path / "ok").mkdir()
        (tmp_path / "ok" / "thing-k.pickle").write_bytes(b"not a pickle")
        assert cache.cached("thing", "k", build) == [1, 2, 3] and len(calls) == 3
        assert cache.cached("thing", "k", build) == [1, 2, 3] and len(calls) == 3  # rewritten whole
    finally:
        cache.configure(None)


def test_old_entries_are_pruned_ensures_the_directory_does_not_grow_without_end(cache_dir):
    """Ensure only the KEEP newest entries of a name stay."""
    for i in range(cache.KEEP + 3):
        cache.cached("thing", f"k{i}", lambda: i)
        os.utime(cache_dir / f"thing-k{i}.pickle", (1000 + i, 1000 + i))
    left = sorted(p.name for p in cache_dir.glob("thing-*.pickle"))
    assert len(left) == cache.KEEP and "thing-k0.pickle" not in left


def test_the_cached_lexicons_equal_freshly_built_ones_ensures_the_same_answers(cache_dir):
    """Ensure the lexicons read back from the cache are the ones the language files make."""
    lexicon.languages.cache_clear()
    try:
        built = lexicon.languages()      # built and written
        lexicon.languages.cache_clear()
        read = lexicon.languages()       # read back
        assert read is not built and read.lexicons == built.lexicons
        assert read.stopwords == built.stopwords and read.vocabulary == built.vocabulary
        assert read.typo.correct("fonded", frozenset({"en"})) == built.typo.correct("fonded", frozenset({"en"}))
    finally:
        lexicon.languages.cache_clear()


def _open(path: Path):
    from knowledge.engine import Engine
    from knowledge.store import Store

    store = Store.open(path)
    return store, Engine(store.base, cache_size=0, cache_key=store.digest)


def test_a_store_opened_again_ensures_its_facts_and_index_are_read_back_and_answer_the_same(cache_dir, tmp_path):
    """Ensure the second start of a store reads its facts and their index from the cache (no
    validation, no build) and answers every question as the first start did."""
    db = tmp_path / "data" / "facts.db"
    _open(db)[0].close()  # seeded: the facts as the seed's commit left them
    first, engine = _open(db)  # read from the store, indexed, both written to the cache
    first.close()
    written = {p.name: p.stat().st_mtime_ns for p in cache_dir.glob("*.pickle")}
    assert {name.split("-")[0] for name in written} >= {"facts", "index"}
    second, again = _open(db)  # read back
    try:
        assert second.digest is not None and second.digest == first.digest
        assert {p.name: p.stat().st_mtime_ns for p in cache_dir.glob("*.pickle")} == written
        assert again.base.records == engine.base.records and again.base is second.base
        for q in ("When was AZPROMO founded?", "Who organized the conference?", "When was AZPROMO fouded?"):
            a, b = engine.ask(q), again.ask(q)
            assert (b.kind, b.facts, b.text) == (a.kind, a.facts, a.text)
    finally:
        second.close()


def test_facts_changed_since_ensures_the_cache_never_answers_with_the_old_ones(cache_dir, tmp_path):
    """Ensure a store whose facts changed after the cache was written is read from the new facts."""
    db = tmp_path / "data" / "facts.db"
    store, _ = _open(db)
    before = store.digest
    rec = store.get("azpromo")
    store.edit(rec.record.model_copy(update={"acronym": "AZPRO"}), expected_version=rec.version, actor="test")
    assert store.digest is None  # changed: nothing built from it is kept under the old key
    store.close()
    reopened, engine = _open(db)
    try:
        assert reopened.digest not in (None, before)
        assert reopened.base.get("azpromo").acronym == "AZPRO"
        assert "azpromo" in {f.split(".")[0] for f in engine.ask("When was AZPRO founded?").facts}
    finally:
        reopened.close()


def test_parametrised_fact_models_ensures_cited_values_are_stored_and_read_back(cache_dir):
    """Ensure a record with cited values of every generic kind (Cited[str], Cited[int], ...) survives
    the cache, so the fact base can be cached at all."""
    from knowledge.facts.loader import load_shipped

    base = load_shipped()
    assert cache.cached("facts", "k", lambda: base) is base
    read = cache.cached("facts", "k", lambda: None)
    assert read is not base and read.records == base.records
