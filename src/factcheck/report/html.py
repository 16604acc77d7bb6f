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
import re
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from factcheck.model import SEVERITY_ORDER, Finding, Report, Severity
from factcheck.report._view import (
    KIND_NAMES,
    SEVERITIES,
    STATUS_LABELS,
    STATUS_ORDER,
    VERDICTS,
    Evidence,
    ReportView,
    cluster_status,
    fact_lines,
    outlier_lines,
    status_counts,
    status_key,
    status_line,
)

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

EVIDENCE_PER_SIDE = 3
"""Claims quoted per side of a finding; the rest open under "and N more"."""
EXPANDABLE_PER_SIDE = 50
"""Claims per side the "and N more" list holds; beyond it they are counted (the JSON report
lists every one)."""
HIDDEN_VERDICTS: frozenset[str] = frozenset({"agree"})
"""Verdicts whose box starts unticked (agreements are one click away); every other box
starts ticked, so what the page shows always matches its boxes."""
MANY_CLUSTERS_OPEN = 30
"""The table of clusters starts open up to this many clusters, folded beyond."""

_CODE = re.compile(r"`([^`]+)`")


@dataclasses.dataclass(frozen=True, slots=True)
class _Row:
    finding: Finding
    reference: list[Evidence]
    reference_more: list[Evidence]
    reference_uncounted: int
    other: list[Evidence]
    other_more: list[Evidence]
    other_uncounted: int


def emphasis(text: str) -> Markup:
    """`text` escaped, with `code` spans (a quote's changed words) as <code> elements."""
    from markupsafe import Markup, escape

    return Markup(_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", str(escape(text))))


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
    env.filters["emphasis"] = emphasis
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
    cap = EVIDENCE_PER_SIDE + EXPANDABLE_PER_SIDE
    for f in view.report.findings:
        if SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[min_severity]:
            continue
        ref, other = view.sides(f, limit=cap)
        ref_total = len(f.reference) if f.reference else len(f.claims)
        rows.append(
            _Row(
                f,
                ref[:EVIDENCE_PER_SIDE],
                ref[EVIDENCE_PER_SIDE:],
                max(0, ref_total - len(ref)),
                other[:EVIDENCE_PER_SIDE],
                other[EVIDENCE_PER_SIDE:],
                max(0, len(f.other) - len(other)),
            )
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
            cluster_status=cluster_status(report),
            facts=fact_lines(report),
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
    """Many clusters as one HTML page: overall summary, filters, a sortable table of clusters,
    then each cluster, worst status first (error, timeout, skipped, fail, ok).

    Reports are consumed one at a time; only their rendered sections are kept. Findings below
    `min_severity` are left out of the file (the counts still include them), which keeps the
    page of a large batch small.
    """
    from factcheck import __version__

    sections: list[tuple[tuple[int, str], str, dict[str, Any]]] = []
    totals: Counter[str] = Counter()
    by_verdict: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    ok = True
    for i, report in enumerate(reports, start=1):
        anchor = f"cluster-{i}"
        s = report.summary
        status = cluster_status(report)
        fragment, shown = _fragment(report, anchor, min_severity)
        totals["rows"] += shown
        statuses[status] += 1
        sections.append(
            (
                status_key(report),
                fragment,
                {
                    "anchor": anchor,
                    "name": report.cluster or "cluster",
                    "status": status,
                    "label": STATUS_LABELS[status],
                    "rank": STATUS_ORDER.index(status),
                    "articles": s.articles,
                    "claims": s.claims,
                    "findings": s.findings,
                    "failing": s.failing,
                },
            )
        )
        totals.update(articles=s.articles, claims=s.claims, findings=s.findings, failing=s.failing)
        by_verdict.update(s.by_verdict)
        by_kind.update(f.kind for f in report.findings)
        by_severity.update(f.severity for f in report.findings)
        ok = ok and status == "ok"
    sections.sort(key=lambda t: t[0])
    css, script, _ = _assets()
    from markupsafe import Markup

    severities = [s for s in SEVERITIES if SEVERITY_ORDER[s] >= SEVERITY_ORDER[min_severity]]
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            version=__version__,
            csp=content_security_policy(),
            css=Markup(css),
            script=Markup(script),
            many=len(sections) != 1,
            clusters=[c for _, _, c in sections],
            index_open=len(sections) <= MANY_CLUSTERS_OPEN,
            fragments=[f for _, f, _ in sections],
            totals={
                "ok": ok,
                "status": "OK" if ok else ("FAIL" if statuses["fail"] else "NOT CHECKED"),
                "clusters": len(sections),
                "statuses": status_counts(statuses),
                "articles": totals["articles"],
                "claims": totals["claims"],
                "findings": totals["findings"],
                "failing": totals["failing"],
                "rows": totals["rows"],
                "by_verdict": [(v, by_verdict[v]) for v in VERDICTS if by_verdict[v]],
            },
            filters={
                "kinds": [(k, by_kind[k]) for k in KIND_NAMES],
                "verdicts": [(v, by_verdict[v], v not in HIDDEN_VERDICTS) for v in VERDICTS],
                "severities": [(sev, by_severity[sev]) for sev in reversed(severities)],
                "least": severities[0],
                "statuses": [(st, STATUS_LABELS[st], statuses[st]) for st in STATUS_ORDER],
            },
        )
        + "\n"
    )


def render_html(report: Report, *, min_severity: Severity = "none") -> str:
    """One cluster as a self-contained HTML page."""
    title = f"factcheck: {report.cluster or 'cluster'}"
    return render_html_many([report], title=title, min_severity=min_severity)
