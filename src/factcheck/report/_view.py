"""What every renderer shows of a finding: its claims, their locations and a window of context.

Pure presentation: line and column numbers come from span offsets, context windows are slices
of the original text. Nothing here changes a value, a verdict or a count.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, get_args

from factcheck.core import SEVERITY_ORDER, Article, Severity, Verdict
from factcheck.kinds import KINDS

if TYPE_CHECKING:  # the report's views need no runtime import of the model (it renders them)
    from factcheck.model import Claim, Finding, Report

KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
"""Claim kinds in registry order, for filters and tables."""
VERDICTS: tuple[str, ...] = get_args(Verdict)
"""Verdicts in the order DESIGN.md lists them."""
SEVERITIES: tuple[str, ...] = tuple(sorted(get_args(Severity), key=SEVERITY_ORDER.__getitem__))
"""Severities from least to most serious."""
SEVERITY_HEADINGS: dict[str, str] = {
    "error": "Errors (conflicts)",
    "warning": "Warnings (variants)",
    "info": "Info (compatible or unconfirmed)",
    "none": "Verified (sources agree)",
}
"""Section heading per severity, most serious first."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True, slots=True)
class Location:
    """Where a span sits in its article file: 1-based lines and columns, end column exclusive.

    Columns count Unicode code points (Python `str` indices), as SARIF's `unicodeCodePoints`.
    `\\r\\n`, `\\r` and `\\n` each end a line.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """One claim as a renderer shows it: source, location, the span and its surroundings."""

    claim: Claim
    article: Article
    source: str
    """Outlet label, with the story number when the file holds glued stories."""
    location: Location
    before: str
    """Context before the span, whitespace collapsed, "…" when cut."""
    text: str
    """The span text, whitespace collapsed."""
    after: str
    """Context after the span, whitespace collapsed, "…" when cut."""


def outlier_lines(report: Report) -> list[str]:
    """One line per outlier: "outlier LABEL (PATH): REASON" (the article may have been dropped)."""
    by_id = {a.id: a for a in report.articles}
    out = []
    for o in report.outliers:
        art = by_id.get(o.article)
        label = art.label if art is not None else o.article
        where = (art.path or art.id) if art is not None else o.article
        out.append(f"outlier {label} ({where}): {o.reason}")
    return out


class ReportView:
    """Indexes over one report so each lookup is O(1) (clusters may hold thousands of claims)."""

    def __init__(self, report: Report, *, window: int = 80) -> None:
        self.report = report
        self.window = window
        self._claims = {c.id: c for c in report.claims}
        self._articles = {a.id: a for a in report.articles}
        self._line_starts: dict[str, list[int]] = {}

    def article(self, article_id: str) -> Article:
        """The article with this id (a placeholder when a hand-built report lacks it)."""
        art = self._articles.get(article_id)
        if art is None:
            art = Article(id=article_id, text="")
            self._articles[article_id] = art
        return art

    def path(self, article: Article) -> str:
        """The file the article came from, else its id."""
        return article.path or article.id

    def locate(self, claim: Claim) -> Location:
        """Line and column of the claim's span in its article."""
        art = self.article(claim.article)
        starts = self._line_starts.get(art.id)
        if starts is None:
            starts = [0, *(m.end() for m in _LINE_BREAK.finditer(art.text))]
            self._line_starts[art.id] = starts

        def point(offset: int) -> tuple[int, int]:
            row = bisect.bisect_right(starts, offset) - 1
            return row + 1, offset - starts[row] + 1

        line, column = point(claim.span.start)
        end_line, end_column = point(claim.span.end)
        return Location(self.path(art), line, column, end_line, end_column)

    def evidence(self, claim_id: str) -> Evidence | None:
        """The claim with its context window, or None when the report does not hold it."""
        claim = self._claims.get(claim_id)
        if claim is None:
            return None
        art = self.article(claim.article)
        text = art.text
        start, end = claim.span.start, claim.span.end
        if text[start:end] != claim.span.text:
            # A span that does not index this text (hand-built report): show the span alone.
            return Evidence(
                claim,
                art,
                source(art, claim),
                self.locate(claim),
                "",
                _collapse(claim.span.text),
                "",
            )
        # The window stays inside the paragraph (line run) holding the span.
        para_lo = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        para_hi = min(
            (i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0), default=len(text)
        )
        lo = max(para_lo, start - self.window)
        hi = min(para_hi, end + self.window)
        if lo > para_lo:
            cut = text.find(" ", lo, start)
            lo = cut + 1 if cut >= 0 else lo
        if hi < para_hi:
            cut = text.rfind(" ", end, hi)
            hi = cut if cut >= 0 else hi
        before = ("…" if lo > para_lo else "") + _collapse(text[lo:start], strip="left")
        after = _collapse(text[end:hi], strip="right") + ("…" if hi < para_hi else "")
        return Evidence(
            claim,
            art,
            source(art, claim),
            self.locate(claim),
            before,
            _collapse(claim.span.text),
            after,
        )

    def sides(
        self, finding: Finding, *, limit: int | None = None
    ) -> tuple[list[Evidence], list[Evidence]]:
        """Evidence of the reference side and of the other side, at most `limit` per side."""
        ref_ids: Sequence[str] = finding.reference or (() if finding.other else finding.claims)
        other_ids: Sequence[str] = finding.other
        ref = [e for e in map(self.evidence, ref_ids[:limit]) if e is not None]
        other = [e for e in map(self.evidence, other_ids[:limit]) if e is not None]
        return ref, other

    def primary(self, finding: Finding) -> Evidence | None:
        """The claim an editor should look at first: the deviating one, else the reference."""
        for cid in (*finding.other, *finding.reference, *finding.claims):
            ev = self.evidence(cid)
            if ev is not None:
                return ev
        return None


