"""Assertions for editorial pipelines; they work with or without pytest.

>>> from factcheck.testing import assert_consistent
>>> assert_consistent("fixtures/clusters/putin-vietnam-2024-06")  # doctest: +SKIP
InconsistencyError: 2 finding(s) at or above 'error' in putin-vietnam-2024-06: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.config import ALL_KINDS, Config
from factcheck.model import SEVERITY_ORDER, Article, Finding, Report, Severity

EXCERPT_CHARS = 40
"""Characters of context shown on each side of a quoted span."""


class InconsistencyError(AssertionError):
    """Raised by `assert_consistent` when findings fail; the message reads like a diff."""

    def __init__(self, message: str, findings: Sequence[Finding], report: Report) -> None:
        super().__init__(message)
        self.findings = tuple(findings)
        """The failing findings, most severe first."""
        self.report = report
        """The whole report, for further inspection."""


def location(report: Report, claim_id: str) -> str:
    """`file:line:col` (1-based) of a claim's span start, or `article-id:line:col`."""
    claim = report.claim(claim_id)
    art = report.article(claim.article)
    line = art.text.count("\n", 0, claim.span.start) + 1
    col = claim.span.start - (art.text.rfind("\n", 0, claim.span.start) + 1) + 1
    return f"{art.path or art.id}:{line}:{col}"


def excerpt(report: Report, claim_id: str, *, width: int = EXCERPT_CHARS) -> str:
    """The span in its surrounding text on one line, the span marked with [[ ]]."""
    claim = report.claim(claim_id)
    text = report.article(claim.article).text
    start, end = claim.span.start, claim.span.end
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    lead = "…" if start > width else ""
    tail = "…" if end + width < len(text) else ""
    return " ".join(f"{lead}{before}[[{text[start:end]}]]{after}{tail}".split())


def describe_finding(report: Report, f: Finding) -> str:
    """A finding as diff-like lines: header, reference side (-), other side (+), explanation."""
    where = " within one article" if f.within_article else ""
    lines = [
        f"{f.kind} {f.verdict} [{f.severity}]{where}: {f.subject}  (fingerprint {f.fingerprint})"
    ]
    sides: tuple[tuple[str, tuple[str, ...]], ...]
    if f.other:
        sides = (("-", f.reference[:1]), ("+", f.other[:1]))
    else:
        sides = (("=", f.reference[:2] or f.claims[:2]),)
    for mark, ids in sides:
        for cid in ids:
            claim = report.claim(cid)
            art = report.article(claim.article)
            lines.append(f"  {mark} “{claim.span.text}”  {art.label}  {location(report, cid)}")
            lines.append(f"      {excerpt(report, cid)}")
    lines.append(f"    {f.message}")
    return "\n".join(lines)


def failing_findings(
    report: Report, *, kinds: Sequence[str] | None = None, fail_on: Severity | None = None
) -> tuple[Finding, ...]:
    """Findings at or above `fail_on` (default: the report's), not baselined, of `kinds`."""
    limit = SEVERITY_ORDER[fail_on or report.summary.fail_on]
    return tuple(
        f for f in report.findings
        if not f.baselined and SEVERITY_ORDER[f.severity] >= limit
        and (kinds is None or f.kind in kinds)
    )  # fmt: skip


def assert_consistent(
    articles_or_report: Report | Iterable[Article] | str | Path | Sequence[str | Path],
    *,
    kinds: Sequence[str] | None = None,
    fail_on: Severity | None = None,
    config: Config | None = None,
) -> Report:
    """Fail with a readable message when any finding reaches `fail_on`; return the report.

    `articles_or_report` is a Report, Article objects, or a cluster folder or files to check.
    `kinds` limits the check to those claim kinds; `fail_on` defaults to the config's (or the
    report's) failing severity. Raises InconsistencyError, an AssertionError.
    """
    __tracebackhide__ = True
    if kinds is not None:
        unknown = sorted(set(kinds) - set(ALL_KINDS))
        if unknown:
            raise ValueError(f"unknown kind(s) {unknown}; expected some of {', '.join(ALL_KINDS)}")
    if fail_on is not None and fail_on not in SEVERITY_ORDER:
        raise ValueError(
            f"unknown severity {fail_on!r}; expected one of {', '.join(SEVERITY_ORDER)}"
        )
    if isinstance(articles_or_report, Report):
        report = articles_or_report
    else:
        from factcheck.pipeline import check

        config = config or Config()
        if kinds is not None:
            config = config.with_overrides(kinds=list(kinds))
        report = check(articles_or_report, config)
    limit: Severity = fail_on or report.summary.fail_on
    failing = failing_findings(report, kinds=kinds, fail_on=limit)
    if failing:
        head = f"{len(failing)} finding(s) at or above '{limit}' in {report.cluster or 'cluster'}:"
        body = "\n\n".join(describe_finding(report, f) for f in failing)
        raise InconsistencyError(f"{head}\n\n{body}", failing, report)
    return report
