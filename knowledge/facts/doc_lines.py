"""Where records stand in a YAML document, to put line numbers on errors found after parsing."""
from __future__ import annotations

from collections import Counter

from ..errors import FactError, FactFileError
from .factbase import AnyRecord
from .loader import MAX_DOCUMENT_BYTES


def record_lines(text: str | bytes) -> dict[str, list[int]]:
    """Record id -> the 1-based lines where records with that id start in a YAML document."""
    import yaml  # (when a document is read, not on import: see loader._loader)

    lines: dict[str, list[int]] = {}
    if len(text) > MAX_DOCUMENT_BYTES:  # refused for its size: parsing it only to number lines would take long
        return lines
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: the same marks, faster
    except (yaml.YAMLError, RecursionError, ValueError):
        return lines
    if not isinstance(root, yaml.MappingNode):
        return lines
    for _, section in root.value:
        if not isinstance(section, yaml.SequenceNode):
            continue
        for item in section.value:
            if isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    if key.value == "id" and isinstance(value, yaml.ScalarNode):
                        lines.setdefault(value.value, []).append(item.start_mark.line + 1)
    return lines


def duplicate_errors(records: list[AnyRecord], text: str | bytes, *, origin: str) -> list[FactError]:
    """One error per repeated record id in a document, at the line of each repetition."""
    dupes = [rid for rid, n in Counter(r.id for r in records).items() if n > 1]
    if not dupes:
        return []
    lines = record_lines(text)
    errors = []
    for rid in dupes:
        kind = next(r.type for r in records if r.id == rid)
        for line in lines.get(rid, [None])[1:] or [None]:
            errors.append(FactError(origin, f"{kind} {rid}", "id", f"duplicate id '{rid}'", line))
    return errors


def with_lines(exc: FactFileError, text: str | bytes) -> FactFileError:
    """The same errors with the line of the record each is about, where the document has it."""
    lines = record_lines(text)
    out = []
    for e in exc.errors:
        found = lines.get(e.record.split(" ", 1)[-1]) or [None]
        line = e.line or (found[-1] if e.message.startswith("duplicate id") else found[0])
        out.append(FactError(e.file, e.record, e.field, e.message, line))
    return FactFileError(out)
