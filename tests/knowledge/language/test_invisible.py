"""Invisible characters: refused in fact values (a listed problem), removed from questions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.errors import FactFileError
from knowledge.facts.loader import parse_records
from tests.one_report import load_one_report

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parents[1] / "understanding" / "data" / "questions_en.jsonl").read_text(encoding="utf-8").splitlines() if line]
SRC = "trend-2025-04-21"
ORG = f"""\
organizations:
  - id: fixture-agency
    name: "{{name}}"
    founded:
      value: 1999
      source: {SRC}
      quote: "{{quote}}"
"""  # a test fixture, not a fact


@pytest.mark.parametrize("char, named", [
    ("\\0", "U+0000"), ("\\x07", "U+0007"), ("\\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"), ("\\u200b", "U+200B ZERO WIDTH SPACE"),
    ("\\u00ad", "U+00AD SOFT HYPHEN"), ("\\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
])
@pytest.mark.parametrize("where", ["name", "quote"])
def test_invisible_character_in_a_fact_value_ensures_a_listed_problem(char, named, where):
    """Ensure a control, bidi or zero-width character in a name or quote is refused, naming the field and the character."""
    values = {"name": "Fixture Agency", "quote": "The agency was founded in 1999."}
    values[where] = values[where][:7] + char + values[where][7:]  # a YAML escape: the real character after parsing
    with pytest.raises(FactFileError) as caught:
        parse_records(ORG.format(**values), origin="bad.yaml")
    [error] = caught.value.errors
    assert error.field == ("name" if where == "name" else "founded.quote")
    assert named in error.message and "invisible or control character" in error.message


def test_visible_values_ensure_nothing_is_refused():
    """Ensure ordinary text (other scripts, tabs and line breaks in a quote) still loads."""
    [record] = parse_records(ORG.format(name="Агентство 阿塞拜疆 Ağentlik", quote="Line one.\\nLine two."), origin="ok")
    assert record.name == "Агентство 阿塞拜疆 Ağentlik"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report())


def _hide_in_words(question: str, char: str) -> str:
    """`char` inside every word of four letters or more (after its second letter)."""
    return " ".join(w[:2] + char + w[2:] if len(w) >= 4 and w[:2].isalpha() else w for w in question.split(" "))


@pytest.mark.parametrize("char", ["\u200b", "\u00ad", "\u2060", "\u200d", "\ufeff", "\u202e", "\x00"])
def test_invisible_characters_inside_words_of_a_question_ensure_the_same_fact_answers(engine, char):
    """Ensure a question with invisible characters inside its words is answered from the same fact as without."""
    answered = [q["q"] for q in QUESTIONS if not q.get("decline")]
    differ = []
    for question in answered:
        clean = engine.ask(question)
        hidden = engine.ask(_hide_in_words(question, char))
        if (hidden.kind, hidden.facts) != (clean.kind, clean.facts):
            differ.append(question)
    assert differ == [], f"{len(differ)} of {len(answered)} questions answered differently"
