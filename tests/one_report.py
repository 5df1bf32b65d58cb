"""The fact base of one report (the Trend report of 21 April 2025, as first shipped): what the matcher and
handler tests ask about, so that they do not change as the shipped reporting grows."""
from __future__ import annotations

from pathlib import Path

from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_paths, parse_records

ONE_REPORT_DIR = Path(__file__).resolve().parent / "knowledge" / "data" / "one_report"


def load_one_report() -> FactBase:
    return load_paths([ONE_REPORT_DIR])


def one_report_with(path: Path) -> FactBase:
    """The one report's facts beside those of a (fictional) fixture file, as if an admin imported it."""
    records = list(load_one_report()) + parse_records(path.read_text(encoding="utf-8"), origin=str(path))
    return FactBase.build(records, origin="test")
