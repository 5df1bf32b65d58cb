"""Conversations: what the last answers were about, so that a follow-up ("who signed it?",
"А кем?", "那谁签的？") is read in that context. No Telegram here: adapters keep one
Context per conversation (Conversations) and hand it to Engine.ask."""
from .context import Context, Conversations

__all__ = ["Context", "Conversations"]
