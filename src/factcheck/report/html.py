"""HTML: one self-contained file (inline CSS and JS, no network) for an editor.

A summary, then each cluster's findings with both sides' spans highlighted (`<mark>`) in a
window of the original text, filterable by kind, verdict and severity. Templates are rendered
by jinja2 with autoescaping on for every template, so article text (spans, context, sources,
subjects, messages, paths, URLs) is always inert text. A Content-Security-Policy allows only
the report's own script (by hash) and inline styles, so even a markup mistake could neither run
injected script nor reach the network.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from factcheck.model import SEVERITY_ORDER, Finding, Report, Severity
from factcheck.report._view import (
    KIND_NAMES,
    SEVERITIES,
    VERDICTS,
    Evidence,
    ReportView,
    outlier_lines,
    status_line,
)

if TYPE_CHECKING:
    import jinja2

EVIDENCE_PER_SIDE = 3
"""Claims quoted per side of a finding; the rest are counted."""
DEFAULT_MIN_SEVERITY: Severity = "info"
"""Severity the filter shows from when the page opens (agreeing findings are one click away)."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Row:
    finding: Finding
    reference: list[Evidence]
    reference_more: int
    other: list[Evidence]
    other_more: int


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["outlier_lines"] = outlier_lines
    return env


@functools.cache
def _assets() -> tuple[str, str, str]:
    """The inline CSS, the inline script and the script's CSP hash source."""
    folder = files("factcheck.report") / "templates"
    css = (folder / "style.css").read_text(encoding="utf-8")
    script = (folder / "filter.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return css, script, f"'sha256-{digest}'"


def content_security_policy() -> str:
    """The page's policy: no network, no plugins, only its own script and inline styles."""
    _, _, script_hash = _assets()
    return (
        f"default-src 'none'; script-src {script_hash}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _rows(view: ReportView, min_severity: Severity) -> list[_Row]:
    rows = []
    for f in view.report.findings:
        if SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[min_severity]:
            continue
        ref, other = view.sides(f, limit=EVIDENCE_PER_SIDE)
        ref_total = len(f.reference) if f.reference else len(ref)
        rows.append(
            _Row(f, ref, max(0, ref_total - len(ref)), other, max(0, len(f.other) - len(other)))
        )
    return rows


def _fragment(report: Report, anchor: str, min_severity: Severity) -> tuple[str, int]:
    from markupsafe import Markup

    rows = _rows(ReportView(report), min_severity)
    html = (
        _environment()
        .get_template("cluster.html.j2")
        .render(
            report=report,
            anchor=anchor,
            status=status_line(report),
            rows=rows,
            left_out=len(report.findings) - len(rows),
            min_severity=min_severity,
        )
    )
    return Markup(html), len(rows)


def render_html_many(
    reports: Iterable[Report],
    *,
    title: str = "factcheck report",
    min_severity: Severity = "none",
) -> str:
    """Many clusters as one HTML page: overall summary, a table of clusters, then each cluster.

    Reports are consumed one at a time; only their rendered sections are kept. Findings below
    `min_severity` are left out of the file (the counts still include them), which keeps the
    page of a large batch small.
    """
    from factcheck import __version__

    fragments: list[str] = []
    clusters: list[dict[str, Any]] = []
    totals: Counter[str] = Counter()
    by_verdict: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    ok = True
    for i, report in enumerate(reports, start=1):
        anchor = f"cluster-{i}"
        s = report.summary
        fragment, shown = _fragment(report, anchor, min_severity)
        fragments.append(fragment)
        totals["rows"] += shown
        clusters.append(
            {
                "anchor": anchor,
                "name": report.cluster or "cluster",
                "ok": report.ok,
                "articles": s.articles,
                "claims": s.claims,
                "findings": s.findings,
                "failing": s.failing,
            }
        )
        totals.update(articles=s.articles, claims=s.claims, findings=s.findings, failing=s.failing)
        by_verdict.update(s.by_verdict)
        by_kind.update(f.kind for f in report.findings)
        ok = ok and report.ok
    css, script, _ = _assets()
    from markupsafe import Markup

    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            version=__version__,
            csp=content_security_policy(),
            css=Markup(css),
            script=Markup(script),
            many=len(clusters) != 1,
            clusters=clusters,
            fragments=fragments,
            totals={
                "ok": ok,
                "clusters": len(clusters),
                "articles": totals["articles"],
                "claims": totals["claims"],
                "findings": totals["findings"],
                "failing": totals["failing"],
                "rows": totals["rows"],
                "by_verdict": [(v, by_verdict[v]) for v in VERDICTS if by_verdict[v]],
            },
            filters={
                "kinds": [(k, by_kind[k]) for k in KIND_NAMES],
                "verdicts": [(v, by_verdict[v]) for v in VERDICTS],
                "severities": [
                    sev for sev in SEVERITIES if SEVERITY_ORDER[sev] >= SEVERITY_ORDER[min_severity]
                ],
                "default_severity": max(
                    DEFAULT_MIN_SEVERITY, min_severity, key=SEVERITY_ORDER.__getitem__
                ),
            },
        )
        + "\n"
    )


def render_html(report: Report, *, min_severity: Severity = "none") -> str:
    """One cluster as a self-contained HTML page."""
    title = f"factcheck: {report.cluster or 'cluster'}"
    return render_html_many([report], title=title, min_severity=min_severity)
