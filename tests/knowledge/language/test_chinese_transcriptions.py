"""Foreign names written in Chinese characters, read by their sound (knowledge/language/sounds.py)."""
from __future__ import annotations

from knowledge.language.sounds import TRANSCRIPTION_CHARS, latin_keys, pinyin_of, transcription_keys


def test_a_transcriptions_l_may_write_an_r():
    """Ensure 萨比拉巴德 (sà bǐ lā bā dé) meets Sabirabad and 连科兰 Lankaran: Chinese writes a foreign r with l."""
    assert transcription_keys(pinyin_of("萨比拉巴德")) & latin_keys("sabirabad")
    assert transcription_keys(pinyin_of("连科兰")) & latin_keys("lankaran")


def test_ming_and_lian_are_transcription_syllables():
    """Ensure 明 (明盖恰乌尔: Mingachevir) and 连 (连科兰: Lankaran) are characters foreign names are written with."""
    assert {"明", "连"} <= TRANSCRIPTION_CHARS
    assert transcription_keys(pinyin_of("明盖恰乌尔")) & latin_keys("mingachevir")


def test_an_l_still_writes_an_l():
    """Ensure 比拉苏瓦尔 still meets Bilasuvar."""
    assert transcription_keys(pinyin_of("比拉苏瓦尔")) & latin_keys("bilasuvar")
