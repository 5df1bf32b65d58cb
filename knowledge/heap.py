"""Giving the memory a build freed back to the operating system.

A build at 100,000 records makes and drops tens of MiB of scaffolding (lists that become tuples, the
weighing tables, each name's keys) among the objects it keeps. The C allocator keeps what was freed
in the middle of its heap for later use, so the process stays as large as at the build's peak; glibc's
`malloc_trim` hands those pages back (about 20 MiB at 100,000 records). Elsewhere than on glibc it is
a no-op. (ctypes drops the interpreter lock for the call: other threads, the event loop, run meanwhile.)
"""
from __future__ import annotations

import sys

_trim = None  # glibc's malloc_trim, found at the first call (False: there is none)


def give_back() -> None:
    """Return the heap's free pages to the system, where the C library can (glibc)."""
    global _trim
    if _trim is None:
        _trim = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes
                _trim = ctypes.CDLL(None).malloc_trim
                _trim.argtypes, _trim.restype = [ctypes.c_size_t], ctypes.c_int
            except (OSError, AttributeError):
                _trim = False
    if _trim:
        _trim(0)
