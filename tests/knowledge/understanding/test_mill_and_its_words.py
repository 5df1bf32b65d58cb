"""A mill named by its developer and a kind noun ("the QWG mill") beside a statistic whose name the same words fill
in part ("QWG's mills in Zhejiang"), and what its facts do not say asked in words of their own: a contractor
(its facts name only its developer), goods its capacity is not of, where its output goes; a park named by its
management company's words, which is no memorandum of that company (a fictional fixture, records nobody tuned
for)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.understanding.partial_names import _Said, _says_enough
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "mill_and_its_words.yaml"
MILL, MOU, ROUND_TABLE = "test-qwg-barda-mill", "test-barda-park-qwg-mou", "test-barda-round-table"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, answering", [
    ("How many jobs will the QWG mill in Barda create?", f"{MILL}.jobs"),
    ("How many jobs will the QWG mill create?", f"{MILL}.jobs"),
    ("Who is building the QWG mill in Barda?", f"{MILL}.developer"),
    ("How many tonnes of carpet yarn a year will the QWG mill in Barda spin?", f"{MILL}.capacity"),
    ("Who co-organized the round table on carpet yarn?", f"{ROUND_TABLE}.organizers"),
    ("When will the QWG mill in Barda reach full capacity?", f"{MILL}.completion"),  # (a completion, no capacity)
    ("What is the full capacity of the QWG mill in Barda?", f"{MILL}.capacity"),
])
def test_the_mill_its_developer_and_kind_noun_name_answers(engine, question, answering):
    """Ensure the mill's own fact answers when its developer and kind noun name it, though a statistic's name
    ("QWG's mills in Zhejiang") has the same two words: a weaker reading of them names nothing else."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (answering,)


@pytest.mark.parametrize("question", [
    "Who is the contractor building the QWG mill in Barda?",               # its facts name only its developer
    "How many tonnes of raw wool a year will the QWG mill in Barda spin?",  # its capacity is of carpet yarn
    "Where will the output of the QWG mill in Barda be exported?",        # not where the mill is
    "What about the QWG mill in Barda - how big is its warehouse?",        # its capacity measures no warehouse
    "Where is the Barda Textile Park located?",                           # the park's company, not its memorandum
])
def test_what_the_facts_do_not_say_is_declined(engine, question):
    """Ensure a question asking what the mill's facts lack in words of its own (a contractor, other goods, where
    its output goes, a part of it) is not answered from a neighbouring fact (its developer, its capacity, its
    place), and the park's name is not read as a part of the memorandum its management company signed."""
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert not {f"{MILL}.developer", f"{MILL}.capacity", f"{MILL}.place", f"{MOU}.signed_at"} & set(answer.facts)


def test_one_word_read_as_two_name_words_is_one_word_said():
    """Ensure a record is not named in part by one word that reads as two of its name's words ("инвестиционное":
    investment agreement), beside a kind noun: two words of the name must be said at two places."""
    words = frozenset({"investment", "agreement", "plant", "gobustan"})
    one = _Said(free={2: frozenset({"инвестицион", "investment", "agreement"})}, weights={2: 5.0},
                naming=frozenset({2}), describing=frozenset(), kinds=frozenset({5}), beside={})
    two = _Said(free={2: frozenset({"investment"}), 4: frozenset({"gobustan"})}, weights={2: 5.0, 4: 6.0},
                naming=frozenset({2, 4}), describing=frozenset(), kinds=frozenset(), beside={})
    assert not _says_enough(words, frozenset({"agreement"}), one)
    assert _says_enough(words, frozenset({"agreement"}), two)
