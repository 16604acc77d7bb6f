"""Percentages: "38%", "about 80 percent", "49%-owned", "2 percentage points", "50 basis points".

Percentage points (and basis points, a hundredth of a point) are a different unit from
percentages and are never compared with them. A bare "points" is not a percentage. A figure
told to fewer decimals is compatible with one it rounds ("55.7%" and "55,69%"); a whole
percent is a claim of its own ("2%" conflicts with "2.2%").
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import keywords, sentence_claim
from factcheck.kinds._numerals import (
    AND_INTL,
    BETWEEN_INTL,
    NUMBER,
    QUALIFIER,
    QUALIFIER_INTL,
    RANGE_SEP,
    apply_qualifier,
    format_interval,
    is_interface_counter,
    is_intl,
    normalize_qualifier,
    to_interval,
    verdict_of,
)
from factcheck.kinds._scan import finditer, search, sentences_matching
from factcheck.kinds.base import Kind
from factcheck.kinds.percent.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.percent.value import PercentClaim, PercentValue
from factcheck.lang import lexicon

if TYPE_CHECKING:
    from factcheck.config import Config

_SIGN = r"(?:\s?%|\s?(?:per\s?cent|percent|pc|por\s+ciento|pour\s+cent|prozent)\b)"
_POINTS = (
    r"(?P<pts>\s+(?:percentage[-\s]points?|basis\s+points?|(?:per\s?cent|percent)\s+points?"
    r"|puntos?\s+(?:porcentuales?|básicos?)|points?\s+de\s+(?:pourcentage|base)"
    r"|punt[oi]\s+(?:percentual[ei]|base)|pontos?(?:\s+percentua(?:l|is)|[-\s]base)"
    r"|prozentpunkte?n?|basispunkte?n?)"
    r"|\s?bps\b)"
)
_BASIS = re.compile(r"basis|bps|básico|de\s+base|\sbase$|-base$", re.I)
"""Basis points (a hundredth of a percentage point) among the point words."""
_TAIL = rf"(?:{_POINTS}|(?P<u>{_SIGN})(?P<owned>-(?:owned|controlled|held))?)(?![\w%])"
_START = r"(?<![\w/:#+$£€-])(?<!\d[.,\s\u00a0\u202f\u2009])"


def _percent_pattern(
    between: str, and_: str, article: str, number: str, seps: str
) -> re.Pattern[str]:
    """A percentage, a range of two ("between X and Y%", "X-Y%") or a qualified one: the
    between-word, and-word, article before each figure, first figure and range separators
    of a group of languages."""
    return re.compile(
        rf"{_START}(?:(?P<bw>{between})\s+{article}|(?P<q>{QUALIFIER})\s+)?(?P<n>{number})"
        rf"(?:{_SIGN}?(?P<sep>(?(bw)(?:\s+{and_}\s+{article}|{RANGE_SEP})|{seps}))(?P<n2>{NUMBER}))?"
        rf"{_TAIL}",
        re.I,
    )


_ARTICLE = r"(?:(?:el|la|los|las|le|les|il|lo|i|o|a|os|as)\s+)?"
"""An article before a percentage ("entre el 58,3% y el 60,7%", "tra il 26% e il 28%")."""
_PERCENT = _percent_pattern(
    "between", "and", "", rf"{NUMBER}|half\s+an?(?=\s+percentage)", RANGE_SEP
)
_PERCENT_INTL = _percent_pattern(
    BETWEEN_INTL, AND_INTL, _ARTICLE, NUMBER, rf"(?:{RANGE_SEP}|\s+bis\s+)"
)
"""`_PERCENT` in es, fr, de, it and pt: "entre el 58,3% y el 60,7%", "entre 60 % et 61,5 %",
"zwischen 60 und 61,5 Prozent", "58,3 bis 60,7 Prozent"."""
_SINGLE = re.compile(
    rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER}){_TAIL}",
    re.I,
)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_PREFILTER = re.compile(
    r"%|per\s?cent|percent|pc\b|points?\b|bps\b|ciento|pour\s+cent|prozent|puntos?\b|punti\b|"
    r"pontos?\b|basispunkt",
    re.I,
)


def extract(doc: Document, config: Config) -> Sequence[PercentClaim]:
    """Every percentage in the document's sentences."""
    out: list[PercentClaim] = []
    worded = _worded(doc.article.language)
    for sent in sentences_matching(doc, _PREFILTER):
        out.extend(_extract_sentence(doc, sent, config))
        if worded is not None:
            out.extend(_worded_claims(doc, sent, worded, config))
    fractions = _fractions(doc.article.language)
    if fractions is not None:
        out.extend(_fraction_claims(doc, fractions, config))
    if worded is not None or fractions is not None:
        out.sort(key=lambda c: c.span.start)
    return out


