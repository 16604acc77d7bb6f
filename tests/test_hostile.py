"""Hostile input: adversarial texts finish in linear time, and article markup stays inert.

The time checks are hang guards, not performance assertions: a linear scan of these inputs
takes well under a second, while a pattern with catastrophic backtracking (or a quadratic
loop) takes minutes. The budget is generous so a loaded machine never trips it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from html.parser import HTMLParser

import pytest

from factcheck import Article, Config, Report, check, extract
from factcheck.config import ALL_KINDS
from factcheck.report import RENDERERS

GUARD_SECONDS = 5.0
"""Budget for one extractor (or one whole check) on one adversarial input."""

HOSTILE: dict[str, str] = {
    "digits-100k": "1" * 100_000,
    "commas-100k": "," * 100_000,
    "digits-and-commas": "1," * 50_000,
    "digits-and-spaces": "1 " * 50_000,
    "digits-and-points": "1." * 50_000,
    "capitalised-words-20k": " ".join(["Minister"] * 20_000),
    "capitalised-hyphenated": "-".join(["Word"] * 20_000),
    "straight-quotes-10k": '"' * 10_000,
    "curly-quotes-10k": "“" * 5_000 + "”" * 5_000,
    "guillemets-10k": "«" * 10_000,
    "quoted-words-10k": '"a ' * 10_000,
    "nested-parentheses": "(" * 5_000 + "12 deals" + ")" * 5_000,
    "nested-brackets-mixed": "([{" * 3_000 + "$5bn" + "}])" * 3_000,
    "money-signs": "$1," * 30_000,
    "percent-signs": "1%" * 30_000,
    "initials-20k": "A. " * 20_000,
    "sentences-10k": "Word. " * 10_000,
    "numbered-sentences": "He signed 12 deals. " * 5_000,
}
"""Adversarial article texts, each of them one line."""

EXTRACT_CASES = [
    pytest.param(name, kind, id=f"{name}-{kind}") for name in HOSTILE for kind in ALL_KINDS
]
CHECK_CASES = list(HOSTILE)


def assert_spans_index(article: Article, claims: list) -> None:  # type: ignore[type-arg]
    for c in claims:
        assert 0 <= c.span.start <= c.span.end <= len(article.text), (c.kind, c.span)
        assert article.text[c.span.start : c.span.end] == c.span.text, (c.kind, c.span)


@pytest.mark.parametrize(("name", "kind"), EXTRACT_CASES)
def test_hostile_extractor_finishes_within_guard(name: str, kind: str) -> None:
    article = Article(id="a", text=HOSTILE[name])
    start = time.perf_counter()
    claims = extract(article, Config(kinds=(kind,)))
    elapsed = time.perf_counter() - start
    assert elapsed < GUARD_SECONDS, f"{kind} on {name}: {elapsed:.1f}s"
    assert_spans_index(article, claims)


@pytest.mark.parametrize("name", CHECK_CASES)
def test_hostile_whole_check_finishes_within_guard(name: str) -> None:
    # Two sources with the same hostile text: alignment and comparison run too.
    articles = [Article(id="a", text=HOSTILE[name]), Article(id="b", text=HOSTILE[name])]
    start = time.perf_counter()
    report = check(articles)
    elapsed = time.perf_counter() - start
    assert elapsed < GUARD_SECONDS, f"check on {name}: {elapsed:.1f}s"
    for art in report.articles:
        assert_spans_index(art, [c for c in report.claims if c.article == art.id])
    assert Report.from_json(report.to_json()) == report


# Article markup in reports

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
HANDLER = "<b onmouseover=alert(2)>"
ENTITY = "&amp;"
MARKUP_ARTICLES = [
    Article(
        id="a.txt",
        source="Outlet <i>A</i>",
        text=f"Officials said {SCRIPT} at least 12 people died in the blast {IMG} {ENTITY} fire.\n"
        f'The minister said "{HANDLER}we will rebuild the bridge</b>" on Monday.',
    ),
    Article(
        id="b.txt",
        source="Outlet B",
        text=f"Officials said 9 people died in the blast {HANDLER} {ENTITY} fire.\n"
        'The minister said "we will rebuild the bridge" on Monday.',
    ),
]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_hostile_markup_in_articles_renders_inert_in_markdown() -> None:
    from markdown_it import MarkdownIt

    report = check(MARKUP_ARTICLES, Config(fail_on="info"))
    assert report.findings, "the hostile articles still produce findings"
    assert "markdown" in RENDERERS
    markdown = RENDERERS["markdown"](report)
    # The most permissive CommonMark setting: raw HTML passes through unless escaped.
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    parsed = _Elements()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "i", "b"}, tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    shown = "".join(parsed.text)
    for markup in (SCRIPT, IMG, HANDLER, "Outlet <i>A</i>", f"{ENTITY} fire"):
        assert markup in shown, markup  # shown as written: entities are not decoded either


def test_hostile_markup_is_kept_verbatim_in_json_and_text() -> None:
    report = check(MARKUP_ARTICLES, Config(fail_on="info"))
    data = json.loads(RENDERERS["json"](report))
    assert [a["text"] for a in data["articles"]] == [a.text for a in MARKUP_ARTICLES]
    for c in data["claims"]:
        text = next(a.text for a in MARKUP_ARTICLES if a.id == c["article"])
        assert text[c["span"]["start"] : c["span"]["end"]] == c["span"]["text"]
    assert Report.from_json(RENDERERS["json"](report)) == report
    assert "Outlet <i>A</i>" in RENDERERS["text"](report)


# Unicode edge cases: nothing crashes, spans index the original text, values are right.

PUBLISHED = dt.date(2024, 6, 20)
QUOTE = "developing a reliable security architecture"
UNICODE_TEXTS: dict[str, str] = {
    "nbsp-after-currency": "The fund paid £\u00a014,276 to the council.",
    "space-after-currency": "The fund paid £ 14,276 to the council.",
    "zero-width-after-currency": "The fund paid £\u200b14,276 to the council.",
    "nbsp-thousands": "Police counted 12\u00a0000 people at the march.",
    "narrow-nbsp-thousands": "Police counted 12\u202f000 people at the march.",
    "thin-space-thousands": "Police counted 12\u2009000 people at the march.",
    "zero-width-thousands": "Police counted 12\u200b000 people at the march.",
    "word-joiner-thousands": "Police counted 12\u2060000 people at the march.",
    "soft-hyphen-thousands": "Police counted 12\u00ad000 people at the march.",
    "zero-width-in-digits": "Police said 1\u200b2 people were arrested.",
    "nbsp-before-percent": "Turnout was 45\u00a0% in the north.",
    "thin-space-percent": "The budget rose by 5\u2009% in May.",
    "nbsp-per-cent": "Turnout was 45\u00a0per cent in the north.",
    "nbsp-billion": "The deal is worth $3.6\u00a0billion, officials said.",
    "nbsp-after-us-dollar": "The deal is worth US$\u00a03.6bn, officials said.",
    "nbsp-in-date": "Officials said at least 12\u00a0people died on 20\u00a0June 2024.",
    "fullwidth-count": "Police said ４５ people were arrested.",
    "fullwidth-percent": "Turnout was ４５% in the north.",
    "fullwidth-money": "The fund paid ￡１４，２７６ to the council.",
    "fullwidth-date": "Police said 12 people were arrested on ２０２４-０６-１９.",
    "composed-diacritics": "Vietnamese President Tô Lâm met 12 ministers.",
    "decomposed-diacritics": "Vietnamese President To\u0302 La\u0302m met 12 ministers.",
    "decomposed-name": "Nguye\u0302\u0303n Phu\u0301 Tro\u0323ng met 12 ministers.",
    "stacked-combining-marks": "e\u0301" * 50 + " said 12 deals were signed.\u0301\u0301\u0301",
    "byte-order-mark": "\ufeffOfficials said 12 people died.",
    "arabic-then-english": "قال المتحدث إن 12 شخصا قتلوا. Officials said 12 people died.",
    "right-to-left-override": "\u202eOfficials said 12 people died.\u202c",
    "hebrew-around-percent": "שלום 45% עולם",
    "straight-quotes": f'Putin said the two share an interest in "{QUOTE}" in Asia.',
    "curly-quotes": f"Putin said the two share an interest in “{QUOTE}” in Asia.",
    "guillemets": f"Putin said the two share an interest in «{QUOTE}» in Asia.",
    "single-guillemets": f"Putin said the two share an interest in ‹{QUOTE}› in Asia.",
    "low-high-quotes": f"Putin said the two share an interest in „{QUOTE}“ in Asia.",
    "unbalanced-open": f"Putin said the two share an interest in “{QUOTE} in Asia.",
    "unbalanced-close": f"Putin said the two share an interest in {QUOTE}” in Asia.",
    "unbalanced-straight": f'Putin said "the two share an interest in {QUOTE} in Asia.',
    "only-quote-marks": '"""""" 12 deals """ “ ” « » „',
}
"""Texts with Unicode that news text carries: odd spaces, fullwidth forms, marks, scripts."""

