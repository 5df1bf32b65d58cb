"""What a follow-up's decision may be: the question as if it named the things referred to, with what the
last question asked added, and whether the fact decided is one it asks for (else a decline)."""
from __future__ import annotations

import dataclasses

from ..language.lexicon import lexicon
from ..language.text import stem, tokens
from ..understanding.analysis import CONNECTIVES, Analysis, Mention
from ..understanding.intents import QUESTION_KINDS, SPECS
from ..understanding.matcher import Decision
from .context import Context

REFERRED = 1.0  # a record a pronoun stands for counts as named in full


def declined_unless_asked(d: Decision) -> Decision:
    return d if d.kind != "fact" or asked(d, d.analysis) else declined(d)


def declined(d: Decision) -> Decision:
    """`d` as a decline (a profile the question did not ask for is no answer)."""
    return d if d.kind != "fact" else dataclasses.replace(d, kind="decline", fact=None, also=None, confidence=0.0)


def asked(d: Decision, a: Analysis) -> bool:
    """Does the question ask for the fact decided? A profile ("summary") answers a follow-up only when
    one is asked ("tell me about it", "who is he?", "它是什么？"): "when?" about AZPROMO is not "what is AZPROMO"."""
    if d.fact is None:
        return False
    if d.fact.attribute != "summary":
        return True
    spec = SPECS.get(d.fact.key)
    if spec is not None and spec.score(a.tags, a.early_q) >= 1.0:
        return True
    return not (a.attribute_tags - CONNECTIVES) and not a.tags & _KIND_QUESTIONS and not a.residual


ASKING = frozenset({"by_whom"})  # tags that, like question words, ask for a kind of answer (an agent), not a topic
_KIND_QUESTIONS = frozenset({*QUESTION_KINDS, "q_why"})  # question words that want a time, place, count, reason


def used_tags(key: str, a: Analysis) -> frozenset[str]:
    """What `a` asked of attribute `key`, as tags: those its spec needs or is boosted by ("sign" of
    "when was it signed"), else all the question's own ("meet" of "when did they meet"); a profile
    is "define". Question words aside: the next question brings its own."""
    if key.endswith(".summary"):
        return frozenset({"define"})
    spec = SPECS.get(key)
    used = (spec.used(a.tags) | spec.boost & a.tags) if spec else frozenset()
    used = frozenset(t for t in used if not t.startswith("q_"))
    return used or frozenset(a.attribute_tags - CONNECTIVES)


def answers_who(key: str, a: Analysis, ctx: Context) -> bool:
    """"谁中标了？" (who won the tender?) after "when will it be completed?": a "who" the last question did not
    ask wants someone, so the last question's attribute answers it only if it gives someone (its spec needs
    or is boosted by "who" or "by whom": a founder, a head, the parties), not a date, a place or a figure."""
    own_q = a.early_q or frozenset(t for t in a.tags if t.startswith("q_"))
    if "q_who" not in own_q or "q_who" in ctx.early_q:
        return True
    spec = SPECS.get(key)
    if spec is None:
        return False
    mentioned = spec.boost.union(*(g for groups in spec.need for g in groups))
    return bool(mentioned & {"q_who", "by_whom"})


def needed_tags(key: str, a: Analysis) -> frozenset[str]:
    """The tags of `a` that attribute `key` needs or is boosted by: what a question's own words must be
    part of for the last question's attribute to answer it ("what is its purpose?" is not the place)."""
    spec = SPECS.get(key)
    return (spec.used(a.tags) | spec.boost & a.tags) if spec else frozenset()


def inject(a: Analysis, referents: tuple[str, ...]) -> Analysis:
    """The question as if it named `referents`. A kind noun that stands for one of them ("the company" for the one
    talked about) names no other thing of its kind."""
    said = {p for e in referents if e in a.mentions and a.mentions[e].via_kind for p in a.mentions[e].positions}
    mentions = {e: m for e, m in a.mentions.items() if not (m.via_kind and m.positions and m.positions <= said)}
    for e in referents:
        mentions[e] = Mention(e, REFERRED, frozenset())
    return dataclasses.replace(a, mentions=mentions)


def as_reference(a: Analysis, positions: set[int]) -> Analysis:
    """The question with the words at `positions` read as a reference ("the company" standing for BYD): the tags
    only their cues give ("company", which asks for companies) are not asked."""
    if not positions:
        return a
    inside: set[str] = set()
    outside: set[str] = set()
    for code in dict.fromkeys((a.lang, "en")):
        for m in lexicon(code).cues.find(a.seq):
            (inside if set(range(m.start, m.end)) <= positions else outside).add(m.label)
    dropped = inside - outside
    return dataclasses.replace(a, tags=a.tags - dropped, early_q=a.early_q - dropped) if dropped else a


def as_its_kind(a: Analysis, rec) -> Analysis:
    """"Where was it?" of a meeting, as "where was the meeting?" would be: a pronoun stands where the record's kind
    noun would, so the question has what that noun says ("meeting": they met, so "where" is the event it was part
    of). Record kinds are English; question words aside."""
    kind = getattr(rec, "kind", None) if rec is not None else None
    if not kind:
        return a
    cues = {m.label for m in lexicon("en").cues.find([stem(t) for t in tokens(kind)]) if not m.label.startswith("q_")}
    return dataclasses.replace(a, tags=a.tags | cues) if cues else a


def without(a: Analysis, positions: set[int]) -> Analysis:
    """The question without its reference words ("that official"): they are explained."""
    if not positions:
        return a
    words = {a.seq[p] for p in positions}
    return dataclasses.replace(a, residual=[s for s in a.residual if s not in words],
                               residual_read=a.residual_read - words,
                               content=tuple(s for s in a.content if s not in words))


def with_tags(a: Analysis, ctx: Context, *, keep_q: bool) -> Analysis:
    """The question with what the last one asked added: its attribute tags, and its question
    words unless this question has its own ("by whom?" keeps "by whom")."""
    own_q = a.tags - a.attribute_tags
    if keep_q and own_q:
        tags = a.tags | ctx.tags
        early = a.early_q or frozenset(t for t in own_q if t.startswith("q_"))
    else:
        tags = a.tags | ctx.tags | ctx.early_q
        early = a.early_q | ctx.early_q
    if ctx.tags and "define" not in ctx.tags:
        tags = tags - {"define"}  # "what about X?" asks what was asked, not what X is
    return dataclasses.replace(a, tags=frozenset(tags), early_q=frozenset(early))

