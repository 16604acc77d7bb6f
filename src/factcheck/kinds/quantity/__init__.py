"""Measures with units: "1,600 metros", "12,500 feet", "about 70 km", "33 millones de litros", "magnitude 6.8".

A quantity is a number (or range) with a unit of measure in en, es, fr, de, it or pt,
stored in the unit as written under its canonical symbol (km, m, ft, mi, kg, t, l, m3, bbl,
°C, °F, km/h, mph, kn, ha, km2, MW, ...) with its dimension (length, mass, volume,
temperature, speed, area, power, energy), or an earthquake's magnitude ("magnitude 6.8",
and a quake word with a one-decimal figure: "an aftershock of 4.9", "un séisme de 6,8",
"a 6.8 quake"); in a sentence about temperature or heat, a temperature without its degree
sign ("hit 45C", "113F"). Quantities of one
dimension are compared after converting with pint (imported only when two units differ): a
conversion that agrees once each side is rounded as printed ("180 miles" and "290 km")
agrees, a larger gap is a conflict. Letters that are also words or scales ("3m people",
"5G", "A320neo", "BA117") are not units.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import (
    hits_by_sentence,
    keywords,
    measure_similarity,
    measure_tokens,
    sentence_claim,
)
from factcheck.kinds._numerals import (
    AND,
    AND_INTL,
    BETWEEN,
    BETWEEN_INTL,
    DIGITS,
    FOREIGN_NUMBER_WORDS,
    FOREIGN_WORD_NUMBER,
    QUALIFIER,
    QUALIFIER_INTL,
    RANGE_SEP,
    RANGE_SEP_INTL,
    SCALE_WORD,
    SMALL_WORD_NUMBER,
    estimates_apart,
    format_interval,
    is_intl,
    normalize_qualifier,
    relation,
    to_interval,
)
from factcheck.kinds._units import DIMENSIONS, MEASURE_PATTERN, MEASURES, PINT_UNITS
from factcheck.kinds.base import Kind
from factcheck.kinds.quantity.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.quantity.value import QuantityClaim, QuantityValue

if TYPE_CHECKING:
    from factcheck.config import Config

_SIGNED = rf"(?:[-−–](?=\d))?{DIGITS}(?:\s?{SCALE_WORD}(?![\w]))?"


@cache
def _pattern(intl: bool) -> re.Pattern[str]:
    """The quantity pattern of English (`intl` False) or of es, fr, de, it, pt texts."""
    num = rf"(?:{_SIGNED}|{FOREIGN_WORD_NUMBER if intl else SMALL_WORD_NUMBER})"
    between, qualifier, and_, sep = (
        (BETWEEN_INTL, QUALIFIER_INTL, AND_INTL, RANGE_SEP_INTL)
        if intl
        else (BETWEEN, QUALIFIER, AND, RANGE_SEP)
    )
    return re.compile(
        rf"(?<![\w$£€¥₹/:#+@&.,-])(?<!\d\s)(?<![A-Za-z][-‐])"
        rf"(?:(?P<bw>{between})\s+|(?P<q>{qualifier})\s+)?(?P<n>{num})"
        rf"(?:(?P<sep>(?(bw)(?:\s+{and_}\s+|{sep})|{sep}))(?P<n2>{num}))?"
        rf"(?:-|\s?(?:de\s+|di\s+|d['’]\s?)?)(?P<u>{MEASURE_PATTERN})(?![\w/²³])",
        re.I,
    )


_MAGNITUDE = re.compile(
    r"(?:\b(?:magnitude|magnitud|magnitudo|st[äa]rke)(?:\s+(?:of|de|von|di|du))?[\s-]+"
    r"(?:(?P<q>about|around|environ|cerca\s+de|circa|etwa)\s+)?(?P<n>\d(?:[.,]\d{1,2})?)(?![\d\w%])"
    r"|(?<![\w.,])(?P<n2>\d(?:[.,]\d{1,2})?)(?:[-\s]magnitude\b|\s+(?:on|in)\s+the\s+richter\s+scale|"
    r"\s+(?:degr[ée]s|grados|gradi|graus|grad)\s+(?:sur|en|on|nella|na|auf)\s+(?:l['’]|la\s+|the\s+|der\s+)?"
    r"(?:[ée]chelle|escala|scala|skala|scale)(?:\s+(?:de|di|of))?\s+richter))",
    re.I,
)
_QUAKE = (
    r"(?:earthquake|quake|tremor|aftershock|temblor|sismo|terremoto|r[ée]plica|r[ée]plique|"
    r"s[ée]isme|secousse|tremblement\s+de\s+terre|erdbeben|nachbeben|beben|scossa|sisma|abalo)s?"
)
_QUAKE_FIGURE = re.compile(
    rf"\b{_QUAKE}(?:\s+[^\W\d]+){{0,2}}?\s+(?:of|de|di|du|von|der|da|do)\s+"
    r"(?P<n>\d[.,]\d)(?![\d%]|\s?(?:[^\W\d]*mil|mill|mio|mrd|bn|billion|per|por|pour)|[.,]\d)"
    rf"|(?<![\w.,])(?P<n2>\d[.,]\d)[\s-]+{_QUAKE}\b",
    re.I,
)
"""A quake's figure without the word magnitude: "an aftershock of 4.9", "una scossa di
assestamento di 4,9", "un séisme de 6,8", "a 6.8 earthquake" (one decimal, as magnitudes are
written; no scale word after it)."""
_MAGNITUDE_CUE = re.compile(rf"magnitud|st[äa]rke|richter|{_QUAKE}", re.I)
_UNITS_AFTER_DIGITS = (
    rf"\d[-\s]?(?:de\s+|di\s+|d['’]\s?)?(?:{MEASURE_PATTERN})(?![\w])|magnitud|st[äa]rke|"
    rf"richter|(?:of|de|di|du|von|der|da|do)\s\d[.,]\d(?!\d)|\d[.,]\d[\s-]{_QUAKE}|"
    r"\d\s?(?:mill|milh|milion|mio\b|mrd\b)|\d[cf](?![\w°])|\d\s(?:grados|graus|gradi|degrés|grad)\b"
)

_BARE_DEGREES = re.compile(r"(?<![\w.,°-])(?P<n>[-−]?\d{1,3}(?:[.,]\d)?)(?P<u>[CF])(?![\w°'’])")
"""A temperature written without its degree sign, as British papers do ("hit 45C", "113F"):
read only in a sentence about temperature or heat."""
_HEAT = r"temperat|heat|canicule|chaleur|calor|hitze|caldo|thermom|termóm|termom|termôm"
_HEAT_CUE = re.compile(_HEAT, re.I)
"""Words of a sentence about heat, not counting the degree words themselves."""
_TEMPERATURE_CUE = re.compile(rf"{_HEAT}|degrees|grados|degrés|gradi|graus", re.I)
"""A sentence about heat or naming degrees: there "45C" and "113F" are temperatures."""
_WORDED_DEGREES = re.compile(
    r"(?<![\w.,°-])(?P<n>[-−]?\d{1,2}(?:[.,]\d)?)\s+(?P<u>grados|graus|gradi|degrés|grad)"
    r"(?!\s+(?:celsius|centígrados|centigradi|fahrenheit|de\s+latitud|di\s+latitudine)|[\w°])",
    re.I,
)
"""A temperature in degrees without the scale, as the continent's papers write it ("46,8
grados", "48,6 gradi", "25 graus", "46,8 Grad"): Celsius, read only in a sentence about heat
and never in English (whose papers may mean Fahrenheit)."""
_PREFILTER = re.compile(_UNITS_AFTER_DIGITS)
"""Units after a figure in a lower-cased text (the unit words are lower case: no re.I)."""
_PREFILTER_ANY_CASE = re.compile(_UNITS_AFTER_DIGITS, re.I)
_UNITS_AFTER_WORDS = (
    rf"{_UNITS_AFTER_DIGITS}|(?<![\w'’])(?:{FOREIGN_NUMBER_WORDS})\s+(?:de\s+|di\s+)?"
    rf"(?:{MEASURE_PATTERN})(?![\w])"
)
_PREFILTER_INTL = re.compile(_UNITS_AFTER_WORDS)
"""`_PREFILTER` in es, fr, de, it and pt, whose figures may be words ("vier Kilometer",
"unos cuatro kilómetros")."""
_PREFILTER_INTL_ANY_CASE = re.compile(_UNITS_AFTER_WORDS, re.I)
_SIZE_WORDS = frozenset(
    "long high tall deep wide away above below from of in on at and or to across thick "
    "high, long, underground underwater offshore inland north south east west".split()
)
_AMBIGUOUS = frozenset({"m", "t", "mi", "ha", "ton"})
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:US|USD|EUR|GBP|Rs|CHF))\s?[-−–]?$")


def extract(doc: Document, config: Config) -> Sequence[QuantityClaim]:
    """Every quantity in the document's sentences."""
    out: list[QuantityClaim] = []
    prefilters = (
        (_PREFILTER_INTL, _PREFILTER_INTL_ANY_CASE)
        if is_intl(doc.article.language)
        else (_PREFILTER, _PREFILTER_ANY_CASE)
    )
    for sent, hits in hits_by_sentence(doc, *prefilters):
        out.extend(_extract_sentence(doc, sent, config, hits))
    return out