# (text name, kind, span text, expected value fields)
UNICODE_VALUES = [
    ("nbsp-after-currency", "money", "£\u00a014,276", {"low": 14276, "currency": "GBP"}),
    ("space-after-currency", "money", "£ 14,276", {"low": 14276, "currency": "GBP"}),
    ("nbsp-thousands", "count", "12\u00a0000 people", {"low": 12000, "unit": "person"}),
    ("narrow-nbsp-thousands", "count", "12\u202f000 people", {"low": 12000, "unit": "person"}),
    ("thin-space-thousands", "count", "12\u2009000 people", {"low": 12000, "unit": "person"}),
    ("nbsp-before-percent", "percent", "45\u00a0%", {"low": 45, "high": 45}),
    ("thin-space-percent", "percent", "5\u2009%", {"low": 5, "high": 5}),
    ("nbsp-per-cent", "percent", "45\u00a0per cent", {"low": 45, "high": 45}),
    ("nbsp-billion", "money", "$3.6\u00a0billion", {"low": 3.6e9, "currency": "USD"}),
    ("nbsp-after-us-dollar", "money", "US$\u00a03.6bn", {"low": 3.6e9, "currency": "USD"}),
    ("nbsp-in-date", "count", "at least 12\u00a0people", {"low": 12, "high": None}),
    ("nbsp-in-date", "date", "20\u00a0June 2024", {"start": PUBLISHED, "granularity": "day"}),
    ("fullwidth-count", "count", "４５ people", {"low": 45, "unit": "person"}),
    ("fullwidth-percent", "percent", "４５%", {"low": 45, "high": 45}),
    ("composed-diacritics", "name", "Tô Lâm", {"canonical": "to lam", "entity_type": "person"}),
    ("stacked-combining-marks", "count", "12 deals", {"low": 12, "unit": "deal"}),
    ("byte-order-mark", "count", "12 people", {"low": 12, "unit": "person"}),
    ("arabic-then-english", "count", "12 people", {"low": 12, "unit": "person"}),
    ("right-to-left-override", "count", "12 people", {"low": 12, "unit": "person"}),
    ("hebrew-around-percent", "percent", "45%", {"low": 45, "high": 45}),
    ("straight-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("curly-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("guillemets", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("single-guillemets", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("low-high-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("only-quote-marks", "count", "12 deals", {"low": 12, "unit": "deal"}),
]


@pytest.mark.parametrize("name", list(UNICODE_TEXTS))
def test_hostile_unicode_text_never_crashes_and_spans_index_original(name: str) -> None:
    articles = [
        Article(id="a", text=UNICODE_TEXTS[name], published=PUBLISHED),
        Article(id="b", text=UNICODE_TEXTS[name] + " Officials said 14 people died."),
    ]
    report = check(articles)
    for art in report.articles:
        assert_spans_index(art, [c for c in report.claims if c.article == art.id])
    assert Report.from_json(report.to_json()) == report


@pytest.mark.parametrize(
    ("name", "kind", "span", "value"),
    [pytest.param(*case, id=f"{case[0]}-{case[1]}") for case in UNICODE_VALUES],
)
def test_hostile_unicode_values_are_read_right(
    name: str, kind: str, span: str, value: dict[str, object]
) -> None:
    article = Article(id="a", text=UNICODE_TEXTS[name], published=PUBLISHED)
    claims = [c for c in extract(article) if c.kind == kind]
    assert [c.span.text for c in claims] == [span], (name, kind)
    got = claims[0].value.model_dump()
    assert {k: got[k] for k in value} == value, (name, kind, got)


@pytest.mark.parametrize("name", ["unbalanced-open", "unbalanced-close", "unbalanced-straight"])
def test_hostile_unbalanced_quote_mark_makes_no_quote_claim(name: str) -> None:
    # Without its other mark the quotation's extent is unknown: guessing it would invent words.
    article = Article(id="a", text=UNICODE_TEXTS[name])
    claims = extract(article)
    assert [c for c in claims if c.kind == "quote"] == []
    assert "Putin" in [c.span.text for c in claims if c.kind == "name"]
