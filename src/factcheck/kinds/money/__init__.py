"""Money: "$337.5bn", "$3.6 billion", "US$3,600m", "£2m", "5 million euros", "EUR 40m",
"88.000 millones de dólares".

The currency comes from a sign or ISO code before the number, or a sign, ISO code or word
after it ("3 milliards de francs suisses", "3 Milliarden Franken", "3 miliardi di franchi
svizzeri", "2 Millionen US-Dollar"); the value carries its ISO 4217 code. A franc with no
country is the Swiss franc. A currency pair's quote in a market table ("EUR/JPY 169.93") is
an amount of the second currency. Articles in es, fr, de, it and pt read their own qualifiers
("unos 3.200 millones", "près de 7 milliards", "rund 3 Milliarden"). Digits follow the decimal convention of the
article's language (or of a foreign scale word: "88.000 millones" is 88 thousand million).
Amounts in different currencies are never equal: when two sources state the same amount in
different currencies (alignment merges the two currencies' groups only for articles that do
not state both), that is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import claim_id, keywords, make_span
from factcheck.kinds._numerals import (
    NUMBER,
    QUALIFIER,
    VAGUE_PATTERN,
    Occupied,
    estimates_apart,
    format_interval,
    is_interface_counter,
    is_intl,
    normalize_qualifier,
    parse_digits,
    parse_vague,
    quantity,
    rounding_band,
    to_interval,
    verdict_of,
)
from factcheck.kinds._scan import finditer, search, sentences_matching
from factcheck.kinds.base import Kind
from factcheck.kinds.money.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.money.value import MoneyClaim, MoneyValue
from factcheck.lang.currencies import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    ISO_CODES,
    SIGNS,
    SYMBOLS,
    WORDS,
)

if TYPE_CHECKING:
    from factcheck.config import Config

_EDGE = rf"(?<![\w{SIGNS}/:#+@&-])(?<!\d[.,\s\u00a0\u202f\u2009])"
_SIGN_FIRST = rf"(?P<c>{CURRENCY_BEFORE})\s?"
_SIGN_SECOND = rf"(?:{CURRENCY_BEFORE})?\s?"
_BEFORE_ONE = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?{_SIGN_FIRST}(?P<n>{NUMBER})(?![\w%]|[.,]\d)",
    re.I,
)
_FROM = re.compile(r"\bfrom\s+$", re.I)


@cache
def _patterns(intl: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(sign before the number, currency after it) for English texts, or for es, fr, de, it
    and pt texts with their own qualifiers ("unos 3.200 millones de dólares", "près de 7
    milliards de dollars", "rund 3 Milliarden Franken"); each compiled on first use."""
    before = (
        rf"{_EDGE}{quantity(_SIGN_FIRST, _SIGN_SECOND, intl=intl)}(?![\w%]|[.,]\d|\s?[-–]\s?\d)"
    )
    after = (
        rf"{_EDGE}{quantity(intl=intl)}\s?(?:de\s+|d['’]\s?|di\s+)?(?P<c>{CURRENCY_AFTER})"
        rf"(?![\w{SIGNS}])"
    )
    return re.compile(before, re.I), re.compile(after, re.I)


_BEFORE, _AFTER = _patterns(False)


_VAGUE = re.compile(
    rf"(?<![\w-])(?P<v>{VAGUE_PATTERN})\s+of\s+(?P<c>{CURRENCY_AFTER})(?![\w{SIGNS}])",
    re.I,
)
_PREFILTER = re.compile(rf"[{SIGNS}]|\b(?:{CURRENCY_AFTER}|rs)(?![^\W\d_])", re.I)
"""Sentences that may hold an amount: a sign, or a currency word or code not followed by a
letter ("franc" in "France" is none; "VND50tn" is one)."""
_BARE_INTEGER = re.compile(r"\d{1,4}")
CURRENCY_PAIR = re.compile(
    r"(?<![\w/])(?P<base>[A-Z]{3})/(?P<quote>[A-Z]{3})\s+(?P<n>\d{1,6}(?:\.\d{1,6})?)(?![\w.,]?\d)"
)
"""A currency pair's quote, as in market tables ("EUR/JPY 169.93"): the price of the first
currency in the second, an amount of the second."""
_WEIGHT = re.compile(r"\s+of\b", re.I)


MAGNITUDE_GAP = 2.0
"""Factor two amounts of one fact differ by at most: a story's amounts are many and close
(a price, a loan line, a guarantee), and one source misreporting another's figure rarely
strays further (a scale slip, million for billion, stays a fact of its own)."""


def extract(doc: Document, config: Config) -> Sequence[MoneyClaim]:
    """Every money amount in the document's sentences."""
    out: list[MoneyClaim] = []
    for sent in sentences_matching(doc, _PREFILTER):
        out.extend(_extract_sentence(doc, sent, config))
    return out


DOLLAR_MARKERS = {"Cdn": "CAD", "CDN": "CAD", "CAD": "CAD", "US": "USD", "USD": "USD",
                  "AUD": "AUD", "NZD": "NZD"}  # fmt: skip
"""Words after a dollar amount that say whose dollar it is (Canadian outlets' "Cdn")."""
_DOLLAR_MARKER = re.compile(rf"\s+({'|'.join(DOLLAR_MARKERS)})\b(?![$\w])")


def _currency(text: str) -> str:
    c = " ".join(text.lower().split())
    return SYMBOLS.get(c) or WORDS[c]


