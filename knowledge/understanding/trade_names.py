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
    names_with: dict[str, list[frozenset[str]]] = defaultdict(list)  # word -> the words of each name that has it
    places: set[str] = set()
    for rec in base:
        fields = rec.__dict__
        if "name" in fields:
            for text in names_of(rec):
                words = frozenset(tokens(text))
                for w in words:
                    names_with[w].append(words)
        for attr in ("place", "based_in", "country"):
            value = getattr(fields.get(attr), "value", fields.get(attr))
            if isinstance(value, str):
                places.update(tokens(value))
    known = languages().typo
    out: dict[str, str] = {}
    for rec in base.of_type("organization"):
        words = [w for w in tokens(rec.name) if w not in LEGAL_FORMS]
        whole, acronym = frozenset(words), (rec.acronym or "").lower()
        for w in words[:LEADING]:
            # (a name that says this one whole is of the same company, or of something it is part of:
            # "the agreement between Gobustan Sunworks LLC and ...")
            if (len(w) >= MIN_LETTERS and w.isalpha() and w.isascii() and w not in places and w != acronym
                    and w not in known and all(whole <= other for other in names_with.get(w, ()))):
                if len(words) > 1:
                    out[rec.id] = w
                break
    return out
