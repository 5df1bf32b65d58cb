"""Drafting from an article's text: the records, their values, their quotes, the links to the fact base.

The article (data/forum.txt) is FICTIONAL, written for these tests in a news agency's style.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.drafting import NoFacts, NotAnArticle, draft_document, draft_text
from knowledge.drafting.output import draft_yaml
from knowledge.facts.factbase import FactBase, cited_fields
from knowledge.facts.loader import load_document, load_shipped

ARTICLE = (Path(__file__).parent / "data" / "forum.txt").read_text(encoding="utf-8")
TEXT = ARTICLE.split("\n\n", 1)[1]  # without the FICTIONAL marker line: the title comes first
TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_shipped()


@pytest.fixture(scope="module")
def draft(shipped):
    return draft_text(TEXT, shipped, today=TODAY)


def records(draft, type_: str) -> dict:
    return {p.record.name: p.record for p in draft.proposals if p.record.type == type_}


def test_the_source_comes_from_the_dateline_and_the_article(draft):
    """Ensure the source gets publisher, place and date from the dateline ("BAKU, Azerbaijan, June 12 ... Trend")."""
    src = draft.source
    assert (src.publisher, src.place, src.published) == ("Trend", "Baku", dt.date(2026, 6, 12))
    assert src.title == "Ganja hosts Azerbaijan-China Agro Investment Forum"
    assert draft.source_is_new


def test_organizations_get_acronyms_and_existing_ones_are_linked_not_drafted(draft):
    """Ensure new organizations carry their acronyms and the Ministry of Economy is linked, not duplicated."""
    orgs = records(draft, "organization")
    assert orgs["Caspian Orchard Export Council"].acronym == "COEC"
    assert orgs["Shaanxi Agricultural Trade Association"].acronym == "SATA"
    assert not any("Ministry" in name for name in orgs)
    assert "ministry-of-economy-az" in draft.linked


def test_the_event_has_date_place_organizers_supporters_and_companies(draft):
    """Ensure the forum's date (year from the dateline), place, organizers, supporter and ~120 companies."""
    forum = records(draft, "event")["Azerbaijan-China Agro Investment Forum"]
    orgs = {r.acronym: r.id for r in records(draft, "organization").values()}
    assert forum.kind == "forum"
    assert forum.date.value == dt.date(2026, 6, 10)
    assert forum.place.value == "Ganja"
    assert forum.organizers.value == (orgs["COEC"], orgs["SATA"])
    assert forum.supporters.value == ("ministry-of-economy-az",)
    assert (forum.companies.value, forum.companies.approximate) == (120, True)


def test_people_have_roles_and_organizations_and_their_meeting_what_was_discussed(draft):
    """Ensure each person's role and organization, and the meeting's participants, part_of and topics."""
    people = records(draft, "person")
    orgs = {r.acronym: r.id for r in records(draft, "organization").values()}
    assert people["Kamran Aliyev"].role.value == "Chairman"
    assert people["Kamran Aliyev"].organization.value == orgs["COEC"]
    assert people["Zhao Lifen"].role.value == "Vice President"
    meeting = records(draft, "event")["Meeting between Kamran Aliyev and Zhao Lifen"]
    forum = records(draft, "event")["Azerbaijan-China Agro Investment Forum"]
    assert meeting.participants.value == (people["Kamran Aliyev"].id, people["Zhao Lifen"].id)
    assert meeting.part_of.value == forum.id
    assert meeting.discussed.value == ("the export of Azerbaijani hazelnuts to China",
                                       "the opening of a joint cold storage terminal in Ganja")


def test_the_agreement_has_kind_parties_event_date_and_purpose(draft):
    """Ensure the MoU's parties, the event it was signed at, its date (the event's) and its purpose."""
    (mou,) = records(draft, "agreement").values()
    orgs = {r.acronym: r.id for r in records(draft, "organization").values()}
    forum = records(draft, "event")["Azerbaijan-China Agro Investment Forum"]
    assert mou.kind == "Memorandum of Understanding"
    assert mou.parties.value == (orgs["COEC"], orgs["SATA"])
    assert mou.signed_at.value == forum.id
    assert mou.date.value == dt.date(2026, 6, 10)
    assert mou.purpose.value == "the joint promotion of Azerbaijani fruit in Chinese markets"


def test_every_quote_is_a_verbatim_sentence_of_the_article(draft):
    """Ensure every drafted value's quote occurs, character for character, in the article."""
    quotes = [c.quote for p in draft.proposals for _, c in cited_fields(p.record)]
    assert len(quotes) > 20
    assert all(q in TEXT for q in quotes)


