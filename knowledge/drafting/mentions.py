"""Finding the names in a sentence: organizations and events by their head nouns, acronyms, people.

A name is a run of capitalised words around a head noun ("... Promotion Agency of
Azerbaijan"), joined by "of", "and", "for", "in"; an acronym in brackets right after
it is its acronym. People are two or three capitalised words next to a role
("Yusif Abdullayev, Executive Director of ..." or "Minister of Economy Mikayil Jabbarov").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import COUNTRY_WORDS, EVENT_HEADS, EVENT_NOUNS, LOWER_ROLE_WORDS, ORG_HEADS, ROLE_WORDS, STOP_CAPS

_WORD = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ÿƏəĞğİıŞşÇçÖöÜü][\w’'.&–-]*[\w]|[A-Za-z0-9&]")
_SUFFIX = re.compile(r"(?:\.?,? (?:Ltd|Limited|LLC|Inc|JSC|OJSC|CJSC|PLC)\b\.?|\.(?=[\s,]))")
_VENUES = {"Hall", "Hotel", "Palace", "Arena", "Stadium", "Theatre", "Theater", "Square", "Street", "Avenue"}
ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,14})\)")
_ACR_SHAPE = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,14}$")
NAME_WORD = rf"(?!(?:{ROLE_WORDS})\b)[A-Z][a-zà-ÿəğışçöü]+(?:[-’'][A-Za-zəğışçöü]+)?"
PERSON = rf"(?<![\w-])(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}})(?![\w-])"
ROLE = rf"(?:the )?(?:(?:{ROLE_WORDS}|{LOWER_ROLE_WORDS})\b)"


@dataclass(frozen=True)
class Mention:
    kind: str  # organization | event
    text: str  # the name as written (no leading "the", no bracketed acronym)
    start: int
    end: int   # end of the name, before any " (ACR)"
    head: str
    acronym: str | None = None
    span_end: int = 0  # end including the acronym
    country: str | None = None   # "Azerbaijan's Lankaran Citrus Union"
    based_in: str | None = None  # "Urumqi-based Qinglu Fresh ..."

    @property
    def possessor(self) -> str | None:
        """'NDRC' for "NDRC's International Cooperation Center"."""
        first = self.text.split(" ", 1)[0]
        return first[:-2] if first.endswith(("'s", "’s")) and " " in self.text else None


def _capital(tok: str) -> bool:
    return tok[0].isupper() or (tok[0].isdigit() and bool(re.fullmatch(r"\d+(?:st|nd|rd|th)?", tok)))


def _words(sentence: str) -> list[re.Match]:
    return list(_WORD.finditer(sentence))


def _expand(words: list[re.Match], i: int, sentence: str) -> tuple[int, int]:
    """Indices (first, last) of the name around head word `i`.

    To the left: capitalised words, and "X and Y" before the head ("Export and Investment
    Promotion Agency"). To the right: capitalised words, and "of"/"for"/"on" complements,
    inside which "and" may join ("Commission of Development and Reform"); "in" only
    before a country ("Office in China"). "A and B" after a finished name are two names."""
    first = i
    while first > 0:
        prev = words[first - 1].group(0)
        if not _gap(sentence, words[first - 1], words[first]):
            break
        if _capital(prev) and prev not in STOP_CAPS:
            first -= 1
            if prev.endswith(("'s", "’s")):
                break
        elif (prev in ("and", "&") and first > 1 and _gap(sentence, words[first - 2], words[first - 1])
              and _capital(words[first - 2].group(0)) and words[first - 2].group(0) not in STOP_CAPS
              and not words[first - 2].group(0).endswith(("'s", "’s"))
              and not any(w.group(0) in ORG_HEADS or w.group(0) in EVENT_HEADS for w in words[first:i])
              and words[first - 2].group(0) not in ORG_HEADS and not words[first - 2].group(0).isupper()):
            first -= 2
        else:
            break
    last, complement = i, False
    while last + 1 < len(words):
        nxt = words[last + 1].group(0)
        if not _gap(sentence, words[last], words[last + 1]):
            break
        if _capital(nxt) and nxt not in STOP_CAPS and not nxt.endswith(("'s", "’s")):
            last += 1
            continue
        if nxt in ("of", "for", "and", "on", "in", "&") and last + 2 < len(words):
            j = last + 2
            if words[j].group(0) == "the" and nxt != "and" and j + 1 < len(words):
                j += 1
            cand = words[j].group(0)
            if (_capital(cand) and cand not in STOP_CAPS and _gap(sentence, words[j - 1], words[j])
                    and not cand.endswith(("'s", "’s"))):
                if nxt in ("and", "&") and not complement:
                    break
                if nxt == "in" and cand not in COUNTRY_WORDS:
                    break
                complement = complement or nxt in ("of", "for", "on")
                last = j
                continue
        break
    return first, last


def _gap(sentence: str, a: re.Match, b: re.Match) -> bool:
    """Two words are in one name only if a plain space separates them."""
    return sentence[a.end():b.start()] == " "


def name_mentions(sentence: str) -> list[Mention]:
    """Organization and event names in a sentence, longest first where they overlap."""
    words = _words(sentence)
    found: list[Mention] = []
    for i, w in enumerate(words):
        tok = w.group(0).rstrip(".")
        if tok not in ORG_HEADS and tok not in EVENT_HEADS:
            continue
        first, last = _expand(words, i, sentence)
        if first == last == i and tok not in ("Government",):
            continue  # a bare "Agency" or "Forum" is no name
        if words[last].group(0) in _VENUES:
            continue  # "Khazar Expo Hall" is where, not who or what
        start, end = words[first].start(), words[last].end()
        if words[last].group(0) in ("Co", "Corp", "Inc", "Ltd") and (sfx := _SUFFIX.match(sentence, end)):
            end = sfx.end()  # "Co., Ltd."
        elif sfx := re.match(r",? (?:Ltd|LLC|Inc|JSC|OJSC|CJSC)\b\.?", sentence[end:]):
            end += sfx.end()
        text = sentence[start:end].rstrip(",")
        end = start + len(text)
        head = _main_head(words[first:last + 1])
        kind = "event" if head in EVENT_HEADS else "organization"
        acr = ACRONYM.match(sentence, end)
        acronym = acr.group("acr") if acr and _ACR_SHAPE.match(acr.group("acr")) else None
        country = based_in = None
        lead = words[first].group(0)
        if first < i and (lead[:-2] in COUNTRY_WORDS and lead.endswith(("'s", "’s"))):
            country, start = lead[:-2], words[first + 1].start()
        elif first < i and lead.endswith("-based"):
            based_in, start = lead[:-6], words[first + 1].start()
        text = sentence[start:end]
        found.append(Mention(kind, text, start, end, head, acronym, acr.end() if acronym else end, country, based_in))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in found:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _main_head(words: list[re.Match]) -> str:
    """The head noun before the first "of"/"for"/"in": "Ministry" of "Ministry of Economy"."""
    head = None
    for w in words:
        tok = w.group(0).rstrip(".")
        if tok in ("of", "for", "in", "on"):
            break
        if tok in ORG_HEADS or tok in EVENT_HEADS:
            head = tok
    if head is None:
        head = next(w.group(0).rstrip(".") for w in words if w.group(0).rstrip(".") in ORG_HEADS | EVENT_HEADS)
    return head


def acronym_mentions(sentence: str, known: set[str]) -> list[tuple[str, int, int]]:
    """(acronym, start, end) of known acronyms standing alone: "AZPROMO", "the NDRC's"."""
    out = []
    if not known:
        return out
    for m in re.finditer(r"(?<![\w(])([A-Z][A-Za-z0-9&.-]{1,14}?)(?:['’]s)?(?![\w)])", sentence):
        if m.group(1) in known:
            out.append((m.group(1), m.start(1), m.end(1)))
    return out


def is_person_name(name: str) -> bool:
    parts = name.split()
    return (2 <= len(parts) <= 3 and not any(p in STOP_CAPS or p in ORG_HEADS or p in EVENT_HEADS
                                             or p in COUNTRY_WORDS or p.rstrip("’'s") in COUNTRY_WORDS
                                             for p in parts)
            and not re.match(ROLE, name))


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    end: int
    role: str | None = None
    role_start: int = 0
    role_end: int = 0


_AFTER = re.compile(rf"{PERSON},\s+(?P<role>{ROLE}[^,;]*?)(?=,|;|\s+(?:said|noted|stated|told|met|added|emphasized|"
                    rf"stressed|underlined|highlighted|announced|signed)\b|\.?$)")
_BEFORE = re.compile(rf"(?P<role>(?<![\w-])(?:{ROLE_WORDS}|(?<=its )(?:{LOWER_ROLE_WORDS})|(?<=by )"
                     rf"(?:{LOWER_ROLE_WORDS}))\b(?:[ -](?:(?:{ROLE_WORDS})\b|of the|of|for|to|"
                     rf"[A-Z][\w’'-]*))*?)\s+{PERSON}")
_PLAIN = PERSON.replace("?P<name>", "")
_SAID = re.compile(rf"(?:\bsaid|\bnoted|\bstated|\badded|\bmet with|\bmet)\s+({_PLAIN})|({_PLAIN})\s+(?:said|noted|"
                   rf"stated|met|added|told|emphasized|stressed|underlined)\b")


def person_mentions(sentence: str) -> list[PersonMention]:
    """People named in a sentence, with the role written next to them where there is one."""
    found: dict[str, PersonMention] = {}
    for m in _AFTER.finditer(sentence):
        if is_person_name(m.group("name")):
            found.setdefault(m.group("name"), PersonMention(m.group("name"), m.start("name"), m.end("name"),
                                                            m.group("role").strip(), m.start("role"), m.end("role")))
    for m in _BEFORE.finditer(sentence):
        name, role = m.group("name"), m.group("role").strip()
        words = name.split()
        if len(words) == 3 and words[0] not in STOP_CAPS:  # "Minister of Economy Mikayil Jabbarov": role ends first
            role, name = f"{role} {words[0]}", " ".join(words[1:])
        if is_person_name(name) and name not in found and not role.endswith(" of"):
            start = m.end("name") - len(name)
            found[name] = PersonMention(name, start, m.end("name"), role, m.start("role"), start - 1)
    for m in _SAID.finditer(sentence):
        name = next((g for g in m.groups() if g), None)
        if name and is_person_name(name) and name not in found:
            start = sentence.find(name, m.start())
            found[name] = PersonMention(name, start, start + len(name))
    return sorted(found.values(), key=lambda p: p.start)


_ITS = re.compile(rf"\b(?:[Ii]ts|[Tt]heir) (?P<role>(?:{LOWER_ROLE_WORDS}|{ROLE_WORDS})(?: [\w-]+){{0,4}}?),\s+{PERSON},")
_HEADED = re.compile(rf"\b(?:headed|led|chaired) by {PERSON}")


def its_role(sentence: str) -> list[tuple[str, str, int]]:
    """(name, role, where) for "Its chairman, Pan Deshun, said": the role of the organization just named."""
    return [(m.group("name"), m.group("role"), m.start()) for m in _ITS.finditer(sentence)
            if is_person_name(m.group("name"))]


def headed_by(sentence: str) -> list[tuple[str, int]]:
    """(name, where) for "..., headed by Sevinj Gurbanli": the head of the organization before it."""
    return [(m.group("name"), m.start()) for m in _HEADED.finditer(sentence) if is_person_name(m.group("name"))]


_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:[a-z-]+\s+){0,2}?(?P<noun>round table|roundtable|ceremony|conference|forum|"
    r"summit|exhibition|seminar|symposium|workshop|expo)\s+(?:on|for|dedicated to)\s+(?!the (?:sidelines|framework)\b)"
    r"[^,.;]+?)(?=\s+(?:was|were|is|will|has|had|held|took|at|in\s+[A-Z]|on\s+(?:[A-Z]|\d))\b|[,.;]|$)")


def unnamed_events(sentence: str) -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of events introduced without a proper name: "a round table on digital trade"."""
    return [(m.group("name"), EVENT_NOUNS[m.group("noun")], m.start("name"), m.end("name"))
            for m in _UNNAMED.finditer(sentence)]
