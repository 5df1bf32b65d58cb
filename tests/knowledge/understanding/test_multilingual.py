"""Questions in Russian, Azerbaijani and Chinese: answered in the asker's language, with sources;
declined honestly; typos, Azerbaijani without its letters and Latin-script Russian understood."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from knowledge.language.detect import detect_language
from knowledge.answer import AnswerKind
from knowledge.engine import Engine
from knowledge.language.lexicon import LANG_DIR, lexicon
from tests.one_report import load_one_report
from knowledge.answers.render import Renderer
from knowledge.language.text import stem, tokens, transliterate

TODAY = dt.date(2026, 11, 27)
LANGS = ("ru", "az", "zh")
QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parent / "data" / "questions_multi.jsonl").read_text(encoding="utf-8").splitlines() if line]
SOURCE_LABEL = {"ru": "Источник", "az": "Mənbə", "zh": "来源"}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_one_report(), today=lambda: TODAY)


def _id(item: dict) -> str:
    return f"{item['lang']}:{item['q'][:50]}"


def _param(item: dict):
    """A question item as a test case; one the matcher is known to answer from the wrong fact is an xfail."""
    if item.get("known_wrong"):
        return pytest.param(item, marks=pytest.mark.xfail(reason=item["known_wrong"], strict=True))
    return item


@pytest.mark.parametrize("item", [_param(q) for q in QUESTIONS if not q.get("decline")], ids=_id)
def test_question_is_answered_in_its_language_with_the_source(engine, item):
    """Ensure each question about a fact of the report gets that fact, in the question's language, with its source."""
    answer = engine.ask(item["q"])
    assert answer.answered, answer.text
    assert list(answer.facts) == item["facts"], answer.text  # which fact answered, not only its words
    assert answer.lang == item["lang"], answer.text
    for pattern in item["expect"]:
        assert re.search(pattern, answer.text, re.IGNORECASE), answer.text
    assert answer.sources and answer.sources[0].publisher == "Trend"
    assert re.match(rf"{SOURCE_LABEL[item['lang']]}(: |：)Trend", answer.text.splitlines()[-1])
    assert answer.quote_note, "a non-English answer says its quotes are in English"


@pytest.mark.parametrize("item", [q for q in QUESTIONS if q.get("decline")], ids=_id)
def test_question_outside_the_facts_is_declined_in_its_language(engine, item):
    """Ensure near-misses and off-topic questions are declined, and the decline is in the question's language."""
    answer = engine.ask(item["q"])
    assert not answer.answered, answer.text
    assert answer.kind in (AnswerKind.DECLINE, AnswerKind.OFF_TOPIC)
    assert answer.lang == item["lang"]
    assert answer.body != lexicon("en").msg("off_topic")


def test_question_set_covers_every_language_style_and_declines():
    """Ensure the question set has answers, declines, typos and transliterations for each language."""
    for lang in LANGS:
        items = [q for q in QUESTIONS if q["lang"] == lang]
        assert sum(1 for q in items if not q.get("decline")) >= 30
        assert sum(1 for q in items if q.get("decline")) >= 10
    styles = {(q["lang"], q["style"]) for q in QUESTIONS}
    assert {("ru", "typo"), ("ru", "translit"), ("az", "no-letters"), ("az", "typo")} <= styles


@pytest.mark.parametrize("lang", LANGS)
def test_every_fact_is_answered_by_its_own_question_in_each_language(engine, lang):
    """Ensure the suggested question for each fact, in each language, leads back to that fact."""
    r = Renderer(engine._responder.index, lang, TODAY)
    for fact in engine._responder.index.facts.values():
        # the meeting's Chinese name holds role words ("执行主任", "副司长"), so "its full name" reads as a role question
        if fact.attribute == "summary" or (lang == "zh" and fact.id == "abdullayev-wu-meeting-2025.name"):
            continue
        question = r.question(fact)
        answer = engine.ask(question)
        assert answer.answered, question
        assert answer.facts == (fact.id,), (question, answer.facts)
        assert answer.lang == lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_fact_renders_without_english_fallback(engine, lang):
    """Ensure every template and free-text value a fact needs exists in each language (no English fallback)."""
    index = engine._responder.index
    for fact in index.facts.values():
        r = Renderer(index, lang, TODAY)
        body = r.body(fact)
        assert body and not r.fell_back, (fact.id, body)
        r.question(fact)
        assert not r.fell_back, fact.id


