"""'Did you mean' callback data: fits 64 bytes, round-trips, rejects forgeries, needs no memory of the process."""
from __future__ import annotations

import pytest

from handlers.admin import data as admin_data
from handlers.suggestions import decode, encode

FACT_IDS = ["azpromo.founded", "china-az-investment-conference-2025.organizers", "x" * 200,
            "weird id with spaces/and \u00fcnicode"]


@pytest.mark.parametrize("fact_id", FACT_IDS)
def test_callback_data_round_trips_within_64_bytes_ensures_telegram_accepts_every_button(fact_id):
    """Ensure every fact id, however long or odd, makes callback data of at most 64 bytes that decodes back."""
    data = encode(fact_id, "en")
    assert 1 <= len(data.encode()) <= 64
    assert decode(data, FACT_IDS) == ("en", fact_id)


@pytest.mark.parametrize("data", [None, "", "dym", "dym|en|", "dym|xx|azpromo.founded", "dym|en|a b",
                                  "dym|en|#0123456789abcdef", "other|en|azpromo.founded", "dym|en|" + "x" * 57])
def test_forged_or_stale_callback_data_is_rejected_ensures_no_exception(data):
    """Ensure malformed, forged or unknown callback data decodes to None."""
    assert decode(data, FACT_IDS) is None


def test_unknown_language_ensures_english_callback_data():
    """Ensure a language the bot has no texts for falls back to English in the data."""
    assert encode("a.b", "fr") == "dym|en|a.b"


def test_long_ids_use_one_scheme_for_admin_and_suggestion_buttons():
    """Ensure a long id travels the same way in an admin button and a 'did you mean' button."""
    long_id = "y" * 70
    assert encode(long_id, "en") == f"dym|en|{admin_data.ref(long_id)}"
