"""A company's trade name: the one word of its registered name that people call it by ("Lanyu" of Zhejiang
Lanyu Home Appliances Co., Ltd., "Yunqiao" of Hangzhou Yunqiao Supply Chain Co., Ltd.).

Admins import organizations under their full names, and questions name them by that word alone ("the Lanyu
plant", "how many warehouses does Yunqiao operate"). A word of an organization's name is its trade name when
it is one of the name's first two words and no other name has it without saying this one whole (else it
names several things: "Tengyun" of Tengyun Solar and of its joint venture, "Gobustan" of Gobustan Sunworks LLC
and of the Gobustan solar plant), that is no word of the languages ("Home", "Supply", "Silk") and no
place a record is at or based in ("Zhejiang", "Hangzhou"), and when the name says more than it (a one-word
name is its own name already). It names the organization as its whole name does.
"""
from __future__ import annotations

from collections import defaultdict

from ..facts.factbase import FactBase
from ..language.lexicon import languages
from ..language.text import tokens
from .kinds import names_of

MIN_LETTERS = 4
LEADING = 2  # a trade name stands first, or after a place ("Hangzhou Yunqiao ..."), before what the company does
# the words of a legal form, which say nothing of which company it is
LEGAL_FORMS = frozenset("co ltd llc inc corp corporation company limited group holding holdings jsc ojsc cjsc "
                        "plc gmbh sa ag".split())


def trade_names(base: FactBase) -> dict[str, str]:
    """Organization id -> its trade name (as written in its name), for those that have one."""
    places: set[str] = set()
    for rec in base:
        fields = rec.__dict__
        for attr in ("place", "based_in", "country"):
            value = getattr(fields.get(attr), "value", fields.get(attr))
            if isinstance(value, str):
                places.update(tokens(value))
    known = languages().typo
    leading: dict[str, tuple[list[str], str | None]] = {}  # organization -> its words, and the first that may be its trade name
    for org in base.of_type("organization"):
        words = [w for w in tokens(org.name) if w not in LEGAL_FORMS]
        acronym = (org.acronym or "").lower()
        may = [w for w in words[:LEADING] if len(w) >= MIN_LETTERS and w.isalpha() and w.isascii() and w not in places
               and w != acronym and w not in known]
        if may:
            leading[org.id] = (words, may)
    # the names of each such word, as sets of words (only these words' names are looked at)
    candidates = {w for _, may in leading.values() for w in may}
    names_with: dict[str, list[frozenset[str]]] = defaultdict(list)
    for rec in base:
        if "name" in rec.__dict__:
            for text in names_of(rec):
                words = tokens(text)
                if not candidates.isdisjoint(words):
                    said = frozenset(words)
                    for w in candidates.intersection(said):
                        names_with[w].append(said)
    out: dict[str, str] = {}
    for rid, (words, may) in leading.items():
        whole = frozenset(words)
        for w in may:
            # (a name that says this one whole is of the same company, or of something it is part of:
            # "the agreement between Gobustan Sunworks LLC and ...")
            if all(whole <= other for other in names_with.get(w, ())):
                if len(words) > 1:
                    out[rid] = w
                break
    return out
