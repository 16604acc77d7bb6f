"""Plain-text rendering for terminals: grouped by severity, conflicts first, both quotes shown."""

from __future__ import annotations

import re

from factcheck.model import SEVERITY_ORDER, Finding, Report, Severity
from factcheck.report._view import outlier_lines

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "none": "\033[32m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_HEADINGS = {
    "error": "Errors (conflicts)",
    "warning": "Warnings (variants)",
    "info": "Info (compatible or unconfirmed)",
    "none": "Verified (sources agree)",
}


def _location(report: Report, claim_id: str) -> str:
    claim = report.claim(claim_id)
    art = report.article(claim.article)
    line = art.text.count("\n", 0, claim.span.start) + 1
    return f"{art.path or art.id}:{line}"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _inert(s: str) -> str:
    """Article-derived text with control characters shown as escapes, never sent to a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", s)


def render_text(report: Report, *, color: bool = False, min_severity: Severity = "none") -> str:
    """Findings grouped by severity, most severe first, then a summary line."""

    def paint(s: str, code: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    lines: list[str] = []
    title = report.cluster or "cluster"
    lines.append(paint(f"factcheck: {title}", _BOLD) + f" ({report.summary.articles} articles, "
                 f"{report.summary.claims} claims)")  # fmt: skip
    for severity in ("error", "warning", "info", "none"):
        if SEVERITY_ORDER[severity] < SEVERITY_ORDER[min_severity]:
            continue
        group: list[Finding] = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines.append("")
        lines.append(paint(f"{_HEADINGS[severity]}: {len(group)}", _COLORS[severity] + _BOLD))
        for f in group:
            tag = f"[{f.verdict}]" + (" (baselined)" if f.baselined else "")
            lines.append(f"  {paint(f.id, _COLORS[severity])} {f.kind} {tag} {_inert(f.subject)}")
            lines.append(f"      {_inert(f.message)}")
            if f.verdict in ("conflict", "variant", "compatible"):
                where = ", ".join(_location(report, c) for c in (*f.reference[:1], *f.other[:1]))
                lines.append(f"      at {where}  fingerprint {f.fingerprint}")
    s = report.summary
    lines.append("")
    verdicts = ", ".join(f"{n} {v}" for v, n in s.by_verdict.items()) or "no findings"
    status = "OK" if report.ok else f"FAIL: {s.failing} finding(s) at or above '{s.fail_on}'"
    lines.append(f"{verdicts}. {paint(status, _COLORS['none' if report.ok else 'error'])}")
    for skip in s.skipped:
        where = skip.path + (f":{skip.line}" if skip.line else "")
        lines.append(paint(f"skipped {where}: {skip.reason} [{skip.code}]", _COLORS["warning"]))
    for fp in s.stale_baseline:
        lines.append(f"stale baseline entry {fp}: no longer found (prune it)")
    for line in outlier_lines(report):
        lines.append(paint(_inert(line), _COLORS["info"]))
    return "\n".join(lines) + "\n"