WINDOW_BEFORE = 60
"""Characters before a unit that a quantity's number, range and qualifier may take."""


def _windows(hits: Sequence[re.Match[str]], start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of the text ending at the sentence's units (`hits`, offsets into the
    text), inside `[start, end)`: only there can a quantity be (the full pattern is costly to
    try at every character)."""
    out: list[tuple[int, int]] = []
    for u in hits:
        ws = max(start, u.start() - WINDOW_BEFORE)
        we = min(end, u.end() + 40)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(we, out[-1][1]))
        else:
            out.append((ws, we))
    return out


def _extract_sentence(
    doc: Document, sent: Sentence, config: Config, hits: Sequence[re.Match[str]]
) -> list[QuantityClaim]:
    text = doc.text or doc.article.text
    language = doc.article.language
    out: list[QuantityClaim] = []
    cued = _MAGNITUDE_CUE.search(text, sent.start, sent.end) is not None
    magnitudes = [
        *(_MAGNITUDE.finditer(text, sent.start, sent.end) if cued else ()),
        *(_QUAKE_FIGURE.finditer(text, sent.start, sent.end) if cued else ()),
    ]
    for m in magnitudes:
        if any(m.start() < c.span.end and c.span.start < m.end() for c in out):
            continue
        raw = m.group("n") or m.group("n2")
        value = float(raw.replace(",", "."))
        if not 0 < value < 10:
            continue
        q = normalize_qualifier(m.groupdict().get("q"))
        lo, hi = to_interval(raw.replace(",", "."), None, q, tolerance=config.approx_tolerance) or (
            value,
            value,
        )
        out.append(_claim(doc, sent, m.start(), m.end(), QuantityValue(
            low=lo, high=hi, unit="magnitude", dimension="magnitude", qualifier=q)))  # fmt: skip
    if _TEMPERATURE_CUE.search(text, sent.start, sent.end):
        for m in _BARE_DEGREES.finditer(text, sent.start, sent.end):
            value = float(_number_text(m.group("n")).replace(",", "."))
            unit = "°C" if m.group("u") == "C" else "°F"
            out.append(_claim(doc, sent, m.start(), m.end(), QuantityValue(
                low=value, high=value, unit=unit, dimension="temperature")))  # fmt: skip
    if is_intl(language) and _HEAT_CUE.search(text, sent.start, sent.end):
        for m in _WORDED_DEGREES.finditer(text, sent.start, sent.end):
            value = float(_number_text(m.group("n")).replace(",", "."))
            out.append(_claim(doc, sent, m.start(), m.end(), QuantityValue(
                low=value, high=value, unit="°C", dimension="temperature")))  # fmt: skip
    pattern = _pattern(is_intl(language))
    for ws, we in _windows(hits, sent.start, sent.end):
        pos = ws
        while pos < we:
            found = pattern.search(text, pos, we)
            if found is None:
                break
            pos = found.end()
            if any(found.start() < c.span.end and c.span.start < found.end() for c in out):
                continue
            got = _value(found, text, sent.end, language, config)
            if got is not None:
                out.append(_claim(doc, sent, found.start(), found.end(), got))
            elif found.group("n2"):
                pos = found.end("n")
    out.sort(key=lambda c: c.span.start)
    return out


def _number_text(raw: str) -> str:
    return raw.replace("−", "-").replace("–", "-")


def _value(
    m: re.Match[str], text: str, end: int, language: str, config: Config
) -> QuantityValue | None:
    unit_word = " ".join(m.group("u").lower().split())
    unit = MEASURES.get(unit_word)
    if unit is None:
        return None
    if unit_word in _AMBIGUOUS or unit_word == "°c" and False:
        if _CURRENCY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            return None
        nxt = re.match(r"\s*([^\W\d_][\w-]*)", text[m.end() : min(end, m.end() + 30)])
        if nxt and nxt.group(1).lower() not in _SIZE_WORDS and not nxt.group(1)[0].isupper():
            return None  # "3m people", "5 t of": a scale or a word, not a unit
        if unit_word in ("mi", "ha", "ton") and language.split("-")[0].lower() != "en":
            return None
    n_text, n2_text = _number_text(m.group("n")), m.group("n2")
    negative = n_text.startswith("-")
    if negative:
        if DIMENSIONS[unit] != "temperature" or n2_text:
            return None
        n_text = n_text[1:]
    q = "between" if m.group("bw") else normalize_qualifier(m.group("q"))
    interval = to_interval(
        n_text,
        None if n2_text is None else _number_text(n2_text).lstrip("-"),
        q,
        language=language,
        tolerance=config.approx_tolerance,
        nonnegative=DIMENSIONS[unit] != "temperature",
    )
    if interval is None:
        return None
    lo, hi = interval
    if negative:
        lo, hi = (None if hi is None else -hi), (None if lo is None else -lo)
        lo, hi = (0.0 if lo == 0 else lo), (0.0 if hi == 0 else hi)  # "−0 °C" is 0
    for x in (lo, hi):
        if x is not None and (math.isinf(x) or math.isnan(x) or abs(x) > 1e15):
            return None
    return QuantityValue(low=lo, high=hi, unit=unit, dimension=DIMENSIONS[unit], qualifier=q)


def _claim(
    doc: Document, sent: Sentence, start: int, end: int, value: QuantityValue
) -> QuantityClaim:
    return sentence_claim(QuantityClaim, doc, sent, start, end, value)


def normalize(claim: QuantityClaim) -> QuantityValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def key(claim: QuantityClaim) -> str:
    """Alignment block: the dimension (lengths with lengths, in any unit)."""
    return normalize(claim).dimension


def identity(claim: QuantityClaim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.unit)


BASE_UNITS = {
    "length": "m", "mass": "kg", "volume": "m3", "speed": "km/h", "area": "km2", "power": "MW",
    "energy": "MWh",
}  # fmt: skip
"""The unit `scale` expresses each convertible dimension in."""


def scale(claim: QuantityClaim) -> float | None:
    """The figure in its dimension's base unit (every length in metres), for alignment."""
    v = normalize(claim)
    figure = v.low if v.low else v.high
    base = BASE_UNITS.get(v.dimension)
    if figure is None or base is None:
        return figure
    try:
        return convert(figure, v.unit, base)
    except Exception:  # a unit pint does not know: the figure as written
        return figure


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # a conversion is the only place pint is needed

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def convert(value: float, unit: str, to: str) -> float:
    """`value` in `unit` expressed in `to` (canonical symbols of one dimension)."""
    if unit == to:
        return value
    ureg = _registry()
    q = ureg.Quantity(value, ureg.parse_units(PINT_UNITS[unit]))
    return float(q.to(ureg.parse_units(PINT_UNITS[to])).magnitude)