_PERCENT_WORDS = r"per\s?cent|percent|por\s+ciento|pour\s+cent|prozent|per\s+cento|por\s+cento"
"""A percentage's sign written as words, in the six languages."""


@cache
def _worded(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """(pattern, values) of a percentage whose figure is a number word of the article's
    language ("um sechs Prozent", "cinq pour cent", "un tres por ciento"); None for English,
    whose figures may be words in the main pattern, and a language without number words."""
    table = {w.lower(): n for w, n in lexicon(language).small_numbers.items() if n > 1}
    if not table or not is_intl(language):  # English figures may be words already
        return None
    words = "|".join(sorted((re.escape(w) for w in table), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<q>{QUALIFIER}|{QUALIFIER_INTL})\s+)?(?P<w>{words})\s+"
        rf"(?:{_PERCENT_WORDS})(?![\w%])",
        re.I,
    )
    return pattern, table


def _worded_claims(
    doc: Document,
    sent: Sentence,
    worded: tuple[re.Pattern[str], dict[str, int]],
    config: Config,
) -> list[PercentClaim]:
    """The percentages of one sentence whose figure is a number word ("sechs Prozent")."""
    pattern, values = worded
    text = doc.text or doc.article.text
    out: list[PercentClaim] = []
    for m in finditer(pattern, text, sent.start, sent.end):
        q = normalize_qualifier(m.group("q"))
        lo_q, hi_q = apply_qualifier(
            float(values[m.group("w").lower()]), q, tolerance=config.approx_tolerance
        )
        value = PercentValue(
            low=0.0 if lo_q is None else round(lo_q, 6),
            high=None if hi_q is None else round(hi_q, 6),
            points=False,
            qualifier=q,
        )
        out.append(sentence_claim(PercentClaim, doc, sent, m.start(), m.end(), value))
    return out


_TIME_WORDS = frozenset(
    "hour hours minute minutes century year years month months day days season time "
    "hora horas siglo año años mes meses día días heure heures siècle année années mois jour "
    "jours stunde stunden jahrhundert jahres jahrhunderts monats ora ore secolo anno anni mese "
    "mesi giorno giorni século ano anos mês meses dia dias".split()
)
"""Words after "a quarter of" that make it a span of time ("a quarter of an hour", "half of
the year"), not a share."""
_NEXT_WORD = re.compile(
    r"\s*(?:(?:an?|the|its|their|this|that|el|la|los|las|le|les|l['’]|un|une|una|der|die|das|"
    r"dem|des|il|lo|gli|i|o|os|as|um|uma)\s+|l['’])?([\w'’]+)",
    re.I,
)
"""The word after a fraction's of-word, past an article ("a quarter of [an] hour")."""


@cache
def _fractions(language: str) -> tuple[re.Pattern[str], tuple[float, ...]] | None:
    """(pattern, values) of the article language's fractions ("a quarter of" → 25), each
    alternative a group `f<i>` with a qualifier before it; None when the language has none."""
    table = lexicon(language).fractions
    if not table:
        return None
    values = tuple(table.values())
    alternatives = "|".join(f"(?P<f{i}>{phrase})" for i, phrase in enumerate(table))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<q>{QUALIFIER}|{QUALIFIER_INTL}|pr[èe]s\s+d['’]|presque\s+)\s*)?"
        rf"(?:{alternatives})(?=[\s'’])",
        re.I,
    )
    return pattern, values


def _fraction_claims(
    doc: Document, fractions: tuple[re.Pattern[str], tuple[float, ...]], config: Config
) -> list[PercentClaim]:
    """Shares of a whole stated as fractions: "around a quarter of the city" is about 25%."""
    pattern, values = fractions
    text = doc.text or doc.article.text
    out: list[PercentClaim] = []
    for sent in doc.sentences:
        for m in finditer(pattern, text, sent.start, sent.end):
            nxt = _NEXT_WORD.match(text, m.end(), sent.end)
            word = nxt.group(1).lower() if nxt else ""
            if not word or word in _TIME_WORDS or word[:1].isdigit():
                continue
            i = next(i for i in range(len(values)) if m.group(f"f{i}") is not None)
            value = values[i]
            written = (m.group("q") or "").lower().replace("’", "'")
            q = (
                "about"
                if written.startswith(("près d'", "pres d'"))
                else normalize_qualifier(written)
            )
            lo: float
            hi: float | None
            if q is None and not float(value).is_integer():
                lo, hi = float(int(value)), float(int(value) + 1)  # a third: 33-34%
            else:
                lo_q, hi_q = apply_qualifier(value, q, tolerance=config.approx_tolerance)
                lo = 0.0 if lo_q is None else round(lo_q, 6)
                hi = None if hi_q is None else round(hi_q, 6)
            # the span is the fraction without the word after it ("a quarter", "um quarto")
            end = m.start(f"f{i}") + len(m.group(f"f{i}").rsplit(None, 1)[0])
            share = PercentValue(low=lo, high=hi, points=False, qualifier=q)
            out.append(sentence_claim(PercentClaim, doc, sent, m.start(), end, share))
    return out


