"""The Telegram application: built from the services, run by long polling or as a webhook.

Updates of different chats are processed concurrently, a few at a time (CONCURRENT_UPDATES,
default from the e2e benchmark), each chat's strictly in order (bot/updates.py): replies
keep the order of a chat's questions and admin conversations cannot race, while one slow
request to Telegram no longer delays everybody. The tests run exactly this set-up.
"""
from __future__ import annotations

import logging
import re
import secrets
import sys
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseRateLimiter, BaseUpdateProcessor

import handlers
from handlers.context import CONTEXT_TYPES
from handlers.digests import DEFAULT_INTERVAL as DEFAULT_DIGEST_INTERVAL
from handlers.send import DEFAULTS

from . import bot_api
from .config import Settings
from .redaction import LOG_FILTER, protect, redact
from .runtime import Services, open_services
from .updates import ChatOrderedProcessor

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def build_application(
    services: Services,
    *,
    token: str | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    rate_limiter: BaseRateLimiter | None = None,
    concurrent_updates: int | None = None,
    get_updates_read_timeout: float = 5.0,
    digest_interval: float = DEFAULT_DIGEST_INTERVAL,
) -> Application:
    """The bot, ready to run: handlers registered, command menus set and the digest sender started at
    start, the sender stopped and the services closed at the end.

    `token`, `base_url`, `base_file_url` and `concurrent_updates` (how many updates at once, see
    bot/updates.py; 1: one at a time) default to the settings; `clock` drives flood control; the
    digests of changes (handlers/digests.py) are looked for every `digest_interval` seconds and sent
    through the rate limiter.
    """
    settings = services.settings
    if token is None:
        if settings.telegram_bot_token is None:
            raise ValueError("no Telegram bot token: set TELEGRAM_BOT_TOKEN")
        token = settings.telegram_bot_token.get_secret_value()
    protect(token)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or settings.bot_api_base_url)
        .base_file_url(base_file_url or settings.bot_api_file_url)
        .context_types(CONTEXT_TYPES)
        .defaults(DEFAULTS)
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=3))
        .concurrent_updates(update_processor(settings.concurrent_updates if concurrent_updates is None
                                             else concurrent_updates))
        .get_updates_read_timeout(get_updates_read_timeout)
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    handlers.register(app, services, clock=clock, digest_interval=digest_interval)
    return app


def update_processor(concurrent_updates: int) -> BaseUpdateProcessor | bool:
    """Each chat's updates in order, `concurrent_updates` at once; PTB's own one-at-a-time for 1."""
    return ChatOrderedProcessor(concurrent_updates) if concurrent_updates > 1 else False


async def _post_init(app: Application) -> None:
    """Register the command menus (a failure is logged, not fatal); start sending digests."""
    services = app.bot_data.services
    for lang in (None, *handlers.MENU_LANGUAGES):  # English by default, plus one menu per language
        for commands, scope in handlers.command_menus(owner_ids=services.settings.owner_ids,
                                                      engine=services.engine, lang=lang):
            try:
                await app.bot.set_my_commands(commands, scope=scope, language_code=lang)
            except TelegramError as exc:
                log.warning("could not set the %s command menu (%s): %s", scope.type, lang or "default", exc)
    app.bot_data.digests.start()


async def _post_stop(app: Application) -> None:
    """Stop sending digests (what is not sent yet stays in the store for the next start)."""
    await app.bot_data.digests.stop()


async def _post_shutdown(app: Application) -> None:
    """Close the services (the store), the digest sender stopped first."""
    await app.bot_data.digests.stop()
    app.bot_data.services.close()


def run_bot(settings: Settings, *, webhook: bool) -> int:
    """Run the bot until interrupted: long polling, or a webhook server checking Telegram's secret header."""
    if settings.telegram_bot_token is None:
        print("partnerbot: set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot", file=sys.stderr)
        return EXIT_USAGE
    if webhook and not settings.webhook_url:
        print("partnerbot: --webhook needs WEBHOOK_URL (the public https URL Telegram posts to)", file=sys.stderr)
        return EXIT_USAGE
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    if webhook and not _WEBHOOK_SECRET.fullmatch(secret):
        print("partnerbot: WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)",
              file=sys.stderr)
        return EXIT_USAGE
    token = settings.telegram_bot_token.get_secret_value()
    protect(token)
    protect(secret)
    configure_logging(settings)
    try:
        bot_api.check(token, base_url=settings.bot_api_base_url, base_file_url=settings.bot_api_file_url,
                      timeout=settings.bot_api_timeout)
        _serve(build_application(open_services(settings)), settings, webhook=webhook, secret=secret)
    except bot_api.BotApiUnusable as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return exc.exit_code
    except TelegramError as exc:  # refused while starting (setWebhook, deleteWebhook ...): one line, no traceback
        reason = bot_api.explain(exc, base_url=settings.bot_api_base_url)
        print(f"partnerbot: {reason or redact(str(exc))}", file=sys.stderr)
        return reason.exit_code if reason else EXIT_FAILED
    return EXIT_OK


def _serve(app: Application, settings: Settings, *, webhook: bool, secret: str) -> None:
    """Long polling or the webhook server, until interrupted."""
    if webhook:
        log.info("serving the webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=secret,
            allowed_updates=handlers.ALLOWED_UPDATES,
        )
    else:
        log.info("starting long polling")
        app.run_polling(allowed_updates=handlers.ALLOWED_UPDATES)


# ---- logging -----------------------------------------------------------------

def configure_logging(settings: Settings) -> None:
    """Log at the settings' level (or lower if -v asked for it); keep httpx's request lines (URLs hold the token) off."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    wanted = logging.getLevelName(settings.log_level.upper())
    if isinstance(wanted, int) and (root.level == logging.NOTSET or wanted < root.level):
        root.setLevel(wanted)
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for handler in root.handlers:
        if LOG_FILTER not in handler.filters:
            handler.addFilter(LOG_FILTER)
