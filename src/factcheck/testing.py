"""Assertions for editorial pipelines; they work with or without pytest."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.config import Config
from factcheck.model import SEVERITY_ORDER, Article, Finding, Report, Severity


class InconsistencyError(AssertionError):
    """Raised by `assert_consistent` when findings fail; the message reads like a diff."""

    def __init__(self, message: str, findings: Sequence[Finding]) -> None:
        super().__init__(message)
        self.findings = tuple(findings)


def _where(report: Report, claim_id: str) -> str:
    claim = report.claim(claim_id)
    art = report.article(claim.article)
    line = art.text.count("\n", 0, claim.span.start) + 1
    col = claim.span.start - (art.text.rfind("\n", 0, claim.span.start) + 1) + 1
    return f"{art.label} ({art.path or art.id}:{line}:{col})"


def describe_finding(report: Report, f: Finding) -> str:
    """A finding as diff-like lines: header, reference side, other side, explanation."""
    lines = [f"{f.kind} {f.verdict} [{f.severity}] {f.subject}  ({f.fingerprint})"]
    sides = (("-", f.reference[:1]), ("+", f.other[:1])) if f.other else (("=", f.reference[:2]),)
    for mark, ids in sides:
        for cid in ids:
            lines.append(f"  {mark} “{report.claim(cid).span.text}” in {_where(report, cid)}")
    lines.append(f"    {f.message}")
    return "\n".join(lines)


def assert_consistent(
    articles_or_report: Report | Iterable[Article] | str | Path,
    *,
    kinds: Sequence[str] | None = None,
    fail_on: Severity = "error",
    config: Config | None = None,
) -> Report:
    """Fail with a readable message when any finding reaches `fail_on`; return the report."""
    __tracebackhide__ = True
    if isinstance(articles_or_report, Report):
        report = articles_or_report
    else:
        from factcheck.pipeline import check

        report = check(articles_or_report, config)  # type: ignore[arg-type]
    limit = SEVERITY_ORDER[fail_on]
    failing = [
        f for f in report.findings
        if not f.baselined and SEVERITY_ORDER[f.severity] >= limit
        and (kinds is None or f.kind in kinds)
    ]  # fmt: skip
    if failing:
        head = f"{len(failing)} finding(s) at or above '{fail_on}' in {report.cluster or 'cluster'}:"
        body = "\n\n".join(describe_finding(report, f) for f in failing)
        raise InconsistencyError(f"{head}\n\n{body}", failing)
    return report
