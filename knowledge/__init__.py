"""The knowledge core: facts, their sources, and the question matcher. No Telegram here."""
