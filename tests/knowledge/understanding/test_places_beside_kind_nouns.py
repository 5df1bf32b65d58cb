"""A place said beside a kind noun in Russian, Azerbaijani or Chinese tells which record is asked about, as
"the Yevlakh plant" does in English: read by its sound as the English place the facts give ("завод в Евлахе",
"Yevlax zavodu", "甘贾工厂"), with the language's own grammar read as grammar (a Russian verb before the noun, the
Azerbaijani case endings "zavoda", "limanını"), and a place the facts give only as where a record is based
("из Гаджигабула") no unknown name. The fixture is fictional: two foil plants of one company in two cities."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.facts.factbase import FactBase
from knowledge.facts.loader import load_shipped, parse_records
from tests.one_report import engine_with

FIXTURE = Path(__file__).parent / "data" / "places_beside_kind_nouns.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_with(FIXTURE)


@pytest.mark.parametrize("question, fact", [
    ("Сколько рабочих мест создаст завод в Евлахе?", "test-ahfc-yevlakh-plant.jobs"),
    ("Сколько рабочих мест создаст завод в Гяндже?", "test-ahfc-ganja-plant.jobs"),
    ("Yevlax zavodu neçə iş yeri yaradacaq?", "test-ahfc-yevlakh-plant.jobs"),
    ("Gəncə zavodu neçə iş yeri yaradacaq?", "test-ahfc-ganja-plant.jobs"),
    ("甘贾工厂将创造多少个就业岗位？", "test-ahfc-ganja-plant.jobs"),
])
def test_a_place_beside_a_kind_noun_in_another_script_is_the_record_there(engine, question, fact):
    """Ensure the plant of the city said beside "завод", "zavodu" or "工厂" answers, not "which one?" between the
    two plants, nor a decline for a verb ("создаст") or a Cyrillic place read as unknown words."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_place_beside_a_kind_noun_where_no_record_is_declines(engine):
    """Ensure "завод в Шеки", a city where neither plant is, is declined, not answered from either plant."""
    answer = engine.ask("Сколько рабочих мест создаст завод в Шеки?")
    assert not any(f.startswith("test-ahfc-") for f in answer.facts), answer.text


@pytest.mark.parametrize("question, fact", [
    ("AHFC Yevlaxdakı zavoda nə qədər investisiya qoyacaq?", "test-ahfc-yevlakh-plant.investment"),
    ("Şirvan Quru Limanını kim tikir?", "test-shirvan-dry-port.developer"),
])
def test_azerbaijani_case_endings_the_stemmer_misses_are_read_off(engine, question, fact):
    """Ensure the dative after a consonant ("zavoda") and the accusative of a word ending in n ("limanını": liman,
    not lima) are read as "zavod" and "liman", the words of the language file."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


@pytest.mark.parametrize("question, fact", [
    ("Кто построит сухой порт в Ширване?", "test-shirvan-dry-port.developer"),
    ("希尔万陆港由哪家公司建设？", "test-shirvan-dry-port.developer"),
    ("希尔万陆港的年吞吐能力是多少？", "test-shirvan-dry-port.capacity"),
])
def test_who_builds_a_dry_port_in_russian_and_chinese(engine, question, fact):
    """Ensure "построит" and "建设" ask who builds it (its developer, as "who is building" does in English), and
    "陆港" is a dry port and "吞吐能力" its capacity."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)


def test_a_place_only_a_record_is_based_in_is_no_unknown_name(engine):
    """Ensure "из Гаджигабула" is heard as the Hajigabul district a company is based in, not an unknown name."""
    answer = engine.ask("Когда была основана компания Kura Packaging из Гаджигабула?")
    assert answer.answered, answer.text
    assert answer.facts == ("test-kura-packaging.founded",)


def test_the_agreements_of_an_event_nothing_singles_out_are_no_timeline():
    """Ensure "which agreements were signed at the forum in Ganja?" of a base whose forums are elsewhere is not
    answered with the list of every dated record."""
    records = list(load_shipped()) + parse_records(FIXTURE.read_text(encoding="utf-8"), origin=str(FIXTURE))
    engine = Engine(FactBase.build(records, origin="test"))
    for question in ("Какие соглашения были подписаны на форуме в Гяндже?",
                     "Which agreements were signed at the hydrogen energy forum in Ganja?"):
        answer = engine.ask(question)
        assert len(answer.facts) <= 1, answer.text


@pytest.mark.parametrize("question, fact", [
    ("Qəbələdəki dağ kurortuna nə qədər sərmayə qoyulacaq?", "test-silver-pine-resort.investment"),
    ("Сколько стоит горный курорт в Габале?", "test-silver-pine-resort.investment"),
    ("加巴拉山地度假村项目投资多少？", "test-silver-pine-resort.investment"),
    ("Сколько рабочих мест создаст текстильная фабрика в Мингячевире?", "test-ahfc-cotton-mill.jobs"),
    ("Mingəçevirdəki fabrik neçə iş yeri açacaq?", "test-ahfc-cotton-mill.jobs"),
    ("明盖恰乌尔工厂将创造多少个就业岗位？", "test-ahfc-cotton-mill.jobs"),
])
def test_the_words_of_a_kind_in_other_languages_read_as_its_english_name(engine, question, fact):
    """Ensure "dağ kurortu", "горный курорт" and "山地度假村" read as a mountain resort, and "фабрика", "fabrik" and
    "工厂" as a mill as well as a factory (a textile mill is one), so the record in the city said answers; a word left
    that is read as English words its facts say ("текстильная": textile) counts once, as that word."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.facts == (fact,)
