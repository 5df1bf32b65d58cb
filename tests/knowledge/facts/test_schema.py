"""The schema holds what partnership news states: projects, statistics, statements, money, quantities,
partial and expected dates, qualifiers, corroborating and conflicting sources; old files still load."""
from __future__ import annotations

import datetime as dt

import pytest

from knowledge.errors import FactFileError
from knowledge.facts.loader import dump_document, load_document, load_shipped
from knowledge.facts.values import period_bounds

# A fictional test fixture (not a real article): two made-up wires that we only link to.
DOC = """
sources:
  - id: wire-a
    publisher: Test Wire A (fictional fixture)
    published: 2025-05-01
    url: https://example.org/wire-a
  - id: wire-b
    publisher: Test Wire B (fictional fixture)
    published: 2025-05-03
    url: https://example.org/wire-b
organizations:
  - id: sunco
    name: Sun Power Test Co
    kind: company
events:
  - id: expo
    name: Test Solar Expo
    kind: exhibition
    date: {value: 2026-H1, source: wire-a, locator: paragraph 1, expected: true}
    companies:
      value: 180
      qualifier: about
      source: wire-a
      locator: paragraph 2
      also: [{source: wire-b, locator: paragraph 4}]
      variants:
        - {value: 250, qualifier: more_than, source: wire-b, locator: paragraph 5}
    total_value: {value: {amount: 270000000, currency: USD}, source: wire-a, locator: paragraph 3}
agreements:
  - id: solar-deal
    name: Test solar plant agreement
    kind: agreement
    parties: {value: [sunco], source: wire-a, locator: paragraph 3}
    value: {value: {amount: 270000000, currency: USD}, source: wire-a, locator: paragraph 3}
    place: {value: Baku, source: wire-a, locator: paragraph 3}
projects:
  - id: test-plant
    name: Test 300 MW solar plant
    kind: solar power plant
    developer: {value: [sunco], source: wire-a, locator: paragraph 3}
    capacity: {value: {amount: 300, unit: MW}, source: wire-a, locator: paragraph 3}
    completion: {value: 2027, source: wire-a, locator: paragraph 3, expected: true}
    agreements: {value: [solar-deal], source: wire-a, locator: paragraph 3}
statistics:
  - id: test-trade
    name: Test trade turnover, January-April 2025
    kind: trade turnover
    value: {value: {amount: 1700000000, currency: USD}, source: wire-b, locator: paragraph 2}
    period: {value: 2025-01/2025-04, source: wire-b, locator: paragraph 2}
    change: {value: {amount: 14, unit: "%", direction: up, compared_to: 2024-01/2024-04}, source: wire-b,
             locator: paragraph 2}
statements:
  - id: test-said
    name: The company head on the plant
    said: {value: the plant will be the largest of its kind, source: wire-b, locator: paragraph 6}
    at: {value: expo, source: wire-b, locator: paragraph 6}
"""


def test_the_new_record_types_and_values_load_and_export_back_unchanged():
    """Ensure projects, statistics and statements with money, quantities, periods and variants load, and
    that an export reads back to the same records."""
    base = load_document(DOC, origin="new.yaml")
    expo = base.get("expo")
    assert expo.date.value == "2026-H1" and expo.date.expected
    assert period_bounds(expo.date.value) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert [(c.value, c.qualifier, c.source) for c in expo.companies.claims()] == [
        (180, "about", "wire-a"), (250, "more_than", "wire-b")]
    assert [c.source for c in expo.companies.all_citations()] == ["wire-a", "wire-b", "wire-b"]
    plant = base.get("test-plant")
    assert (plant.capacity.value.amount, plant.capacity.value.unit) == (300, "MW")
    assert plant.completion.value == "2027"
    assert base.get("test-trade").change.value.compared_to == "2024-01/2024-04"
    again = load_document(dump_document(base), origin="export.yaml")
    assert again.records == base.records


def test_the_old_approximate_flag_loads_as_nearly_and_exports_as_a_qualifier():
    """Ensure today's files keep loading: `approximate: true` reads as "nearly", and export writes the new key."""
    base = load_shipped()
    companies = base.get("china-az-investment-conference-2025").companies
    assert companies.qualifier == "nearly" and companies.approximate
    exported = dump_document(base)
    assert "approximate" not in exported and "qualifier: nearly" in exported


def test_a_citation_needs_a_quote_or_a_locator():
    """Ensure a value that says nowhere where its source states it is refused, with its field named."""
    with pytest.raises(FactFileError) as info:
        load_document(DOC.replace("source: wire-a, locator: paragraph 1, expected: true",
                                  "source: wire-a, expected: true"), origin="new.yaml")
    [err] = info.value.errors
    assert err.field == "date" and "quote" in err.message and "locator" in err.message


def test_a_partial_date_in_a_wrong_form_is_refused_with_the_forms_it_takes():
    """Ensure a date such as "next summer" is refused with the accepted forms listed."""
    with pytest.raises(FactFileError) as info:
        load_document(DOC.replace("value: 2026-H1", "value: next summer"), origin="new.yaml")
    [err] = info.value.errors
    assert err.field == "date.value" and "2026-H1" in err.message
