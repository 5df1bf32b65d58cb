"""A start-up cache: what is slow to build from shipped files (the lexicons, the shipped facts)
pickled once, under a key made of the bytes of everything it was built from.

The key hashes the input files and the source of the code that builds from them, so an
edited YAML file or stemmer yields a new key and the old entry is simply not found
(entries of other keys are left for other checkouts sharing the directory). The files
are written whole and renamed into place, so a reader never sees half of one. Any
failure (an unwritable or full directory, a corrupt or foreign entry) falls back to
building in memory: the cache only ever saves time.

The directory is $PARTNERBOT_CACHE_DIR, else $XDG_CACHE_HOME/partnerbot (~/.cache/partnerbot);
`configure` sets it from the settings (bot/runtime.py).
"""
from __future__ import annotations

import gc
import hashlib
import io
import logging
import operator
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
KEEP = 8  # entries kept per name (other checkouts' and older versions'); older ones are removed
_dir: Path | None = None
_enabled = True


def default_cache_dir() -> Path:
    """$PARTNERBOT_CACHE_DIR, else $XDG_CACHE_HOME/partnerbot, i.e. ~/.cache/partnerbot."""
    explicit = os.environ.get("PARTNERBOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "partnerbot"


def configure(directory: Path | None, *, enabled: bool = True) -> None:
    """Where entries go (None: the default); `enabled=False` builds everything in memory."""
    global _dir, _enabled
    _dir, _enabled = directory, enabled


def fingerprint(files: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and bytes, plus `extra` strings (versions), and of Python's version."""
    h = hashlib.blake2b(digest_size=16)
    h.update(sys.version.encode())
    for x in extra:
        h.update(x.encode() + b"\0")
    for path in files:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint(package: Path) -> str:
    """A hash of every Python file under `package` (the code that builds a cached value): of each one's
    path, size and modification time, as Python itself tells a stale .pyc (reading them all would cost
    more than some of what is cached)."""
    h = hashlib.blake2b(sys.version.encode(), digest_size=16)
    for path in sorted(package.rglob("*.py")):
        st = path.stat()
        h.update(f"{path.relative_to(package)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


class _Pickler(pickle.Pickler):
    """Pickles pydantic's parametrised generic models (`Cited[str]`, which pickle cannot find by name)
    as their subscription, and the objects of `shared` as references to be resolved when read."""

    def __init__(self, file: io.BytesIO, shared: Mapping[str, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._shared = {id(v): k for k, v in shared.items()}

    def persistent_id(self, obj: Any) -> str | None:
        return self._shared.get(id(obj))

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, type):
            generic = getattr(obj, "__pydantic_generic_metadata__", None)
            if generic and generic.get("origin") is not None:
                return operator.getitem, (generic["origin"], generic["args"])
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, Any]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: str) -> Any:
        return self._shared[pid]


def cached(name: str, key: str, build: Callable[[], T], *, shared: Mapping[str, Any] | None = None) -> T:
    """`build()`, or what an earlier `build()` under the same name and key returned.

    `shared` names objects the value refers to that are not to be stored with it (they are the same
    objects when it is read back: say, the lexicons an index refers to); they must be in it then too."""
    if not _enabled:
        return build()
    shared = shared or {}
    path = (_dir or default_cache_dir()) / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as f:
            data = f.read()
        enabled = gc.isenabled()
        gc.disable()  # (unpickling makes many objects at once: no collection pauses meanwhile)
        try:
            return _Unpickler(io.BytesIO(data), shared).load()
        finally:
            if enabled:
                gc.enable()
    except FileNotFoundError:
        pass
    except Exception as exc:  # corrupt, truncated, from other code: rebuild it
        log.info("start-up cache %s unreadable (%s); rebuilding it", path, exc)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            buffer = io.BytesIO()
            _Pickler(buffer, shared).dump(value)
            with os.fdopen(fd, "wb") as f:
                f.write(buffer.getbuffer())
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path.parent, name)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:  # read-only home, full disk ...: build each time
        log.info("start-up cache not written to %s: %s", path.parent, exc)
    return value


def _prune(directory: Path, name: str) -> None:
    """Remove all but the KEEP newest entries of `name` (each edit of the inputs makes a new one)."""
    try:
        entries = sorted(directory.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruning at the same time: either is fine
        pass
