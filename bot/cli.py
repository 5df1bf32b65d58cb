"""The `partnerbot` command line: ask, chat, run, facts.

Exit codes: 0 success (a decline is an answer too), 2 bad input or usage,
3 a fact file or store error.
"""
from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from pathlib import Path

from pydantic import ValidationError

from knowledge.answer import AnswerKind
from knowledge.errors import KnowledgeError

from .config import Settings
from .redaction import protect, protect_stderr

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_FACTS = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep the message short and clear
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"partnerbot: {message}\nTry 'partnerbot --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="partnerbot", description="Answers questions about the China-Azerbaijan investment partnership.")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    ask = sub.add_parser("ask", help="answer a question (or, with --jsonl, one per line of stdin)")
    ask.add_argument("question", nargs="*", help="the question; '-' reads it from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--jsonl", action="store_true", help="read questions from stdin, one per line; write JSON lines")
    ask.add_argument("--lang", help="language hint (en, ru, az, zh) when the question does not tell")
    ask.add_argument("--quotes", action="store_true", help="also print the supporting quotes")

    sub.add_parser("chat", help="an interactive chat in the terminal")

    run = sub.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true", help="serve a webhook instead of polling")

    facts = sub.add_parser("facts", help="the fact base: validate, list, import, export, history, undo, unanswered")
    fsub = facts.add_subparsers(dest="facts_command", parser_class=_Parser, required=True)
    val = fsub.add_parser("validate", help="check fact files (default: the shipped ones)")
    val.add_argument("paths", nargs="*", type=Path)
    lst = fsub.add_parser("list", help="list the records of the live fact base")
    lst.add_argument("--type", dest="type_name", help="only this record type")
    imp = fsub.add_parser("import", help="import a YAML document into the live fact base")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace the whole fact base instead of merging")
    exp = fsub.add_parser("export", help="write the live fact base as one YAML document")
    exp.add_argument("file", type=Path, help="'-' for stdout")
    hist = fsub.add_parser("history", help="the latest changes")
    hist.add_argument("record_id", nargs="?")
    hist.add_argument("--limit", type=int, default=20)
    drf = fsub.add_parser("draft", help="draft records from an article (a file or a link) in the import format")
    drf.add_argument("source", help="a .txt, .md or .html file, or an http(s) link; '-' reads text from stdin")
    drf.add_argument("-o", "--output", type=Path, help="write the draft here (default: stdout)")
    fsub.add_parser("undo", help="revert the latest change")
    un = fsub.add_parser("unanswered", help="questions the bot declined, most asked first")
    un.add_argument("--limit", type=int, default=20)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    protect_stderr()
    try:
        settings = Settings()
    except ValidationError as exc:  # a malformed environment variable or .env: named, its value not echoed
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])).upper() or 'settings'}: {e['msg']}"
                             for e in exc.errors(include_input=False, include_url=False))
        print(f"partnerbot: bad settings: {problems}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # e.g. an unreadable .env
        print(f"partnerbot: bad settings: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for secret in (settings.telegram_bot_token, settings.webhook_secret):
        if secret is not None:
            protect(secret.get_secret_value())
    command = args.command
    if command is None:
        command = "run" if settings.telegram_bot_token else "chat"
    try:
        if command == "ask":
            return _ask(args, settings)
        if command == "chat":
            from .chat import run_chat

            return run_chat(settings, announce_telegram=args.command is None)
        if command == "run":
            from .app import run_bot

            return run_bot(settings, webhook=getattr(args, "webhook", False))
        if command == "facts":
            from . import facts_cli

            return facts_cli.dispatch(args, settings)
    except KnowledgeError as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return EXIT_FACTS
    except KeyboardInterrupt:
        return 130
    except sqlite3.Error as exc:  # the store failed under a command (a full disk, a lost file): named, no traceback
        print(f"partnerbot: the fact store failed: {exc}", file=sys.stderr)
        return EXIT_FACTS
    except BrokenPipeError:  # `partnerbot ask ... | head`: the reader left; not an error worth a traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # e.g. a full disk under a file the command writes
        print(f"partnerbot: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr)
        return EXIT_FAILED
    parser.error(f"unknown command {command!r}")
    return EXIT_USAGE


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from .runtime import open_services

    if args.jsonl:
        if args.question:
            print("partnerbot: --jsonl reads questions from stdin; give no question argument", file=sys.stderr)
            return EXIT_USAGE
        from .batch import run_jsonl

        services = open_services(settings)
        try:  # services.engine looks at the store before each line: a change committed meanwhile answers it
            run_jsonl(lambda: services.engine, sys.stdin.buffer, sys.stdout, lang=args.lang)
        finally:
            services.close()
        return EXIT_OK

    if args.question == ["-"] or (not args.question and not sys.stdin.isatty()):
        question = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        question = " ".join(args.question)
    if not question.strip():
        print("partnerbot: no question given. Example: partnerbot ask \"When was AZPROMO founded?\"", file=sys.stderr)
        return EXIT_USAGE
    services = open_services(settings)
    try:
        answer = services.engine.ask(question, lang=args.lang)
    finally:
        services.close()
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(answer.text)
        if args.quotes:
            for q in answer.quotes:
                print(f"  \u201c{q.text}\u201d")
        for s in answer.suggestions:
            print(f"  - {s.question}")
    return EXIT_USAGE if answer.kind is AnswerKind.INVALID else EXIT_OK
