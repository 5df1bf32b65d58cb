"""/draft end to end: the real application against the fake Bot API server, articles from a local web server.

The articles are FICTIONAL (tests/knowledge/drafting/data/forum.txt), served as web pages
by an aiohttp server on 127.0.0.1; the bot fetches them itself with httpx.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web

from tests.telegram import updates as u

OWNER, ALICE = u.OWNER, u.ALICE
ARTICLE = (Path(__file__).parents[2] / "knowledge" / "drafting" / "data" / "forum.txt").read_text(encoding="utf-8")
_MARKER, TITLE, *PARAS = [p for p in ARTICLE.split("\n\n") if p.strip()]
TEXT = "\n\n".join([TITLE, *PARAS])
QUESTION = "When was the Azerbaijan-China Agro Investment Forum held?"


def page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title} - Trend</title>"
            f"<meta property='og:site_name' content='Trend'><meta property='article:published_time' "
            f"content='2026-06-12T09:00:00+04:00'></head><body><nav><a href='/'>Home</a> <a href='/b'>Business</a>"
            f"</nav><!-- {_MARKER} --><article><h1>{title}</h1>{body}</article><footer>Trend</footer></body></html>")


NO_FACTS = ["The weather in the capital was mild this week and the parks were full of people enjoying the sun.",
            "Children played football on the grass while their parents talked about the coming summer holidays.",
            "In the evening a light rain began, and most people went home early to have dinner with their families."]


async def _big(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    chunk = b"<p>" + b"word " * 20_000 + b"</p>"
    for _ in range(100):  # 10 MB, without a Content-Length: the limit must hold while reading
        await response.write(chunk)
    await response.write_eof()
    return response


@pytest_asyncio.fixture
async def site(telegram_env):
    """A local web server with article pages; yields its base URL."""
    pages = {"/forum": page(TITLE, PARAS), "/menu": "<html><body><nav><a href='/'>Home</a></nav></body></html>",
             "/quiet": page("A quiet week", NO_FACTS)}
    app = web.Application()
    def serve(body: str | bytes, content_type: str):
        async def handler(request: web.Request) -> web.Response:
            return web.Response(body=body.encode() if isinstance(body, str) else body, content_type=content_type)
        return handler

    for path, html in pages.items():
        app.router.add_get(path, serve(html, "text/html"))
    app.router.add_get("/photo.png", serve(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"))
    app.router.add_get("/big", _big)
    runner = web.AppRunner(app)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest_asyncio.fixture
async def bot(start_bot, bot_settings):
    """The bot with private addresses allowed for /draft (the local web server is on 127.0.0.1)."""
    async with start_bot(settings=bot_settings.model_copy(update={"draft_allow_private_urls": True})) as running:
        yield running


def store_of(tg):
    return tg.app.bot_data.services.store


async def test_a_drafted_link_saved_is_answered_at_once_and_undone_as_one_change(bot, site):
    """Ensure /draft URL shows one line per record with buttons; Save all is one change, live at once; /undo reverts it."""
    before = len(store_of(bot).history(limit=100))
    review = (await bot.send(f"/draft {site}/forum", user=OWNER)).reply
    assert review.text.startswith(f"Draft from {TITLE}")
    assert "Source: Trend, Baku, 2026-06-12 (new)" in review.text
    assert "event Azerbaijan-China Agro Investment Forum — forum; 2026-06-10; Ganja" in review.text
    assert "agreement Memorandum of Understanding between COEC and SATA" in review.text
    labels = [text for text, _ in review.buttons]
    assert labels[-2:] == ["Save all (7)", "Discard"] and labels[0] == "\u2705 1"
    saved = (await bot.press(review, "Save all (7)", user=OWNER)).reply
    assert saved.edited and "Saved 8 record(s)" in saved.text and "/undo reverts the whole article" in saved.text
    assert len(store_of(bot).history(limit=100)) == before + 1
    answer = (await bot.send(QUESTION, user=ALICE)).reply.text
    assert "10 June 2026" in answer and "Trend" in answer
    confirm = (await bot.send("/undo", user=OWNER)).reply
    await bot.press(confirm, "Undo it", user=OWNER)
    assert "10 June 2026" not in (await bot.send(QUESTION, user=ALICE)).reply.text
    assert "caspian-orchard-export-council" not in store_of(bot).base.records and "coec" not in store_of(bot).base.records


async def test_discard_changes_nothing(bot, site):
    """Ensure Discard leaves the fact base and its history as they were."""
    history, records = store_of(bot).history(limit=100), dict(store_of(bot).base.records)
    review = (await bot.send(f"/draft {site}/forum", user=OWNER)).reply
    done = (await bot.press(review, "Discard", user=OWNER)).reply
    assert done.text == "Discarded the draft; nothing was changed."
    assert store_of(bot).history(limit=100) == history and store_of(bot).base.records == records
    late = await bot.callback(dict(review.buttons)["Save all (7)"], reply=review, user=OWNER)  # an old button
    assert late.callback_answers == ["That draft is gone (a newer one replaced it, or it was saved or discarded)."]
    assert store_of(bot).history(limit=100) == history


async def test_a_dropped_record_is_not_saved(bot, site):
    """Ensure pressing a record's button drops it (the line is marked) and Save leaves it out."""
    review = (await bot.send(f"/draft {site}/forum", user=OWNER)).reply
    line = next(x for x in review.text.splitlines() if "person Zhao Lifen" in x)
    number = line.split(".")[0].split()[-1]
    toggled = (await bot.press(review, f"\u2705 {number}", user=OWNER)).reply
    assert f"\u274c {number}. person Zhao Lifen" in toggled.text
    await bot.press(toggled, "Save all (6)", user=OWNER)
    names = {getattr(r, "name", "") for r in store_of(bot).base}
    assert "Zhao Lifen" not in names and "Kamran Aliyev" in names
    meeting = next(r for r in store_of(bot).base if getattr(r, "name", "").startswith("Meeting between Kamran"))
    assert meeting.participants.value == ("kamran-aliyev",)


