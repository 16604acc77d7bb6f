"""The report and what it holds: findings, skips, the summary, and the claim union built from
the kind registry. Articles, spans and the pipeline's internal values live in
`factcheck.core` and are re-exported here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, Union

from pydantic import Field, PrivateAttr

from factcheck.core import (
    SEVERITY_ORDER,
    VERDICT_SEVERITY,
    Article,
    Block,
    ClaimBase,
    Document,
    EntityType,
    Frame,
    Frozen,
    Granularity,
    IntervalValue,
    Removed,
    Sentence,
    Severity,
    Span,
    Verdict,
)
from factcheck.kinds import KINDS

SCHEMA_VERSION = "1"

if TYPE_CHECKING:
    KindName: TypeAlias = str
    Claim: TypeAlias = ClaimBase
else:
    KindName = Literal[tuple(k.name for k in KINDS)]
    """The name of a registered kind."""
    Claim = Annotated[Union[tuple(k.claim for k in KINDS)], Field(discriminator="kind")]  # noqa: UP007
    """Any claim; the `kind` field selects the class (one per registered kind)."""


class Finding(Frozen):
    """One verified or disputed fact across (or inside) articles."""

    id: str
    """Position in this report ("F001"); use `fingerprint` to recognise a finding across runs."""
    fingerprint: str
    """Content hash: stable across runs, machines and edits elsewhere in the text."""
    kind: KindName
    """Claim kind compared."""
    verdict: Verdict
    """agree, compatible, variant, conflict or single."""
    severity: Severity
    """From the verdict through the severity table."""
    subject: str
    """What the claims are about ("number of deals", "President of Vietnam")."""
    message: str
    """One plain sentence quoting both sides and naming their sources."""
    claims: tuple[str, ...]
    """Ids of every claim involved, reference side first."""
    reference: tuple[str, ...] = ()
    """Ids of the claims holding the reference (majority) value."""
    other: tuple[str, ...] = ()
    """Ids of the claims holding the deviating value (empty for agree and single)."""
    articles: tuple[str, ...] = ()
    """Ids of the articles involved, sorted."""
    within_article: bool = False
    """True when every claim comes from one article."""
    baselined: bool = False
    """True when the fingerprint is in the accepted baseline."""


class Outlier(Frozen):
    """An article of the cluster that is about another occasion (text/members.py)."""

    article: str
    """Id of the article."""
    reason: str
    """Why, in words ("about 2004-02-24, the cluster is about 2023-09-08")."""
    cause: Literal["date", "names"]
    """What set it apart: its dates, or its names and places."""


class FactValue(Frozen):
    """One value stated for a fact, and who states it."""

    value: str
    """The value in words ("at least 2,012", "2.5%")."""
    articles: tuple[str, ...]
    """Ids of the articles stating it, sorted."""
    claims: tuple[str, ...]
    """Ids of the claims stating it."""
    first_published: dt.date | None = None
    """Earliest publication date among those articles, if any is dated."""


class Fact(Frozen):
    """One line of the fact sheet: a fact two or more articles state, the value most of them
    give, and the values that differ."""

    kind: KindName
    """Claim kind of the fact."""
    subject: str
    """What the fact is ("people killed", "inflation (year 2025)")."""
    consensus: FactValue
    """The value stated by the most articles (ties: the fullest, then the first article),
    with the articles whose values agree with it or are compatible ("at least 143")."""
    dissent: tuple[FactValue, ...] = ()
    """Other values stated for the same fact, most articles first."""
    running: bool = False
    """True for a running total (deaths, injured, missing, arrests): differing values may be
    successive updates; `timeline` lists them by publication date."""
    timeline: tuple[FactValue, ...] = ()
    """For a running total, every value ordered by first publication (undated last)."""


class Skip(Frozen):
    """An input that could not be checked, with the reason."""

    path: str
    """File (or cluster) that was skipped."""
    line: int | None = None
    """Line number for JSON Lines input."""
    code: str
    """Stable error code (see docs/errors.md)."""
    reason: str
    """Human-readable reason."""


class Summary(Frozen):
    """Counts over the report."""

    articles: int
    """Articles checked."""
    claims: int
    """Claims extracted."""
    findings: int
    """Findings of every verdict."""
    by_verdict: dict[str, int]
    """Findings per verdict."""
    by_severity: dict[str, int]
    """Findings per severity."""
    failing: int
    """Findings at or above `fail_on` that are not baselined."""
    fail_on: Severity
    """Severity at which a finding fails the check."""
    skipped: tuple[Skip, ...] = ()
    """Inputs that could not be checked."""
    outliers: int = 0
    """Articles set apart as about another occasion (`Report.outliers`)."""
    stale_baseline: tuple[str, ...] = ()
    """Baseline fingerprints that no longer occur."""


class Report(Frozen):
    """Everything one check produced; JSON is its canonical form."""

    schema_version: str = SCHEMA_VERSION
    """Version of the JSON contract."""
    cluster: str = ""
    """Name of the cluster checked."""
    articles: tuple[Article, ...]
    """Articles checked, in input order."""
    claims: tuple[Claim, ...]
    """Claims, sorted by article, then span."""
    findings: tuple[Finding, ...]
    """Findings, most severe first."""
    summary: Summary
    """Counts."""
    facts: tuple[Fact, ...] = ()
    """The fact sheet: facts stated by two or more articles, most widely stated first."""
    outliers: tuple[Outlier, ...] = ()
    """Articles about another occasion: their claims are listed but never compared with
    the members' (or left out, with `Config.outliers = "drop"`)."""

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        """Findings whose verdict is conflict."""
        return tuple(f for f in self.findings if f.verdict == "conflict")

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings at or above the failing severity that are not baselined."""
        limit = SEVERITY_ORDER[self.summary.fail_on]
        return tuple(
            f for f in self.findings if not f.baselined and SEVERITY_ORDER[f.severity] >= limit
        )

    @property
    def ok(self) -> bool:
        """True when no finding fails the check."""
        return not self.failing

    # Look-up tables, keyed by the identity of the tuple they index so that a model_copy
    # with new claims or articles never sees a stale table.
    _claim_index: tuple[int, dict[str, Claim]] | None = PrivateAttr(default=None)
    _article_index: tuple[int, dict[str, Article]] | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        # Equal when the fields are equal; the private look-up tables are a cache.
        if not isinstance(other, Report):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (KeyError when absent)."""
        if self._claim_index is None or self._claim_index[0] != id(self.claims):
            self._claim_index = (id(self.claims), {c.id: c for c in self.claims})
        return self._claim_index[1][claim_id]

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when absent)."""
        if self._article_index is None or self._article_index[0] != id(self.articles):
            self._article_index = (id(self.articles), {a.id: a for a in self.articles})
        return self._article_index[1][article_id]

    def explain(self, *, min_severity: Severity = "info") -> str:
        """Plain-text explanation of the findings at or above `min_severity`."""
        from factcheck.report.text import render_text

        return render_text(self, color=False, min_severity=min_severity)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The canonical JSON form (see docs/json-schema.md)."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Report:
        """Parse a report written by `to_json`."""
        return cls.model_validate_json(data)


__all__ = [
    "SCHEMA_VERSION",
    "SEVERITY_ORDER",
    "VERDICT_SEVERITY",
    "Article",
    "Block",
    "Claim",
    "ClaimBase",
    "Document",
    "EntityType",
    "Finding",
    "Frame",
    "Granularity",
    "IntervalValue",
    "KindName",
    "Removed",
    "Report",
    "Sentence",
    "Severity",
    "Skip",
    "Span",
    "Summary",
    "Verdict",
]


def __getattr__(name: str) -> Any:
    # The claim and value classes of the built-in kinds, under their former home.
    for kind in KINDS:
        for cls in (kind.claim, kind.value):
            if cls.__name__ == name:
                return cls
    raise AttributeError(f"module 'factcheck.model' has no attribute {name!r}")
