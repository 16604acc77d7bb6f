"""Markdown rendering: a summary table, then each finding with both sides in context.

Every piece of article text (spans, context, sources, subjects, messages, paths) goes through
`escape`, so article text renders as inert text in any CommonMark or GitHub renderer: no HTML
element, no entity decoding, no emphasis, link or table cell break.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from factcheck.io import inert
from factcheck.model import Finding, Report, Severity
from factcheck.report._view import (
    FACTS_SHOWN,
    PROBLEM_STATUSES,
    SEVERITY_HEADINGS,
    STATUS_LABELS,
    Evidence,
    ReportView,
    cluster_status,
    fact_lines,
    outlier_lines,
    select,
    status_counts,
    status_key,
    status_line,
)

_ALWAYS = {c: "\\" + c for c in "\\`*_[]|~"}
_ALWAYS.update({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#+=-]|(?<=\d)[.)])")
_SPACE = re.compile(r"\s+")
EVIDENCE_PER_SIDE = 3
"""Claims quoted per side of a finding; the rest are counted."""


def escape(text: str) -> str:
    """`text` as literal Markdown on one line: significant characters escaped, whitespace folded.

    `<`, `>` and `&` become entities, so `&amp;` in an article shows as `&amp;`, not `&`;
    control characters are shown as escapes (`factcheck.io.inert`).
    """
    out = "".join(_ALWAYS.get(c, c) for c in inert(_SPACE.sub(" ", text)))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), out, count=1)


def _cell(ev: Evidence) -> str:
    return (
        f"{escape(ev.source)} at {escape(str(ev.location))}: "
        f"{escape(ev.before)}**{escape(ev.text)}**{escape(ev.after)}"
    )


def _finding_lines(view: ReportView, f: Finding, *, level: str) -> list[str]:
    flag = " (baselined)" if f.baselined else ""
    lines = [
        f"{level} {escape(f.id)} · {f.kind} · {f.verdict}{flag} · {escape(f.subject)}",
        "",
        escape(f.message),
        "",
    ]
    ref, other = view.sides(f, limit=EVIDENCE_PER_SIDE)
    columns = [("Reference", ref, len(f.reference) or len(ref))]
    if other:
        columns.append(("Other", other, len(f.other)))
    lines.append("| " + " | ".join(name for name, _, _ in columns) + " |")
    lines.append("|" + "---|" * len(columns))
    depth = max(len(evs) for _, evs, _ in columns) if columns else 0
    for row in range(depth):
        cells = [_cell(evs[row]) if row < len(evs) else "" for _, evs, _ in columns]
        lines.append("| " + " | ".join(cells) + " |")
    more = [f"{total - len(evs)} more" if total > len(evs) else "" for _, evs, total in columns]
    if any(more):
        lines.append("| " + " | ".join(more) + " |")
    lines.append("")
    lines.append(f"Fingerprint `{f.fingerprint}`.")
    lines.append("")
    return lines


def _summary_lines(report: Report) -> list[str]:
    s = report.summary
    lines = [
        f"**{escape(status_line(report))}** · {s.articles} articles · {s.claims} claims · "
        f"{s.findings} findings",
        "",
        "| verdict | findings |",
        "|---|---|",
        *(f"| {v} | {n} |" for v, n in s.by_verdict.items()),
        "",
    ]
    for skip in s.skipped:
        where = skip.path + (f":{skip.line}" if skip.line else "")
        lines.append(f"- skipped {escape(where)}: {escape(skip.reason)} \\[{escape(skip.code)}\\]")
    for fp in s.stale_baseline:
        lines.append(f"- stale baseline entry `{fp}`: no longer found (prune it)")
    for line in outlier_lines(report):
        lines.append(f"- {escape(line)}")
    if s.skipped or s.stale_baseline or report.outliers:
        lines.append("")
    return lines


def _cluster_lines(
    report: Report, *, level: str, show: str, min_severity: Severity | None
) -> list[str]:
    view = ReportView(report)
    title = escape(report.cluster or "cluster")
    lines = [f"{level} factcheck: {title}", "", *_summary_lines(report)]
    facts = fact_lines(report)
    if facts:
        shown = facts if show == "all" or min_severity is not None else facts[:FACTS_SHOWN]
        lines += [
            f"{level}# Fact sheet: {len(facts)} fact(s) stated by two or more articles",
            "",
            "| fact | value | articles | differs |",
            "|---|---|---|---|",
        ]
        for fl in shown:
            differs = ", ".join(f"{escape(v)} \\[{k}\\]" for v, k in fl.dissent)
            if fl.timeline:
                over = " → ".join(f"{escape(v)} ({d})" for v, d in fl.timeline)
                differs += ("; " if differs else "") + f"over time: {over}"
            lines.append(
                f"| {escape(fl.subject)} | {escape(fl.value)} | {fl.articles} | {differs} |"
            )
        if len(shown) < len(facts):
            lines.append(f"| … and {len(facts) - len(shown)} more (`--show all`) | | | |")
        lines.append("")
    picked = select(report, show=show, min_severity=min_severity)
    for severity, group in picked.by_severity():
        lines.append(f"{level}# {SEVERITY_HEADINGS[severity]}: {len(group)}")
        lines.append("")
        for f in group:
            lines.extend(_finding_lines(view, f, level=level + "##"))
    per_kind = picked.per_kind()
    if per_kind:
        more = "`--show all` lists them" if min_severity is None else "below `--min-severity`"
        lines += [f"{level}# Also found ({more})", "", "| kind | findings |", "|---|---|"]
        lines += [
            f"| {kind} | {', '.join(f'{n} {v}' for v, n in counts)} |" for kind, counts in per_kind
        ]
        lines.append("")
    return lines


def render_markdown(
    report: Report, *, show: str = "problems", min_severity: Severity | None = None
) -> str:
    """One cluster as Markdown: status and counts, conflicts and variants in full, then one
    table row per kind for the rest (`show="all"` or `min_severity` show more in full)."""
    lines = _cluster_lines(report, level="#", show=show, min_severity=min_severity)
    return "\n".join(lines) + "\n"


def render_markdown_many(
    reports: Iterable[Report], *, min_severity: Severity | None = None, show: str = "problems"
) -> str:
    """Many clusters as one Markdown document: counts per status, a table of clusters (worst
    status first: errors, timeouts, skipped, failing, ok), then one section each."""
    rows: list[tuple[tuple[int, str], str, list[str]]] = []
    statuses: Counter[str] = Counter()
    totals = [0, 0, 0, 0]
    for report in reports:
        s = report.summary
        status = cluster_status(report)
        statuses[status] += 1
        totals = [
            t + n
            for t, n in zip(totals, (s.articles, s.claims, s.findings, s.failing), strict=True)
        ]
        name = escape(report.cluster or "cluster")
        row = (
            f"| {name} | {STATUS_LABELS[status]} | {s.articles} | {s.claims} | {s.findings} | "
            f"{s.failing} |"
        )
        if status in PROBLEM_STATUSES:
            body = [f"## {name}: {STATUS_LABELS[status]}", "", *_problem_lines(report), ""]
        else:
            body = _cluster_lines(report, level="##", show=show, min_severity=min_severity)
        rows.append((status_key(report), row, body))
    rows.sort(key=lambda r: r[0])
    articles, claims, findings, failing = totals
    head = [
        "# factcheck batch report",
        "",
        f"{len(rows)} clusters ({status_counts(statuses)}) · {articles} articles · "
        f"{claims} claims · {findings} findings · {failing} failing",
        "",
        "| cluster | status | articles | claims | findings | failing |",
        "|---|---|---|---|---|---|",
        *(row for _, row, _ in rows),
        "",
    ]
    return "\n".join(head + [line for _, _, body in rows for line in body]) + "\n"


def _problem_lines(report: Report) -> list[str]:
    """Why a cluster was not checked: its recorded errors and skips."""
    return [
        f"- {escape(k.path)}{f':{k.line}' if k.line else ''}: {escape(k.reason)} "
        f"\\[{escape(k.code)}\\]"
        for k in report.summary.skipped
    ]
