"""The bot's own texts end to end in the user's Telegram language (ru, az, zh), English for any other."""
from __future__ import annotations

from tests.telegram import updates as u


def _user(code: str) -> dict:
    return {**u.BOB, "language_code": code}


async def test_start_in_russian_welcomes_with_russian_examples_ensures_russian_users_are_greeted_in_russian(tg):
    reply = (await tg.send("/start", user=_user("ru"))).reply
    assert reply.text.startswith("Здравствуйте!")
    assert "Попробуйте, например:" in reply.text and "/help" in reply.text
    examples = tg.engine.examples(lang="ru")
    assert len(examples) == 3 and all(any("а" <= ch <= "я" for ch in q.lower()) for q in examples)
    for question in examples:
        assert f"\u2022 {question}" in reply.text
    markup = reply.call.params["reply_markup"]
    assert [row[0]["text"] for row in markup["keyboard"]] == examples
    assert markup["input_field_placeholder"] == "Задайте вопрос"
    assert "Hello" not in reply.text and "Try for example" not in reply.text


async def test_help_in_chinese_has_chinese_headings_and_how_to_ask_ensures_chinese_users_can_read_it(tg):
    text = (await tg.send("/help", user=_user("zh-hans"))).reply.text
    assert text.startswith("我能回答什么")
    for topic, questions in tg.engine.topics(lang="zh").items():
        assert topic in text
        for question in questions:
            assert question in text
    assert "如何提问" in text
    assert f"在群组中，请提及我（@{tg.username} 加上您的问题）" in text
    assert f"输入 @{tg.username} 和您的问题" in text
    assert "What I can answer" not in text and "How to ask" not in text


async def test_flood_note_in_azerbaijani_ensures_the_slow_down_is_understood(tg):
    user = _user("az")
    for _ in range(20):
        assert (await tg.send("AZPROMO nə vaxt yaradılıb?", user=user)).reply.text
    note = (await tg.send("AZPROMO nə vaxt yaradılıb?", user=user)).reply.text
    assert "bir dəqiqə gözləyin" in note
    assert "wait" not in note.lower() and "2003" not in note


async def test_stale_and_forged_buttons_in_russian_get_a_russian_note_ensures_the_apology_is_readable(tg):
    user = _user("ru")
    offer = (await tg.send("Когда было основано AZPROMO?", user=user)).reply  # a bot message to press buttons on
    for data in ("dym|ru|no-such.fact", "rm -rf /"):
        ex = await tg.callback(data, reply=offer, user=user)
        assert ex.replies == []
        assert ex.callback_answers == ["Извините, эта кнопка больше не работает. Задайте вопрос ещё раз."]


async def test_unsupported_language_code_gets_english_ensures_a_fallback_for_everyone_else(tg):
    user = _user("de")
    start = (await tg.send("/start", user=user)).reply.text
    assert start.startswith("Hello!") and "Try for example:" in start
    for question in tg.engine.examples(lang="en"):
        assert question in start
    assert "What I can answer" in (await tg.send("/help", user=user)).reply.text
    assert "don't know that command" in (await tg.send("/frobnicate", user=user)).reply.text


async def test_other_fixed_texts_follow_the_language_ensures_no_english_leaks_to_russian_users(tg):
    user = _user("ru")
    assert "Я не знаю такой команды" in (await tg.send("/frobnicate", user=user)).reply.text
    hint = (await tg.send("/ask", user=user)).reply.text
    assert hint.startswith("Что вы хотите узнать? Например: /ask ")
    assert hint.endswith(tg.engine.examples(lang="ru")[0])
    about = (await tg.send("/about", user=user)).reply.text
    assert about.startswith("partnerbot отвечает на вопросы") and "Подробнее: /sources" in about
    assert (await tg.send("/sources", user=user)).reply.text.startswith("Источники")
    sticker = {"file_id": "S1", "file_unique_id": "s1", "type": "regular", "width": 1, "height": 1,
               "is_animated": False, "is_video": False}
    ex = await tg.push({"message": tg.message(None, user=user, sticker=sticker)})
    assert "только вопросы, отправленные текстом" in ex.reply.text


async def test_inline_query_without_answer_offers_a_localized_button_ensures_the_hint_is_readable(tg):
    ex = await tg.inline("qwertyuiop zxcvbnm", user=_user("az"))
    assert ex.inline_results == []
    assert ex.inline_button["text"] == "Cavab yoxdur – məndən şəxsi çatda soruşun"


async def test_command_menus_registered_in_ru_az_zh_ensures_menus_match_the_users_language(tg):
    menus = tg.server.commands
    expected = {
        "ru": ("Приветствие и примеры вопросов", "Задать вопрос: /ask Когда было основано AZPROMO?"),
        "az": ("Salamlama və nümunə suallar", "Sual verin: /ask AZPROMO nə vaxt yaradılıb?"),
        "zh": ("欢迎语和示例问题", "提问：/ask AZPROMO是哪一年成立的？"),
    }
    english = {c["command"]: c["description"] for c in menus[("all_private_chats", "")]}
    for code, (start_text, ask_text) in expected.items():
        private = menus[("all_private_chats", code)]
        groups = menus[("all_group_chats", code)]
        default = menus[("default", code)]
        assert [c["command"] for c in private] == ["start", "help", "about", "sources", "timeline", "latest",
                                                   "subscribe", "unsubscribe"]
        assert private[0]["description"] == start_text
        assert all(c["description"] != english[c["command"]] for c in private)
        assert groups[0] == {"command": "ask", "description": ask_text}
        assert [c["command"] for c in default] == ["start", "help", "about", "sources", "timeline", "latest",
                                                   "subscribe", "unsubscribe", "ask"]
    assert english["start"] == "Welcome and example questions"  # the default menu stays English


def _ui_texts(code: str) -> dict[str, str]:
    from knowledge.language.lexicon import lexicon

    def flat(node: dict, prefix: str = "") -> dict[str, str]:
        out = {}
        for key, value in node.items():
            out.update(flat(value, f"{prefix}{key}.") if isinstance(value, dict) else {f"{prefix}{key}": str(value)})
        return out
    return flat(lexicon(code).messages.get("ui") or {})


def test_every_language_has_every_ui_text_with_the_same_placeholders_ensures_no_half_translated_ui():
    import string

    from handlers.context import LANGUAGES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    english = _ui_texts("en")
    assert english
    for code in LANGUAGES:
        texts = _ui_texts(code)
        assert texts.keys() == english.keys(), code
        for key, text in texts.items():
            assert text.strip() and fields(text) == fields(english[key]), (code, key)
        assert len(texts["input_placeholder"]) <= 64
        assert all(len(texts[f"commands.{c}"]) <= 256 for c in ("start", "help", "about", "sources", "ask", "timeline", "latest"))


def test_engine_message_falls_back_to_english_ensures_a_ui_text_never_fails():
    from knowledge.engine import Engine
    from tests.one_report import load_one_report

    engine = Engine(load_one_report())
    assert engine.message("sources_title", lang="ru") == "Источники"
    assert engine.message("sources_title", lang="de") == engine.message("sources_title") == "Sources"
    assert engine.message("how_inline", lang="zh", bot="@x").startswith("在任何聊天中输入 @x")
    assert engine.message("how_inline", lang="ru", other="x") == "In any chat, type {bot} and your question to share an answer."
    assert engine.message("no.such.text", lang="az") == "no.such.text"