def source(article: Article, claim: Claim) -> str:
    """Outlet label of a claim, naming the story when a file holds several."""
    return article.label + (f", story {claim.segment + 1}" if claim.segment else "")


def _collapse(s: str, *, strip: str = "both") -> str:
    out = _SPACE.sub(" ", s)
    if strip == "left":
        return out.lstrip()
    if strip == "right":
        return out.rstrip()
    return out.strip()


def status_line(report: Report) -> str:
    """ "OK", "FAIL: n finding(s) at or above 'severity'", or, for a cluster a batch could not
    check, "ERROR: not checked" (TIMEOUT, SKIPPED)."""
    s = report.summary
    status = cluster_status(report)
    if status in PROBLEM_STATUSES:
        return f"{STATUS_LABELS[status]}: not checked"
    return "OK" if report.ok else f"FAIL: {s.failing} finding(s) at or above '{s.fail_on}'"


def by_severity(
    report: Report, *, min_severity: Severity = "none"
) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by severity, most serious first, groups below `min_severity` left out."""
    groups: list[tuple[str, list[Finding]]] = []
    for severity in reversed(SEVERITIES):
        if SEVERITY_ORDER[severity] < SEVERITY_ORDER[min_severity]:
            continue
        group = [f for f in report.findings if f.severity == severity]
        if group:
            groups.append((severity, group))
    return groups


XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot carry, even escaped; renderers replace them with U+FFFD."""


PROBLEM_VERDICTS: tuple[str, ...] = ("conflict", "variant")
"""Verdicts shown in full by default; the others are summarised one line per kind."""
SHOW_CHOICES: tuple[str, ...] = ("problems", "all")
"""`show` values: conflicts and variants in full, or every finding in full."""


