"""The fact base of one report (the Trend report of 21 April 2025, as first shipped): what the matcher and
handler tests ask about, so that they do not change as the shipped reporting grows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_paths, parse_records

if TYPE_CHECKING:
    from knowledge.engine import Engine

ONE_REPORT_DIR = Path(__file__).resolve().parent / "knowledge" / "data" / "one_report"


def load_one_report() -> FactBase:
    return load_paths([ONE_REPORT_DIR])


def one_report_with(*paths: Path) -> FactBase:
    """The one report's facts beside those of (fictional) fixture files, as if an admin imported them."""
    records = list(load_one_report())
    for path in paths:
        records += parse_records(path.read_text(encoding="utf-8"), origin=str(path))
    return FactBase.build(records, origin="test")


def engine_with(*paths: Path) -> "Engine":
    """An engine over the one report and the fixture files, on a fixed day (2 December 2026)."""
    from knowledge.engine import Engine
    return Engine(one_report_with(*paths), today=lambda: dt.date(2026, 12, 2))
