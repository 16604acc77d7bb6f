"""The language layer: locales parsed once, one lexicon per language, words kinds read."""

from __future__ import annotations

import pytest

from factcheck import Config, extract
from factcheck.kinds._numerals import parse_number
from factcheck.lang import LANGUAGES, Lexicon, Locale, lexicon
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
