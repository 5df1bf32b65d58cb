"""The live fact base in SQLite: records and their versions (core.py), changes and their history
(changes.py, audit.py), admin grants (grants.py) and the question log (question_log.py)."""
from .core import PAUSE_IMPORT_ENV, ImportResult, Store, StoredRecord

__all__ = ["PAUSE_IMPORT_ENV", "ImportResult", "Store", "StoredRecord"]
