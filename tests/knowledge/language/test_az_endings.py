"""Text folding for questions in other languages."""
from __future__ import annotations

import pytest

from knowledge.language.text import az_endings_off


@pytest.mark.parametrize("text, bare", [
    ("SJAG-ın payı", "SJAG payı"),
    ("Zhejiang-a səfər", "Zhejiang səfər"),
    ("AZPROMO'nun rəhbəri", "AZPROMO rəhbəri"),
    ("2025-ci ildə", "2025-ci ildə"),
    ("Kür-Araz", "Kür-Araz"),
])
def test_azerbaijani_endings_written_apart(text, bare):
    """Ensure an ending after an apostrophe or hyphen comes off a name, and an ordinal's after a number stays."""
    assert az_endings_off(text) == bare