async def test_pasted_text_a_file_and_a_reply_are_drafted(bot):
    """Ensure /draft with pasted text, a .md file with /draft as caption, and /draft replying to a file all draft."""
    pasted = (await bot.send(f"/draft\n{TEXT}", user=OWNER)).reply
    assert pasted.text.startswith(f"Draft from {TITLE}") and "Save all (7)" in [t for t, _ in pasted.buttons]
    md = f"# {TITLE}\n\n" + "\n\n".join(PARAS)
    captioned = (await bot.send_document(md.encode(), file_name="forum.md", caption="/draft", user=OWNER)).reply
    assert captioned.text.startswith(f"Draft from {TITLE}")
    document = bot.server.add_file(TEXT.encode(), file_name="forum.txt", mime_type="text/plain")
    original = bot.message(None, user=OWNER, document=document)
    reply = (await bot.send("/draft", user=OWNER, reply_to=original)).reply
    assert reply.text.startswith(f"Draft from {TITLE}")


async def test_a_plain_link_from_an_admin_offers_a_draft_and_from_others_is_a_question(bot, site):
    """Ensure an admin's bare link gets "Draft facts from this article?" and its button drafts; Alice's does not."""
    offer = (await bot.send(f"{site}/forum", user=OWNER)).reply
    assert offer.text == "Draft facts from this article?"
    assert [t for t, _ in offer.buttons] == ["Draft facts", "No, thanks"]
    review = (await bot.press(offer, "Draft facts", user=OWNER)).reply
    assert review.edited and review.text.startswith(f"Draft from {TITLE}")
    other = (await bot.send(f"{site}/forum", user=ALICE)).reply
    assert "Draft facts" not in other.text and not any("Draft" in text for text, _ in other.buttons)


async def test_a_non_admin_cannot_draft(bot, site):
    """Ensure /draft from a user who is not an admin is refused and changes nothing."""
    history = store_of(bot).history(limit=100)
    reply = (await bot.send(f"/draft {site}/forum", user=ALICE)).reply
    assert reply.text == "Only admins of this bot can use /draft. Nothing was changed."
    assert store_of(bot).history(limit=100) == history


BAD_LINKS = {
    "unreachable": ("http://127.0.0.1:9/forum", "I could not load http://127.0.0.1:9/forum: the connection failed"),
    "missing page": ("{site}/nowhere", "the server answered 404"),
    "not an article": ("{site}/menu", "is not an article I can read"),
    "10 MB page": ("{site}/big", "That page is larger than 2 MB"),
    "an image": ("{site}/photo.png", "it is an image"),
    "no facts": ("{site}/quiet", "I found no facts to draft in A quiet week"),
    "not http": ("ftp://example.org/a.txt", "only http and https links are fetched"),
}


@pytest.mark.parametrize("case", list(BAD_LINKS))
async def test_bad_links_get_a_clear_reply_and_change_nothing(bot, site, case):
    """Ensure each kind of bad link is answered with its reason and 'Nothing was changed.', the store untouched."""
    url, reason = BAD_LINKS[case]
    history = store_of(bot).history(limit=100)
    reply = (await bot.send(f"/draft {url.format(site=site)}", user=OWNER)).reply
    assert reason in reply.text and reply.text.endswith("Nothing was changed.")
    assert "Traceback" not in reply.text and store_of(bot).history(limit=100) == history


