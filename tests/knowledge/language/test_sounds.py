"""Names across scripts by their sound (knowledge/language/sounds.py)."""
from __future__ import annotations

import pytest

from knowledge.language.sounds import latin_keys, pinyin_of, transcription_keys


@pytest.mark.parametrize("chinese, latin", [("阿利耶夫", "aliyev"), ("沙赫巴佐夫", "shahbazov"), ("甘贾", "ganja")])
def test_a_chinese_transcription_meets_the_latin_name(chinese, latin):
    """Ensure a foreign name in Chinese characters has a sound key of its Latin spelling, a v written
    with 夫 (fu) as Chinese has no v."""
    assert transcription_keys(pinyin_of(chinese)) & latin_keys(latin)
