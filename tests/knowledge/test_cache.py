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
