"""Who does what to a named thing, when only a text says it: "Which company will operate the cotton-yarn and denim
mill in Mingachevir?" of a mill none of whose fields names an operator, but whose operating company's own words
say so ("Mingachevir Jinsha Textile LLC: founded for operating NJTG's cotton-yarn and denim mill in Mingachevir"),
or the mill's purpose does ("... the mill will be operated by Mingachevir Jinsha Textile LLC").

The question asks who or which (one thing), names one thing clearly, and leaves a word or two no cue explains (the
verb: "operate"); a free-text fact (a purpose, a mission, what was said) answers when its text says a form of
each such word: the thing's own, or else another record's (an organization's, a person's) that says every word
the question names the thing by. All that answer must be one thing (or its report from another article);
otherwise nothing does, and nothing does when the question's cues ask an attribute of the thing's type ("who is
the contractor of ...?": the attribute it lacks is what is asked). Nothing here knows any record or verb: the
words are the question's and the facts'.
"""
from __future__ import annotations

from ..facts.atoms import Fact
from ..language.lexicon import lexicon
from .analysis import Analysis
from .index import CONTENT_ATTRIBUTES, FactIndex
from .intents import asked_attributes

ASKING = frozenset({"q_which", "q_who"})
MAX_LEFT = 2          # words no cue explains: more says more than who does what
MAX_TEXTS = 200       # facts looked at through one word of the thing's name
FORM_HEAD = 5         # letters two forms of a word share at least ("operate", "operating": "operat")
ANSWERING = frozenset({"organization", "person"})  # what a "who"/"which company" names


def said_in_a_text(a: Analysis, index: FactIndex) -> Fact | None:
    """The free-text fact that says what the question asks of the one thing it names (see the module's
    docstring), or None."""
    if a.lang != "en" or a.unknown or a.unknown_names or a.polar or not a.early_q & ASKING:
        return None
    named = [m for m in a.mentions.values() if m.named]
    if not named or any(not index.same_thing(named[0].entity, m.entity) and m.entity != named[0].entity
                        for m in named[1:]):
        return None
    stop = index.stopwords
    thing = max(named, key=lambda m: (m.strength, len(m.positions)))
    left = _left(a, {p for m in named for p in m.positions}, index)
    if not left or len(left) > MAX_LEFT:
        return None
    rec = index.base.get(thing.entity)
    if rec is None or asked_attributes(rec.type, a.tags, a.early_q):
        return None  # (its cues ask an attribute of its type, which it lacks: "who is the contractor of ...?")
    # (the words it is called by, but a country's: "the ZTBG plant in Azerbaijan" says where, not which)
    countries = {p for m in lexicon(a.lang).countries.find(a.seq) for p in range(m.start, m.end)}
    called = {a.seq[p] for p in thing.positions - countries if a.seq[p] not in stop and not a.seq[p].isdigit()}
    ids = {thing.entity, *index.twins.get(thing.entity, ())}
    found = [f for f in _texts(ids, called, index) if _says_each(left, index.content_of.get(f.id, frozenset()))
             and (f.subject in ids or called <= index.content_of.get(f.id, frozenset()) and _answers(f, index))]
    own = [f for f in found if f.subject in ids]
    found = own or found  # (its own words first: "the mill will be operated by ...")
    if not found or any(not (f.subject == found[0].subject or index.same_thing(f.subject, found[0].subject))
                        for f in found[1:]):
        return None
    return sorted(found, key=lambda f: (not index.documented(f.subject), f.id))[0]


def _left(a: Analysis, named_at: set[int], index: FactIndex) -> list[str]:
    """The question's words (of its question sentence) that no cue, kind noun, country or clearly named thing
    explains: the verb of what is asked ("operate"). (A word of a weakly matched name is left too: "operate" of
    a statement "... on Chinese companies operating in Azerbaijan".)"""
    kinds = {p for at in a.kinds_at.values() for p in at}
    countries = {p for m in lexicon(a.lang).countries.find(a.seq) for p in range(m.start, m.end)}
    stop, cues = index.stopwords, index.vocabulary
    return [w for p, w in enumerate(a.seq) if p >= a.focus and p not in named_at | kinds | countries
            and w not in stop and w not in cues and len(w) >= 4 and not w.isdigit()]


def _texts(ids: set[str], called: set[str], index: FactIndex) -> list[Fact]:
    """The free-text facts of the thing itself, and those whose texts say the rarest word it is called by."""
    own = [f for rid in sorted(ids) for f in index.by_subject.get(rid, ()) if f.attribute in CONTENT_ATTRIBUTES]
    words = sorted((w for w in called if index.by_content.get(w)), key=lambda w: len(index.by_content[w]))
    others = index.by_content.get(words[0], [])[:MAX_TEXTS] if words else []
    return own + [f for f in others if f.subject not in ids]


def _says_each(words: list[str], said: frozenset[str]) -> bool:
    """Does the text say a form of each word ("operate": "operating", "operated")?"""
    return bool(said) and all(w in said or any(_one_word(w, s) for s in said) for w in words)


def _one_word(one: str, other: str) -> bool:
    """Two forms of one word, the light stemmer aside: long, and the shorter all but its last letter the
    longer's beginning ("operate", "operat"; "compare", "compar")."""
    short, long_ = sorted((one, other), key=len)
    return len(short) > FORM_HEAD and long_.startswith(short[:-1]) and len(long_) - len(short) <= 2


def _answers(f: Fact, index: FactIndex) -> bool:
    """Is the fact's subject what "who" or "which company" names (an organization, a person)?"""
    rec = index.base.get(f.subject)
    return getattr(rec, "type", None) in ANSWERING
