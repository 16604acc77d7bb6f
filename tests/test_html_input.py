"""HTML input: main text, date and URL through trafilatura; a clear error without it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from factcheck import check
from factcheck.errors import EmptyInputError, InputError
from factcheck.html_input import html_to_text

PAGE = """<!doctype html><html><head><title>Putin in Hanoi</title>
<meta property="og:url" content="https://example.com/putin-hanoi">
<meta property="article:published_time" content="2024-06-20T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Putin in Hanoi</h1>
<p>Russian President Vladimir Putin signed at least 12 deals with Vietnam on Thursday,
officials said in a statement to the press after the talks.</p>
<p>The visit included talks with President To Lam about energy and defence cooperation.</p>
</article><footer>Download our app on the App Store</footer></body></html>"""


def test_html_input_extracts_main_text_date_and_url() -> None:
    text, published, url = html_to_text(PAGE, path="page.html")
    assert "at least 12 deals" in text and "President To Lam" in text
    assert "App Store" not in text and "Sport" not in text
    assert published == dt.date(2024, 6, 20)
    assert url == "https://example.com/putin-hanoi"


def test_html_input_page_without_date_has_none() -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-06-20T10:00:00Z">', ""
    )
    _, published, _ = html_to_text(page, path="page.html")
    assert published is None


def test_html_input_html_file_in_cluster_anchors_relative_dates(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    report = check(tmp_path)
    art = report.articles[0]
    assert art.published == dt.date(2024, 6, 20) and art.url.endswith("putin-hanoi")
    for claim in report.claims:
        assert art.text[claim.span.start : claim.span.end] == claim.span.text
    deals = [c for c in report.claims if c.span.text == "at least 12 deals"]
    assert deals and deals[0].value.low == 12


def test_html_input_page_without_text_is_empty_input() -> None:
    with pytest.raises(EmptyInputError) as exc:
        html_to_text(
            "<html><head><script>var x = 1;</script></head><body></body></html>", path="blank.html"
        )
    assert "blank.html" in str(exc.value)


def test_html_input_missing_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError) as exc:
        html_to_text(PAGE, path="page.html")
    assert "factcheck-news[html]" in str(exc.value) and "page.html" in str(exc.value)
