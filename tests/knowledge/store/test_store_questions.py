"""The question log shows admins which questions the bot declined and how busy it was, without who asked."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from knowledge.store import Store

UTC = dt.timezone.utc


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "facts.sqlite3")
    yield s
    s.close()


def at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2025, 5, day, hour, tzinfo=UTC)


def test_declined_questions_are_grouped_by_similarity_most_asked_first(store: Store) -> None:
    log = store.questions.log
    log(question="When is the next Baku forum?", chat_type="private", kind="decline", at=at(1))
    log(question="when is the next baku forum", chat_type="group", kind="decline", at=at(2))
    log(question="When is the next Baku forum??", chat_type="private", kind="decline", at=at(3))
    log(question="Who is the Chinese ambassador?", chat_type="private", kind="decline", at=at(4))
    log(question="When was AZPROMO founded?", chat_type="private", kind="fact", at=at(5))
    groups = store.questions.unanswered()
    assert [(g.count, g.last_asked.date()) for g in groups] == [(3, dt.date(2025, 5, 3)), (1, dt.date(2025, 5, 4))]
    assert groups[0].question.lower().startswith("when is the next baku forum")
    assert groups[1].question == "Who is the Chinese ambassador?"


def test_word_order_and_small_typos_count_as_the_same_question(store: Store) -> None:
    for q in ["how many companies came to the Shanghai expo", "the Shanghai expo: how many companies came?",
              "how many companys came to the shanghai expo"]:
        store.questions.log(question=q, chat_type="private", kind="decline")
    (group,) = store.questions.unanswered()
    assert group.count == 3 and len(group.variants) == 2


def test_off_topic_questions_are_listed_but_answered_ones_and_greetings_are_not(store: Store) -> None:
    store.questions.log(question="When was AZPROMO founded?", chat_type="private", kind="fact")
    store.questions.log(question="Hello there", chat_type="private", kind="smalltalk")
    store.questions.log(question="Who is the Chinese ambassador?", chat_type="private", kind="off_topic")
    assert [g.question for g in store.questions.unanswered()] == ["Who is the Chinese ambassador?"]


def test_stats_count_asked_answered_and_declined_per_day_newest_first(store: Store) -> None:
    for day, kind in [(1, "fact"), (1, "decline"), (1, "off_topic"), (1, "smalltalk"), (2, "fact"), (2, "fact")]:
        store.questions.log(question=f"q {day} {kind}", chat_type="private", kind=kind, at=at(day))
    days = store.questions.stats()
    assert [(d.day.day, d.asked, d.answered, d.declined) for d in days] == [(2, 2, 2, 0), (1, 4, 1, 2)]


def test_the_log_keeps_only_text_chat_type_and_outcome_never_who_asked(store: Store) -> None:
    store.questions.log(question="  Who   signed the MoU? ", chat_type="supergroup", kind="fact")
    with sqlite3.connect(store.path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(questions)")]
        row = db.execute("SELECT text, chat_type, kind FROM questions").fetchone()
    assert set(columns) == {"id", "asked_at", "day", "chat_type", "kind", "text", "normalised"}
    assert row == ("Who signed the MoU?", "supergroup", "fact")


def test_grants_are_stored_and_revocable(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "db")
    assert s.grants.grant(555, by="1") is True
    assert s.grants.grant(555, by="1") is False
    s.close()
    s = Store.open(tmp_path / "db")
    assert s.grants.is_granted(555) and [g.user_id for g in s.grants.all()] == [555]
    assert s.grants.revoke(555) is True and s.grants.revoke(555) is False
    assert not s.grants.is_granted(555)
    s.close()