def _extract_sentence(doc: Document, sent: Sentence, config: Config) -> list[MoneyClaim]:
    text = doc.text or doc.article.text
    language = doc.article.language
    block = doc.blocks[sent.block] if sent.block < len(doc.blocks) else None
    line_start, line_end = (block.start, block.end) if block else (sent.start, sent.end)
    out: list[MoneyClaim] = []
    taken = Occupied()

    def add(start: int, end: int, value: MoneyValue) -> None:
        if taken.overlaps(start, end):
            return
        if is_interface_counter(text, line_start, line_end, start, end):
            return
        taken.add(start, end)
        out.append(
            MoneyClaim(
                id=claim_id(doc.article.id, "money", start, end),
                article=doc.article.id,
                span=make_span(doc, start, end),
                segment=sent.segment,
                context=sent.text,
                value=value,
            )
        )

    before, after = _patterns(is_intl(language))
    for pattern in (before, after):
        pos = sent.start
        while pos < sent.end:
            found = search(pattern, text, pos, sent.end)
            if found is None:
                break
            m = found
            if m.group("n2") and _FROM.search(text, max(line_start, m.start() - 6), m.start()):
                if pattern is after:  # "from 3 to 4 billion dollars" is a change
                    pos = m.end("n")
                    continue
                m = _BEFORE_ONE.match(text, m.start(), sent.end) or m  # "from $3bn to $4bn"
            value = _value(m, language, config)
            c = m.group("c").lower()
            if c.startswith("pound") and _WEIGHT.match(text, m.end(), line_end):
                value = None  # "5 pounds of flour" is a weight
            if pattern is after and c == "won" and not re.search(r"\d", m.group("n")):
                value = None  # "won" after a number word is usually the verb
            if (
                c.upper() in ISO_CODES
                and _BARE_INTEGER.fullmatch(m.group("n"))
                and not m.groupdict().get("n2")
            ):
                value = None  # "COP 28", "PEN 2024": a code before a short bare integer is a name
            if value is None:
                pos = m.end("n") if m.groupdict().get("n2") else m.end()
                continue
            if c == "$" and (marker := _DOLLAR_MARKER.match(text, m.end(), sent.end)):
                # "$4.2 billion Cdn", "$3B US": the dollar named after the amount
                value = value.model_copy(update={"currency": DOLLAR_MARKERS[marker.group(1)]})
            add(m.start(), m.end(), value)
            pos = m.end()
    for m in finditer(_VAGUE, text, sent.start, sent.end):
        lo, hi = parse_vague(m.group("v"))
        add(m.start(), m.end(), MoneyValue(low=lo, high=hi, currency=_currency(m.group("c")),
                                           qualifier="vague"))  # fmt: skip
    if "/" in sent.text:
        for m in finditer(CURRENCY_PAIR, text, sent.start, sent.end):
            base, quote = m.group("base"), m.group("quote")
            rate = parse_digits(m.group("n"))
            if base != quote and {base, quote} <= ISO_CODES and rate:
                add(m.start(), m.end(), MoneyValue(low=rate, high=rate, currency=quote))
    return out


def _value(m: re.Match[str], language: str, config: Config) -> MoneyValue | None:
    groups = m.groupdict()
    q = "between" if groups.get("bw") else normalize_qualifier(groups["q"])
    interval = to_interval(
        groups["n"], groups.get("n2"), q, language=language, tolerance=config.approx_tolerance
    )
    if interval is None:
        return None
    return MoneyValue(low=interval[0], high=interval[1], currency=_currency(m.group("c")),
                      qualifier=q)  # fmt: skip


def normalize(claim: MoneyClaim) -> MoneyValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def key(claim: MoneyClaim) -> str:
    """Alignment block: the ISO currency."""
    return normalize(claim).currency


def identity(claim: MoneyClaim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.currency)


def compare(a: MoneyClaim, b: MoneyClaim, config: Config) -> Verdict | None:
    """Interval relation → verdict, exact scaled figures as rounded.

    Claims in different currencies meet only when alignment found them to be the same amount
    in different articles (`merge_keys`); amounts in different currencies are never equal, so
    that is a conflict.
    """
    va, vb = normalize(a), normalize(b)
    if va.currency != vb.currency:
        return "conflict"
    verdict = verdict_of((va.low, va.high), (vb.low, vb.high))
    if verdict == "compatible" and estimates_apart(
        (va.low, va.high), va.qualifier, (vb.low, vb.high), vb.qualifier
    ):
        return "conflict"
    if verdict == "conflict":
        ra = rounding_band(a.span.text, va.low, va.high)
        rb = rounding_band(b.span.text, vb.low, vb.high)
        if verdict_of(ra, rb) != "conflict":
            return "compatible"
    return verdict


def describe(claim: MoneyClaim) -> str:
    v = normalize(claim)
    return f"{v.currency} {format_interval(v.low, v.high)}"


def detail(a: MoneyClaim, b: MoneyClaim) -> str:
    """For a finding's message: says when the two amounts are in different currencies."""
    ca, cb = normalize(a).currency, normalize(b).currency
    if ca == cb:
        return ""
    return f" (different currencies, {ca} and {cb}: the sources do not state the same amount)"


def subject(claim: MoneyClaim) -> str:
    return f"amount in {normalize(claim).currency} ({keywords(claim)})"


KIND = Kind(
    name="money",
    value=MoneyValue,
    claim=MoneyClaim,
    priority=30,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
    detail=detail,
    merge_keys=True,
    magnitude_gap=MAGNITUDE_GAP,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    templates={
        "conflict": "{ref_quote} [{ref_source}] is contradicted by {other_quote} [{other_source}] on {subject}: {ref_value} vs {other_value}{detail}.",
    },
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
