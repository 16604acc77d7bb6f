"""Renderers: pure views of a Report. JSON is canonical; the others compute nothing new.

`RENDERERS` maps each output format to a function of one Report; the CLI's `--format` choices
derive from it. `render_many` writes one combined document for many clusters (a batch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.model import Report
from factcheck.report.html import render_html, render_html_many
from factcheck.report.json import render_json
from factcheck.report.junit import render_junit, render_junit_many
from factcheck.report.markdown import render_markdown, render_markdown_many
from factcheck.report.sarif import render_sarif, render_sarif_many
from factcheck.report.text import render_text

Renderer = Callable[[Report], str]
ManyRenderer = Callable[[Iterable[Report]], str]

__all__ = ["MANY_RENDERERS", "RENDERERS", "ManyRenderer", "Renderer", "render_many"]


def _text(report: Report) -> str:
    return render_text(report, color=False)


def _text_many(reports: Iterable[Report]) -> str:
    return "\n".join(render_text(r, color=False) for r in reports)


def _markdown(report: Report) -> str:
    return render_markdown(report)


def _markdown_many(reports: Iterable[Report]) -> str:
    return render_markdown_many(reports)


def _html_many(reports: Iterable[Report]) -> str:
    return render_html_many(reports)


RENDERERS: dict[str, Renderer] = {
    "text": _text,
    "json": render_json,
    "markdown": _markdown,
    "junit": render_junit,
    "sarif": render_sarif,
    "html": render_html,
}
"""Output format name → renderer, in the order the CLI lists them."""

MANY_RENDERERS: dict[str, ManyRenderer] = {
    "text": _text_many,
    "markdown": _markdown_many,
    "junit": render_junit_many,
    "sarif": render_sarif_many,
    "html": _html_many,
}
"""Format name → renderer of one combined document over many reports. JSON has none: a batch
writes JSON Lines, one report per line."""


def render_many(fmt: str, reports: Iterable[Report]) -> str:
    """One document in format `fmt` covering every report (consumed once, in order)."""
    try:
        renderer = MANY_RENDERERS[fmt]
    except KeyError:
        raise ValueError(
            f"no combined {fmt!r} report; choose one of {', '.join(MANY_RENDERERS)}"
        ) from None
    return renderer(reports)
