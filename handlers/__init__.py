"""Thin Telegram adapters: parse an update, ask the knowledge core, render, reply."""
