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


def _engine_with_a_long_answer():
    """The shipped facts plus a fictional forum (a test fixture) whose topics make an answer over 4,096 characters."""
    from knowledge.engine import Engine
    from knowledge.facts.factbase import FactBase
    from knowledge.facts.loader import load_shipped, parse_records

    topics = ", ".join(f'"topic number {i} ' + "cooperation in green energy and logistics " * 8 + '"' for i in range(12))
    doc = f"""events:
  - id: fixture-forum
    name: Fixture Long Forum
    kind: forum
    discussed:
      value: [{topics}]
      source: trend-2025-04-21
      locator: "paragraph 2"  # fictional: no source states it
"""
    return Engine(FactBase.build(list(load_shipped()) + parse_records(doc, origin="fixture"), origin="fixture"))


async def test_inline_card_of_a_long_answer_ensures_the_source_line_is_kept(start_bot):
    """Ensure an answer too long for one message becomes a card with its body shortened and its source line kept."""
    engine = _engine_with_a_long_answer()
    question = "What was discussed at the Fixture Long Forum?"
    answer = engine.ask(question)
    assert answer.facts == ("fixture-forum.discussed",) and len(answer.body) > 4096
    async with start_bot(engine=engine) as bot:
        results = (await bot.inline(question)).inline_results
    text = results[0]["visible_text"]
    assert len(text.encode("utf-16-le")) // 2 <= 4096
    assert text.splitlines()[-1] == "Source: Trend, Baku, 21 April 2025"
    body = text.rsplit("\n", 1)[0]
    assert body.endswith("\u2026") and answer.body.startswith(body[:-1].rstrip(",;"))
