"""Renderers: pure views of a Report. JSON is canonical; the others compute nothing new."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Report
from factcheck.report.json import render_json
from factcheck.report.text import render_text

Renderer = Callable[[Report], str]


def _text(report: Report) -> str:
    return render_text(report, color=False)


RENDERERS: dict[str, Renderer] = {
    "text": _text,
    "json": render_json,
}
"""Output format name → renderer, in the order the CLI lists them."""
