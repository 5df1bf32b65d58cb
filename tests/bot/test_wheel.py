"""The bot users install is the bot that is tested: the wheel ships every data file and answers the same."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [
    "When was AZPROMO founded?",
    "how mny companys were at the confernce",  # typo correction needs data/lang/words/*.txt
    "Кто подписал меморандум?",
    "AZPROMO neçənci ildə yaradılıb?",
    "谅解备忘录是谁签署的？",
    "Where was the China-Azerbaijan investment conference held?",
    "What is the capacity of the Bilasuvar Solar Power Plant?",
    "When was the NDRC founded?",
]


def _answers(cmd: list[str], *, cwd: Path, env: dict[str, str]) -> list[dict]:
    p = subprocess.run(cmd + ["ask", "--jsonl"], input="\n".join(QUESTIONS) + "\n", capture_output=True, text=True,
                       cwd=cwd, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    return [{k: d[k] for k in ("text", "facts", "answered")} for d in map(json.loads, p.stdout.splitlines())]


@pytest.mark.timeout(600)
def test_the_installed_wheel_ships_all_data_and_answers_like_the_checkout(tmp_path: Path):
    """Ensure `pip install` of the built wheel (in a fresh venv, no network) holds every data file and gives
    the same answers as the checkout the tests run."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", "tests", "build", "dist", "*.egg-info",
                                                              "__pycache__", ".pytest_cache", "bench", "evalsets"))
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(wheels), str(src)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("partnerbot-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    inst = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert inst.returncode == 0, inst.stderr
    where = tmp_path / "elsewhere"
    where.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PYTHON", "FACTS_DIR"))}
    located = subprocess.run([str(py), "-c", "import knowledge, pathlib; print(pathlib.Path(knowledge.__file__).parent)"],
                             capture_output=True, text=True, cwd=where, env=env, timeout=60)
    pkg = Path(located.stdout.strip())
    assert str(pkg).startswith(str(venv)), located.stdout + located.stderr
    shipped = {p.relative_to(ROOT / "knowledge").as_posix() for p in (ROOT / "knowledge" / "data").rglob("*")
               if p.is_file() and p.suffix in (".yaml", ".txt")}
    installed = {p.relative_to(pkg).as_posix() for p in (pkg / "data").rglob("*") if p.is_file()}
    assert shipped <= installed, sorted(shipped - installed)
    installed_answers = _answers([str(venv / "bin" / "partnerbot")], cwd=where,
                                 env={**env, "DATA_DIR": str(tmp_path / "data-installed")})
    checkout_answers = _answers([sys.executable, "-m", "bot"], cwd=ROOT,
                                env={**env, "DATA_DIR": str(tmp_path / "data-checkout"), "PYTHONPATH": str(ROOT)})
    assert installed_answers == checkout_answers
    assert installed_answers[1]["answered"] and installed_answers[5]["answered"] and "Beijing" in installed_answers[5]["text"]
