"""Inline mode end to end: answer cards for a question, featured facts for an empty query."""
from __future__ import annotations


async def test_inline_question_returns_answer_cards_with_source_ensures_answers_can_be_shared(tg):
    results = (await tg.inline("When was AZPROMO founded?")).inline_results
    assert 1 <= len(results) <= 5
    first = results[0]
    assert first["title"] and first["description"]
    assert "2003" in first["visible_text"]
    assert first["visible_text"].splitlines()[-1].startswith("Source: Trend")


async def test_unsure_inline_question_offers_the_candidates_ensures_useful_cards(tg):
    answer = tg.engine.ask("commission")
    assert answer.suggestions
    results = (await tg.inline("commission")).inline_results
    assert 1 <= len(results) <= 5
    for suggestion, result in zip(answer.suggestions, results):
        assert suggestion.question.startswith(result["title"].rstrip("\u2026"))
    assert all("Source:" in r["visible_text"] for r in results)


async def test_empty_inline_query_returns_featured_facts_ensures_something_to_pick(tg):
    featured = tg.engine.featured(lang="en", limit=5)
    results = (await tg.inline("")).inline_results
    assert len(results) == len(featured) > 0
    for result, answer in zip(results, featured):
        assert result["visible_text"].startswith(answer.body)


async def test_off_topic_inline_query_offers_a_private_chat_ensures_no_empty_silence(tg):
    ex = await tg.inline("What's the weather in Baku?")
    assert ex.inline_results == []
    assert ex.inline_button["start_parameter"] == "inline"
