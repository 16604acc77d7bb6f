"""Plain-text rendering for terminals: conflicts and variants first with both quotes, then one
line per kind summarising the rest (`show="all"` or `min_severity` list them in full)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck.core import Severity
from factcheck.io import inert
from factcheck.report._view import (
    FACTS_SHOWN,
    PROBLEM_STATUSES,
    SEVERITY_HEADINGS,
    STATUS_LABELS,
    ReportView,
    cluster_status,
    fact_lines,
    fact_text,
    kind_line,
    outlier_lines,
    select,
    status_counts,
    status_key,
    status_line,
)

if TYPE_CHECKING:  # Report.explain renders through here: no runtime import back
    from factcheck.model import Report

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "none": "\033[32m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_HEADINGS = SEVERITY_HEADINGS

_inert = inert
"""Outside text (article excerpts, names, paths, reasons) with terminal controls escaped."""


def render_text(
    report: Report,
    *,
    color: bool = False,
    min_severity: Severity | None = None,
    show: str = "problems",
) -> str:
    """Conflicts and variants in full (most severe first), one line per kind for the rest,
    then the counts and status.

    `min_severity` shows every finding at or above it in full; `show="all"` every finding.
    """

    def paint(s: str, code: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    view = ReportView(report)
    picked = select(report, show=show, min_severity=min_severity)
    lines: list[str] = []
    title = report.cluster or "cluster"
    lines.append(paint(f"factcheck: {_inert(title)}", _BOLD) + f" ({report.summary.articles} "
                 f"articles, {report.summary.claims} claims)")  # fmt: skip
    facts = fact_lines(report)
    if facts:
        shown = facts if show == "all" or min_severity is not None else facts[:FACTS_SHOWN]
        lines.append("")
        lines.append(
            paint(f"Fact sheet: {len(facts)} fact(s) stated by two or more articles", _BOLD)
        )
        lines.extend(f"  {_inert(fact_text(f))}" for f in shown)
        if len(shown) < len(facts):
            lines.append(f"  … and {len(facts) - len(shown)} more (--show all lists them)")
    for severity, group in picked.by_severity():
        lines.append("")
        lines.append(paint(f"{_HEADINGS[severity]}: {len(group)}", _COLORS[severity] + _BOLD))
        for f in group:
            tag = f"[{f.verdict}]" + (" (baselined)" if f.baselined else "")
            lines.append(f"  {paint(f.id, _COLORS[severity])} {f.kind} {tag} {_inert(f.subject)}")
            lines.append(f"      {_inert(f.message)}")
            if f.other:
                ref, other = view.sides(f, limit=1)
                where = [f"{e.location} (reference)" for e in ref]
                where += [str(e.location) for e in other]
                lines.append(f"      at {_inert(', '.join(where))}  fingerprint {f.fingerprint}")
            elif f.severity != "none":
                lines.append(f"      fingerprint {f.fingerprint}")
    per_kind = picked.per_kind()
    if per_kind:
        lines.append("")
        more = "--show all lists them" if min_severity is None else "below --min-severity"
        lines.append(f"Also found ({more}):")
        lines.extend(f"  {kind_line(kind, counts)}" for kind, counts in per_kind)
    s = report.summary
    lines.append("")
    verdicts = ", ".join(f"{n} {v}" for v, n in s.by_verdict.items()) or "no findings"
    status = status_line(report)
    good = status == "OK"
    lines.append(f"{verdicts}. {paint(status, _COLORS['none' if good else 'error'])}")
    for skip in s.skipped:
        at = skip.path + (f":{skip.line}" if skip.line else "")
        lines.append(
            paint(f"skipped {_inert(at)}: {_inert(skip.reason)} [{skip.code}]", _COLORS["warning"])
        )
    for fp in s.stale_baseline:
        lines.append(f"stale baseline entry {fp}: no longer found (prune it)")
    for line in outlier_lines(report):
        lines.append(paint(_inert(line), _COLORS["info"]))
    return "\n".join(lines) + "\n"


def render_text_many(
    reports: Iterable[Report], *, min_severity: Severity | None = None, show: str = "problems"
) -> str:
    """Many clusters as one text document: counts per status, the clusters that were not
    checked (errors, timeouts, skipped) with their reasons, then every checked cluster,
    worst status first."""
    parts: list[tuple[tuple[int, str], str]] = []
    statuses: Counter[str] = Counter()
    for report in reports:
        status = cluster_status(report)
        statuses[status] += 1
        if status in PROBLEM_STATUSES:
            lines = [f"{STATUS_LABELS[status]} {_inert(report.cluster or 'cluster')}: not checked"]
            lines += [
                f"  {_inert(k.path)}{f':{k.line}' if k.line else ''}: {_inert(k.reason)} [{k.code}]"
                for k in report.summary.skipped
            ]
            text = "\n".join(lines) + "\n"
        else:
            text = render_text(report, min_severity=min_severity, show=show)
        parts.append((status_key(report), text))
    parts.sort(key=lambda p: p[0])
    head = f"factcheck batch: {len(parts)} clusters ({status_counts(statuses)})\n"
    return "\n".join([head, *(text for _, text in parts)])
