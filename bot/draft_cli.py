"""`partnerbot facts draft FILE|URL [-o draft.yaml]`: an article's proposed records in the import format.

Nothing is changed: the draft is written for a person to check, then `facts validate`
and `facts import` it. Names the live fact base already holds are linked, not drafted.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from knowledge.drafting import DraftError, draft_document, draft_url
from knowledge.drafting.output import draft_yaml
from knowledge.store import Store

from .config import Settings

EXIT_OK, EXIT_USAGE = 0, 2


def draft(args: argparse.Namespace, settings: Settings) -> int:
    store = Store.open(settings.db_path, seed_dir=settings.seed_dir)
    try:
        base = store.base
        source: str = args.source
        try:
            if source.startswith(("http://", "https://")) or "://" in source:
                result = asyncio.run(draft_url(source, base, allow_private=settings.draft_allow_private_urls,
                                               max_bytes=settings.draft_max_bytes,
                                               timeout=settings.draft_timeout_seconds))
            else:
                data = sys.stdin.buffer.read() if source == "-" else _read(Path(source))
                if data is None:
                    return EXIT_USAGE
                result = draft_document(data, base, name=source, max_bytes=settings.draft_max_bytes)
        except DraftError as exc:
            print(f"partnerbot: {exc}", file=sys.stderr)
            return EXIT_USAGE
        text = draft_yaml(result, base)
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"partnerbot: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
        print(f"drafted {len(result.proposals)} record(s) from {source} to {args.output}"
              + (f" ({len(result.linked)} linked to records already in the fact base)" if result.linked else ""))
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    return EXIT_OK


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"partnerbot: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None
