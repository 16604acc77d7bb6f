"""Money: "$337.5bn", "$3.6 billion", "US$3,600m", "£2m", "5 million euros"."""

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
from factcheck.model import Claim, Document, MoneyClaim, MoneyValue, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

SYMBOLS: dict[str, str] = {
    "us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "s$": "SGD",
    "nz$": "NZD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB",
    "vnd": "VND", "inr": "INR", "chf": "CHF",
}  # fmt: skip
"""Currency signs and codes written before the number."""
WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "pounds": "GBP", "pound": "GBP",
    "pounds sterling": "GBP", "euros": "EUR", "euro": "EUR", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "dong": "VND",
    "yen": "JPY", "rupees": "INR", "rupee": "INR", "won": "KRW", "francs": "CHF",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB",
    "vnd": "VND", "inr": "INR", "chf": "CHF",
}  # fmt: skip
"""Currency words and codes written after the number."""

_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_WORD = "|".join(w.replace(" ", r"\s+") for w in sorted(WORDS, key=len, reverse=True))
_BEFORE = re.compile(
    rf"(?<![\w$£€¥₹₽₩])(?:(?P<q>{QUALIFIER})\s+)?(?P<c>{_SYMBOL})\s?(?P<n>{NUMBER})(?![\w]|[.,]\d)",
    re.I,
)
_AFTER = re.compile(
    rf"(?<![\w$£€¥₹₽₩.,-])(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+(?P<c>{_WORD})\b",
    re.I,
)
_PREFILTER = re.compile(rf"[$£€¥₹₽₩]|\b(?:{_WORD})\b", re.I)


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every money amount in the document's sentences."""
    out: list[Claim] = []
    text = doc.article.text
    for sent in doc.sentences:
        if not _PREFILTER.search(sent.text):
            continue
        taken: list[tuple[int, int]] = []
        for pattern, table in ((_BEFORE, SYMBOLS), (_AFTER, WORDS)):
            for m in pattern.finditer(text, sent.start, sent.end):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                n = parse_number(m.group("n"))
                if n is None:
                    continue
                currency = table[" ".join(m.group("c").lower().split())]
                q = normalize_qualifier(m.group("q"))
                lo, hi = apply_qualifier(n, q, tolerance=config.approx_tolerance)
                value = MoneyValue(low=lo, high=hi, currency=currency, qualifier=q)
                out.append(
                    MoneyClaim(
                        id=claim_id(doc.article.id, "money", m.start(), m.end()),
                        article=doc.article.id,
                        span=make_span(doc, m.start(), m.end()),
                        segment=sent.segment,
                        context=sent.text,
                        value=value,
                    )
                )
                taken.append((m.start(), m.end()))
    return out


def normalize(claim: Claim) -> MoneyValue:
    """The claim's value (extraction already normalised it)."""
    assert isinstance(claim, MoneyClaim)
    return claim.value


def key(claim: Claim) -> str:
    return normalize(claim).currency


def identity(claim: Claim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.currency)


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Same currency only; interval relation → verdict."""
    va, vb = normalize(a), normalize(b)
    if va.currency != vb.currency:
        return None
    rel = relation((va.low, va.high), (vb.low, vb.high))
    return {"equal": "agree", "overlap": "compatible", "disjoint": "conflict"}[rel]


def describe(claim: Claim) -> str:
    v = normalize(claim)
    return f"{v.currency} {format_interval(v.low, v.high)}"


def subject(claim: Claim) -> str:
    return f"amount in {normalize(claim).currency} ({keywords(claim)})"


CORPUS: tuple[tuple[MoneyValue, tuple[str, ...]], ...] = (
    (MoneyValue(low=337.5e9, high=337.5e9, currency="USD"), ("$337.5bn", "$337.5 billion")),
    (
        MoneyValue(low=3.6e9, high=3.6e9, currency="USD"),
        ("$3.6 billion", "US$3,600m", "3.6 billion dollars"),
    ),
    (MoneyValue(low=2e6, high=2e6, currency="GBP"), ("£2m", "2 million pounds")),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = ("12 deals", "38%", "in 2017")
"""Texts that yield no money claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("$3.6 billion", "US$3,600m", "agree"),
    ("$3.6 billion", "$4 billion", "conflict"),
    ("about $3.6 billion", "$3.7 billion", "compatible"),
)
"""Pairs of surface forms and the expected verdict."""

SPEC = KindSpec(
    name="money",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
)
