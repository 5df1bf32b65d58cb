"""The obvious matcher, as the benchmark's baseline: one fuzzy scan over every phrasing.

For every record, each of its names (name, acronym, aliases) is combined with a
phrasing of each fact it has ("when was X founded", "who organized X", ...). A
question is answered by `rapidfuzz.process.extractOne` over all those strings
(default scorer WRatio, strings lower-cased and stripped by `utils.default_process`
once at build time, the question once per ask). The best string names the record
and field. Cost per question: linear in the number of strings.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process, utils

from knowledge.facts.factbase import FactBase

PHRASINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "organization": {
        "founded": ("when was {} founded",), "founder": ("who founded {}",), "head": ("who heads {}",),
        "based_in": ("where is {} based",), "country": ("which country is {} from",),
        "purpose": ("what is the purpose of {}",), "objective": ("what is the objective of {}",),
        "parent": ("what is {} part of",), "mentioned": ("what is {}",),
    },
    "person": {"role": ("who is {}", "what is the position of {}"), "organization": ("where does {} work",)},
    "event": {
        "date": ("when was {} held",), "place": ("where was {} held",), "organizers": ("who organized {}",),
        "supporters": ("who supported {}",), "companies": ("how many companies took part in {}",),
        "discussed": ("what was discussed at {}",), "participants": ("who took part in {}",),
        "part_of": ("what was {} part of",),
    },
    "agreement": {
        "parties": ("who signed {}",), "date": ("when was {} signed",), "purpose": ("what is the purpose of {}",),
        "signed_at": ("where was {} signed",),
    },
    "initiative": {"owner": ("who runs {}",)},
}
ANSWER_SCORE = 90.0  # below this best score the baseline declines (WRatio gives ~85 to unrelated short strings)


@dataclass(frozen=True)
class Hit:
    record: str | None
    field: str | None
    score: float

    @property
    def answered(self) -> bool:
        return self.record is not None


class FuzzyBaseline:
    def __init__(self, strings: list[str], targets: list[tuple[str, str]]) -> None:
        self.strings = strings
        self.targets = targets

    @classmethod
    def build(cls, base: FactBase) -> "FuzzyBaseline":
        strings: list[str] = []
        targets: list[tuple[str, str]] = []
        for rec in base:
            fields = PHRASINGS.get(rec.type)
            if fields is None:
                continue
            names = [rec.name, *rec.aliases]
            if getattr(rec, "acronym", None):
                names.append(rec.acronym)
            present = [(f, ph) for f, ph in fields.items() if getattr(rec, f, None) is not None]
            if rec.type == "initiative":
                present += [(f"counts.{k}", (f"how many {k.replace('_', ' ')} under {{}}",)) for k in rec.counts]
            for fname, phrasings in present:
                for ph in phrasings:
                    for n in names:
                        strings.append(utils.default_process(ph.format(n)))
                        targets.append((rec.id, fname))
        return cls(strings, targets)

    def __len__(self) -> int:
        return len(self.strings)

    def ask(self, question: str) -> Hit:
        best = process.extractOne(utils.default_process(question), self.strings, processor=None)
        if best is None or best[1] < ANSWER_SCORE:
            return Hit(None, None, best[1] if best else 0.0)
        rid, fname = self.targets[best[2]]
        return Hit(rid, fname, best[1])
