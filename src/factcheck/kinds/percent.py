"""Percentages: "38%", "about 80 percent", "49%-owned", "2 percentage points"."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.kinds import KindSpec
from factcheck.kinds._common import claim_id, keywords, make_span
from factcheck.kinds._numerals import (
    NUMBER,
    QUALIFIER,
    apply_qualifier,
    format_interval,
    normalize_qualifier,
    parse_number,
    relation,
)
from factcheck.model import Claim, Document, PercentClaim, PercentValue, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

_PERCENT = re.compile(
    rf"(?<![\w.,-])(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\s?"
    r"(?P<u>%|per\s?cent(?:age\s+points?)?|percent(?:age\s+points?)?|pc\b|points?\b)",
    re.I,
)
_PREFILTER = re.compile(r"%|per\s?cent|percent|\bpoints?\b", re.I)


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every percentage in the document's sentences."""
    out: list[Claim] = []
    text = doc.article.text
    for sent in doc.sentences:
        if not _PREFILTER.search(sent.text):
            continue
        for m in _PERCENT.finditer(text, sent.start, sent.end):
            unit = m.group("u").lower()
            if unit.startswith("point") and "percent" not in unit:
                continue
            n = parse_number(m.group("n"))
            if n is None:
                continue
            q = normalize_qualifier(m.group("q"))
            lo, hi = apply_qualifier(n, q, tolerance=config.approx_tolerance)
            value = PercentValue(low=lo, high=hi, points="point" in unit, qualifier=q)
            out.append(
                PercentClaim(
                    id=claim_id(doc.article.id, "percent", m.start(), m.end()),
                    article=doc.article.id,
                    span=make_span(doc, m.start(), m.end()),
                    segment=sent.segment,
                    context=sent.text,
                    value=value,
                )
            )
    return out


def normalize(claim: Claim) -> PercentValue:
    """The claim's value (extraction already normalised it)."""
    assert isinstance(claim, PercentClaim)
    return claim.value


def key(claim: Claim) -> str:
    return "points" if normalize(claim).points else "percent"


def identity(claim: Claim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.points)


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Percent never compares with percentage points; interval relation → verdict."""
    va, vb = normalize(a), normalize(b)
    if va.points != vb.points:
        return None
    rel = relation((va.low, va.high), (vb.low, vb.high))
    return {"equal": "agree", "overlap": "compatible", "disjoint": "conflict"}[rel]


def describe(claim: Claim) -> str:
    v = normalize(claim)
    return format_interval(v.low, v.high) + (" points" if v.points else "%")


def subject(claim: Claim) -> str:
    return f"percentage ({keywords(claim)})"


CORPUS: tuple[tuple[PercentValue, tuple[str, ...]], ...] = (
    (PercentValue(low=38, high=38), ("38%", "38 percent", "38 per cent")),
    (PercentValue(low=72, high=88, qualifier="about"), ("about 80 percent", "about 80%")),
    (PercentValue(low=2, high=2, points=True), ("2 percentage points",)),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = ("12 deals", "$3.6 billion", "38 points")
"""Texts that yield no percent claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("38%", "38 per cent", "agree"),
    ("38%", "40%", "conflict"),
    ("about 80 percent", "78%", "compatible"),
)
"""Pairs of surface forms and the expected verdict."""

SPEC = KindSpec(
    name="percent",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
)