def _extract_sentence(doc: Document, sent: Sentence, config: Config) -> list[PercentClaim]:
    text = doc.text or doc.article.text
    block = doc.blocks[sent.block] if sent.block < len(doc.blocks) else None
    line_start, line_end = (block.start, block.end) if block else (sent.start, sent.end)
    out: list[PercentClaim] = []
    pattern = _PERCENT_INTL if is_intl(doc.article.language) else _PERCENT
    pos = sent.start
    while pos < sent.end:
        m = search(pattern, text, pos, sent.end)
        if m is None:
            break
        if m.group("n2") and _FROM.search(text, max(line_start, m.start() - 6), m.start()):
            m = _SINGLE.match(text, m.start(), sent.end) or m  # "from 5% to 7%" is a change
        elif m.group("bw") and not m.group("n2"):
            m = _SINGLE.match(text, m.start("n"), sent.end) or m  # "entre el 5% de los votantes"
        value = _value(m, doc.article.language, config)
        if value is None:
            pos = m.end("n") if m.groupdict().get("n2") else m.end()
            continue
        pos = m.end()
        if is_interface_counter(text, line_start, line_end, m.start(), m.end()):
            continue
        out.append(sentence_claim(PercentClaim, doc, sent, m.start(), m.end(), value))
    return out


def _value(m: re.Match[str], language: str, config: Config) -> PercentValue | None:
    groups = m.groupdict()
    n, n2 = groups["n"], groups.get("n2")
    q = "between" if groups.get("bw") else normalize_qualifier(groups["q"])
    interval = to_interval(n, n2, q, language=language, tolerance=config.approx_tolerance)
    if interval is None:
        return None
    lo, hi = interval
    pts = (m.group("pts") or "").lower().strip()
    if pts and _BASIS.search(pts):
        lo = None if lo is None else lo / 100
        hi = None if hi is None else hi / 100
    return PercentValue(low=lo, high=hi, points=bool(pts), qualifier=q)


def normalize(claim: PercentClaim) -> PercentValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def key(claim: PercentClaim) -> str:
    """Alignment block: percent or percentage points."""
    return "points" if normalize(claim).points else "percent"


def identity(claim: PercentClaim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.points)


def compare(a: PercentClaim, b: PercentClaim, config: Config) -> Verdict | None:
    """Percent never compares with percentage points; interval relation → verdict."""
    va, vb = normalize(a), normalize(b)
    if va.points != vb.points:
        return None
    verdict = verdict_of((va.low, va.high), (vb.low, vb.high))
    if verdict == "conflict" and _rounded(a, va, b, vb):
        return "compatible"  # "55,69%" and "55.7%": one figure told to fewer decimals
    return verdict


_DECIMALS = re.compile(r"\d+(?:[.,](\d+))?")


def _decimals(claim: PercentClaim) -> int | None:
    """Decimals the claim's figure is written with, None when no figure is written."""
    m = _DECIMALS.search(claim.span.text)
    if m is None:
        return None
    return len(m.group(1) or "")


def _rounded(a: PercentClaim, va: PercentValue, b: PercentClaim, vb: PercentValue) -> bool:
    """Whether two exact percentages are one figure, one of them rounded to the decimals the
    other is written with."""
    if va.low != va.high or vb.low != vb.high or va.low is None or vb.low is None:
        return False
    da, db = _decimals(a), _decimals(b)
    if da is None or db is None or da == db or min(da, db) == 0:
        return False  # "2%" against "2.2%" is no rounding: a whole percent is a claim of its own
    coarse, fine = (va.low, vb.low) if da < db else (vb.low, va.low)
    return abs(round(fine, min(da, db)) - coarse) < 1e-9


def describe(claim: PercentClaim) -> str:
    v = normalize(claim)
    return format_interval(v.low, v.high) + (" points" if v.points else "%")


def subject(claim: PercentClaim) -> str:
    what = "change in percentage points" if normalize(claim).points else "percentage"
    return f"{what} ({keywords(claim)})"


KIND = Kind(
    name="percent",
    value=PercentValue,
    claim=PercentClaim,
    priority=30,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
