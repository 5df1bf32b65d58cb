"""Records as JSON text: how the store keeps them, one canonical spelling per record.

The same record always encodes to the same text, so comparing two encodings
tells whether a record changed.
"""
from __future__ import annotations

import json
from typing import Any

from .factbase import AnyRecord
from .models import record_adapter


def record_to_data(record: AnyRecord) -> dict[str, Any]:
    """The record as plain JSON data, defaults left out, `type` always present."""
    record_adapter()  # (every record model made at once, not each by itself at its first dump)
    return {"type": record.type, **record.model_dump(mode="json", exclude_defaults=True, exclude={"type"})}


def record_to_json(record: AnyRecord) -> str:
    return json.dumps(record_to_data(record), ensure_ascii=False, separators=(",", ":"))


def record_from_data(data: dict[str, Any]) -> AnyRecord:
    return record_adapter().validate_python(data)


def record_from_json(text: str) -> AnyRecord:
    return record_from_data(json.loads(text))