@dataclasses.dataclass(frozen=True, slots=True)
class Selection:
    """Which findings a text or Markdown view shows in full and which it summarises."""

    full: list[Finding]
    """Findings shown in full, most severe first (the report's order)."""
    summarised: list[Finding]
    """Findings counted one line per kind."""
    folded: int
    """Agreements left out because a conflict or variant of the same fact shows them."""

    def by_severity(self) -> list[tuple[str, list[Finding]]]:
        """The full findings grouped by severity, most serious first."""
        return [
            (sev, group)
            for sev in reversed(SEVERITIES)
            if (group := [f for f in self.full if f.severity == sev])
        ]

    def per_kind(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """(kind, [(verdict, count)]) of the summarised findings, registry and verdict order."""
        out = []
        for kind in KIND_NAMES:
            counts = [
                (v, n)
                for v in VERDICTS
                if (n := sum(1 for f in self.summarised if f.kind == kind and f.verdict == v))
            ]
            if counts:
                out.append((kind, counts))
        return out


def folded_agreements(report: Report) -> set[str]:
    """Ids of agreements that restate the reference side of a conflict or variant.

    One fact is shown once: "To Lam" agreed by two sources and contradicted by a third is
    the conflict, whose reference side lists the agreeing sources.
    """
    problem_refs = [
        frozenset(f.reference) for f in report.findings if f.verdict in PROBLEM_VERDICTS
    ]
    if not problem_refs:
        return set()
    return {
        f.id
        for f in report.findings
        if f.verdict == "agree" and any(frozenset(f.claims) & ref for ref in problem_refs)
    }


def select(
    report: Report, *, show: str = "problems", min_severity: Severity | None = None
) -> Selection:
    """Findings in full and summarised.

    `min_severity` shows every finding at or above it in full; otherwise `show="problems"`
    shows conflicts and variants in full and `show="all"` every finding. Agreements folded
    into a conflict or variant of the same fact are left out either way.
    """
    folded = folded_agreements(report)
    kept = [f for f in report.findings if f.id not in folded]
    if min_severity is not None:
        limit = SEVERITY_ORDER[min_severity]
        full = [f for f in kept if SEVERITY_ORDER[f.severity] >= limit]
    elif show == "all":
        full = kept
    else:
        full = [f for f in kept if f.verdict in PROBLEM_VERDICTS]
    ids = {f.id for f in full}
    return Selection(full, [f for f in kept if f.id not in ids], len(folded))


def kind_line(kind: str, counts: Sequence[tuple[str, int]]) -> str:
    """ "count: 5 agree, 10 single" """
    return f"{kind}: " + ", ".join(f"{n} {v}" for v, n in counts)


# Cluster status in a batch ---------------------------------------------------------------------

STATUS_ORDER: tuple[str, ...] = ("error", "timeout", "skipped", "fail", "ok")
"""Cluster statuses, worst first: not checked (an error, over its time limit, no usable
input), then checked with failing findings, then checked and clean."""
STATUS_LABELS: dict[str, str] = {
    "error": "ERROR",
    "timeout": "TIMEOUT",
    "skipped": "SKIPPED",
    "fail": "FAIL",
    "ok": "OK",
}
"""How each status is written in reports."""
PROBLEM_STATUSES = frozenset({"error", "timeout", "skipped"})
"""Statuses of clusters that were not checked."""
TIMEOUT_CODE = "FC300"
"""Error code of a cluster over its time limit (errors.ClusterTimeoutError)."""


def cluster_status(report: Report) -> str:
    """error, timeout, skipped (no usable input), fail or ok.

    A batch records a cluster it could not check as a report without articles whose skips
    say why (`batch.iter_reports`): code FC300 is a timeout, an input code (FC1xx) a skipped
    cluster, anything else an error.
    """
    if report.articles:
        return "ok" if report.ok else "fail"
    codes = {k.code for k in report.summary.skipped}
    if TIMEOUT_CODE in codes:
        return "timeout"
    if codes and all(c.startswith("FC1") for c in codes):
        return "skipped"
    return "error"


def status_key(report: Report) -> tuple[int, str]:
    """Sort key of a cluster: worst status first, then name."""
    return STATUS_ORDER.index(cluster_status(report)), report.cluster


def status_counts(counts: Mapping[str, int]) -> str:
    """ "1 error, 2 failing, 5 ok": every status present, worst first."""
    words = {"fail": "failing"}
    parts = [f"{counts[s]} {words.get(s, s)}" for s in STATUS_ORDER if counts.get(s)]
    return ", ".join(parts) or "none"


# The fact sheet ---------------------------------------------------------------------------------

FACTS_SHOWN = 15
"""Facts the default text and Markdown views list (the rest are counted; `show="all"` lists
every one)."""
VALUE_SHOWN = 100
"""Characters of a value (a long quotation) a fact sheet line shows."""


@dataclasses.dataclass(frozen=True, slots=True)
class FactLine:
    """One fact as the views show it."""

    kind: str
    subject: str
    value: str
    articles: int
    dissent: list[tuple[str, int]]
    """Other values and how many articles state each."""
    timeline: list[tuple[str, str]]
    """For a running total: (value, first publication date or "undated"), oldest first."""


def short(value: str, limit: int = VALUE_SHOWN) -> str:
    """`value` cut to `limit` characters with "…"."""
    value = _collapse(value)
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def fact_lines(report: Report) -> list[FactLine]:
    """The report's fact sheet (empty when the report has none), in the report's order."""
    out = []
    for fact in getattr(report, "facts", ()):
        out.append(
            FactLine(
                fact.kind,
                fact.subject,
                short(fact.consensus.value),
                len(fact.consensus.articles),
                [(short(d.value), len(d.articles)) for d in fact.dissent],
                [
                    (
                        short(t.value),
                        t.first_published.isoformat() if t.first_published else "undated",
                    )
                    for t in (fact.timeline if fact.running else ())
                ],
            )
        )
    return out


def fact_text(line: FactLine) -> str:
    """ "people killed: 5,000 [7 articles]; differs: 2,400 [1]; over time: …" """
    n = f"{line.articles} article{'s' if line.articles != 1 else ''}"
    out = f"{line.subject}: {line.value} [{n}]"
    if line.dissent:
        out += "; differs: " + ", ".join(f"{v} [{k}]" for v, k in line.dissent)
    if line.timeline:
        out += "; over time: " + " → ".join(f"{v} ({d})" for v, d in line.timeline)
    return out
