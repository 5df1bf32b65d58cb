"""`partnerbot chat`: the bot in a terminal, for trying it without Telegram."""
from __future__ import annotations

import sys
from pathlib import Path

from knowledge.answer import Answer

from .config import Settings
from .runtime import open_services

PROMPT = "you> "
HELP = """Ask any question about the China-Azerbaijan investment partnership, in plain words.
Commands: /help  this text and example questions · /sources  where the facts come from
          /quotes  the supporting quotes of the last answer · /more  the rest of a profile ("tell me about X")
          /timeline [YEAR|MONTH YEAR|TOPIC]  events and agreements by date · /latest  what the newest source added
          /quit  leave (or Ctrl-D)"""


def _setup_history(path: Path) -> None:
    """Readline history across sessions, where readline exists."""
    try:
        import readline
    except ImportError:  # pragma: no cover - not on every platform
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            readline.read_history_file(path)
    except OSError:
        return
    import atexit

    readline.set_history_length(1000)
    atexit.register(lambda: _save_history(readline, path))


def _save_history(readline, path: Path) -> None:
    try:
        readline.write_history_file(path)
    except OSError:
        pass


def _print_answer(answer: Answer, out) -> None:
    print(f"bot> {answer.body}", file=out)
    if answer.sources:
        print(f"     {answer.source_line()}", file=out)
    if answer.more:
        print(f"     (/more: {answer.more} more)", file=out)
    for i, s in enumerate(answer.suggestions, 1):
        print(f"     {i}. {s.question}", file=out)


def run_chat(settings: Settings, *, announce_telegram: bool = False, stdin=None, out=None) -> int:
    """Read questions line by line and answer them until /quit or end of input."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    services = open_services(settings)
    interactive = stdin.isatty()
    if interactive:
        _setup_history(settings.data_dir / "chat_history")
    engine = services.engine
    print("partnerbot - questions about the China-Azerbaijan investment partnership. /help for help, /quit to leave.",
          file=out)
    if announce_telegram:
        print("To run it on Telegram, set TELEGRAM_BOT_TOKEN (from @BotFather) and start `partnerbot run`.", file=out)
    last: Answer | None = None
    conversation = None  # the one context of this chat: follow-ups ("who signed it?") are read in it
    try:
        while True:
            try:
                line = input(PROMPT) if interactive else stdin.readline()
            except EOFError:
                break
            if not interactive and line == "":
                break
            text = line.strip()
            if not text:
                continue
            command = text.lower()
            if command in ("/quit", "/exit", "/q"):
                break
            if command == "/help":
                print(HELP, file=out)
                for topic, questions in services.engine.topics().items():
                    print(f"  {topic}: " + " · ".join(questions), file=out)
                continue
            if command == "/sources":
                for src in services.engine.sources():
                    print(f"  {src.line()}" + (f" - {src.title}" if src.title else ""), file=out)
                continue
            if command == "/quotes":
                for q in (last.quotes if last else ()):
                    print(f"  \u201c{q.text}\u201d", file=out)
                continue
            if command.startswith("/timeline") or command == "/latest":
                page = engine.latest() if command == "/latest" else engine.timeline(text[len("/timeline"):].strip())
                _print_answer(page.answer, out)
                continue
            if command == "/more":
                if last is not None and last.more:
                    _print_answer(engine.more(last.facts[0], lang=last.lang), out)
                else:
                    print("     " + engine.message("stale_button", lang=last.lang if last else None), file=out)
                continue
            if command.isdigit() and last and 1 <= int(command) <= len(last.suggestions):
                last = engine.answer_fact(last.suggestions[int(command) - 1].fact_id, lang=last.lang)
            else:
                engine = services.engine
                last = engine.ask(text, context=conversation)
                conversation = last.context or conversation
                services.log_question(question=text, chat_type="cli", answer=last)
            _print_answer(last, out)
    except KeyboardInterrupt:
        print(file=out)
    finally:
        services.close()
    return 0