async def test_a_private_address_is_refused_by_default(tg, site):
    """Ensure that without the setting, a link to a loopback address is not fetched."""
    reply = (await tg.send(f"/draft {site}/forum", user=OWNER)).reply
    assert "it points to a private, loopback or link-local address" in reply.text
    assert reply.text.endswith("Nothing was changed.")


async def test_an_image_file_or_photo_is_refused(bot):
    """Ensure a PNG sent as a document with /draft, and a photo with /draft as its caption, are refused clearly."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    reply = (await bot.send_document(png, file_name="scan.png", caption="/draft", mime_type="image/png",
                                     user=OWNER)).reply
    assert "scan.png is not an article I can read: it is an image" in reply.text
    photo = [{"file_id": "PHOTO1", "file_unique_id": "P1", "width": 10, "height": 10}]
    reply = (await bot.send(None, user=OWNER, photo=photo, caption="/draft")).reply
    assert "it is an image, not text" in reply.text


UPDATE_TEXT = """AZPROMO marks anniversary

BAKU, Azerbaijan, June 12. The Beijing-based National Development and Reform Commission (NDRC) congratulated the \
Export and Investment Promotion Agency of Azerbaijan (AZPROMO), which was founded in 2004 by the Ministry of Economy \
of Azerbaijan, Trend reports. The agency has organized many forums for companies from the two countries."""


async def test_a_disagreeing_value_is_shown_with_both_sources_and_kept_unless_switched_on(bot):
    """Ensure the review shows 'the fact base says 2003 …, the article says 2004'; Save adds the new fact and keeps
    2003; switching the conflict on replaces it, cited to the article."""
    review = (await bot.send(f"/draft\n{UPDATE_TEXT}", user=OWNER)).reply
    assert "azpromo founded: the fact base says 2003 (trend-2025-04-21), the article says 2004" in review.text
    assert "keeping the stored value" in review.text and "ndrc: + based_in Beijing" in review.text
    await bot.press(review, "Save all (1)", user=OWNER)
    base = store_of(bot).base
    assert base.get("azpromo").founded.value == 2003 and base.get("ndrc").based_in.value == "Beijing"
    review = (await bot.send(f"/draft\n{UPDATE_TEXT}", user=OWNER)).reply
    line = next(x for x in review.text.splitlines() if "azpromo founded" in x)
    number = line.split(".")[0].split()[-1]
    toggled = (await bot.press(review, f"\u274c {number}", user=OWNER)).reply
    assert "will replace it" in toggled.text
    await bot.press(toggled, "Save all (1)", user=OWNER)
    founded = store_of(bot).base.get("azpromo").founded
    assert founded.value == 2004 and founded.source != "trend-2025-04-21"


@pytest.mark.parametrize("lang, head, save", [("ru", "Черновик по материалу «", "Сохранить всё (7)"),
                                              ("az", "materialından qaralama", "Hamısını saxla (7)")])
async def test_the_draft_screens_speak_the_admins_language(bot, site, lang, head, save):
    """Ensure an admin whose Telegram language is Russian or Azerbaijani gets the review and its buttons in it."""
    owner = {**OWNER, "language_code": lang}
    review = (await bot.send(f"/draft {site}/forum", user=owner)).reply
    assert head in review.text and save in [t for t, _ in review.buttons]
    saved = (await bot.press(review, save, user=owner)).reply
    assert "/undo" in saved.text and ("Сохранено" in saved.text if lang == "ru" else "saxlanıldı" in saved.text)


async def test_a_drafted_value_can_be_fixed_before_saving(bot, site):
    """Ensure /draft fix N FIELD VALUE changes the value shown and saved; a bad fix is explained and changes nothing."""
    review = (await bot.send(f"/draft {site}/forum", user=OWNER)).reply
    line = next(x for x in review.text.splitlines() if "event Azerbaijan-China Agro Investment Forum" in x)
    number = line.split(".")[0].split()[-1]
    fixed = (await bot.send(f"/draft fix {number} date 2026-06-11", user=OWNER)).reply
    assert "forum; 2026-06-11; Ganja" in fixed.text
    bad = (await bot.send(f"/draft fix {number} date next summer", user=OWNER)).reply
    assert "'next summer' is not a date I can read" in bad.text
    wrong = (await bot.send(f"/draft fix {number} colour blue", user=OWNER)).reply
    assert "has no drafted 'colour' to change" in wrong.text
    await bot.press(fixed, "Save all (7)", user=OWNER)
    forum = next(r for r in store_of(bot).base if getattr(r, "name", "") == "Azerbaijan-China Agro Investment Forum")
    assert str(forum.date.value) == "2026-06-11"
