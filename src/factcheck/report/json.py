"""The canonical JSON rendering (see docs/json-schema.md)."""

from __future__ import annotations

from factcheck.model import Report


def render_json(report: Report) -> str:
    """The report as indented JSON, ending with a newline."""
    return report.to_json(indent=2) + "\n"
