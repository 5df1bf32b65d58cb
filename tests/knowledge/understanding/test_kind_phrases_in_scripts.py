"""A record's kind of two words said in another language as one phrase ("Birgə Bəyanat", "Совместное заявление": a
joint statement) is its kind noun, as "Joint Statement" is in English: a cue word inside it ("bəyanat", what was said)
is not read alone, and "when was the Joint Statement on ... signed?" asks its date. Asked of a fictional statement."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "joint_statement_in_scripts.yaml"
STATEMENT = "test-joint-statement-green-corridor"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("When was the Joint Statement on the green transport corridor signed?", "date"),
    ("Yaşıl nəqliyyat dəhlizi haqqında Birgə Bəyanat nə vaxt imzalanıb?", "date"),
    ("Yaşıl nəqliyyat dəhlizi haqqında Birgə Bəyanat harada imzalanıb?", "place"),
])
def test_the_joint_statement_said_in_azerbaijani_is_asked_of_its_date_and_place(engine, question, fact):
    """Ensure the statement's date and place, asked with "Birgə Bəyanat", are answered from its own facts."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (f"{STATEMENT}.{fact}",)
