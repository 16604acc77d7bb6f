"""The HTML report in a real headless browser: Debian's chromium driven by Playwright.

`.ci/run` installs chromium; the browser never fetches anything (every non-file request is
refused and recorded).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcheck import Report
from factcheck.report import RENDERERS
from tests.test_report import IMG, PWN, SCRIPT, sample_report

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} missing: apt-get install chromium (.ci/run does)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page showing one HTML report, with what happened while it loaded."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.console: list[str] = []


@pytest.fixture
def open_report(browser: Browser, tmp_path: Path) -> Iterator[object]:
    pages: list[Page] = []

    def open_(report: Report) -> Opened:
        path = tmp_path / f"report-{len(pages)}.html"
        path.write_text(RENDERERS["html"](report), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        pages.append(page)
        opened = Opened(page)

        def on_dialog(dialog: object) -> None:
            opened.dialogs.append(dialog.message)  # type: ignore[attr-defined]
            dialog.dismiss()  # type: ignore[attr-defined]

        def on_route(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith("file://"):
                route.continue_()  # type: ignore[attr-defined]
            else:
                opened.requests.append(url)
                route.abort()  # type: ignore[attr-defined]

        page.on("dialog", on_dialog)
        page.on("console", lambda msg: opened.console.append(msg.text))
        page.route("**/*", on_route)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return opened

    yield open_
    for page in pages:
        page.close()


def _visible_rows(page: Page) -> int:
    return int(page.locator("tr.finding:visible").count())


def test_report_browser_seed_report_renders_with_summary(
    open_report: object, seed_report: Report
) -> None:
    opened = open_report(seed_report)  # type: ignore[operator]
    page = opened.page
    assert page.title() == "factcheck: putin-vietnam-2024-06"
    s = seed_report.summary
    for key, value in (("articles", s.articles), ("claims", s.claims),
                       ("findings", s.findings), ("failing", s.failing)):  # fmt: skip
        assert page.locator(f'#summary [data-count="{key}"]').inner_text() == str(value)
    assert page.locator("#summary .status").inner_text() == "FAIL"
    assert page.locator("tr.finding").count() == s.findings
    assert opened.requests == [] and opened.dialogs == []
    assert not [m for m in opened.console if "Content Security Policy" in m]


def test_report_browser_conflicting_spans_are_highlighted_side_by_side(
    open_report: object, seed_report: Report
) -> None:
    page = open_report(seed_report).page  # type: ignore[operator]
    conflict = next(f for f in seed_report.findings if f.verdict == "conflict")
    row = page.locator(f'tr.finding[data-fingerprint="{conflict.fingerprint}"]')
    assert row.is_visible()
    ref_mark = row.locator(".side.reference mark").first
    other_mark = row.locator(".side.other mark").first
    assert ref_mark.is_visible() and other_mark.is_visible()
    assert ref_mark.inner_text() == " ".join(
        seed_report.claim(conflict.reference[0]).span.text.split()
    )
    assert other_mark.inner_text() == " ".join(
        seed_report.claim(conflict.other[0]).span.text.split()
    )
    ref_box, other_box = ref_mark.bounding_box(), other_mark.bounding_box()
    assert ref_box is not None and other_box is not None
    assert other_box["x"] > ref_box["x"] + ref_box["width"]  # side by side, reference on the left


def test_report_browser_filters_hide_and_show_rows(
    open_report: object, seed_report: Report
) -> None:
    page = open_report(seed_report).page  # type: ignore[operator]
    findings = seed_report.findings
    not_agree = sum(f.verdict != "agree" for f in findings)
    assert _visible_rows(page) == not_agree  # opens with every box ticked but "agree"
    assert page.locator(".shown-total").inner_text() == str(not_agree)
    assert not page.is_checked('input[name="verdict"][value="agree"]')

    page.check('input[name="verdict"][value="agree"]')
    assert _visible_rows(page) == len(findings)  # a ticked box shows its rows

    names = sum(f.kind == "name" for f in findings)
    assert names > 0
    page.uncheck('input[name="kind"][value="name"]')
    assert _visible_rows(page) == len(findings) - names
    assert page.locator('tr.finding[data-kind="name"]:visible').count() == 0
    page.check('input[name="kind"][value="name"]')
    assert _visible_rows(page) == len(findings)

    page.uncheck('input[name="verdict"][value="single"]')
    assert _visible_rows(page) == sum(f.verdict != "single" for f in findings)
    page.check('input[name="verdict"][value="single"]')

    for severity in ("warning", "info", "none"):
        page.uncheck(f'input[name="severity"][value="{severity}"]')
    errors = sum(f.severity == "error" for f in findings)
    assert _visible_rows(page) == errors
    assert page.locator(".shown-total").inner_text() == str(errors)
    page.check('input[name="severity"][value="none"]')
    assert _visible_rows(page) == errors + sum(f.severity == "none" for f in findings)
    page.click('button[type="reset"]')
    page.wait_for_function(
        f"document.querySelectorAll('tr.finding:not([hidden])').length === {not_agree}"
    )


def test_report_browser_injected_markup_stays_text(open_report: object) -> None:
    report = sample_report()
    opened = open_report(report)  # type: ignore[operator]
    page = opened.page
    page.check('input[name="verdict"][value="agree"]')
    page.wait_for_timeout(200)  # give any injected handler (img onerror) the chance to fire
    assert opened.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 1
    assert page.locator("img, iframe, b, i").count() == 0
    quote_row = page.locator('tr.finding[data-fingerprint="fp-quote"]')
    assert SCRIPT in quote_row.locator(".side.reference mark").inner_text()
    assert IMG in quote_row.locator(".side.reference mark").inner_text()
    count_row = page.locator('tr.finding[data-fingerprint="fp-count"]')
    assert PWN in count_row.locator(".side.other blockquote").inner_text()
    assert "&amp; more were signed" in count_row.locator(".side.reference blockquote").inner_text()
    assert page.locator("h2").first.inner_text() == f"hostile {SCRIPT}"
    assert opened.requests == []


# Issue 15: an editor's view at any width ----------------------------------------------------

WIDTHS = (1400, 400, 360)


def _overflow(page: Page) -> int:
    """How far the page is wider than its viewport (0 when nothing scrolls sideways)."""
    return int(
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    )


def _batch_reports(seed_report: Report) -> list[Report]:
    from factcheck.model import Skip, Summary

    def not_checked(name: str, code: str, reason: str) -> Report:
        summary = Summary(articles=0, claims=0, findings=0, by_verdict={}, by_severity={},
                          failing=0, fail_on="error",
                          skipped=(Skip(path=name, code=code, reason=reason),))  # fmt: skip
        return Report(cluster=name, articles=(), claims=(), findings=(), summary=summary)

    clean = seed_report.model_copy(
        update={"cluster": "a-clean-copy", "findings": tuple(
            f for f in seed_report.findings if f.severity in ("none", "info"))}
    )  # fmt: skip
    return [
        clean,
        seed_report,
        not_checked("broken-cluster", "FC000", "internal error: ValueError: boom"),
        not_checked("slow-cluster", "FC300", "cluster took longer than cluster_timeout=60s"),
        not_checked("empty-cluster", "FC100", "no usable article (a.txt: file is empty)"),
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_report_browser_page_fits_the_screen(
    browser: Browser, seed_report: Report, tmp_path: Path, width: int
) -> None:
    from factcheck.report import render_many

    pages = {
        "seed": RENDERERS["html"](seed_report),
        "batch": render_many("html", _batch_reports(seed_report), min_severity="none"),
    }
    for name, html in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            page.goto(path.as_uri())
            # Everything shown: every box ticked, every list opened.
            page.evaluate(
                "document.querySelectorAll('input[type=checkbox]').forEach(b => { b.checked = true; });"
                "document.getElementById('filters').dispatchEvent(new Event('change'));"
                "document.querySelectorAll('details').forEach(d => { d.open = true; });"
            )
            assert page.locator("tr.finding:visible").count() > 0
            assert _overflow(page) == 0, f"{name} at {width}px is {_overflow(page)}px too wide"
            page.locator("tr.finding").first.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / f"{name}-{width}.png"))
            assert (tmp_path / f"{name}-{width}.png").stat().st_size > 0
            if width < 700:
                # Each finding is a block as wide as the screen, the quotes readable.
                box = page.locator("tr.finding").first.bounding_box()
                assert box is not None and box["width"] <= width
        finally:
            page.close()


def test_report_browser_message_emphasis_and_more_evidence(
    open_report: object, seed_report: Report
) -> None:
    page = open_report(seed_report).page  # type: ignore[operator]
    quote = next(f for f in seed_report.conflicts if f.kind == "quote")
    row = page.locator(f'tr.finding[data-fingerprint="{quote.fingerprint}"]')
    assert row.locator(".message code").count() >= 2
    assert "`" not in row.locator(".message").inner_text()
    page.check('input[name="verdict"][value="agree"]')
    many = next(f for f in seed_report.findings if len(f.reference) > 3)
    row = page.locator(f'tr.finding[data-fingerprint="{many.fingerprint}"]')
    more = row.locator("details.more").first
    assert more.locator("summary").inner_text() == f"and {len(many.reference) - 3} more"
    hidden = more.locator(".ev").first
    assert not hidden.is_visible()
    more.locator("summary").click()
    assert hidden.is_visible()


def test_report_browser_batch_sorts_and_filters_by_status(
    browser: Browser, seed_report: Report, tmp_path: Path
) -> None:
    from factcheck.report import render_many

    path = tmp_path / "batch.html"
    path.write_text(render_many("html", _batch_reports(seed_report)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(path.as_uri())
        names = page.locator("tr.cluster-row td:first-child")
        assert names.all_inner_texts() == [
            "broken-cluster", "slow-cluster", "empty-cluster", "putin-vietnam-2024-06",
            "a-clean-copy",
        ]  # fmt: skip
        sections = page.locator("section.cluster")
        assert sections.first.get_attribute("data-status") == "error"
        assert "ERROR: not checked" in sections.first.inner_text()
        assert (
            "1 error, 1 timeout, 1 skipped, 1 failing, 1 ok"
            in page.locator("#summary").inner_text()
        )

        page.click('table.clusters button[data-sort="name"]')
        assert names.all_inner_texts()[0] == "a-clean-copy"
        page.click('table.clusters button[data-sort="findings"]')
        page.click('table.clusters button[data-sort="findings"]')  # descending
        assert names.all_inner_texts()[0] == "putin-vietnam-2024-06"

        for status in ("error", "timeout", "skipped", "ok"):
            page.uncheck(f'input[name="status"][value="{status}"]')
        assert page.locator("tr.cluster-row:visible").count() == 1
        assert page.locator("section.cluster:visible").count() == 1
        assert page.locator("section.cluster:visible").get_attribute("data-status") == "fail"
        page.uncheck('input[name="kind"][value="name"]')
        assert page.locator('tr.finding[data-kind="name"]:visible').count() == 0
        assert page.locator("tr.finding:visible").count() > 0
    finally:
        page.close()
