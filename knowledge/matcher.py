"""TEMPORARY placeholder; the real matcher lands shortly."""
from __future__ import annotations

from .answers import Answer, AnswerKind


class Matcher:
    def __init__(self, index, *, today):
        self.index = index

    def ask(self, question, *, lang_hint=None):
        if "founded" in question.lower():
            src = self.index.source_refs()
            return Answer(kind=AnswerKind.FACT, body="AZPROMO was founded in 2003.", sources=tuple(src),
                          facts=("azpromo.founded",), confidence=0.9)
        return Answer(kind=AnswerKind.DECLINE, body="I don't know that.")

    def answer_fact(self, fact_id, *, lang="en"):
        return self.ask("founded")

    def featured(self, *, lang="en", limit=5):
        return [self.ask("founded")]

    def examples(self, *, lang="en"):
        return ["When was AZPROMO founded?", "Who signed the MoU?", "How many companies took part?"]

    def topics(self, *, lang="en"):
        return {"Organizations": ["When was AZPROMO founded?"]}
