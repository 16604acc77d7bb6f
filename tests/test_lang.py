"""The language layer: locales parsed once, one lexicon per language, words kinds read."""

from __future__ import annotations

import pytest

from factcheck import Config, extract
from factcheck.kinds._numerals import parse_number
from factcheck.lang import LANGUAGES, Lexicon, Locale, lexicon
from factcheck.lang.glosses import fold, gloss, language_of, overlap, senses, table
from tests.conftest import article


@pytest.mark.parametrize("tag", ["fr", "fr-FR", "fr_FR", "FR-fr", "fr_fr"])
def test_lang_locale_separators_and_case_are_one_language(tag: str) -> None:
    assert Locale.parse(tag).language == "fr"
    assert lexicon(tag) is lexicon("fr")
    assert parse_number("3 billions", language=tag) == 3e12


@pytest.mark.parametrize(
    ("tag", "day_first"),
    [("en", False), ("en-US", False), ("en_us", False), ("en-GB", True), ("en-AU", True),
     ("fr", True), ("de-AT", True), ("", True)],
)  # fmt: skip
def test_lang_locale_day_order_is_a_locale_property(tag: str, day_first: bool) -> None:
    assert Locale.parse(tag).day_first is day_first


@pytest.mark.parametrize(
    ("language", "published"),
    [("en-US", "2024-06-07"), ("en-GB", "2024-07-06")],
)
def test_lang_numeric_dates_read_in_the_locale_order(language: str, published: str) -> None:
    import datetime as dt

    got = extract(
        article("The deal was signed on 06/07/2024 in Hanoi.", language=language),
        Config(kinds=("date",)),
    )
    assert [c.value.start for c in got] == [dt.date.fromisoformat(published)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_lang_lexicon_tables_are_consistent(code: str) -> None:
    lex = lexicon(code)
    assert isinstance(lex, Lexicon) and lex.code == code
    assert set(lex.months.values()) == set(range(1, 13)), f"{code}: every month has a name"
    assert set(lex.weekdays.values()) == set(range(7)), f"{code}: every weekday has a name"
    assert set(lex.time_units.values()) == {"day", "week", "month", "year"}, code
    assert set(lex.weekday_relations.values()) <= {"last", "next", "this", "on"}, code


def test_lang_unknown_language_reads_english() -> None:
    assert lexicon("xx") is lexicon("en")
    assert Locale.parse("not a tag!").language == "not"
    assert Locale.parse("").language == "und"


def test_lang_quote_speakers_come_from_the_configured_name_recogniser() -> None:
    text = "Vladimir Putin arrived in Hanoi on Wednesday. “We will increase cooperation,” he said."
    (default,) = [c for c in extract(article(text)) if c.kind == "quote"]
    assert default.value.speaker == "Vladimir Putin"
    quiet = Config(name_recognizer=lambda doc: [])
    (no_names,) = [c for c in extract(article(text), quiet) if c.kind == "quote"]
    assert no_names.value.speaker is None
    # quote alone still reads the names it needs, without reporting them
    only = extract(article(text), Config(kinds=("quote",)))
    assert [c.kind for c in only] == ["quote"] and only[0].value.speaker == "Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i detriti sono coerenti con la catastrofica perdita della camera", "it"),
        ("the debris is consistent with the catastrophic loss of the chamber", "en"),
        ("eu soube imediatamente que algo estava errado", "pt"),
        ("der ezb rat legt sich nicht im voraus auf einen zinspfad fest", "de"),
        ("estamos con ustedes ahora y siempre", "es"),
        ("nous sommes avec vous maintenant et pour toujours", "fr"),
        ("ubs 2023", None),
    ],
)
def test_lang_glosses_tell_the_language_of_a_text(text: str, language: str | None) -> None:
    assert language_of(text.split()) == language


@pytest.mark.parametrize("code", LANGUAGES)
def test_lang_gloss_tables_are_well_formed(code: str) -> None:
    rows = table(code)
    assert len(rows) > 5000
    for word, glosses in rows.items():
        assert word == fold(word), f"{code}: {word!r} is not folded"
        assert all(g and g == g.lower() for g in glosses), f"{code}: {word!r} -> {glosses!r}"


@pytest.mark.parametrize(
    ("word", "code", "english"),
    [
        ("Banken", "de", "bank"),
        ("Décès", "fr", "death"),
        ("Corpos", "pt", "body"),
        ("der", "de", ""),
        ("knew", "en", "know"),
        ("xyzzyq", "it", None),
    ],
)
def test_lang_gloss_gives_an_english_base_form(word: str, code: str, english: str | None) -> None:
    assert gloss(word, code) == english


def test_lang_senses_meet_across_languages_and_cognates() -> None:
    en = senses("the debris is consistent with the catastrophic loss".split(), "en")
    it = senses("i detriti sono coerenti con la catastrofica perdita".split(), "it")
    other = senses("le nostre condoglianze vanno ai cari".split(), "it")
    assert overlap(en, it)[0] >= 60.0
    assert overlap(en, other)[0] == 0.0


@pytest.mark.parametrize(
    ("word", "lang", "meaning"),
    [
        ("crollata", "it", "collapse"),
        ("effondrée", "fr", "collapse"),
        ("libertou", "pt", "free"),
        ("casa", "es", "house"),  # a word the table holds is read as it is
    ],
)
def test_lang_a_participle_is_read_by_its_base_form(word: str, lang: str, meaning: str) -> None:
    assert gloss(word, lang) == meaning
