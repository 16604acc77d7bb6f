"""All data of factcheck: articles, spans, typed claims, findings and the report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1"

KindName: TypeAlias = Literal["count", "money", "percent", "date", "name", "quote"]
Verdict: TypeAlias = Literal["agree", "compatible", "variant", "conflict", "single"]
Severity: TypeAlias = Literal["none", "info", "warning", "error"]
EntityType: TypeAlias = Literal["person", "org", "place", "other"]
Granularity: TypeAlias = Literal["day", "week", "month", "season", "year", "decade", "century"]

SEVERITY_ORDER: dict[str, int] = {"none": 0, "info": 1, "warning": 2, "error": 3}
"""Severities from least to most serious; `fail_on` compares against this order."""

VERDICT_SEVERITY: dict[str, Severity] = {
    "agree": "none",
    "compatible": "info",
    "variant": "warning",
    "conflict": "error",
    "single": "info",
}
"""The one table mapping each verdict to its default severity."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Article(_Frozen):
    """One text from one outlet, exactly as received."""

    id: str
    """Stable identifier inside the cluster (the file name for files)."""
    source: str = ""
    """Human-readable outlet name ("AP", "Morning Star")."""
    url: str | None = None
    """Where the text came from, if known."""
    published: dt.date | None = None
    """Publication date; relative dates are anchored on it and only on it."""
    language: str = "en"
    """ISO 639-1 language code of the text."""
    text: str
    """The original text; every span indexes this string."""
    path: str | None = None
    """File the article was read from, for messages and SARIF locations."""

    @property
    def label(self) -> str:
        """The outlet name if known, else the article id."""
        return self.source or self.id


class Span(_Frozen):
    """A half-open range `[start, end)` of `str` indices into the original article text."""

    start: int
    """0-based index of the first character."""
    end: int
    """Index one past the last character."""
    text: str
    """`article.text[start:end]`, verbatim."""


class CountValue(_Frozen):
    """How many of something: an interval over a unit noun."""

    low: float | None
    """Lower bound, or None when unbounded."""
    high: float | None
    """Upper bound, or None when unbounded ("at least 12" has no upper bound)."""
    unit: str
    """Singular lemma of the counted noun ("deal")."""
    ordinal: bool = False
    """True for ordinals ("14th package")."""
    qualifier: str | None = None
    """The qualifier that shaped the interval ("at least", "about"), if any."""


class MoneyValue(_Frozen):
    """An amount of money: an interval in one ISO 4217 currency."""

    low: float | None
    """Lower bound in currency units, or None when unbounded."""
    high: float | None
    """Upper bound in currency units, or None when unbounded."""
    currency: str
    """ISO 4217 code ("USD")."""
    qualifier: str | None = None
    """The qualifier that shaped the interval, if any."""


class PercentValue(_Frozen):
    """A percentage (or percentage points): an interval in percent."""

    low: float | None
    """Lower bound in percent, or None when unbounded."""
    high: float | None
    """Upper bound in percent, or None when unbounded."""
    points: bool = False
    """True for percentage points, which never compare with percentages."""
    qualifier: str | None = None
    """The qualifier that shaped the interval, if any."""


class DateValue(_Frozen):
    """A calendar interval with a granularity, or an unresolved expression with its reason."""

    start: dt.date | None
    """First day of the interval, or None when unresolved."""
    end: dt.date | None
    """Last day of the interval (inclusive), or None when unresolved."""
    granularity: Granularity
    """The precision the text states."""
    resolved: bool
    """False when the expression could not be anchored to the calendar."""
    reason: str | None = None
    """Why the date is unresolved, or which anchor resolved it."""


class NameValue(_Frozen):
    """A named entity as mentioned, with its type and role."""

    name: str
    """The name as written, without titles ("To Lam")."""
    entity_type: EntityType
    """person, org, place or other."""
    role: str | None = None
    """Role or title attached to the mention ("President of Vietnam"), if any."""
    canonical: str = ""
    """Folded identity form used for matching ("to lam")."""


