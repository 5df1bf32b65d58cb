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
