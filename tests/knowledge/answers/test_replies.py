"""Replies (knowledge/answers/replies.py): what a decline says, in each language."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.facts.loader import load_shipped


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_shipped(), today=lambda: dt.date(2026, 12, 2))


def test_a_russian_decline_about_what_was_asked_reads_as_a_sentence(shipped):
    """Ensure "Сколько стоит Билясуварская солнечная электростанция?" is declined as "Я не знаю, сколько
    инвестиций — …" (a comma and a space after "знаю"), about the plant, with no fact."""
    answer = shipped.ask("Сколько стоит Билясуварская солнечная электростанция?")
    assert answer.kind is AnswerKind.DECLINE and answer.facts == ()
    assert answer.body.startswith("Я не знаю, сколько инвестиций — Bilasuvar Solar Power Plant")
