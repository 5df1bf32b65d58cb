"""Rendering answers as Telegram HTML and splitting long ones (pure functions, no bot)."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.render import MAX_MESSAGE, render_answer, split_html, visible_length
from knowledge.answer import Answer, AnswerKind, Quote, SourceRef
from tests.telegram.tghtml import parse_html

SOURCE = SourceRef(id="s", publisher="Trend", place="Baku", published=dt.date(2025, 4, 21))


def _fact(body: str, **kw) -> Answer:
    return Answer(kind=AnswerKind.FACT, body=body, sources=(SOURCE,), facts=("x.y",), confidence=0.9, **kw)


def test_fact_answer_ends_with_its_source_line_ensures_every_answer_cites():
    shown = parse_html(render_answer(_fact("AZPROMO was founded in 2003."))).text
    assert shown.startswith("AZPROMO was founded in 2003.")
    assert shown.splitlines()[-1] == "Source: Trend, Baku, 21 April 2025"


def test_html_specials_in_body_and_quotes_are_escaped_ensures_telegram_shows_them_verbatim():
    answer = _fact('Smith & <Sons> said "yes"', quotes=(Quote(source_id="s", text="a < b && c > \"d\""),))
    html = render_answer(answer)
    shown = parse_html(html).text  # parses: nothing unescaped
    assert 'Smith & <Sons> said "yes"' in shown
    assert 'a < b && c > "d"' in shown


def test_decline_gets_a_help_hint_ensures_the_user_knows_what_to_ask():
    shown = parse_html(render_answer(Answer(kind=AnswerKind.DECLINE, body="I don't know that."))).text
    assert "I don't know that." in shown and "/help" in shown


def test_decline_that_already_mentions_help_ensures_the_hint_is_not_repeated():
    shown = parse_html(render_answer(Answer(kind=AnswerKind.OFF_TOPIC, body="Off topic. Try /help."))).text
    assert shown.count("/help") == 1


def _long_answer(chars: int) -> Answer:
    sentence = "The agency & its partners met in Baku to discuss <joint> business events. "
    return _fact((sentence * (chars // len(sentence) + 1))[:chars].strip())


def test_split_5000_character_answer_ensures_each_part_fits_and_nothing_is_lost():
    html = render_answer(_long_answer(5000))
    parts = split_html(html)
    assert len(parts) == 2
    shown = [parse_html(p).text for p in parts]  # every part is valid HTML on its own
    assert all(len(s) <= MAX_MESSAGE for s in shown)
    assert shown[0].endswith("events.")  # cut at a sentence boundary
    assert shown[-1].endswith("Source: Trend, Baku, 21 April 2025")
    assert " ".join(shown).replace("\n", " ").split() == parse_html(html).text.replace("\n", " ").split()


def test_split_prefers_line_boundaries_ensures_lines_stay_whole():
    lines = [f"Line {n}: " + "x" * 90 for n in range(100)]
    parts = split_html("\n".join(lines), limit=1000)
    for part in parts:
        for line in parse_html(part).text.splitlines():
            assert line in lines


def test_split_closes_and_reopens_tags_ensures_each_part_parses():
    html = "<b>" + "word " * 1000 + "</b>"
    parts = split_html(html, limit=1000)
    assert len(parts) > 1
    for part in parts:
        parsed = parse_html(part)
        assert parsed.entities[0]["type"] == "bold" and visible_length(part) <= 1000


@pytest.mark.parametrize("text", ["a" * 5000, "\U0001F600" * 3000, "&amp;" * 5000])
def test_split_without_any_boundary_ensures_limit_in_utf16_units(text):
    parts = split_html(text)
    assert all(visible_length(p) <= MAX_MESSAGE for p in parts)
    assert "".join(parse_html(p).text for p in parts) == parse_html(text).text


def test_short_text_ensures_a_single_unchanged_part():
    assert split_html("Hello") == ["Hello"]


def test_help_hint_follows_the_answer_language_ensures_no_mixed_language_replies():
    shown = parse_html(render_answer(Answer(kind=AnswerKind.DECLINE, body="Этого я не знаю.", lang="ru"))).text
    assert "/help" in shown and "Send" not in shown
