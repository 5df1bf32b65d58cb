"""The fixed question mix of the matcher benchmark, and what a right answer is.

Kinds: `real` (answerable from the shipped facts), `typo`, `paraphrase`,
`decline` (on topic, but the facts do not say), `off_topic`, and `synthetic`
(about the first synthetic records, which exist at every size because the
synthetic bases are prefix-stable). Each question names the record (and field)
its answer must come from, or that it must not be answered.
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.facts.factbase import FactBase


@dataclass(frozen=True)
class Question:
    text: str
    kind: str                      # real, typo, paraphrase, decline, off_topic, synthetic
    record: str | None = None      # the record the answer must cite a fact of; None: must decline
    field: str | None = None       # the field asked about (informative: fact ids are the matcher's)
    specific: bool = True          # names its subject by a name of its own, not "the conference", "the MoU"

    # A question that is not specific is clear in a base of one report and ambiguous in a base of
    # thousands of conferences; at scale the matcher may rightly ask which one is meant.

    @property
    def answerable(self) -> bool:
        return self.record is not None


def _q(kind: str, text: str, record: str | None = None, field: str | None = None, *,
       specific: bool = True) -> Question:
    return Question(text=text, kind=kind, record=record, field=field, specific=specific)


CONFERENCE = "china-az-investment-conference-2025"
REAL: tuple[Question, ...] = (
    _q("real", "When was AZPROMO founded?", "azpromo", "founded"),
    _q("real", "Who founded AZPROMO?", "azpromo", "founder"),
    _q("real", "What is the purpose of AZPROMO?", "azpromo", "purpose"),
    _q("real", "What is AZPROMO's primary objective?", "azpromo", "objective"),
    _q("real", "Who heads AZPROMO?", "azpromo", "head"),
    _q("real", "Who is Yusif Abdullayev?", "yusif-abdullayev", "role"),
    _q("real", "What is Wu Hongliang's position?", "wu-hongliang", "role"),
    _q("real", "When was the China-Azerbaijan investment conference held?",
       "china-az-investment-conference-2025", "date"),
    _q("real", "Who organized the China-Azerbaijan Industrial and Investment Cooperation Promotion Conference?",
       "china-az-investment-conference-2025", "organizers"),
    _q("real", "Who supported the investment conference?", CONFERENCE, "supporters", specific=False),
    _q("real", "How many companies took part in the conference?", CONFERENCE, "companies", specific=False),
    _q("real", "Who signed the MoU?", "azpromo-ndrc-icc-mou-2025", "parties", specific=False),
    _q("real", "What is the purpose of the AZPROMO NDRC memorandum?", "azpromo-ndrc-icc-mou-2025", "purpose"),
    _q("real", "What was discussed at the AZPROMO NDRC meeting?", "abdullayev-wu-meeting-2025", "discussed"),
    _q("real", "How many export trips were conducted under Made in Azerbaijan?", "made-in-azerbaijan",
       "counts.export_trips"),
)
TYPO: tuple[Question, ...] = (
    _q("typo", "When was AZPRMO founded?", "azpromo", "founded"),
    _q("typo", "when was azpromo fonded", "azpromo", "founded"),
    _q("typo", "who is yusif abdulayev", "yusif-abdullayev", "role"),
    _q("typo", "what is wu honglaing's position", "wu-hongliang", "role"),
    _q("typo", "Who orgnaized the investmnt conference?", CONFERENCE, "organizers", specific=False),
    _q("typo", "how many compnies took part in the conferance", CONFERENCE, "companies", specific=False),
    _q("typo", "Who sigend the memorandum?", "azpromo-ndrc-icc-mou-2025", "parties", specific=False),
    _q("typo", "how many export trps under made in azerbajan", "made-in-azerbaijan", "counts.export_trips"),
)
PARAPHRASE: tuple[Question, ...] = (
    _q("paraphrase", "In what year was the Azerbaijan Export and Investment Promotion Agency established?",
       "azpromo", "founded"),
    _q("paraphrase", "Which organizations co-hosted the China-Azerbaijan conference?",
       "china-az-investment-conference-2025", "organizers"),
    _q("paraphrase", "How many firms attended the investment forum?", "china-az-investment-conference-2025",
       "companies", specific=False),
    _q("paraphrase", "What position does Wu Hongliang hold?", "wu-hongliang", "role"),
    _q("paraphrase", "Which parties concluded the memorandum of understanding?", "azpromo-ndrc-icc-mou-2025",
       "parties", specific=False),
    _q("paraphrase", "What did Abdullayev and Wu talk about?", "abdullayev-wu-meeting-2025", "discussed"),
    _q("paraphrase", "Who runs the Export and Investment Promotion Agency of Azerbaijan?", "azpromo", "head"),
    _q("paraphrase", "What date did the investment conference take place?", "china-az-investment-conference-2025",
       "date", specific=False),
)
DECLINE: tuple[Question, ...] = (
    _q("decline", "When was the NDRC founded?"),
    _q("decline", "How much did China invest in Azerbaijan in 2024?"),
    _q("decline", "What is the GDP of Azerbaijan?"),
    _q("decline", "Who is the president of the NDRC?"),
    _q("decline", "How many Chinese companies operate in Baku?"),
)
OFF_TOPIC: tuple[Question, ...] = (
    _q("off_topic", "What's the weather in Paris tomorrow?"),
    _q("off_topic", "How do I bake sourdough bread?"),
    _q("off_topic", "Who won the football world cup in 2018?"),
    _q("off_topic", "Write me a poem about cats"),
)
FIXED: tuple[Question, ...] = REAL + TYPO + PARAPHRASE + DECLINE + OFF_TOPIC


def _typo(name: str) -> str:
    """Drop one inner letter of the longest word: 'Guangzhou' -> 'Guangzhu'."""
    words = name.split(" ")
    j = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[j]
    words[j] = w[: len(w) // 2 + 1] + w[len(w) // 2 + 2:] if len(w) > 4 else w
    return " ".join(words)


def synthetic_questions(base: FactBase, *, limit: int = 20) -> tuple[Question, ...]:
    """Questions about the first synthetic records of `base`, the same at every size."""
    out: list[Question] = []
    wanted = {"organization": 5, "person": 4, "event": 5, "agreement": 3, "initiative": 3}
    for rec in base:
        if not rec.id.startswith("syn-") or rec.type == "source" or wanted.get(rec.type, 0) <= 0:
            continue
        wanted[rec.type] -= 1
        n = rec.name
        if rec.type == "organization":
            if rec.founded and wanted["organization"] % 2 == 0:
                out.append(_q("synthetic", f"When was the {n} founded?", rec.id, "founded"))
            elif rec.acronym:
                out.append(_q("synthetic", f"What is the purpose of {rec.acronym}?", rec.id, "purpose"))
            else:
                out.append(_q("synthetic", f"Where is the {n} based?", rec.id, "based_in"))
        elif rec.type == "person":
            if wanted["person"] % 2:
                out.append(_q("synthetic", f"Who is {n}?", rec.id, "role"))
            else:
                out.append(_q("synthetic", f"what is {_typo(n)}'s position", rec.id, "role"))
        elif rec.type == "event":
            if rec.companies and wanted["event"] % 2:
                out.append(_q("synthetic", f"How many companies took part in the {n}?", rec.id, "companies"))
            elif rec.organizers and wanted["event"] % 3 == 0:
                out.append(_q("synthetic", f"Who organized the {_typo(n)}?", rec.id, "organizers"))
            else:
                out.append(_q("synthetic", f"When was the {n} held?", rec.id, "date"))
        elif rec.type == "agreement":
            label = rec.aliases[0] if rec.aliases else rec.name
            out.append(_q("synthetic", f"Who signed the {label}?", rec.id, "parties"))
        elif rec.type == "initiative":
            key = next(iter(rec.counts))
            out.append(_q("synthetic", f"How many {key.replace('_', ' ')} under {n}?", rec.id, f"counts.{key}"))
        if len(out) >= limit:
            break
    return tuple(out)


def cites_record(fact_ids: tuple[str, ...] | list[str], record: str) -> bool:
    """Whether any fact id belongs to `record` (fact ids are `<record id>` plus a field suffix)."""
    return any(f == record or (f.startswith(record) and f[len(record)] in ".:#/[") for f in fact_ids)
