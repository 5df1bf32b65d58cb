"""Linking drafted names to records the fact base already holds, by names, acronyms and aliases.

"AZPROMO", "the Export and Investment Promotion Agency" and "Азпромо" all name one
record when the fact base lists them as its acronym, alias or name; those records
are referred to, never drafted again.
"""
from __future__ import annotations

from ..facts.factbase import FactBase
from ..language.text import tokens

DETERMINERS = {"the", "a", "an"}


def name_key(name: str) -> str:
    """Comparable form of a name: folded tokens, without a leading article or a bracketed acronym."""
    words = tokens(name.split(" (")[0] if name.endswith(")") else name)
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


class Linker:
    """name key -> (record id, record type) for every name a record of the base goes by."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.keys: dict[str, tuple[str, str]] = {}
        self.acronyms: dict[str, str] = {}
        ambiguous: set[str] = set()
        for rec in base:
            if rec.type == "source":
                continue
            names = [getattr(rec, "name", ""), *getattr(rec, "aliases", ()), *getattr(rec, "names", {}).values()]
            mentioned = getattr(rec, "mentioned", None)
            if mentioned is not None and rec.type in ("organization", "person"):
                names.append(mentioned.value)
            acronym = getattr(rec, "acronym", None)
            if acronym:
                names.append(acronym)
                self.acronyms[acronym] = rec.id
            for n in names:
                key = name_key(n)
                if not key:
                    continue
                if key in self.keys and self.keys[key][0] != rec.id:
                    ambiguous.add(key)
                self.keys.setdefault(key, (rec.id, rec.type))
        for key in ambiguous:  # a name two records share links neither
            self.keys.pop(key, None)

    def find(self, name: str, types: tuple[str, ...]) -> str | None:
        hit = self.keys.get(name_key(name))
        if hit and hit[1] in types:
            return hit[0]
        return None

    def same_source(self, url: str | None, publisher: str, title: str | None, published,
                    opening: str = "") -> str | None:
        """A source record of the same article: the same address, or the same publisher, title and date
        and (where its text is stored) the same opening sentence."""
        for src in self.base.sources():
            if url and src.url == url:
                return src.id
            if (title and src.title == title and src.published == published
                    and name_key(src.publisher) == name_key(publisher)
                    and (not opening or src.text is None or opening in src.text)):
                return src.id
        return None
