"""The context after a reply: what the answer was about, what it named that the question did not, what
it is part of, and what was asked; after a decline or a "which one do you mean?", the thing the question
named (so "where is it based?" is still about it, and "what did they discuss?" after "who did he meet?" of a
minister of many meetings is about him, not about some meeting the question alone would reach)."""
from __future__ import annotations

from collections.abc import Callable

from ..facts.atoms import value_ids
from ..language.lexicon import lexicon
from ..understanding.analysis import CONNECTIVES, Analysis
from ..understanding.index import FactIndex
from ..understanding.intents import asked_attributes
from ..understanding.matcher import Decision
from .context import Context
from .references import reference_start, references, refers_within
from .decisions import used_tags


SPEAKER = "speaker"  # the attribute of a statement that says who made it
UNKNOWN_THING = 2  # words nothing explains, beside no thing named, that name a thing the facts do not know


def about_another(d: Decision, refs: set[str] = frozenset(), elliptic: bool = False) -> bool:
    """Is `d` the decline of a question that refers to nothing and names nothing known, but asks something of a
    thing in words nothing explains ("… Birgə Bəyanat harada imzalanıb?", where was the Joint Statement signed)?
    Such a question is about a thing the facts do not know, not about the conversation's."""
    a = d.analysis
    return (d.kind == "decline" and a is not None and not refs and not elliptic and not a.mentions
            and len(a.residual) >= UNKNOWN_THING and bool(a.attribute_tags - CONNECTIVES))


def context_after(ctx: Context | None, d: Decision, index: FactIndex) -> Context:
    """The context after the reply to decision `d`. What was asked is kept as the tags that made
    the answered attribute asked (not every cue the wording had: "the agency" asks nothing)."""
    ctx = ctx or Context()
    a = d.analysis
    if a is None:
        return ctx
    if ctx.subject is not None and about_another(d):  # ("… when?" next is about that thing, not the last one)
        return _without_subject(ctx)
    named = tuple(m.entity for m in sorted(a.mentions.values(), key=lambda m: -m.strength) if m.named)
    if d.kind == "fact" and d.fact is not None:
        f = d.fact
        values = tuple(v for v in value_ids(f, index.base) if index.base.get(v) is not None)
        fresh = tuple(v for v in values if v not in named)
        # (a statement's answer says who said it, "Wang Hongwei said at ...": "he" next is the speaker)
        fresh += tuple(v for g in index.by_subject.get(f.subject, ()) if g.attribute == SPEAKER and g is not f
                       for v in value_ids(g, index.base) if v not in named and v not in fresh)
        # (then what the answer's thing is part of: "Tural Hajili said at the round table ...": "where was it held?")
        own = {v for g in index.by_subject.get(f.subject, ()) for v in value_ids(g, index.base)}
        part_of = tuple(sorted((r for r in f.related if r not in named and r not in values and index.base.get(r)
                                is not None and index.base.get(r).type == "event"), key=lambda r: (r not in own, r)))
        also = d.also is not None and d.also.key != f.key and used_tags(d.also.key, a)
        return ctx.moved_to(f.subject, fresh=fresh or values, named=(*named, *part_of), key=f.key,
                            tags=used_tags(f.key, a) or ctx.tags, early_q=a.early_q, lang=d.lang,
                            also_tags=also or frozenset())
    if d.kind in ("decline", "ambiguous") and _refers_back(a, ctx, named, index):
        return ctx  # "and what part of that was Azerbaijani exports to China?" declined: "that" is still the trade
    if a.residual:  # (a thing named in part beside words nothing explains, "Azərbaycan-Çin hökumətlərarası
        named = tuple(e for e in named if a.mentions[e].strong)  # komissiyası": the question was about another)
    if d.kind in ("decline", "ambiguous") and len(named) > 1:
        named = _described(named, a, index)
    if d.kind in ("decline", "ambiguous") and named and not a.unknown:
        # "When was the Trade Office founded?" declined: "where is it based?" is still about it; of several
        # named, the one whose name holds the others' ("the memorandum between EZDA and Datang on a park")
        at = {e: a.mentions[e].positions for e in named}
        named = tuple(sorted(named, key=lambda e: -sum(o != e and at[o] < at[e] for o in named)))
        rec = index.base.get(named[0])
        asked = asked_attributes(rec.type, a.tags, a.early_q) if rec is not None else []
        # (what an ambiguous question asked is what its likeliest fact answers: "who did he meet?", a meeting's)
        key = d.fact.key if d.kind == "ambiguous" and d.fact is not None else asked[0][0] if asked else None
        tags = used_tags(key, a) if key else frozenset()
        moved = ctx.moved_to(named[0], named=named[1:], tags=tags or ctx.tags,
                             early_q=a.early_q if tags else ctx.early_q, lang=d.lang)
        # "who from the company met Mikayil Jabbarov?" unanswered: "his position" next is the one asked for
        # ("what document did he sign?" unanswered: "who signed it for Azerbaijan?" next is about that document)
        return moved.model_copy(update={"someone": _asks_someone_else(a, rec),
                                        "something": _asks_a_thing_of(a, rec)}) if rec is not None else moved
    if ctx.empty and d.kind in ("decline", "ambiguous") and not named:
        # a question about a thing the facts do not know, nothing talked about before: what follows it
        # ("who signed it?", "这个项目", "what did they discuss?") is about that thing, not about one the facts know
        return ctx.model_copy(update={"unknown": True, "lang": d.lang})
    if ctx.subject is not None and _named_another(d, ctx, index):  # (named too weakly to be the subject: as after a
        return Context(unknown=True, lang=d.lang)            # question about a thing the facts do not know)
    return ctx


