"""A follow-up that opens with "А" (and) but asks in words of its own what a thing is ("А кто такой ...?") asks its
own question, not the last one again; on fictional records (understanding/data/multilingual_records.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from tests.knowledge.conversation.converse import converse
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent.parent / "understanding" / "data" / "multilingual_records.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


def test_who_is_after_and_asks_what_the_person_is(engine):
    """Ensure "А кто такой Ли Вэньбо?" after the signatories and the date of his agreement is his profile, never
    the agreement's date again."""
    signed, when, who = converse(engine, "Кто подписал инвестиционное соглашение о логистическом центре в Зардабаде?",
                                 "Когда?", "А кто такой Ли Вэньбо?")
    assert signed.facts == ("test-qmbg-investment-agreement.signatories",)
    assert who.facts and who.facts[0] == "test-li-wenbo.summary"

