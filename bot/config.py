"""Settings: one pydantic-settings class, from the environment and an optional .env file."""
from __future__ import annotations

import os
import re
from pathlib import Path

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode
from pydantic_settings import BaseSettings, SettingsConfigDict


_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{20,200}")


def default_data_dir() -> Path:
    """$XDG_DATA_HOME/partnerbot, i.e. ~/.local/share/partnerbot by default."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "partnerbot"


class Settings(BaseSettings):
    """Everything the bot is configured with. Environment variables are upper-case names."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, description="from @BotFather")
    owner_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), description="Telegram user ids of the owners (admins who can grant)")
    data_dir: Path = Field(default_factory=lambda: default_data_dir(), description="where the SQLite store lives")
    facts_dir: Path | None = Field(default=None, description="the fact files a new store is seeded from "
                                                             "(default: the shipped ones)")
    bot_api_base_url: str = Field(default="https://api.telegram.org/bot", description="Bot API base URL (tests point it at a local server)")
    bot_api_file_url: str = Field(default="https://api.telegram.org/file/bot")
    bot_api_timeout: float = Field(default=10.0, gt=0, description="seconds to wait for the Bot API at start")
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: SecretStr | None = None
    answer_cache_size: int = Field(default=4096, ge=0, description="answers remembered per fact base (0: none)")
    # updates processed at once, each chat's in order (bot/updates.py); the default is the best of
    # bench/e2e.py's sweep (README, Performance); 1 processes one update at a time
    concurrent_updates: int = Field(default=4, ge=1, le=1024, description="updates of different chats processed at once")
    flood_limit_per_minute: int = 20
    flood_pause_seconds: float = 60.0
    context_ttl_seconds: float = Field(default=900.0, gt=0,
                                       description="a conversation's follow-up context expires after this much quiet")
    digest_delay_seconds: float = Field(default=300.0, ge=0, description="a change's digest goes to subscribed chats "
                                        "after this many seconds; an undo before then sends nothing")
    log_level: str = "INFO"
    draft_allow_private_urls: bool = Field(default=False, description="let /draft fetch private, loopback and "
                                           "link-local addresses (tests serving pages on 127.0.0.1)")
    draft_max_bytes: int = Field(default=2 * 1024 * 1024, ge=1024, description="largest page or file /draft reads")
    draft_timeout_seconds: float = Field(default=10.0, gt=0, description="time-out for fetching a /draft link")

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        """A token is `<bot id>:<secret>` (digits, a colon, then letters, digits, _ and -).

        Checked here so a mistyped token is named as such, without being echoed, before any request."""
        if value is None:
            return None
        if not value.get_secret_value().strip():
            return None  # TELEGRAM_BOT_TOKEN= (empty) means no token: the terminal chat
        if not _TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("not a bot token: it looks like 123456789:AA... (the bot id, a colon and the "
                             "secret part from @BotFather)")
        return value

    @field_validator("owner_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "1,2 3" as well as a JSON list."""
        if isinstance(value, str):
            text = value.strip().strip("[]")
            return frozenset(int(p) for p in text.replace(",", " ").split())
        if isinstance(value, int):
            return frozenset({value})
        return value

    @property
    def seed_dir(self) -> Path:
        from knowledge.facts.loader import FACTS_DIR
        return self.facts_dir or FACTS_DIR

    @property
    def db_path(self) -> Path:
        return self.data_dir / "partnerbot.sqlite3"
