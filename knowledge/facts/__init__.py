"""The fact schema and the fact base: typed records (models.py), the validated base (factbase.py),
YAML in and out (loader.py, doc_lines.py, codec.py), and the atomic facts a record states (atoms.py)."""