@pytest.mark.parametrize("lang", LANGS)
def test_language_file_has_every_english_message(lang):
    """Ensure each language file carries every message key of en.yaml."""
    def keys(node: dict, prefix: str = "") -> set[str]:
        out = set()
        for k, v in node.items():
            out |= keys(v, f"{prefix}{k}.") if isinstance(v, dict) else {prefix + str(k)}
        return out
    en = yaml.safe_load((LANG_DIR / "en.yaml").read_text(encoding="utf-8"))["messages"]
    other = yaml.safe_load((LANG_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))["messages"]
    english_only = {"the_names"}  # which names take "the": English articles
    assert keys(en) - keys(other) - english_only == set()


@pytest.mark.parametrize(("question", "expected"), [
    ("Когда была основана AZPROMO?", "AZPROMO: год основания — 2003, учредитель — Министерство экономики Азербайджана."),
    ("AZPROMO neçənci ildə yaradılıb?", "AZPROMO 2003-cü ildə Azərbaycan Respublikasının İqtisadiyyat Nazirliyi tərəfindən yaradılıb."),
    ("AZPROMO是哪一年成立的？", "AZPROMO成立于2003年，由阿塞拜疆经济部创立。"),
])
def test_answer_is_written_the_way_the_language_writes_it(engine, question, expected):
    """Ensure the whole answer sentence reads naturally in the language (names, ordinals, punctuation)."""
    assert engine.ask(question).body == expected


@pytest.mark.parametrize(("question", "date"), [
    ("Когда был подписан меморандум?", "17 апреля 2025 г."),
    ("Memorandum nə vaxt imzalanıb?", "17 aprel 2025-ci il"),
    ("谅解备忘录是什么时候签署的？", "2025年4月17日"),
])
def test_dates_are_written_the_way_the_language_writes_them(engine, question, date):
    """Ensure dates read "17 апреля 2025 г.", "17 aprel 2025-ci il", "2025年4月17日"."""
    assert date in engine.ask(question).body


def test_chinese_answers_have_no_spaces_and_list_with_chinese_marks(engine):
    """Ensure Chinese answers put no space between words and join lists with "、" and "和"."""
    for q in ("大会由谁主办？", "吴红亮是谁？", "有多少家企业参加了大会？", "AZPROMO是做什么的？"):
        body = engine.ask(q).body
        assert not re.search(r"[\u4e00-\u9fff，。]\s+[\u4e00-\u9fff]", body), body
    assert re.search(r"（AZPROMO）、.+和国家发展和改革委员会（NDRC）", engine.ask("大会由谁主办？").body)
    assert "近200家企业" in engine.ask("有多少家企业参加了大会？").body


def test_names_keep_the_acronym_and_the_source_spelling(engine):
    """Ensure AZPROMO stays AZPROMO in every language and officials' names carry the spelling of the (English) source."""
    ru = engine.ask("Кто возглавляет AZPROMO?").body
    assert "(AZPROMO)" in ru and "Юсиф Абдуллаев (Yusif Abdullayev)" in ru
    assert "吴红亮（Wu Hongliang）" in engine.ask("吴红亮是谁？").body
    assert "Vu Honqlyan (Wu Hongliang)" in engine.ask("Vu Honqlyan kimdir?").body


@pytest.mark.parametrize(("question", "hint", "lang"), [
    ("AZPROMO?", "ru", "ru"),
    ("AZPROMO?", "az", "az"),
    ("AZPROMO?", "zh-hans", "zh"),
    ("AZPROMO?", None, "en"),
    ("AZPROMO?", "de", "en"),               # a language the bot does not speak: English
    ("When was AZPROMO founded?", "ru", "en"),  # the question's own language wins over the hint
    ("Когда была основана AZPROMO?", "en", "ru"),
    ("kogda byla osnovana azpromo", None, "ru"),
    ("azpromo ne vaxt yaradilib", None, "az"),
    ("Кто такой 吴红亮?", None, "ru"),
])
def test_reply_language_follows_the_question_then_the_hint(engine, question, hint, lang):
    """Ensure the reply's language is the question's, else Telegram's language_code hint, else English."""
    assert detect_language(question, hint) == lang
    answer = engine.ask(question, lang=hint)
    assert answer.lang == lang
    if lang != "en":
        assert answer.source_label == SOURCE_LABEL[lang]


