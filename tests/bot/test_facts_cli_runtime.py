"""The running bot's services answer from the store's current facts, whoever changed them."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings
from bot.runtime import open_services
from knowledge.answer import Answer, AnswerKind

NEW_EVENT = """\
events:
  - id: baku-forum-2025
    name: Baku China Business Forum
    kind: forum
"""


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return Settings(owner_ids=frozenset({1}))


def test_a_change_by_the_admin_chat_is_live_at_once(settings: Settings) -> None:
    services = open_services(settings)
    services.store.import_document(NEW_EVENT, origin="chat", actor="1")
    assert services.engine.base.get("baku-forum-2025") is not None
    services.close()


def test_an_import_from_the_command_line_reaches_the_running_bot(settings: Settings, tmp_path: Path, capsys) -> None:
    services = open_services(settings)
    assert services.engine.base.get("baku-forum-2025") is None
    doc = tmp_path / "new.yaml"
    doc.write_text(NEW_EVENT)
    assert main(["facts", "import", str(doc)]) == 0
    assert services.engine.base.get("baku-forum-2025") is not None
    services.close()


def test_asked_questions_are_logged_for_stats(settings: Settings) -> None:
    services = open_services(settings)
    services.log_question(question="Who is the CEO of Trend?", chat_type="private",
                          answer=Answer(kind=AnswerKind.DECLINE, body="I don't know."))
    services.log_question(question="When was AZPROMO founded?", chat_type="group",
                          answer=Answer(kind=AnswerKind.FACT, body="In 2003."))
    (day,) = services.store.questions.stats()
    assert (day.asked, day.answered, day.declined) == (2, 1, 1)
    assert [g.question for g in services.store.questions.unanswered()] == ["Who is the CEO of Trend?"]
    services.close()


def test_owners_and_granted_users_are_admins_nobody_else(settings: Settings) -> None:
    services = open_services(settings)
    assert services.is_admin(1) and services.is_owner(1)
    assert not services.is_admin(2) and not services.is_admin(None)
    services.store.grants.grant(2, by="1")
    assert services.is_admin(2) and not services.is_owner(2)
    services.close()
