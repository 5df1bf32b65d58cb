"""The services the front ends share: picking up changes to the facts without stalling the bot."""
from __future__ import annotations

import threading

from bot.runtime import open_services
from knowledge.store import Store
from tests.knowledge.store.test_store import new_event

QUESTION = "When is the Baku China Business Forum?"


def _from_new_event(engine) -> bool:
    return any(f.startswith("baku-forum-2025.") for f in engine.ask(QUESTION).facts)


async def test_a_change_by_another_process_is_indexed_off_the_event_loop_ensures_answers_meanwhile(bot_settings):
    """Ensure that on the event loop a change another process committed is read and indexed in a
    worker thread: the old facts answer until it is done, then the new ones."""
    services = open_services(bot_settings)
    cli = Store.open(bot_settings.db_path, seed_dir=bot_settings.seed_dir)
    try:
        before = services.engine
        assert not _from_new_event(before)
        cli.add(new_event(), actor="cli")
        builds: list[str] = []
        go_on = threading.Event()
        swap = before.swap

        def held_swap(base) -> None:  # the build, held until the loop has answered from the old facts
            builds.append(threading.current_thread().name)
            assert go_on.wait(5)
            swap(base)

        before.swap = held_swap
        assert not _from_new_event(services.engine)  # answered meanwhile, from the old facts
        go_on.set()
        await services._syncing  # the sync hands the new base to a build in the same worker thread
        assert _from_new_event(services.engine)
        assert builds and threading.main_thread().name not in builds
    finally:
        cli.close()
        services.close()


def test_a_change_without_an_event_loop_is_indexed_at_once_ensures_the_cli_sees_it(bot_settings):
    """Ensure the command line (no event loop) sees another process's change at its next question."""
    services = open_services(bot_settings)
    cli = Store.open(bot_settings.db_path, seed_dir=bot_settings.seed_dir)
    try:
        assert not _from_new_event(services.engine)
        cli.add(new_event(), actor="cli")
        assert _from_new_event(services.engine)
    finally:
        cli.close()
        services.close()


# ---- the question log, written in batches on the event loop ------------------------------------------

def _asked(services, n: int, *, kind=None) -> None:
    from knowledge.answer import Answer, AnswerKind

    for i in range(n):
        services.log_question(question=f"When was company {i} founded?", chat_type="private",
                              answer=Answer(kind=kind or AnswerKind.DECLINE, body="I don't know."))


def _counted(settings) -> int:
    store = Store.open(settings.db_path, seed_dir=settings.seed_dir)
    try:
        return sum(day.asked for day in store.questions.stats())
    finally:
        store.close()


async def test_questions_logged_on_the_event_loop_are_all_written_at_close_ensures_none_lost_on_shutdown(
        bot_settings):
    """Ensure every question asked on the event loop reaches the question log by the time the bot has
    shut down: the ones kept in memory, and batches handed to a worker thread that has not run yet."""
    from bot import runtime

    services = open_services(bot_settings)
    _asked(services, runtime.QUESTION_LOG_BATCH + 7)  # one batch handed to a worker, 7 kept
    services.close()
    assert _counted(bot_settings) == runtime.QUESTION_LOG_BATCH + 7


async def test_questions_logged_on_the_event_loop_are_written_within_the_delay_ensures_other_processes_see_them(
        bot_settings, monkeypatch):
    """Ensure a question asked on the event loop is written within QUESTION_LOG_DELAY without anyone
    asking for it (so `partnerbot facts unanswered` in another process sees it), in one batch."""
    import asyncio

    from bot import runtime

    monkeypatch.setattr(runtime, "QUESTION_LOG_DELAY", 0.05)
    services = open_services(bot_settings)
    try:
        _asked(services, 3)
        assert _counted(bot_settings) == 0  # kept for the moment
        for _ in range(100):
            await asyncio.sleep(0.05)
            if _counted(bot_settings) == 3:
                break
        assert _counted(bot_settings) == 3
    finally:
        services.close()


async def test_flush_questions_ensures_the_question_log_read_on_the_loop_counts_the_latest_questions(bot_settings):
    """Ensure /stats and /unanswered (which flush first) count a question asked a moment before."""
    services = open_services(bot_settings)
    try:
        _asked(services, 2)
        services.flush_questions()
        (day,) = services.store.questions.stats()
        assert (day.asked, day.declined) == (2, 2)
        assert len(services.store.questions.unanswered()) == 1  # the two look alike: one group
    finally:
        services.close()
