"""A statistic named after a thing ("Area of the Shamakhi Hills Industrial Zone", "Xinlu Ceramics Group's share in
Xinlu Shirvan Tiles LLC") is asked for its figure by a word of its own said beside the thing's name ("SHIZ area?",
"Xinlu Ceramics share in the joint venture"), though no cue of a figure ("how much", "how many") is said: its kind
and measure say what it measures, as a cue would. A question asking something else of the thing is not answered
with it. A fictional fixture: a zone, its area, a joint venture and its two owners' shares."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "statistics_in_their_words.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, statistic, figure", [
    ("SHIZ area?", "test-shiz-area", "140 hectares"),
    ("Shamakhi Hills Industrial Zone area", "test-shiz-area", "140 hectares"),
    ("What is the area of the Shamakhi Hills Industrial Zone?", "test-shiz-area", "140 hectares"),
    ("Xinlu Ceramics share in the joint venture", "test-jv-xinlu-share", "70%"),
    ("What is Shirvan Stone Holding's share in Xinlu Shirvan Tiles?", "test-jv-shirvan-share", "30%"),
])
def test_a_statistic_is_asked_by_its_own_word_beside_its_owners_name(engine, question, statistic, figure):
    """Ensure the owner's name and the statistic's kind word ask for the statistic's figure (its value, or its
    profile, which says it, when its name is said whole and nothing else is asked)."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts[0] in (f"{statistic}.value", f"{statistic}.summary")
    assert figure in answer.body


@pytest.mark.parametrize("question", [
    "What is the budget of the SHIZ?",
    "What is the area of Xinlu Ceramics Group?",
    "When was the SHIZ area measured?",
])
def test_what_no_statistic_of_it_measures_is_not_answered_with_one(engine, question):
    """Ensure a word no statistic of the thing says, another thing's statistic, or another kind of answer (when)
    is not answered with the statistic's figure."""
    answer = engine.ask(question)
    assert not any(f.endswith(".value") for f in answer.facts), answer.text