def _refers_back(a: Analysis, ctx: Context, named: tuple[str, ...], index: FactIndex) -> bool:
    """Does a question that was not answered refer to the thing talked about ("that", "it"), naming nothing else
    for certain (only weakly, "Azerbaijani ... China" of "Azerbaijani investment in China") nor before its
    reference? Then the conversation is still about that thing."""
    if ctx.subject is None or not named or any(a.mentions[e].strong for e in named):
        return False
    refs, positions = references(a, index.stopwords)
    refs.discard("ellipsis")
    is_person = lambda e: getattr(index.base.get(e), "type", "") == "person"  # noqa: E731
    return bool(refs) and not names_its_own(a, ctx, refs, positions, is_person)


def _without_subject(ctx: Context) -> Context:
    """The context when what the conversation is about is no longer sure: the things it named, no subject."""
    return ctx.model_copy(update={"subject": None, "fresh": (), "key": None, "tags": frozenset(),
                                  "early_q": frozenset(), "also_tags": frozenset()})


def names_its_own(a: Analysis, ctx: Context, refs: set[str], positions: set[int],
                  is_person: Callable[[str], bool]) -> bool:
    """Can the question's references stand for a thing it names itself before them, none the conversation talked
    about: by its own words, if only in part, or by words nothing explains beside a kind noun ("what about the
    floating solar plant on Lake Boyukshor - what is its capacity?", "А что насчёт ... на озере Бёюкшор — какая у
    неё мощность?")? Then they are that thing, not one of the context's."""
    own = frozenset(e for e, m in a.mentions.items() if not m.via_kind and m.positions)
    if own & set(ctx.entities):
        return False
    if own and refers_within(a, refs, positions, is_person, own):
        return True
    start = reference_start(a, positions)
    kinds = [m for m in a.mentions.values() if m.via_kind and m.first < start]
    unexplained = [i for i, w in enumerate(a.seq[:start]) if w in a.residual]
    return bool(kinds) and len(unexplained) >= UNKNOWN_THING and "person" not in refs


def _named_another(d: Decision, ctx: Context, index: FactIndex) -> bool:
    """Is `d` the decline of a question that asks something of a thing it names itself, not one the conversation
    talked about (names_its_own: "Different project: the floating solar plant on Lake Boyukshor. How much battery
    storage will it have?"), or that it names by its own words, none of the conversation's? Its "it" next ("tell me
    more about it") is that thing, not the last one. (A message that asks nothing of a thing, "what's the weather
    like in Baku today?", leaves the context alone.)"""
    a = d.analysis
    if d.kind not in ("decline", "ambiguous") or a is None or not a.attribute_tags - CONNECTIVES:
        return False
    refs, positions = references(a, index.stopwords)
    refs.discard("ellipsis")
    if refs:
        return names_its_own(a, ctx, refs, positions, lambda e: getattr(index.base.get(e), "type", "") == "person")
    own = {e for e, m in a.mentions.items() if not m.via_kind and m.positions}
    return bool(own) and not own & set(ctx.entities)


def _asks_someone_else(a: Analysis, rec) -> bool:
    """Does the question ask "who" of something about the person it names ("who met him?", "who did he meet?"),
    not who that person is?"""
    return rec.type == "person" and "q_who" in a.tags and bool(a.attribute_tags - CONNECTIVES - {"define", "role"})


def _asks_a_thing_of(a: Analysis, rec) -> bool:
    """Does the question ask which thing of a kind the person it names did something with ("what document did he
    sign?", "which memorandum did she sign?"), not who or what that person is?"""
    return rec.type == "person" and bool(a.asked_things) and "q_who" not in a.tags


def _described(named: tuple[str, ...], a: Analysis, index: FactIndex) -> tuple[str, ...]:
    """"中国能建与阿塞拜疆能源部签署的谅解备忘录" (the memorandum CEEC signed with the Ministry of Energy), declined: a thing
    named only by its kind's words (the one report's "memorandum of understanding") beside other things named
    is the kind noun those others describe, not that thing, unless its facts involve one of them."""
    kind_at = {p for m in lexicon(a.lang).kinds.find(a.seq) for p in range(m.start, m.end)}
    out = []
    for e in named:
        m = a.mentions[e]
        others = set(named) - {e}
        if m.positions and m.positions <= kind_at and not _involves(e, others, index):
            continue
        out.append(e)
    return tuple(out)


def _involves(e: str, others: set[str], index: FactIndex) -> bool:
    """Do the facts of `e` name or involve one of `others`?"""
    return any(others & ({f.subject} | set(f.related) | set(value_ids(f, index.base)))
               for f in index.by_subject.get(e, ()))
