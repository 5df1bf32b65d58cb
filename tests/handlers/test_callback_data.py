"""'Did you mean' callback data: fits 64 bytes, round-trips, rejects forgeries."""
from __future__ import annotations

import pytest

from handlers.context import BotData
from handlers.suggestions import decode, encode


@pytest.mark.parametrize("fact_id", ["azpromo.founded", "china-az-investment-conference-2025.organizers",
                                     "x" * 200, "weird id with spaces/and \u00fcnicode"])
def test_callback_data_round_trips_within_64_bytes_ensures_telegram_accepts_every_button(fact_id):
    data_store = BotData()
    data = encode(fact_id, "en", data_store)
    assert 1 <= len(data.encode()) <= 64
    assert decode(data, data_store) == ("en", fact_id)


@pytest.mark.parametrize("data", [None, "", "dym", "dym|en|", "dym|xx|azpromo.founded", "dym|en|a b",
                                  "dym|en|#0123456789abcdef", "other|en|azpromo.founded", "dym|en|" + "x" * 57])
def test_forged_or_stale_callback_data_is_rejected_ensures_no_exception(data):
    assert decode(data, BotData()) is None


def test_unknown_language_ensures_english_callback_data():
    assert encode("a.b", "fr", BotData()) == "dym|en|a.b"
