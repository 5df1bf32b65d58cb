"""Read fact files (YAML) into a FactBase, and write a FactBase back as YAML.

Errors name the file, the record and the field, with the line where known.
Nothing is half-loaded: any error fails the whole load.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..errors import FactError, FactFileError
from .evidence import check_evidence
from .factbase import AnyRecord, FactBase
from .models import SECTIONS, record_adapter

if TYPE_CHECKING:
    import yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data"  # the shipped facts, source texts and language files
FACTS_DIR = DATA_DIR / "facts"
SOURCES_DIR = DATA_DIR / "sources"
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


@lru_cache(maxsize=1)
def _loader() -> type:
    """A safe loader that rejects duplicate keys (YAML would silently keep the last): libyaml's parser
    where PyYAML was built with it (ten times faster), the pure-Python one otherwise. Made (and PyYAML
    imported) when a document is first read: a question answered from the store reads none."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    return _Loader


def _construct_mapping(loader: yaml.BaseLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    import yaml

    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


def _record_lines(root: yaml.Node | None) -> dict[tuple[str, int], int]:
    """(section, index) -> 1-based line of each record, from the YAML node tree."""
    import yaml

    lines: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key_node, value_node in root.value:
        if isinstance(value_node, yaml.SequenceNode):
            for i, item in enumerate(value_node.value):
                lines[(str(key_node.value), i)] = item.start_mark.line + 1
    return lines


def _bad_scalar_line(text: str) -> int | None:
    """The line of the first scalar that fails to construct (an impossible date, a huge integer), if found."""
    import yaml

    try:
        stack = [yaml.compose(text, Loader=_loader())]
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.tag.rsplit(":", 1)[-1] in ("int", "float", "timestamp"):
            try:
                yaml.load(node.value, Loader=_loader())
            except (ValueError, OverflowError):
                return node.start_mark.line + 1
    return None


def parse_records(text: str | bytes, *, origin: str) -> list[AnyRecord]:
    """Parse one YAML document into validated records, or raise FactFileError."""
    import yaml

    if isinstance(text, bytes):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise FactFileError([FactError(origin, "", "", f"file is larger than {MAX_DOCUMENT_BYTES} bytes")])
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FactFileError([FactError(origin, "", "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")])
    try:
        root = yaml.compose(text, Loader=_loader())
        data = yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise FactFileError([FactError(origin, "", "", f"invalid YAML: {problem}", line)]) from None
    except RecursionError:
        raise FactFileError([FactError(origin, "", "", "invalid YAML: nested too deeply")]) from None
    except (ValueError, OverflowError) as exc:  # a scalar YAML reads but Python cannot hold: 2025-02-30, 10**10000
        problem = "a number too long to hold" if "integer string conversion" in str(exc) else str(exc)
        raise FactFileError([FactError(origin, "", "", f"invalid value: {problem}", _bad_scalar_line(text))]) from None
    if data is None:
        return []
    if not isinstance(data, dict):
        raise FactFileError([FactError(origin, "", "", "expected a mapping with sections "
                                       + ", ".join(SECTIONS), 1)])
    lines = _record_lines(root)
    errors: list[FactError] = []
    records: list[AnyRecord] = []
    for section, items in data.items():
        if section not in SECTIONS:
            errors.append(FactError(origin, str(section), "", f"unknown section; expected one of {', '.join(SECTIONS)}"))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            errors.append(FactError(origin, str(section), "", "expected a list of records"))
            continue
        for i, item in enumerate(items):
            label = f"{section}[{i}]"
            line = lines.get((section, i))
            if not isinstance(item, dict):
                errors.append(FactError(origin, label, "", "expected a mapping of fields", line))
                continue
            rid = item.get("id")
            if isinstance(rid, str):
                label += f" ({rid})"
            declared = item.get("type")
            if declared is not None and declared != SECTIONS[section]:
                errors.append(FactError(origin, label, "type", f"'{declared}' does not belong in section {section}", line))
                continue
            try:
                records.append(record_adapter().validate_python({**item, "type": SECTIONS[section]}))
            except ValidationError as exc:
                for err in exc.errors():
                    loc = [str(p) for p in err["loc"][1:]]  # drop the discriminator tag
                    errors.append(FactError(origin, label, ".".join(loc), err["msg"], line))
    if errors:
        raise FactFileError(errors)
    return records


def load_document(text: str | bytes, *, origin: str) -> FactBase:
    """One self-contained YAML document (an import or an export) as a FactBase, its evidence checked."""
    base = FactBase.build(parse_records(text, origin=origin), origin=origin)
    bad = check_evidence(base.records, origin=origin)
    if bad:
        raise FactFileError(bad)
    return base


def load_paths(paths: list[Path], *, require_text: bool | None = None) -> FactBase:
    """All records of several files (or directories of *.yaml) as one FactBase. Quotes must come from
    stored texts when `require_text` (by default: when the files are the shipped ones)."""
    if require_text is None:
        require_text = all(Path(p).resolve() == FACTS_DIR.resolve() for p in paths)
    files: list[Path] = []
    for p in paths:
        files += sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")) if p.is_dir() else [p]
    records: list[AnyRecord] = []
    errors: list[FactError] = []
    for f in files:
        try:
            records += parse_records(f.read_bytes(), origin=str(f))
        except FactFileError as exc:
            errors += exc.errors
        except OSError as exc:
            errors.append(FactError(str(f), "", "", f"cannot read: {exc.strerror}"))
    if errors:
        raise FactFileError(errors)
    origin = str(files[0]) if len(files) == 1 else ", ".join(str(f) for f in files)
    base = FactBase.build(records, origin=origin)
    bad = check_evidence(base.records, origin=origin, require_text=require_text)
    if bad:
        raise FactFileError(bad)
    return base


def load_shipped() -> FactBase:
    """The fact base shipped in knowledge/facts/ (the seed of the live store)."""
    return load_paths([FACTS_DIR])


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        # a cited value reads best value first, then where it is stated
        keys = sorted(value, key=lambda k: k != "value") if "value" in value and "source" in value else value
        return {k: _plain(value[k]) for k in keys}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _dumper() -> type:
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    _Dumper.add_representer(dt.date, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))
    return _Dumper


def dump_document(base: FactBase) -> str:
    """The whole fact base as one YAML document that `load_document` reads back unchanged."""
    import yaml

    out: dict[str, list[dict]] = {}
    record_adapter()  # (every record model made at once, see models.record_adapter)
    for section, recs in base.by_section().items():
        if recs:
            out[section] = [_plain(r.model_dump(mode="python", exclude_defaults=True, exclude={"type"}))
                            for r in recs]
    return yaml.dump(out, Dumper=_dumper(), allow_unicode=True, sort_keys=False, width=100)
