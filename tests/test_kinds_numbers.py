"""The numeric kinds (count, money, percent): number grammar, intervals, seeds, robustness."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Config, check, extract
from factcheck.kinds import _numerals as nm
from factcheck.load import load_cluster
from factcheck.model import CountValue
from tests.conftest import SEED, article

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 0 <= n < 10**12, as a writer would spell them."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = n % scale
            head = words(n // scale) + " " + name
            if rest == 0:
                return head
            return head + (" and " if rest < 100 else " ") + words(rest)
    raise AssertionError(n)


def _kind_claims(kind: str, text: str, **kw: Any) -> list[Any]:
    config = Config(kinds=(kind,), clean=kw.pop("clean", True))
    return [c for c in extract(article(text, **kw), config) if c.kind == kind]


def _one(kind: str, text: str, **kw: Any) -> Any:
    claims = _kind_claims(kind, text, **kw)
    assert len(claims) == 1, f"{kind}: {text!r} gave {claims}"
    return claims[0]


# Property tests: render a value in several surface forms, extract the same value back.

COUNT_FORMS = st.sampled_from(["digits", "commas", "thin", "nbsp", "words"])


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=2, max_value=999_999_999), form=COUNT_FORMS,
       noun=st.sampled_from(["deals", "troops", "ships", "people", "agreements"]))  # fmt: skip
def test_kinds_numbers_count_round_trips_rendered_values(n: int, form: str, noun: str) -> None:
    if form == "digits" and 1800 <= n <= 2099:
        n += 300  # a bare four-digit year is rightly not a count
    rendered = {
        "digits": str(n),
        "commas": f"{n:,}",
        "thin": f"{n:,}".replace(",", "\u2009"),
        "nbsp": f"{n:,}".replace(",", "\u00a0"),
        "words": words(n),
    }[form]
    text = f"Officials said {rendered} {noun} were counted."
    claim = _one("count", text)
    assert claim.span.text == f"{rendered} {noun}"
    assert (claim.value.low, claim.value.high) == (n, n)


SCALES = [("billion", 10**9), ("bn", 10**9), ("million", 10**6), ("m", 10**6), ("k", 10**3)]


@settings(max_examples=150, deadline=None)
@given(
    mantissa=st.integers(min_value=1, max_value=9999),
    decimals=st.integers(min_value=0, max_value=2),
    scale=st.sampled_from(SCALES),
    sign=st.sampled_from([("$", "", "USD"), ("£", "", "GBP"), ("€", "", "EUR"),
                          ("US$", "", "USD"), ("", " dollars", "USD"), ("", " euros", "EUR"),
                          ("", " roubles", "RUB"), ("", " yuan", "CNY"), ("USD ", "", "USD")]),
)  # fmt: skip
def test_kinds_numbers_money_round_trips_scaled_amounts(
    mantissa: int, decimals: int, scale: tuple[str, int], sign: tuple[str, str, str]
) -> None:
    word, factor = scale
    before, after, code = sign
    number = f"{mantissa / 10**decimals:.{decimals}f}"
    glue = " " if len(word) > 1 and word != "bn" else ""
    rendered = f"{before}{number}{glue}{word}{after}"
    claim = _one("money", f"Trade reached {rendered} last year.")
    assert claim.span.text == rendered
    expected = float(number) * factor
    assert claim.value.currency == code
    assert claim.value.low == pytest.approx(expected) and claim.value.high == pytest.approx(
        expected
    )


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=1, max_value=999_999), scale=st.sampled_from(["million", "billion"]),
       cur=st.sampled_from([("pounds", "GBP"), ("dollars", "USD"), ("euros", "EUR")]))  # fmt: skip
def test_kinds_numbers_money_round_trips_word_amounts(
    n: int, scale: str, cur: tuple[str, str]
) -> None:
    rendered = f"{words(n)} {scale} {cur[0]}"
    claim = _one("money", f"The fund holds {rendered} in reserve.")
    assert claim.span.text == rendered
    assert claim.value.currency == cur[1]
    assert claim.value.low == pytest.approx(n * nm.SCALES[scale])


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=0, max_value=100), tenths=st.integers(min_value=0, max_value=9),
       unit=st.sampled_from(["%", " percent", " per cent", "pc"]),
       as_words=st.booleans())  # fmt: skip
def test_kinds_numbers_percent_round_trips(n: int, tenths: int, unit: str, as_words: bool) -> None:
    if as_words:
        rendered, value = f"{words(n)}{' percent' if unit == '%' else unit}", float(n)
        if unit == "pc":
            rendered = f"{words(n)} percent"
    else:
        rendered, value = f"{n}.{tenths}{unit}", n + tenths / 10
    claim = _one("percent", f"Support stood at {rendered} in May.")
    assert claim.span.text == rendered
    assert claim.value.low == pytest.approx(value) and not claim.value.points


# Intervals and tolerance


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (None, (100, 100)),
        ("about", (90, 110)),
        ("Roughly", (90, 110)),
        ("some", (90, 110)),
        ("nearly", (90, 100)),
        ("almost", (90, 100)),
        ("just over", (100, 110)),
        ("at least", (100, None)),
        ("more than", (100, None)),
        ("over", (100, None)),
        ("up to", (0, 100)),
        ("fewer than", (0, 100)),
        ("exactly", (100, 100)),
    ],
)
def test_numerals_qualifier_shapes_interval(q: str | None, expected: tuple[Any, Any]) -> None:
    assert nm.to_interval("100", None, q, tolerance=0.1) == expected


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("about 400", "around 450", "conflict"),  # neither figure within the other's estimate
        ("about 2,000", "some 2,100", "compatible"),  # 2,100 is within "about 2,000"
        ("about 400", "400", "compatible"),  # an exact figure inside the estimate
        ("more than 400", "about 450", "compatible"),  # an open bound is no estimate
    ],
)
def test_numerals_two_estimates_conflict_only_when_neither_figure_is_in_the_other(
    a: str, b: str, verdict: str
) -> None:
    report = check(
        [article(f"Rescuers freed {a} people from the rubble.", id="x"),
         article(f"Rescuers freed {b} people from the rubble.", id="y")],
        config=Config(kinds=("count",)),
    )  # fmt: skip
    assert [f.verdict for f in report.findings] == [verdict]


def test_numerals_tolerance_follows_config() -> None:
    wide = Config(kinds=("count",), approx_tolerance=0.25)
    (claim,) = extract(article("They sent about 100 tanks."), wide)
    assert isinstance(claim.value, CountValue)
    assert (claim.value.low, claim.value.high) == (75, 125)


@pytest.mark.parametrize(
    ("first", "second", "q", "expected"),
    [
        ("10", "12", None, (10, 12)),
        ("10", "12", "between", (10, 12)),
        ("3", "4 billion", None, (3e9, 4e9)),
        ("10", "12", "about", (9, 13.2)),
        ("2", "1", None, None),
        ("11", "2", None, None),
        ("5", "5", None, None),
        ("12", None, "between", None),
    ],
)
def test_numerals_ranges_rise_strictly(
    first: str, second: str | None, q: str | None, expected: Any
) -> None:
    assert nm.to_interval(first, second, q) == expected


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ((12, 12), (12, 12), "equal"),
        ((12, None), (14, 14), "overlap"),
        ((10, 12), (11, 11), "overlap"),
        ((12, 12), (14, 14), "disjoint"),
        ((None, 5), (6, None), "disjoint"),
        ((None, None), (3, 3), "overlap"),
    ],
)
def test_numerals_relation_of_intervals(a: Any, b: Any, relation: str) -> None:
    assert nm.relation(a, b) == relation
    assert nm.relation(b, a) == relation


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("$3.6 billion", (3.55e9, 3.65e9)),
        ("1.25m", (1.245e6, 1.255e6)),
        ("$4bn", (4e9, 4e9)),
        ("12", (12, 12)),
        ("US$3,600m", (3.6e9, 3.6e9)),
    ],
)
def test_numerals_rounding_band_only_for_decimals_with_scale(text: str, band: Any) -> None:
    value = band[0] if band[0] == band[1] else (band[0] + band[1]) / 2
    lo, hi = nm.rounding_band(text, value, value)
    assert lo == pytest.approx(band[0]) and hi == pytest.approx(band[1])


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("12,000", "en", 12000),
        ("1.234", "en", 1.234),
        ("1.234", "de", 1234),
        ("3,5", "es", 3.5),
        ("3,5", "en", None),
        ("1,234,567.5", "en", 1234567.5),
        ("1.234.567,5", "es", 1234567.5),
        ("1\u202f234\u202f567", "fr", 1234567),
        ("12,00", "en", None),
        ("1.2.3", "en", None),
        # commas grouping threes separate thousands in every language
        ("10,000", "es", 10000),
        ("1,600", "es", 1600),
        ("1,000,000", "pt", 1000000),
        ("0,500", "es", 0.5),
        ("1,60", "es", 1.6),
    ],
)
def test_numerals_digits_follow_language_convention(
    text: str, language: str, value: float | None
) -> None:
    assert nm.parse_digits(text, comma_decimal=nm.decimal_comma(language)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two hundred and fifty", 250),
        ("one thousand two hundred", 1200),
        ("three million", 3e6),
        ("a hundred", 100),
        ("half a dozen", 6),
        ("three dozen", 36),
        ("a score", 20),
        ("half a million", 5e5),
        ("a quarter of a million", 2.5e5),
        ("two-thirds of a billion", 2e9 / 3),
        ("one and a half million", 1.5e6),
        ("2.5m", 2.5e6),
        ("10k", 1e4),
        ("88.000 millones", 88e9),
        ("88 mil millones", 88e9),
        ("5mn", 5e6),
        ("2tn", 2e12),
        ("5 Mio.", 5e6),
        ("2 Milliarden", 2e9),
    ],
)
def test_numerals_parse_number_grammar(text: str, value: float) -> None:
    assert nm.parse_number(text) == pytest.approx(value)


def test_numerals_billion_is_long_scale_in_french() -> None:
    assert nm.parse_number("3 billions", language="fr") == 3e12
    assert nm.parse_number("3 billion", language="en") == 3e9


# Language conventions in whole articles


def test_money_spanish_article_uses_comma_decimals() -> None:
    text = "El comercio alcanzó 3,5 millones de euros y 88.000 millones de dólares."
    claims = _kind_claims("money", text, language="es")
    assert [(c.span.text, c.value.low, c.value.currency) for c in claims] == [
        ("3,5 millones de euros", 3.5e6, "EUR"),
        ("88.000 millones de dólares", 88e9, "USD"),
    ]


@settings(max_examples=100, deadline=None)
@given(
    whole=st.integers(min_value=1_000, max_value=999_999_999),
    cents=st.integers(min_value=0, max_value=99),
    cur=st.sampled_from([("euros", "EUR"), ("dólares", "USD")]),
)
def test_money_round_trips_comma_decimal_convention(
    whole: int, cents: int, cur: tuple[str, str]
) -> None:
    rendered = f"{whole:,}".replace(",", ".") + f",{cents:02d} {cur[0]}"
    claim = _one("money", f"El gasto fue de {rendered} en total.", language="es")
    assert claim.span.text == rendered
    assert claim.value.currency == cur[1]
    assert claim.value.low == pytest.approx(whole + cents / 100)


def test_percent_spanish_article_reads_comma_decimal() -> None:
    claim = _one("percent", "La inflación fue del 3,5% en mayo.", language="es")
    assert claim.value.low == 3.5


# Counts: units, synonyms, ordinals


def test_count_unit_is_singular_lemma_and_synonyms_share_key() -> None:
    from factcheck.kinds import count

    a = _one("count", "They signed 12 publicly announced agreements.")
    b = _one("count", "They signed a dozen deals.")
    c = _one("count", "They sank 12 ships.")
    assert a.value.unit == "agreement" and b.value.unit == "deal"
    assert count.key(a) == count.key(b) != count.key(c)


def test_count_ordinal_and_cardinal_never_compare() -> None:
    from factcheck.kinds import count

    a = _one("count", "It is the 14th package.")
    b = _one("count", "It holds 14 packages.")
    assert a.value.ordinal and not b.value.ordinal
    assert count.key(a) != count.key(b)
    assert count.compare(a, b, Config()) is None


@pytest.mark.parametrize(
    ("headline", "span", "unit"),
    [
        ("Putin Signs 12 Deals With Vietnam", "12 Deals", "deal"),
        ("Russia Sends 1,000 Troops To The Border", "1,000 Troops", "troop"),
        ("EU Agrees The 14th Package Of Sanctions", "14th Package", "package"),
    ],
)
def test_count_title_case_headline_keeps_capitalised_unit(
    headline: str, span: str, unit: str
) -> None:
    claim = _one("count", headline)
    assert (claim.span.text, claim.value.unit) == (span, unit)


def test_count_capitalised_word_in_prose_is_not_a_unit() -> None:
    assert not _kind_claims("count", "The talks ran until 3 Downing Street aides left.")


def test_count_over_before_time_unit_is_a_duration_not_a_bound() -> None:
    assert not _kind_claims("count", "Talks ran over two days in Hanoi.")
    claim = _one("duration", "Talks ran over two days in Hanoi.")
    assert claim.span.text == "two days"
    assert (claim.value.low, claim.value.high, claim.value.unit) == (2, 2, "day")


def test_count_from_to_is_a_change_not_a_range() -> None:
    claims = _kind_claims("count", "Staff rose from 12 to 14 workers.")
    assert [(c.span.text, c.value.low) for c in claims] == [("14 workers", 14)]


def test_percent_from_to_is_a_change_not_a_range() -> None:
    claims = _kind_claims("percent", "Inflation rose from 5% to 7% in a year.")
    assert [(c.span.text, c.value.low, c.value.high) for c in claims] == [
        ("5%", 5, 5),
        ("7%", 7, 7),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Costs rose from $3bn to $4bn.", [("$3bn", 3e9), ("$4bn", 4e9)]),
        ("Costs rose from 3 to 4 billion dollars.", [("4 billion dollars", 4e9)]),
        ("Costs will be $3bn to $4bn.", [("$3bn to $4bn", 3e9)]),
    ],
)
def test_money_from_to_is_a_change_not_a_range(sentence: str, expected: Any) -> None:
    claims = _kind_claims("money", sentence)
    assert [(c.span.text, c.value.low) for c in claims] == expected


def test_money_currencies_are_never_equal() -> None:
    from factcheck.kinds import money

    a = _one("money", "It cost $2m.")
    b = _one("money", "It cost £2m.")
    assert money.key(a) != money.key(b)
    assert money.compare(a, b, Config()) == "conflict"
    assert money.compare(a, _one("money", "It cost 2 million dollars."), Config()) == "agree"


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("The prize is worth 11m Swedish kronor.", "en", "SEK"),
        ("Der Preis ist mit zehn Millionen schwedischen Kronen dotiert.", "de", "SEK"),
        ("El premio está dotado con 11 millones de coronas suecas.", "es", "SEK"),
        ("Il premio vale 11 milioni di corone svedesi.", "it", "SEK"),
        ("Le fonds pèse 5 milliards de couronnes norvégiennes.", "fr", "NOK"),
        ("The bridge cost 2 billion Danish kroner.", "en", "DKK"),
    ],
)
def test_money_crowns_are_read_with_their_country(text: str, language: str, currency: str) -> None:
    assert _one("money", text, language=language).value.currency == currency


def test_count_an_acronyms_plural_is_a_counted_noun() -> None:
    claim = _one("count", "The motion was supported by 331 MPs.")
    assert (claim.span.text, claim.value.unit) == ("331 MPs", "mp")


def _money_findings(*texts: str) -> list[Any]:
    arts = [article(t, id=f"{i}.txt", source=f"Outlet {i}") for i, t in enumerate(texts)]
    return [f for f in check(arts, Config(kinds=("money",))).findings if f.kind == "money"]


def test_money_same_fact_in_another_currency_is_a_conflict() -> None:
    line = "Russia will lend Vietnam {} to build the Ninh Thuan nuclear power plant."
    found = _money_findings(line.format("$3.6 billion"), line.format("€3.6 billion"),
                            line.format("US$3,600m"))  # fmt: skip
    conflicts = [f for f in found if f.verdict == "conflict"]
    assert len(conflicts) == 1
    msg = conflicts[0].message
    assert "“€3.6 billion” [Outlet 1]" in msg and "different currencies, USD and EUR" in msg
    assert any(f.verdict == "agree" and f.articles == ("0.txt", "2.txt") for f in found)


@pytest.mark.parametrize("converted_first", [False, True])
def test_money_conversion_stated_by_one_source_is_no_conflict(converted_first: bool) -> None:
    both = "The deal is worth $3.6 billion (£2.8 billion), officials in Hanoi said on Friday."
    pounds = "The deal is worth £2.8 billion, officials in Hanoi said on Friday."
    texts = (pounds, both) if converted_first else (both, pounds)
    found = _money_findings(*texts)
    assert [f.verdict for f in found if f.verdict == "conflict"] == []
    assert any(f.verdict == "agree" for f in found)


def test_money_other_currencies_about_other_things_are_not_compared() -> None:
    found = _money_findings(
        "Exports of rice to Japan reached $3 billion last year, the ministry said.",
        "The new stadium in Manchester will cost £450 million, the club announced.",
    )
    assert all(f.verdict == "single" for f in found)


def test_percent_points_never_compare_with_percent() -> None:
    from factcheck.kinds import percent

    a = _one("percent", "It rose 2 percentage points.")
    b = _one("percent", "It rose 2%.")
    assert percent.key(a) != percent.key(b)
    assert percent.compare(a, b, Config()) is None


@pytest.mark.parametrize(
    ("fine", "coarse", "verdict"),
    [
        ("Milei won 55.69% of the vote.", "Milei won 55.7% of the vote.", "compatible"),
        ("Inflation was 2.44% in May.", "Inflation was 2.4% in May.", "compatible"),
        ("Inflation was 2.46% in May.", "Inflation was 2.4% in May.", "conflict"),
        # a whole percent is a claim of its own, no rounding of a tenth
        ("Inflation is expected at 2.2% in 2025.", "Inflation is expected at 2% in 2025.",
         "conflict"),
    ],
)  # fmt: skip
def test_percent_a_figure_told_to_fewer_decimals_is_compatible(
    fine: str, coarse: str, verdict: str
) -> None:
    from factcheck.kinds import percent

    a, b = _one("percent", fine), _one("percent", coarse)
    assert percent.compare(a, b, Config()) == percent.compare(b, a, Config()) == verdict


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The combined penalties work out to about $4.2 billion Cdn.", "CAD"),
        ("TD Bank will pay about $3B US in penalties.", "USD"),
        ("The bank will pay $3 billion in penalties.", "USD"),
    ],
)
def test_money_a_dollar_named_after_the_amount(text: str, currency: str) -> None:
    assert _one("money", text).value.currency == currency


@pytest.mark.parametrize(
    ("language", "text", "span", "qualifier"),
    [
        ("it", "Sono arrivati fino ai 300 morti.", "fino ai 300 morti", "up to"),
        ("it", "Le vittime sono intorno alle 40 persone.", "intorno alle 40 persone", "about"),
        ("es", "Los heridos son cerca del centenar, unos 90 pasajeros.", "unos 90 pasajeros",
         "about"),
    ],
)  # fmt: skip
def test_count_a_qualifier_joined_to_its_article(
    language: str, text: str, span: str, qualifier: str
) -> None:
    claims = [c for c in extract(article(text, language=language)) if c.kind == "count"]
    found = {c.span.text: c.value.qualifier for c in claims}
    assert found.get(span) == qualifier, found


# Page furniture: a general layout rule, whatever the words


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("money", "Total collected:£ 1,250"),
        ("money", "Target: $80,000"),
        ("count", "Signatures: 12,400 names"),
        ("count", "5 seats left"),
        ("count", "2 hours to go"),
        ("percent", "Funded: 75%"),
    ],
)
def test_numerals_interface_counters_yield_nothing_without_cleaning(kind: str, line: str) -> None:
    text = f"The minister spoke at length about the budget.\n\n{line}\n"
    assert not _kind_claims(kind, text, clean=False)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("x" * 300 + " paid ", " for it " + "y" * 300),
        (" " * 300 + "Raised: ", " " * 300),
        (" " * 300, " left"),
        ("Target: ", ""),
        ("a" * 150 + ": ", " " * 250),
        (" " * 250, " " * 180 + "to go"),
    ],
)
def test_numerals_interface_counter_reads_a_bounded_stretch_with_the_same_answer(
    before: str, after: str
) -> None:
    from factcheck.kinds._numerals import _COUNTER_TAIL, _LABEL_VALUE, is_interface_counter

    text = f"{before}$80{after}"
    start, end = len(before), len(before) + 3
    whole = bool(
        (_LABEL_VALUE.fullmatch(before.lstrip()) and not after.strip())
        or (not before.strip() and _COUNTER_TAIL.fullmatch(after))
    )
    assert is_interface_counter(text, 0, len(text), start, end) is whole


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("money", "The campaign has raised £14,276 so far."),
        ("count", "With 3 days remaining, 12 seats are left."),
        ("percent", "Turnout: officials said it reached 75% by noon."),
    ],
)
def test_numerals_figures_in_sentences_are_kept(kind: str, sentence: str) -> None:
    assert _kind_claims(kind, sentence, clean=False)


# Seeds


@pytest.fixture(scope="module")
def seed_articles() -> Any:
    return {a.id: a for a in load_cluster([SEED], config=Config()).articles}


@pytest.mark.parametrize("clean", [True, False])
def test_kinds_numbers_seed_values(seed_articles: Any, clean: bool) -> None:
    config = Config(kinds=("count", "money", "percent"), clean=clean)
    got: dict[tuple[str, str], Any] = {
        (c.kind, c.span.text): c.value for a in seed_articles.values() for c in extract(a, config)
    }
    expected = {
        ("money", "$337.5bn"): (337.5e9, "USD"),
        ("money", "$3.6 billion"): (3.6e9, "USD"),
        ("money", "$171 billion"): (171e9, "USD"),
        ("percent", "38%"): (38, None),
        ("percent", "about 80 percent"): (72, None),
        ("count", "14th package"): (14, "package"),
        ("count", "30th anniversary"): (30, "anniversary"),
    }
    for (kind, text), (low, tag) in expected.items():
        value = got.get((kind, text))
        assert value is not None, f"{kind} {text!r} not extracted (clean={clean})"
        assert value.low == pytest.approx(low)
        if kind == "money":
            assert value.currency == tag
        if kind == "count":
            assert value.unit == tag and value.ordinal


@pytest.mark.parametrize("clean", [True, False])
def test_kinds_numbers_seed_donation_counter_yields_nothing(
    seed_articles: Any, clean: bool
) -> None:
    art = seed_articles["001_af0be74b6c0b0c53.txt"]
    start = art.text.index("You've Raised")
    config = Config(kinds=("count", "money", "percent"), clean=clean)
    inside = [c for c in extract(art, config) if c.span.start >= start]
    assert not inside, inside


def test_kinds_numbers_seed_deal_counts_agree() -> None:
    report = check(SEED, Config())
    agree = [
        {c.span.text for c in (report.claim(i) for i in f.claims)}
        for f in report.findings
        if f.kind == "count" and f.verdict == "agree"
    ]
    assert any({"at least a dozen deals", "at least 12 deals"} <= s for s in agree), agree
    assert any({"12 publicly announced agreements", "12 agreements"} <= s for s in agree), agree
    deal_conflicts = [f for f in report.findings if f.kind == "count" and f.verdict == "conflict"]
    assert not deal_conflicts


# Robustness: hostile input is scanned in linear time (a hang guard, not a benchmark)

HOSTILE = [
    "1" * 100_000,
    "1," * 50_000,
    "1.2" * 33_000,
    "123\u2009" * 25_000,
    "$" * 50_000 + "1",
    "1 " * 50_000,
    "one " * 25_000,
    "one hundred " * 8_000,
    "1-" * 50_000,
    "about " * 16_000 + "12 deals",
    "10% to " * 14_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[t[:12] for t in HOSTILE])
def test_kinds_numbers_hostile_input_finishes(text: str) -> None:
    config = Config(kinds=("count", "money", "percent"), clean=False)
    began = time.perf_counter()
    extract(article(text), config)
    assert time.perf_counter() - began < 2.0, "numeric extraction did not scan linearly"


# The examples table of docs/kinds-numbers.md runs as a test

DOC = SEED.parent.parent.parent / "docs" / "kinds-numbers.md"


def _doc_rows() -> list[Any]:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("## Examples") :]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] in ("count", "money", "percent"):
            rows.append(pytest.param(*cells, id=f"{cells[0]}:{cells[1]}"))
    return rows


@pytest.mark.parametrize(("kind", "text", "low", "high", "tag"), _doc_rows())
def test_docs_numbers_examples(kind: str, text: str, low: str, high: str, tag: str) -> None:
    claim = _one(kind, text)
    assert claim.span.text == text
    v = claim.value
    assert v.low == (None if low == "-" else pytest.approx(float(low)))
    assert v.high == (None if high == "-" else pytest.approx(float(high)))
    got_tag = {"count": getattr(v, "unit", None), "money": getattr(v, "currency", None)}.get(
        kind, "points" if getattr(v, "points", False) else "percent"
    )
    assert got_tag == tag


def test_docs_numbers_examples_present() -> None:
    assert len(_doc_rows()) >= 10


def test_money_swap_among_several_amounts_of_one_sentence_is_one_conflict() -> None:
    # Exact copies keep their groups, so the changed amount meets its own original.
    line = "The court cut the fine on the club from $1m (£675,000) to $50,000 (£34,000) on Monday."
    found = _money_findings(line, line.replace("£675,000", "$675,000"))
    conflicts = [f for f in found if f.verdict == "conflict"]
    deviating = [f.message.split(" is contradicted by ")[1].split(" on ")[0] for f in conflicts]
    assert deviating == ["“$675,000” [Outlet 1]"]
    assert "“£675,000” [Outlet 0]" in conflicts[0].message
    assert sum(f.verdict == "agree" for f in found) == 3


def test_count_german_noun_after_adjectives_is_the_unit() -> None:
    (claim,) = _kind_claims(
        "count", "Sie gehört zu den 30 global systemrelevanten Banken.", language="de"
    )
    assert (claim.value.unit, claim.span.text) == ("banken", "30 global systemrelevanten Banken")


def test_count_units_in_other_languages_meet_by_their_english_gloss() -> None:
    arts = [
        article("Credit Suisse es uno de los 30 bancos sistémicos a nivel mundial.",
                id="a.txt", language="es"),
        article("Credit Suisse gehört zu den 30 global systemrelevanten Banken weltweit.",
                id="b.txt", language="de"),
    ]  # fmt: skip
    report = check(arts, Config(kinds=("count",)))
    (finding,) = [f for f in report.findings if f.kind == "count"]
    assert finding.verdict == "agree" and len(finding.claims) == 2


def test_numerals_a_german_compound_counts_what_its_last_part_names() -> None:
    from factcheck.kinds._common import english_unit

    sentence = "Beide Seiten unterzeichneten 14 Kooperationsabkommen zu Handel und Medien."
    assert english_unit("kooperationsabkommen", sentence) == english_unit("abkommen", sentence)
    assert english_unit("kooperationsabkommen", sentence) != "kooperationsabkommen"


def test_kinds_numbers_neighbouring_roundings_of_an_amount_conflict() -> None:
    report = check(
        [
            article("Meta was fined 1.2 billion euros.", id="a"),
            article("Meta muss 1,3 Milliarden Euro Strafe zahlen.", id="b", language="de"),
        ],
        Config(kinds=("money",)),
    )
    assert [f.verdict for f in report.findings] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    ["Eisai asked for a full one based on those results.", "It was the one that sank.",
     "No one was hurt.", "This one is different."],
)  # fmt: skip
def test_kinds_numbers_one_as_a_pronoun_counts_nothing(text: str) -> None:
    assert [c for c in extract(article(text), Config(kinds=("count",)))] == []


def test_kinds_numbers_a_model_name_ending_in_a_number_counts_nothing() -> None:
    text = "The FAA grounded Boeing 737 MAX 9 planes. United has 79 MAX 9 jets. 12 people left."
    got = [c.span.text for c in extract(article(text), Config(kinds=("count",)))]
    assert got == ["12 people"]
