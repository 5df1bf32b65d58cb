"""Shared test configuration: the Telegram end-to-end fixtures (tests/telegram/fixtures.py) for every test."""

pytest_plugins = ["tests.telegram.fixtures"]