class QuoteValue(_Frozen):
    """Words in quotation marks, attributed to a speaker when one is named."""

    speaker: str | None
    """Who said it, as named in the text, or None when unattributed."""
    text: str
    """The quoted words, normalised for comparison (case, punctuation, UK/US spelling)."""


class Frame(_Frozen):
    """What a number measures and for which period: the key alignment groups claims by."""

    concept: str
    """What is measured, the same in every language ("killed", "inflation", "worker")."""
    scope: tuple[str, ...] = ()
    """Sorted scope parts: "year 2025", "month 3", "previous" (an earlier edition)."""


class _ClaimBase(_Frozen):
    id: str
    """Stable claim id: article, kind and span start."""
    article: str
    """Id of the article the claim comes from."""
    span: Span
    """Where the claim is stated, in the original text."""
    segment: int = 0
    """Story segment inside the article (a file may hold several glued stories)."""
    context: str = ""
    """The sentence the claim stands in, used for alignment and messages."""
    frame: Frame | None = None
    """What the claim measures and for which period, when its words say so."""


class CountClaim(_ClaimBase):
    """A count or ordinal claim."""

    kind: Literal["count"] = "count"
    """Discriminator."""
    value: CountValue
    """Normalised value."""


class MoneyClaim(_ClaimBase):
    """A money claim."""

    kind: Literal["money"] = "money"
    """Discriminator."""
    value: MoneyValue
    """Normalised value."""


class PercentClaim(_ClaimBase):
    """A percentage claim."""

    kind: Literal["percent"] = "percent"
    """Discriminator."""
    value: PercentValue
    """Normalised value."""


class DateClaim(_ClaimBase):
    """A date claim."""

    kind: Literal["date"] = "date"
    """Discriminator."""
    value: DateValue
    """Normalised value."""


class NameClaim(_ClaimBase):
    """A name mention."""

    kind: Literal["name"] = "name"
    """Discriminator."""
    value: NameValue
    """Normalised value."""


class QuoteClaim(_ClaimBase):
    """A quotation."""

    kind: Literal["quote"] = "quote"
    """Discriminator."""
    value: QuoteValue
    """Normalised value."""


Claim = Annotated[
    CountClaim | MoneyClaim | PercentClaim | DateClaim | NameClaim | QuoteClaim,
    Field(discriminator="kind"),
]
"""Any claim; the `kind` field selects the class."""


class Finding(_Frozen):
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


class Outlier(_Frozen):
    """An article of the cluster that is about another occasion (text/members.py)."""

    article: str
    """Id of the article."""
    reason: str
    """Why, in words ("about 2004-02-24, the cluster is about 2023-09-08")."""
    cause: Literal["date", "names"]
    """What set it apart: its dates, or its names and places."""


class Skip(_Frozen):
    """An input that could not be checked, with the reason."""

    path: str
    """File (or cluster) that was skipped."""
    line: int | None = None
    """Line number for JSON Lines input."""
    code: str
    """Stable error code (see docs/errors.md)."""
    reason: str
    """Human-readable reason."""


class Summary(_Frozen):
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


class Report(_Frozen):
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


# Pipeline-internal values. Plain slotted dataclasses, not pydantic models: they are built for
# every sentence of every article, and never serialised.


@dataclasses.dataclass(frozen=True, slots=True)
class Block:
    """A kept paragraph (a line run) of the original text after cleaning."""

    start: int
    end: int
    segment: int
    """Story segment: a file holding two glued stories has segments 0 and 1."""


@dataclasses.dataclass(frozen=True, slots=True)
class Removed:
    """A region cleaning dropped, with the rule that dropped it."""

    start: int
    end: int
    reason: str


@dataclasses.dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: a span of the original text inside one kept block."""

    start: int
    end: int
    text: str
    segment: int
    index: int
    """Position among the article's sentences."""
    block: int
    """Index of the block it belongs to."""


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning and segmentation: what every extractor reads."""

    article: Article
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...] = ()
    text: str = ""
    """The text extractors match against: the original with one-for-one character
    substitutions only (fullwidth forms to ASCII, invisible joiners to thin spaces), so every
    offset is an offset into `article.text` too. Spans always quote `article.text`."""
