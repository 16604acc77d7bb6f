"""Hostile input: adversarial texts finish in linear time, and article markup stays inert.

The time checks are hang guards, not performance assertions: a linear scan of these inputs
takes well under a second, while a pattern with catastrophic backtracking (or a quadratic
loop) takes minutes. The budget is generous so a loaded machine never trips it.
"""

from __future__ import annotations

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
}
"""Adversarial article texts, each of them one line (no sentence break to split on)."""

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
