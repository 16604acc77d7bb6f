"""Renderers: pure views of a Report. JSON is canonical; the others compute nothing new.

`RENDERERS` maps each output format to a function of one Report; the CLI's `--format` choices
derive from it. `render_many` writes one combined document for many clusters (a batch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from factcheck.model import Report, Severity
from factcheck.report.html import render_html, render_html_many
from factcheck.report.json import render_json
from factcheck.report.junit import render_junit, render_junit_many
from factcheck.report.markdown import render_markdown, render_markdown_many
from factcheck.report.sarif import render_sarif, render_sarif_many
from factcheck.report.text import render_text, render_text_many

__all__ = ["MANY_RENDERERS", "RENDERERS", "ManyRenderer", "Renderer", "render_many"]

Renderer = Callable[[Report], str]


class ManyRenderer(Protocol):
    """Renders one combined document over many reports."""

    def __call__(self, reports: Iterable[Report], *, min_severity: Severity | None) -> str: ...


def _text(report: Report) -> str:
    return render_text(report, color=False)


def _markdown(report: Report) -> str:
    return render_markdown(report)


def _html(report: Report) -> str:
    return render_html(report)


def _sarif(report: Report) -> str:
    return render_sarif(report)


def _text_many(reports: Iterable[Report], *, min_severity: Severity | None) -> str:
    return render_text_many(reports, min_severity=min_severity)


def _markdown_many(reports: Iterable[Report], *, min_severity: Severity | None) -> str:
    return render_markdown_many(reports, min_severity=min_severity)


def _html_many(reports: Iterable[Report], *, min_severity: Severity | None) -> str:
    # A batch page leaves agreements out of the file unless asked: it stays small.
    return render_html_many(reports, min_severity=min_severity or "info")


def _junit_many(reports: Iterable[Report], *, min_severity: Severity | None) -> str:
    # JUnit lists exactly the failing findings, whatever `min_severity` says.
    return render_junit_many(reports)


def _sarif_many(reports: Iterable[Report], *, min_severity: Severity | None) -> str:
    return render_sarif_many(
        reports, min_severity="info" if min_severity in (None, "none") else min_severity
    )


RENDERERS: dict[str, Renderer] = {
    "text": _text,
    "json": render_json,
    "markdown": _markdown,
    "junit": render_junit,
    "sarif": _sarif,
    "html": _html,
}
"""Output format name → renderer, in the order the CLI lists them."""

MANY_RENDERERS: dict[str, ManyRenderer] = {
    "text": _text_many,
    "markdown": _markdown_many,
    "junit": _junit_many,
    "sarif": _sarif_many,
    "html": _html_many,
}
"""Format name → renderer of one combined document over many reports. JSON has none: a batch
writes JSON Lines, one report per line."""


def render_many(
    fmt: str, reports: Iterable[Report], *, min_severity: Severity | None = None
) -> str:
    """One document in format `fmt` covering every report, clusters that could not be checked
    (errors, timeouts, skipped) counted and listed first, worst status first.

    Text and Markdown show conflicts and variants in full and count the rest per kind, or,
    with `min_severity`, every finding at or above it in full. HTML and SARIF leave findings
    below `min_severity` out of the file (the counts still include them); JUnit always lists
    exactly the failing findings.
    """
    try:
        renderer = MANY_RENDERERS[fmt]
    except KeyError:
        raise ValueError(
            f"no combined {fmt!r} report; choose one of {', '.join(MANY_RENDERERS)}"
        ) from None
    return renderer(reports, min_severity=min_severity)
