"""Number words, magnitudes and qualifiers → intervals, shared by the numeric kinds.

`NUMBER` is a regular-expression fragment matching one number expression ("12,000", "3.6",
"twenty-three", "a dozen", "half a million"); `QUALIFIER` matches the words that shape its
interval. `parse_number` turns the matched text into a value, `apply_qualifier` into an
interval. Approximate qualifiers ("about", "around", "nearly") get a band of
`tolerance` (relative) around the value; see docs/kinds.md.
"""

from __future__ import annotations

import math
import re
from typing import Literal

Relation = Literal["equal", "overlap", "disjoint"]

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "halves": 0.5,
    "thirds": 1 / 3, "quarters": 0.25, "fifths": 0.2,
}  # fmt: skip
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 9.99e6),
    "billions": (2e9, 9.99e9), "a handful": (2, 6), "a couple": (2, 2), "a few": (2, 5),
    "several": (3, 9),
}  # fmt: skip
"""Vague quantities and the band each stands for."""

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:(?:{_UNIT_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?"
    rf"(?:\s+(?:hundred|thousand|million|billion|trillion)"
    rf"(?:\s+(?:and\s+)?(?:{_UNIT_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?)?)*)"
)
_SEP_DIGITS = r"\d{1,3}(?:(?:,|[\u00a0\u202f\u2009])\d{3})+(?:\.\d+)?"
_DIGITS = rf"(?:{_SEP_DIGITS}|\d+(?:\.\d+)?|\.\d+)"
_SCALE = r"(?:\s?(?:trillion|billion|million|thousand|bn|tn|trn|mln|mn|m|k|b)\b)"

NUMBER = (
    r"(?:(?:half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen"
    r"|a\s+score|half\s+a\s+(?:million|billion|trillion)"
    rf"|{_DIGITS}{_SCALE}?"
    rf"|(?:a|one|{_WORD_NUMBER})\s+(?:million|billion|trillion)"
    rf"|{_WORD_NUMBER})"
)
"""One number expression, without qualifier."""

QUALIFIER = (
    r"(?:at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|"
    r"nearly|almost|close\s+to|just\s+(?:over|under)|about|around|roughly|approximately|"
    r"some|an\s+estimated|estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|"
    r"below|at\s+most|no\s+more\s+than|exactly|only|just)"
)
"""Words before a number that shape its interval."""

_APPROX = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated",
                     "estimated", "close to"})  # fmt: skip
_AT_LEAST = frozenset({"at least", "no fewer than", "no less than", "more than", "over",
                       "upwards of", "in excess of", "just over"})  # fmt: skip
_AT_MOST = frozenset({"up to", "as many as", "fewer than", "less than", "under", "below",
                      "at most", "no more than", "just under"})  # fmt: skip
_NEARLY = frozenset({"nearly", "almost"})


def _words_to_number(text: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for tok in re.split(r"[\s-]+", text.lower()):
        if tok in ("and", ""):
            continue
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in SCALES and tok.isalpha() and len(tok) > 2:
            total += (current or 1) * SCALES[tok]
            current = 0
            seen = True
        elif tok in ("a", "one"):
            current += 1
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """The value of one number expression matched by `NUMBER`, or None."""
    t = " ".join(text.lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    if t.endswith("dozen"):
        head = t[: -len("dozen")].strip()
        mult = 0.5 if head == "half a" else _words_to_number(head) or 1
        return mult * 12
    if t == "a score":
        return 20.0
    if t.startswith("half a "):
        return 0.5 * SCALES[t.split()[-1]]
    m = re.fullmatch(r"([\d.,\s\u2009]+?)\s?([a-z]+)?", t)
    if m and m.group(1).strip() and re.search(r"\d", m.group(1)):
        digits = re.sub(r"[,\s\u2009]", "", m.group(1))
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = m.group(2)
        if scale:
            if scale not in SCALES:
                return None
            value *= SCALES[scale]
        return value
    return _words_to_number(t)


def normalize_qualifier(text: str | None) -> str | None:
    """Lower-case, single-spaced qualifier text, or None."""
    if not text:
        return None
    return " ".join(text.lower().split())


def apply_qualifier(
    value: float, qualifier: str | None, *, tolerance: float
) -> tuple[float | None, float | None]:
    """The interval a qualified value stands for."""
    q = normalize_qualifier(qualifier)
    if q in _APPROX:
        return (value * (1 - tolerance), value * (1 + tolerance))
    if q in _AT_LEAST:
        return (value, None)
    if q in _AT_MOST:
        return (None, value)
    if q in _NEARLY:
        return (value * (1 - tolerance), value)
    return (value, value)


def relation(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None]
) -> Relation:
    """How two intervals relate: equal, overlapping (incl. contained) or disjoint."""
    if _close(a[0], b[0]) and _close(a[1], b[1]):
        return "equal"
    a_lo = -math.inf if a[0] is None else a[0]
    a_hi = math.inf if a[1] is None else a[1]
    b_lo = -math.inf if b[0] is None else b[0]
    b_hi = math.inf if b[1] is None else b[1]
    if a_lo <= b_hi * (1 + 1e-9) and b_lo <= a_hi * (1 + 1e-9):
        return "overlap"
    return "disjoint"


def _close(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def format_number(x: float) -> str:
    """A compact human rendering: 12, 3.6 billion, 337.5 billion, 0.25."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(x) >= scale:
            return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def format_interval(low: float | None, high: float | None) -> str:
    """"12", "at least 12", "at most 5", "72-88"."""
    if low is not None and high is not None:
        if _close(low, high):
            return format_number(low)
        return f"{format_number(low)}-{format_number(high)}"
    if low is not None:
        return f"at least {format_number(low)}"
    if high is not None:
        return f"at most {format_number(high)}"
    return "any amount"
