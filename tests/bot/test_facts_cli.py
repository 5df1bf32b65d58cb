"""`partnerbot facts ...` gives the command line the admins' powers over the same store the bot uses."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from knowledge.facts.loader import load_shipped
from knowledge.store import Store

SRC = "trend-2025-04-21"
NEW_EVENT = f"""\
events:
  - id: baku-forum-2025
    name: Baku China Business Forum
    kind: forum
    organizers:
      value: [azpromo]
      source: {SRC}
      locator: "paragraph 2"  # fictional fact: AZPROMO organized the forum.
"""


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(["facts", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def live_export(data_dir: Path) -> str:
    store = Store.open(data_dir / "partnerbot.sqlite3")
    try:
        return store.export()
    finally:
        store.close()


def test_validate_accepts_the_shipped_facts(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0 and out.startswith(f"ok: {len(load_shipped())} records")


def test_validate_lists_each_problem_with_its_line(data_dir: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(NEW_EVENT.replace("[azpromo]", "[ghost]"))
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 3
    assert "line 2, event baku-forum-2025, field 'organizers': refers to unknown record 'ghost'" in err


def test_list_shows_the_records_of_one_type(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "list", "--type", "person")
    assert code == 0
    listed = [line.split()[1] for line in out.splitlines()]
    assert {"yusif-abdullayev", "wu-hongliang"} <= set(listed)
    assert all(line.startswith("person ") for line in out.splitlines())


def test_list_of_an_unknown_type_is_a_usage_error(data_dir: Path, capsys) -> None:
    code, _, err = run(capsys, "list", "--type", "people")
    assert code == 2 and "choose one of source, organization" in err


def test_export_then_import_changes_nothing(data_dir: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "export.yaml"
    assert run(capsys, "export", str(target))[0] == 0
    code, out, _ = run(capsys, "import", str(target))
    assert code == 0 and f"{len(load_shipped())} unchanged; nothing changed" in out
    assert target.read_text() == live_export(data_dir)


def test_export_to_stdout_is_the_live_fact_base(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "export", "-")
    assert code == 0 and out == live_export(data_dir)


def test_an_import_adds_records_that_history_and_undo_then_know(data_dir: Path, tmp_path: Path, capsys) -> None:
    before = live_export(data_dir)
    doc = tmp_path / "new.yaml"
    doc.write_text(NEW_EVENT)
    code, out, _ = run(capsys, "import", str(doc))
    assert code == 0 and "1 added" in out
    assert "baku-forum-2025" in live_export(data_dir)

    code, out, _ = run(capsys, "history", "baku-forum-2025")
    assert code == 0 and "by cli: imported new.yaml: 1 added" in out and "+ event baku-forum-2025" in out

    code, out, _ = run(capsys, "undo")
    assert code == 0 and "undid change" in out
    assert live_export(data_dir) == before


def test_a_broken_import_changes_nothing_and_says_why(data_dir: Path, tmp_path: Path, capsys) -> None:
    before = live_export(data_dir)
    doc = tmp_path / "broken.yaml"
    doc.write_text(NEW_EVENT.replace("kind: forum", "kind: [forum"))
    code, _, err = run(capsys, "import", str(doc))
    assert code == 3 and "nothing was changed" in err and "invalid YAML" in err
    assert live_export(data_dir) == before


def test_replace_import_drops_records_the_file_does_not_hold(data_dir: Path, tmp_path: Path, capsys) -> None:
    doc = tmp_path / "all.yaml"
    doc.write_text(live_export(data_dir).split("initiatives:\n", 1)[0])
    code, out, _ = run(capsys, "import", "--replace", str(doc))
    assert code == 0 and "removed" in out
    assert "made-in-azerbaijan" not in live_export(data_dir)


def test_undo_with_nothing_to_undo_says_so(data_dir: Path, capsys) -> None:
    code, _, err = run(capsys, "undo")
    assert code == 3 and "no change left to undo" in err


def test_unanswered_lists_declined_questions_most_asked_first(data_dir: Path, capsys) -> None:
    store = Store.open(data_dir / "partnerbot.sqlite3")
    for q in ["Who funds the Baku forum?", "who funds the baku forum", "Where is AZPROMO's Shanghai office?"]:
        store.questions.log(question=q, chat_type="private", kind="decline")
    store.close()
    code, out, _ = run(capsys, "unanswered")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("2x  ") and "Shanghai office" in lines[1]


def test_unanswered_with_none_says_so(data_dir: Path, capsys) -> None:
    assert run(capsys, "unanswered")[1] == "no declined questions\n"


def test_validate_of_an_oversized_file_ensures_it_is_refused_without_parsing(data_dir: Path, tmp_path: Path,
                                                                             capsys, monkeypatch) -> None:
    """Ensure validate refuses a file over the import limit at once, as import does: its YAML is never parsed."""
    import yaml

    from knowledge.facts.loader import MAX_DOCUMENT_BYTES

    compose = yaml.compose

    def compose_small(stream, *args, **kwargs):
        if len(stream) > MAX_DOCUMENT_BYTES:
            raise AssertionError("the oversized file was parsed")
        return compose(stream, *args, **kwargs)

    monkeypatch.setattr(yaml, "compose", compose_small)
    huge = tmp_path / "huge.yaml"
    line = "  - id: x\n    name: " + "a" * 1000 + "\n"
    huge.write_text("sources:\n" + line * (MAX_DOCUMENT_BYTES // len(line) + 10))
    for command in (("validate", str(huge)), ("import", str(huge))):
        code, _, err = run(capsys, *command)
        assert code == 3, err
        assert f"file is larger than {MAX_DOCUMENT_BYTES} bytes" in err
