"""`partnerbot ask --jsonl` with conversations: {"q", "chat"} lines share a context per chat, in order."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def jsonl(tmp_path: Path, lines: list[str]) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["DATA_DIR"] = str(tmp_path / "data")
    p = subprocess.run([sys.executable, "-m", "bot", "ask", "--jsonl"], input="\n".join(lines).encode() + b"\n",
                       capture_output=True, env=env, timeout=60)
    assert p.returncode == 0, p.stderr.decode()
    return [json.loads(line) for line in p.stdout.decode().splitlines()]


def obj(q: str, chat: str) -> str:
    return json.dumps({"q": q, "chat": chat}, ensure_ascii=False)


def test_lines_of_one_chat_share_a_context_and_chats_are_apart(tmp_path):
    """Ensure a follow-up is read in its own chat's context, even with another chat's lines between."""
    out = jsonl(tmp_path, [obj("When was the MoU signed?", "a"), obj("Who heads AZPROMO?", "b"),
                           obj("who signed it?", "a"), obj("What about the NDRC?", "b")])
    assert out[2]["answered"] and out[2]["facts"] == ["azpromo-ndrc-icc-mou-2025.parties"]
    assert not out[3]["answered"] and out[3]["facts"] == []


def test_plain_lines_stand_alone(tmp_path):
    """Ensure plain lines keep no context: "who signed it?" after the MoU's date is not answered."""
    out = jsonl(tmp_path, ["When was the MoU signed?", "who signed it?"])
    assert out[0]["answered"] and not out[1]["answered"]


def test_a_line_that_only_looks_like_json_is_a_question(tmp_path):
    """Ensure a line starting with "{" that is no {"q": ...} object is asked as written, and nothing is lost."""
    out = jsonl(tmp_path, ['{not json', json.dumps({"question": "x"}), obj("When was AZPROMO founded?", "c")])
    assert len(out) == 3 and not out[0]["answered"] and not out[1]["answered"]
    assert out[2]["facts"] == ["azpromo.founded"]


def test_follow_ups_of_interleaved_chats_are_answered_from_their_own_thing(tmp_path):
    """Ensure, through `ask --jsonl` with chat ids, that a follow-up is answered from its own chat's thing with
    another chat's turns between: "How much money is being invested in it?" after the Bilasuvar plant is declined
    (no investment in it is stated; not the Investment ... Conference's $335 million), its next follow-up is the
    plant's, and an overview asked after an attribute is the conference's profile."""
    out = jsonl(tmp_path, [
        obj("What capacity will the Bilasuvar solar power plant have?", "plant"),
        obj("中阿产业与投资合作促进大会在哪里举行？", "conf"),
        obj("How much money is being invested in it?", "plant"),
        obj("总金额是多少？", "conf"),
        obj("how many households will it supply?", "plant"),
        obj("请详细介绍一下这次大会", "conf"),
    ])
    assert [o["facts"] for o in out] == [
        ["bilasuvar-445mw-solar.capacity"], ["china-az-investment-conference-2025.place"],
        [], ["china-az-investment-conference-2025.total_value"],
        ["bilasuvar-445mw-solar.figure:households_supplied"], ["china-az-investment-conference-2025.summary"]]
    assert not out[2]["answered"] and "335" not in out[2]["text"]