def test_the_draft_in_the_import_format_validates_and_imports(draft, shipped):
    """Ensure the YAML draft loads on its own (linked records included) and carries confidence comments."""
    text = draft_yaml(draft, shipped)
    assert "# confidence 0." in text and "# already in the fact base" in text
    base = load_document(text, origin="draft.yaml")
    assert {p.record.id for p in draft.proposals} <= set(base.records)
    assert "ministry-of-economy-az" in base.records


def test_dropping_a_record_removes_the_references_to_it(draft):
    """Ensure a dropped organization disappears from the event's organizers and the agreement's parties."""
    coec = records(draft, "organization")["Caspian Orchard Export Council"].id
    kept = {p.record.id for p in draft.proposals} - {coec}
    out = {r.id: r for r in draft.records(kept)}
    forum = next(r for r in out.values() if r.type == "event" and r.kind == "forum")
    assert coec not in out and coec not in forum.organizers.value
    (mou,) = [r for r in out.values() if r.type == "agreement"]
    assert coec not in mou.parties.value and len(mou.parties.value) == 1


def test_a_web_page_is_read_without_its_navigation(shipped):
    """Ensure an HTML page's headline, date and site name are used and its menus are not drafted."""
    paras = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n")[1:])
    page = (f"<html><head><title>Agro forum - Trend</title><meta property='og:site_name' content='Trend'>"
            f"<meta property='article:published_time' content='2026-06-12'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/a'>Ministry of Digital Affairs Portal</a></nav>"
            f"<article><h1>Ganja hosts Azerbaijan-China Agro Investment Forum</h1>{paras}</article>"
            f"<footer>Trend News Agency</footer></body></html>")
    d = draft_document(page.encode(), shipped, name="forum.html", content_type="text/html", today=TODAY)
    assert d.source.published == dt.date(2026, 6, 12) and d.source.publisher == "Trend"
    assert "Caspian Orchard Export Council" in records(d, "organization")
    assert not any("Digital" in p.summary for p in d.proposals)


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image"),
    (b"Hello there.", "too little running text"),
])
def test_what_is_not_an_article_is_refused(shipped, data, reason):
    """Ensure an image or a scrap of text is refused with a reason, not drafted."""
    with pytest.raises(NotAnArticle, match=reason):
        draft_document(data, shipped, name="x.txt")


def test_an_article_that_states_no_facts_is_refused(shipped):
    """Ensure running text with nothing the schema holds gets NoFacts."""
    text = ("The weather was pleasant and many people walked in the park. " * 5
            + "\n\nChildren played football while their parents talked about the summer holidays.")
    with pytest.raises(NoFacts):
        draft_text(text, shipped, today=TODAY)


UPDATE_TEXT = """AZPROMO marks anniversary

BAKU, Azerbaijan, June 12. The Beijing-based National Development and Reform Commission (NDRC) congratulated the \
Export and Investment Promotion Agency of Azerbaijan (AZPROMO), which was founded in 2004 by the Ministry of Economy \
of Azerbaijan, Trend reports. The agency has organized many forums for companies from the two countries."""


def test_facts_about_records_already_held_are_additions_or_conflicts(shipped):
    """Ensure a new fact about a linked record is an addition and a disagreeing one a conflict naming both sources."""
    d = draft_text(UPDATE_TEXT, shipped, today=TODAY)
    assert d.proposals == ()
    by_field = {(u.record_id, u.field): u for u in d.updates}
    added = by_field[("ndrc", "based_in")]
    assert not added.conflict and added.new.value == "Beijing" and added.new.quote in UPDATE_TEXT
    conflict = by_field[("azpromo", "founded")]
    assert conflict.conflict and (conflict.old.value, conflict.new.value) == (2003, 2004)
    assert ("azpromo", "founder") not in by_field  # the same founder: nothing to say
    assert "azpromo founded: the fact base says 2003 (trend-2025-04-21), the article says 2004" in d.update_lines
    records = {r.id: r for r in d.updated(shipped, {0, 1}, set())}
    assert records["ndrc"].based_in.value == "Beijing" and records["azpromo"].founded.value == 2004