@pytest.mark.parametrize(("lang", "hello"), [("ru", "Привет"), ("az", "Salam"), ("zh", "你好")])
def test_smalltalk_and_help_in_each_language(engine, lang, hello):
    """Ensure greetings get a greeting with example questions in the same language."""
    answer = engine.ask(hello, lang=lang)
    assert answer.kind is AnswerKind.SMALLTALK and answer.lang == lang
    assert answer.body == lexicon(lang).msg("greeting") + "\n" + "\n".join(
        f"\u2022 {q}" for q in engine.examples(lang=lang))


@pytest.mark.parametrize("lang", LANGS)
def test_decline_about_a_known_thing_suggests_questions_in_the_language(engine, lang):
    """Ensure "did you mean" suggestions are questions in the asker's language that the bot answers."""
    question = {"ru": "Когда была основана НКРР?", "az": "NDRC nə vaxt yaradılıb?", "zh": "发改委是哪一年成立的？"}[lang]
    answer = engine.ask(question)
    assert answer.kind is AnswerKind.DECLINE and answer.known_about == ("ndrc",)
    assert answer.suggestions
    for s in answer.suggestions:
        again = engine.ask(s.question)
        assert again.answered and again.lang == lang and again.facts == (s.fact_id,), s.question


def test_russian_stems_join_word_forms():
    """Ensure Russian inflected forms meet (Snowball)."""
    for forms in (["основана", "основано", "основал", "основали"], ["конференция", "конференции", "конференцию"],
                  ["компаний", "компании", "компания"], ["участвовало", "участвовали"], ["подписан", "подписали"]):
        assert len({stem(f) for f in forms}) == 1, forms


def test_azerbaijani_stems_join_word_forms_with_or_without_special_letters():
    """Ensure Azerbaijani case, possessive and plural endings come off, and the folded spelling meets the proper one."""
    for forms in (["şirkət", "şirkətlər", "şirkətlərin", "şirkətdə", "sirketde"],
                  ["konfrans", "konfransda", "konfransın", "konfransında", "konfransda"],
                  ["yaradılıb", "yaradilib", "yaradılmışdır", "yaradıldı"],
                  ["agentlik", "agentliyi", "agentliyinin"], ["tərkibində", "tərkibindədir"],
                  ["Gəncə", "Gəncədəki"], ["Xırdalan", "Xırdalandakı"], ["zavod", "zavodundakı"]):
        assert len({stem(t) for f in forms for t in tokens(f)}) == 1, forms


def test_english_stems_are_unchanged_by_the_azerbaijani_endings():
    """Ensure common English words keep the stems they had before Azerbaijani endings were peeled."""
    expected = {"founded": "found", "organizers": "organiz", "companies": "company", "conference": "conference",
                "meeting": "meet", "china": "china", "within": "within", "provide": "provide", "trade": "trade",
                "agency": "agency", "origin": "origin", "dollar": "dollar", "signed": "sign", "discussed": "discuss"}
    assert {w: stem(w) for w in expected} == expected


def test_latin_script_russian_is_read_in_cyrillic():
    """Ensure the Russian transliteration table turns common Latin spellings into Cyrillic words."""
    lex = lexicon("ru")
    cases = {"kogda": "когда", "kompaniy": "компаний", "kompaniya": "компания", "konferentsii": "конференции",
             "vstrechalsya": "встречался", "yavlyaetsya": "является", "kakoy": "какой", "podpisal": "подписал"}
    for latin, cyrillic in cases.items():
        assert transliterate(latin, lex.transliteration, lex.transliteration_after_vowel) == cyrillic