_PRINTED = re.compile(r"\d[\d.,\s\u00a0\u202f\u2009]*")


def printed_half_step(claim: QuantityClaim) -> float:
    """Half a unit of the last digit printed ("290" → 5, "2.6" → 0.05, "12,500" → 50), in the
    claim's unit; 0 for word numbers and scaled figures."""
    v = normalize(claim)
    m = _PRINTED.search(claim.span.text)
    if m is None or v.low is None or v.high is None or v.low != v.high:
        return 0.0
    digits = m.group(0).strip()
    value = abs(v.low)
    if value == 0:
        return 0.5
    frac = re.search(r"[.,](\d{1,2})$", digits)
    if frac and not (len(frac.group(1)) == 3):
        return 0.5 * 10.0 ** -len(frac.group(1))
    whole = re.sub(r"\D", "", digits)
    if not whole:
        return 0.0
    zeros = len(whole) - len(whole.rstrip("0"))
    step = 10.0**zeros if zeros < len(whole) else 1.0
    if value >= 10 * float(whole):  # a scale word multiplied the digits
        step *= value / float(whole)
    return 0.5 * step


MAGNITUDE_STEP = 1.0
"""Magnitudes this far apart are different earthquakes (an aftershock, an older quake)."""
SAME_ORDER = 4.0
"""Measures of one dimension more than this factor apart are different facts (a depth and a
distance), never a conflict."""