PLANT = (Path(__file__).parent / "data" / "plant.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]


def test_money_signatories_projects_and_statistics_are_drafted(shipped):
    """Ensure the agreement's value and signatories, the project's figures and dates, and a statistic."""
    d = draft_text(PLANT, shipped, today=TODAY)
    people = records(d, "person")
    (deal,) = records(d, "agreement").values()
    assert (deal.value.value.amount, deal.value.value.currency) == (120_000_000, "USD")
    assert deal.signatories.value == (people["Farid Hasanli"].id, people["Chen Bo"].id)
    (plant,) = records(d, "project").values()
    assert plant.place.value == "Shirvan"
    assert (plant.capacity.value.amount, plant.capacity.value.unit) == (2_000_000, "tyres per year")
    assert (plant.jobs.value, plant.jobs.qualifier) == (600, "about")
    assert (plant.start.value, plant.start.expected) == ("2026-05", True)
    assert (plant.completion.value, plant.completion.expected) == ("2027-H2", True)
    (stat,) = records(d, "statistic").values()
    assert (stat.value.value.amount, stat.period.value) == (250_000_000, "2026-01/2026-02")
    assert (stat.change.value.amount, stat.change.value.direction) == (12, "up")
    assert all(c.quote in PLANT for p in d.proposals for _, c in cited_fields(p.record))


def test_an_article_too_long_to_store_is_refused(shipped):
    """Ensure text longer than a source can store (its quotes are checked against it) is refused, not drafted."""
    long_text = TEXT + "\n\n" + "\n\n".join(["The forum continued with many panels and talks on trade. " * 40] * 230)
    with pytest.raises(NotAnArticle, match="longer than 500,000 characters"):
        draft_text(long_text, shipped, today=TODAY)


def test_a_kicker_line_before_the_headline_leaves_title_and_dateline_intact(shipped):
    """Ensure a short line above the headline (here the FICTIONAL marker) is not taken for the title, and the
    dateline in the paragraph after the headline still gives publisher, place and date."""
    d = draft_text(ARTICLE, shipped, today=TODAY)
    assert d.source.title == "Ganja hosts Azerbaijan-China Agro Investment Forum"
    assert (d.source.publisher, d.source.place, d.source.published) == ("Trend", "Baku", dt.date(2026, 6, 12))


def test_a_different_article_with_the_same_title_and_date_is_a_new_source(shipped):
    """Ensure an article is taken for one already stored only if its opening sentence is in the stored text."""
    first = draft_text(TEXT, shipped, today=TODAY)
    base = FactBase.build(list(shipped) + first.records())
    other = TEXT.replace("Nearly 120 companies", "Nearly 130 firms").replace("The Azerbaijan-China Agro Investment "
                                                                              "Forum was held", "The forum was held")
    again, changed = draft_text(TEXT, base, today=TODAY), draft_text(other, base, today=TODAY)
    assert not again.source_is_new and again.source.id == first.source.id
    assert changed.source_is_new and changed.source.id != first.source.id


UNDER_TEXT = """Two deals at Lankaran tea fair

LANKARAN, May 4 (Xinhua) -- Two agreements were signed during the Lankaran Tea Fair on Sunday. Under the first, \
the Caspian Tea Company (CTC) and the Fujian Leaf Trading Group (FLTG) will set up a joint packaging line in \
Lankaran. Under the second, the Astara Citrus Union (ACU) and the Hunan Fresh Import Corporation (HFIC) will \
organize weekly shipments of lemons to Changsha."""


def test_agreements_announced_together_then_described_one_by_one(shipped):
    """Ensure "Two agreements were signed during X. Under the first, A and B will ..." gives two agreements with
    their parties and purposes, signed at X on its date."""
    d = draft_text(UNDER_TEXT, shipped, today=TODAY)
    orgs = {r.acronym: r.id for r in records(d, "organization").values()}
    fair = records(d, "event")["Lankaran Tea Fair"]
    deals = {tuple(r.parties.value): r for r in records(d, "agreement").values()}
    first, second = deals[(orgs["CTC"], orgs["FLTG"])], deals[(orgs["ACU"], orgs["HFIC"])]
    assert first.purpose.value == "to set up a joint packaging line in Lankaran"
    assert second.purpose.value == "to organize weekly shipments of lemons to Changsha"
    assert first.signed_at.value == second.signed_at.value == fair.id
    assert first.kind == "Agreement"


SAID_TEXT = """Caspian ports eye Chinese cargo

BAKU, Azerbaijan, June 12. Farid Guliyev, Chairman of the Caspian Port Alliance (CPA), said at the Baku Ports \
Forum that the alliance expects to double its container traffic by 2028, Trend reports. "Chinese shippers want \
faster routes. We are ready for them," said Li Wen, Deputy Director of the Ningbo Shipping Association (NSA)."""


def test_statements_have_their_speaker_what_was_said_and_where(shipped):
    """Ensure reported speech ('X said at the forum that ...') and a quote split over sentences ('"A. B," said X')
    become statements with speaker, the words and the event."""
    d = draft_text(SAID_TEXT, shipped, today=TODAY)
    people = records(d, "person")
    said = {r.speaker.value: r for r in records(d, "statement").values()}
    guliyev = said[people["Farid Guliyev"].id]
    assert guliyev.said.value == "the alliance expects to double its container traffic by 2028"
    assert guliyev.at.value == records(d, "event")["Baku Ports Forum"].id
    li = said[people["Li Wen"].id]
    assert li.said.value == "Chinese shippers want faster routes. We are ready for them"
    assert all(c.quote in SAID_TEXT for p in d.proposals for _, c in cited_fields(p.record))
