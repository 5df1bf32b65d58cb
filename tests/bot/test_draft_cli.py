"""`partnerbot facts draft FILE|URL [-o draft.yaml]`: a draft in the import format that validates and imports."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.cli import main

ARTICLE = Path(__file__).parents[1] / "knowledge" / "drafting" / "data" / "forum.txt"  # FICTIONAL


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    return tmp_path / "data"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["facts", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "forum.txt"
    path.write_text(ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    return path


def test_a_draft_written_to_a_file_validates_and_imports(data_dir, tmp_path, capsys):
    """Ensure draft -o writes commented YAML that `facts validate` accepts and `facts import` adds, once."""
    out_file = tmp_path / "draft.yaml"
    code, out, _ = run(capsys, "draft", str(article_file(tmp_path)), "-o", str(out_file))
    assert code == 0 and out.startswith(f"drafted 7 record(s) from {tmp_path / 'forum.txt'} to {out_file}")
    text = out_file.read_text(encoding="utf-8")
    assert text.count("# confidence ") == 7 and "id: azerbaijan-china-agro-investment-forum" in text
    code, out, _ = run(capsys, "validate", str(out_file))
    assert code == 0 and out.startswith("ok:")
    code, out, _ = run(capsys, "import", str(out_file))
    assert code == 0 and "8 added" in out and "unchanged" in out
    code, out, _ = run(capsys, "history", "--limit", "1")
    assert "imported" in out or "import" in out


def test_a_draft_goes_to_stdout_by_default(data_dir, tmp_path, capsys):
    """Ensure without -o the YAML is printed and nothing is written to the store."""
    code, out, _ = run(capsys, "draft", str(article_file(tmp_path)))
    assert code == 0 and out.startswith("# Draft of facts from Ganja hosts Azerbaijan-China Agro Investment Forum")
    code, out, _ = run(capsys, "history")
    assert "draft" not in out


def test_a_link_is_fetched_and_a_private_one_refused_by_default(data_dir, tmp_path, capsys, monkeypatch):
    """Ensure a URL is drafted when private addresses are allowed, and refused (exit 2) when they are not."""
    body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)[1].encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/forum"
    try:
        code, _, err = run(capsys, "draft", url)
        assert code == 2 and "private, loopback or link-local address" in err
        monkeypatch.setenv("DRAFT_ALLOW_PRIVATE_URLS", "true")
        code, out, _ = run(capsys, "draft", url)
        assert code == 0 and f"url: {url}" in out
    finally:
        server.shutdown()


def test_a_missing_file_is_a_usage_error(data_dir, tmp_path, capsys):
    """Ensure an unreadable file gets a clear message and exit code 2."""
    code, _, err = run(capsys, "draft", str(tmp_path / "nope.txt"))
    assert code == 2 and "cannot read" in err
