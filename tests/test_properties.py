"""Property tests: extract() never raises and its spans index the text; reports round-trip."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import Article, Config, Report, check, extract
from factcheck.config import ALL_KINDS
from factcheck.load import decode

FRAGMENTS = (
    "12", "1,000", "3.6", "٣", "４５", "½", "a dozen", "dozens of", "at least", "about", "more than",
    "between", "and", "$", "US$", "£", "€", "¥", "bn", "billion", "million", "m", "%", "per cent",
    "percentage points", "people", "deals", "agreements", "troops", "14th", "June", "19", "2024",
    "2024-06-20", "on Thursday", "today", "the previous day", "in 2017", "the 1950s", "this year",
    "President", "To Lam", "Mr", "Lam", "Vladimir Putin", "Zarubezhneft", "Gould-Davies", "said",
    "told", "according to", '"', "“", "”", "«", "»", "„", "‘", "’", "'", "(", ")", "[", "]", ".",
    ",", ";", ":", "-", "–", "—", "…", "?", "!", "\n", "\r\n", "\r", " ", "\u00a0", "\u202f",
    "\u2009", "\u200b", "\u200d", "\ufeff", "\u0301", "\u202e", "ش", "א", "<script>", "&amp;",
    "Skip to content", "Download the app", "https://example.org/x", "___",
)  # fmt: skip
"""Pieces of news text and the characters that trip extractors, for texts that look like news."""

newsish_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40
).map(" ".join)
claim_sentence = st.builds(
    "{} said {} {} {} {} and {} on {}, {} to {}: {}{}{}.".format,
    st.sampled_from(["Officials", "President To Lam", "Mr Putin", "Lam Thu Lam", "The BBC"]),
    st.sampled_from(["at least", "about", "more than", "nearly", "", "some"]),
    st.one_of(st.integers(0, 10**9).map(str), st.sampled_from(["a dozen", "12", "1,200"])),
    st.sampled_from(["deals", "people", "troops", "agreements", "%", "per cent", "bn"]),
    st.sampled_from(["were signed", "worth $3.6bn", "of £2m", "rose 38%", "died"]),
    st.sampled_from(["Zarubezhneft", "Zarbezhneft", "Vietnam", "Hanoi", "Gould-Davies"]),
    st.sampled_from(["Thursday", "June 19", "2024-06-20", "the previous day", "20 June 2024"]),
    st.sampled_from(["according to Reuters", "told reporters", "adding", "noting"]),
    st.sampled_from(["Putin", "To Lam", "the minister"]),
    st.sampled_from(['"', "“", "«"]),
    st.sampled_from(["developing a reliable security architecture", "closed blocs", "we agree"]),
    st.sampled_from(['"', "”", "»"]),
)
"""A sentence shaped like news, with claims of every kind and values that vary."""
newsish_article = st.lists(st.one_of(claim_sentence, newsish_text), min_size=1, max_size=6).map(
    " ".join
)
any_text = st.one_of(st.text(max_size=300), newsish_text)
published = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, published=published, clean=st.booleans())
def test_properties_extract_never_raises_and_spans_index_text(
    text: str, published: dt.date | None, clean: bool
) -> None:
    article = Article(id="a", text=text, published=published)
    claims = extract(article, Config(clean=clean))
    for c in claims:
        assert c.kind in ALL_KINDS and c.article == "a"
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert text[c.span.start : c.span.end] == c.span.text
    assert [(c.span.start, c.span.end) for c in claims] == sorted(
        (c.span.start, c.span.end) for c in claims
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(newsish_article, min_size=1, max_size=3),
    published=published,
    fail_on=st.sampled_from(["error", "warning", "info"]),
)
def test_properties_report_json_round_trip(
    texts: list[str], published: dt.date | None, fail_on: str
) -> None:
    articles = [
        Article(id=f"{i}.txt", source=f"Outlet {i}", text=t, published=published)
        for i, t in enumerate(texts)
    ]
    report = check(articles, Config(fail_on=fail_on))  # type: ignore[arg-type]
    again = Report.from_json(report.to_json())
    assert again == report
    assert again.to_json() == report.to_json()
    assert Report.from_json(report.to_json(indent=None)) == report


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200))
def test_properties_decode_returns_text_or_raises_input_error(data: bytes) -> None:
    from factcheck.errors import InputError

    try:
        text = decode(data, path="x.txt")
    except InputError as exc:
        assert exc.describe().startswith("x.txt: ") and exc.code.startswith("FC1")
    else:
        assert text.strip()