def _same_order(a: QuantityClaim, b: QuantityClaim) -> bool:
    va, vb = normalize(a), normalize(b)
    ma = va.low if va.low is not None else va.high
    mb = vb.low if vb.low is not None else vb.high
    if ma is None or mb is None:
        return True
    if va.dimension == "magnitude":
        return abs(ma - mb) < MAGNITUDE_STEP
    if va.dimension == "temperature" or va.unit != vb.unit:
        try:
            mb = convert(mb, vb.unit, va.unit)
        except Exception:  # a unit pint does not know: compare() says so
            return True
        if va.dimension == "temperature":
            return True
    lo, hi = sorted((abs(ma), abs(mb)))
    return lo == 0 or hi / lo <= SAME_ORDER


def compare(a: QuantityClaim, b: QuantityClaim, config: Config) -> Verdict | None:
    """One unit: interval relation. Two units of one dimension: b is converted to a's unit
    and both are widened by half their last printed digit; overlapping agree, else conflict."""
    va, vb = normalize(a), normalize(b)
    if va.dimension != vb.dimension or not _same_order(a, b):
        return None
    rel = relation((va.low, va.high), (vb.low, vb.high)) if va.unit == vb.unit else None
    if rel == "overlap" and estimates_apart(
        (va.low, va.high), va.qualifier, (vb.low, vb.high), vb.qualifier
    ):
        return "conflict"
    if rel is not None:
        return "agree" if rel == "equal" else "compatible" if rel == "overlap" else "conflict"
    try:
        lo = None if vb.low is None else convert(vb.low, vb.unit, va.unit)
        hi = None if vb.high is None else convert(vb.high, vb.unit, va.unit)
        step_b = abs(
            convert(printed_half_step(b), vb.unit, va.unit) - convert(0.0, vb.unit, va.unit)
        )
    except Exception:  # a unit pint does not know: not comparable
        return None
    step_a = printed_half_step(a)
    wa = (
        None if va.low is None else va.low - step_a,
        None if va.high is None else va.high + step_a,
    )
    wb = (None if lo is None else lo - step_b, None if hi is None else hi + step_b)
    if relation(wa, wb) == "disjoint":
        return "conflict"
    vague = va.qualifier is not None or vb.qualifier is not None
    return "compatible" if vague else "agree"


def describe(claim: QuantityClaim) -> str:
    v = normalize(claim)
    if v.unit == "magnitude":
        return f"magnitude {format_interval(v.low, v.high)}"
    return f"{format_interval(v.low, v.high)} {v.unit}"


def subject(claim: QuantityClaim) -> str:
    return f"{normalize(claim).dimension} ({keywords(claim)})"


KIND = Kind(
    name="quantity",
    value=QuantityValue,
    claim=QuantityClaim,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    scale=scale,
    similarity=measure_similarity,
    tokens=measure_tokens,
    threshold=55.0,
    priority=34,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
