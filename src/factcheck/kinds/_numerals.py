"""Number words, magnitudes and qualifiers → intervals, shared by the numeric kinds.

Regular-expression fragments (no capturing groups, so kinds compose them freely):

- `NUMBER`: one number expression: digits with thousands separators and decimals
  ("12,000", "3.6", "1 200" with a thin or no-break space, "88.000"), an optional scale word
  or abbreviation ("3.6 billion", "337.5bn", "2.5m", "10k", "88.000 millones"), numbers in
  words ("twenty-three", "two hundred and fifty", "three million"), dozens ("a dozen",
  "half a dozen", "three dozen"), "a score", fractions of a scale ("half a million",
  "two-thirds of a billion") and halves ("one and a half million").
- `VAGUE_PATTERN`: vague quantities that stand for a band (`VAGUE`: "dozens",
  "tens of thousands", "a handful").
- `QUALIFIER`: the words before a number that shape its interval.
- `RANGE_SEP`: what joins the two ends of a range ("10-12", "10 to 12"); `quantity()`
  builds a qualified number or range with named groups, "between X and Y" included.

`parse_number` turns a matched `NUMBER` into a value, under the decimal convention of the
article's language (`decimal_comma`); `to_interval` applies qualifier, range and tolerance;
`rounding_band` and `verdict_of` serve comparison; `is_interface_counter` recognises page
furniture by layout. The rules are documented in docs/kinds-numbers.md.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Literal

from factcheck.lang import base_language

Relation = Literal["equal", "overlap", "disjoint"]
Interval = tuple[float | None, float | None]

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Number words below one hundred that combine ("twenty-three")."""
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    # Spanish, French, German (their articles write decimals with a comma)
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
    "billón": 1e12, "billones": 1e12, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "million de": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9,
}  # fmt: skip
"""Scale words and abbreviations after a number, lower-cased."""
FOREIGN_SCALES = frozenset(
    "mil millón millon millones billón billones millions milliard milliards millionen "
    "mio mio. milliarde milliarden mrd mrd.".split()
)
"""Scale words of languages writing decimals with a comma: they imply that convention."""
LONG_SCALE_LANGUAGES = frozenset({"fr", "es", "de", "it", "pt", "nl", "pl"})
"""Languages where "billion" means 10¹²."""
DECIMAL_COMMA_LANGUAGES = frozenset(
    "fr es de it pt nl pl ru uk vi id tr cs sk hu ro sv da no nb fi el bg hr sl sr lt lv et "
    "ca gl eu".split()
)
"""Languages writing "3,5" for three and a half and "88.000" for eighty-eight thousand."""
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
"""Ordinal words; "twenty-first" combines a tens word with a unit ordinal."""
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2,
}  # fmt: skip
"""Fractions that multiply a scale word ("two-thirds of a million")."""
VAGUE: dict[str, tuple[float, float]] = {
    "a handful": (2, 10), "dozens": (24, 144), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e9), "tens of billions": (2e10, 9.99e10),
    "hundreds of billions": (2e11, 9.99e11),
}  # fmt: skip
"""Vague quantities and the band [low, high] each stands for."""

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES})\b)?|{_TEENS}|{_ONES}|zero)\b"
_GROUP = rf"(?:(?:{_BELOW_100}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
_BIG = r"(?:thousand|million|billion|trillion)\b"
_WORD_NUMBER = (
    rf"(?:(?:{_GROUP}|a)\s+{_BIG}(?:\s+{_BIG})*(?:,?\s+(?:and\s+)?{_GROUP}(?:\s+{_BIG})*)*"
    rf"|{_GROUP})"
)
_THOUSANDS_SEP = r"[,.\u00a0\u202f\u2009]"
DIGITS = rf"(?:\d{{1,3}}(?:{_THOUSANDS_SEP}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
"""Digits with optional thousands separators and decimals, under either convention."""
_SCALE_WORD = (
    r"(?:mil\s+millones|millones|mill[óo]n|billones|bill[óo]n|milliards?|millions|"
    r"milliarden?|millionen|mrd\.?|mio\.?|mil|trillion|billion|million|thousand|hundred)"
)
_SCALE = rf"(?:\s?(?:{_SCALE_WORD}|bn|tn|trn|mln|mn)(?![\w])|(?:m|k|b)(?![\w]))"
_FRACTION = (
    r"(?:half|a\s+half|one\s+half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|"
    r"three[-\s]quarters|(?:a|one)[-\s]fifth)"
)
_DOZEN_HEAD = rf"(?:half\s+a|a|{_BELOW_100}|\d+)"

NUMBER = (
    rf"(?:{_DOZEN_HEAD}\s+dozen\b"
    r"|a\s+score\b"
    rf"|{_FRACTION}\s+(?:of\s+)?an?\s+(?:million|billion|trillion)\b"
    rf"|(?:{DIGITS}|{_BELOW_100}|a|an)\s+and\s+a\s+half\s+(?:million|billion|trillion|dozen)\b"
    rf"|{DIGITS}{_SCALE}?"
    rf"|{_WORD_NUMBER})"
)
"""One number expression, without qualifier."""

VAGUE_PATTERN = (
    r"(?:a\s+handful"
    r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|dozens|scores|hundreds|thousands|millions|billions)\b"
)
"""A vague quantity (see `VAGUE`)."""

QUALIFIER = (
    r"(?:at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|"
    r"nearly|almost|close\s+to|just\s+(?:over|under)|about|around|roughly|approximately|"
    r"some|an\s+estimated|estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|"
    r"below|at\s+most|no\s+more\s+than|exactly|only|just)"
)
"""Words before a number that shape its interval ("between" is matched on its own)."""

RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|or)\s+)"
"""What joins the two ends of a range; after "between" also "and"."""


def quantity(prefix: str = "", between_prefix: str | None = None) -> str:
    """A (qualified) number or range with groups `bw`, `q`, `n`, `sep`, `n2`.

    `prefix` is a fragment allowed before each number (a currency sign); `between_prefix`
    one allowed before the second (defaults to `prefix`).
    """
    p2 = prefix if between_prefix is None else between_prefix
    return (
        rf"(?:(?P<bw>between)\s+|(?P<q>{QUALIFIER})\s+)?{prefix}(?P<n>{NUMBER})"
        rf"(?:(?P<sep>(?(bw)(?:\s+and\s+|{RANGE_SEP})|{RANGE_SEP})){p2}(?P<n2>{NUMBER}))?"
    )


APPROX = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated",
                    "estimated", "close to"})  # fmt: skip
"""Qualifiers giving the symmetric tolerance band [v·(1−t), v·(1+t)]."""
AT_LEAST = frozenset({"at least", "no fewer than", "no less than", "more than", "over",
                      "upwards of", "in excess of"})  # fmt: skip
"""Qualifiers giving [v, ∞)."""
AT_MOST = frozenset({"up to", "as many as", "fewer than", "less than", "under", "below",
                     "at most", "no more than"})  # fmt: skip
"""Qualifiers giving (−∞, v]; counts, money and percent clip the low end at 0."""
NEARLY = frozenset({"nearly", "almost", "just under"})
"""Qualifiers giving [v·(1−t), v]."""
JUST_OVER = frozenset({"just over"})
"""Qualifiers giving [v, v·(1+t)]."""
"""Qualifiers giving [v, v]."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DIGITS_RE = re.compile(DIGITS)
_DIGITS_SCALE = re.compile(rf"(?P<d>{DIGITS})\s?(?P<s>[^\W\d_][\w.\s]*)?", re.I)
_SCALED = re.compile(rf"(?P<d>{DIGITS})\s?(?P<s>{_SCALE_WORD}|bn|tn|trn|mln|mn|m|k|b)(?!\w)", re.I)


def decimal_comma(language: str) -> bool:
    """True when `language` (ISO 639-1) writes decimals with a comma."""
    return base_language(language) in DECIMAL_COMMA_LANGUAGES


def parse_digits(text: str, *, comma_decimal: bool = False) -> float | None:
    """The value of a digit string ("12,000", "3.6", "88.000"), or None if malformed.

    Thousands separators must group exactly three digits; under `comma_decimal` "." and
    spaces separate thousands and "," marks decimals, otherwise the reverse.
    """
    t = _SPACES.sub("\u2009", text.strip())
    dec, sep = (",", ".") if comma_decimal else (".", ",")
    t = t.replace("\u2009", sep)
    whole, _, frac = t.partition(dec)
    if dec in frac:
        return None
    groups = whole.split(sep)
    if not groups[0].isdigit() or any(len(g) != 3 or not g.isdigit() for g in groups[1:]):
        return None
    if len(groups) > 1 and len(groups[0]) > 3:
        return None
    if frac and not frac.isdigit():
        return None
    return float("".join(groups) + ("." + frac if frac else ""))


def _words_to_number(text: str) -> float | None:
    """The value of a number in words; a larger scale multiplies all before it
    ("one thousand million" is 10⁹)."""
    total = 0.0
    current = 0.0
    largest = 0.0
    seen = False
    for tok in re.split(r"[\s,-]+", text.lower()):
        if tok in ("and", ""):
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion", "trillion"):
            scale = SCALES[tok]
            if scale > largest:
                total = (total + (current or (0 if total else 1))) * scale
                largest = scale
            else:
                total += (current or 1) * scale
            current = 0
        elif tok in ("a", "an"):
            current += 1
        else:
            return None
        seen = True
    return total + current if seen else None


def scale_of(text: str, *, language: str = "en") -> float:
    """The multiplier of a scale word ("bn" → 1e9; "billion" in French → 1e12)."""
    s = " ".join(text.lower().split())
    if s in ("billion", "billions") and base_language(language) in LONG_SCALE_LANGUAGES:
        return 1e12
    return SCALES.get(s, SCALES.get(s.rstrip("."), 1.0))


def parse_parts(text: str, *, language: str = "en") -> tuple[float, float] | None:
    """(mantissa, scale) of one `NUMBER` match: "3.6 billion" → (3.6, 1e9), or None."""
    t = " ".join(_SPACES.sub(" ", text.lower()).split())
    t = t.replace("-", " ")
    if t.endswith(" dozen"):
        head = t[: -len(" dozen")]
        if head.endswith(" and a half"):
            base = parse_parts(head[: -len(" and a half")], language=language)
            return None if base is None else ((base[0] * base[1] + 0.5) * 12, 1.0)
        if head == "half a":
            return (6.0, 1.0)
        base = parse_parts(head, language=language)
        return None if base is None else (base[0] * base[1] * 12, 1.0)
    if t == "a score":
        return (20.0, 1.0)
    if t in ("half a", "half an"):
        return (0.5, 1.0)
    m = re.fullmatch(r"(.+?) (?:of )?an? (million|billion|trillion)", t)
    if m and m.group(1) in FRACTIONS:
        return (FRACTIONS[m.group(1)], scale_of(m.group(2), language=language))
    m = re.fullmatch(r"(.+?) and a half (million|billion|trillion)", t)
    if m:
        base = parse_parts(m.group(1), language=language)
        if base is None:
            return None
        return (base[0] * base[1] + 0.5, scale_of(m.group(2), language=language))
    if t[:1].isdigit():
        dm = _DIGITS_SCALE.fullmatch(text.strip())
        if not dm:
            return None
        scale_text = (dm.group("s") or "").strip()
        comma = decimal_comma(language) or scale_text.lower() in FOREIGN_SCALES
        value = parse_digits(dm.group("d"), comma_decimal=comma)
        if value is None:
            return None
        if not scale_text:
            return (value, 1.0)
        scale = scale_of(scale_text, language=language)
        return None if scale == 1.0 else (value, scale)
    value = _words_to_number(t)
    return None if value is None else (value, 1.0)


def parse_number(text: str, *, language: str = "en") -> float | None:
    """The value of one number expression matched by `NUMBER`, or None."""
    parts = parse_parts(text, language=language)
    return None if parts is None else parts[0] * parts[1]


def parse_vague(text: str) -> tuple[float, float]:
    """The band of a vague quantity matched by `VAGUE_PATTERN`."""
    return VAGUE[" ".join(text.lower().split())]


CANONICAL_QUALIFIERS: dict[str, str] = {
    "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "almost": "nearly",
    "just under": "nearly", "no fewer than": "at least", "no less than": "at least",
    "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "as many as": "up to", "at most": "up to", "no more than": "up to",
    "fewer than": "under", "less than": "under", "below": "under", "only": "exactly",
    "just": "exactly",
}  # fmt: skip
"""Qualifier synonyms → the one name stored in a value ("roughly" → "about")."""


def normalize_qualifier(text: str | None) -> str | None:
    """The canonical name of a qualifier ("Roughly" → "about"), or None."""
    if not text:
        return None
    q = " ".join(text.lower().split())
    return CANONICAL_QUALIFIERS.get(q, q)


def apply_qualifier(value: float, qualifier: str | None, *, tolerance: float) -> Interval:
    """The interval a qualified value stands for (see docs/kinds-numbers.md)."""
    q = normalize_qualifier(qualifier)
    if q in APPROX:
        return (value * (1 - tolerance), value * (1 + tolerance))
    if q in AT_LEAST:
        return (value, None)
    if q in AT_MOST:
        return (None, value)
    if q in NEARLY:
        return (value * (1 - tolerance), value)
    if q in JUST_OVER:
        return (value, value * (1 + tolerance))
    return (value, value)


def to_interval(
    first: str,
    second: str | None = None,
    qualifier: str | None = None,
    *,
    language: str = "en",
    tolerance: float = 0.1,
    nonnegative: bool = True,
) -> Interval | None:
    """The interval of a (qualified) number or range, or None when it is not one.

    A range must rise strictly ("10-12"); "2-1" or "11-2" is a score or an identifier.
    A scale on the second end carries to the first ("3-4 billion").
    """
    a = parse_parts(first, language=language)
    if a is None:
        return None
    q = normalize_qualifier(qualifier)
    if second is None:
        if q == "between":
            return None
        lo, hi = apply_qualifier(a[0] * a[1], q, tolerance=tolerance)
    else:
        b = parse_parts(second, language=language)
        if b is None:
            return None
        lo_v = a[0] * (b[1] if a[1] == 1.0 else a[1])
        hi_v = b[0] * b[1]
        if not lo_v < hi_v:
            return None
        lo, hi = lo_v, hi_v
        if q in APPROX:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        elif q not in (None, "between"):
            return None
    if nonnegative and lo is None and hi is not None:
        lo = 0.0
    return (_tidy(lo), _tidy(hi))


def _tidy(x: float | None) -> float | None:
    """Round off binary noise ("80 * 1.1" is 88, not 88.00000000000001)."""
    return None if x is None else float(f"{x:.12g}")


def relation(a: Interval, b: Interval) -> Relation:
    """How two intervals relate: equal, overlapping (incl. contained) or disjoint."""
    if _close(a[0], b[0]) and _close(a[1], b[1]):
        return "equal"
    a_lo = -math.inf if a[0] is None else a[0]
    a_hi = math.inf if a[1] is None else a[1]
    b_lo = -math.inf if b[0] is None else b[0]
    b_hi = math.inf if b[1] is None else b[1]
    if a_lo <= b_hi + 1e-9 * abs(b_hi) and b_lo <= a_hi + 1e-9 * abs(a_hi):
        return "overlap"
    return "disjoint"


def verdict_of(a: Interval, b: Interval) -> Literal["agree", "compatible", "conflict"]:
    """Equal intervals agree, overlapping ones are compatible, disjoint ones conflict."""
    rel = relation(a, b)
    return "agree" if rel == "equal" else "compatible" if rel == "overlap" else "conflict"


def _close(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def rounding_band(text: str, low: float | None, high: float | None) -> Interval:
    """Widen an exact value stated with decimals and a scale by half its last digit.

    "$3.6bn" is 3.55-3.65bn, "1.2 million" is 1.15-1.25 million. Anything else is returned
    unchanged: "12 deals" means twelve and "$4bn" four billion.
    """
    if low is None or high is None or not _close(low, high):
        return (low, high)
    m = _SCALED.search(text)
    if not m:
        return (low, high)
    frac = re.search(r"[.,](\d+)$", m.group("d"))
    if not frac or len(frac.group(1)) == 3:
        return (low, high)
    places = len(frac.group(1))
    half = 0.5 * 10.0**-places * scale_of(m.group("s"))
    return (low - half, high + half)


def format_number(x: float) -> str:
    """A compact human rendering: 12, 3.6 billion, 337.5 billion, 0.25."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(x) >= scale:
            return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def format_interval(low: float | None, high: float | None) -> str:
    """ "12", "at least 12", "at most 5", "72-88"."""
    if low is not None and high is not None:
        if _close(low, high):
            return format_number(low)
        return f"{format_number(low)}-{format_number(high)}"
    if low is not None:
        return f"at least {format_number(low)}"
    if high is not None:
        return f"at most {format_number(high)}"
    return "any amount"


class Occupied:
    """Disjoint spans already claimed in one sentence; overlap tests take O(log n)."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when `[start, end)` overlaps a claimed span."""
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Claim `[start, end)`."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


_LABEL_VALUE = re.compile(r"[^\W\d_][^:\n]{0,40}:\s*", re.U)
_COUNTER_TAIL = re.compile(r"\s+(?:remaining|left|to\s+go)\s*$", re.I)


def is_interface_counter(text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """True for a figure that is page furniture, not a statement.

    Two layouts qualify, whatever the words: a short label and a colon followed by the figure
    alone at the end of its line ("We need: £3,724", "Raised:£ 14,276"), and a line holding only
    a figure followed by remaining/left/to go ("3 days remaining").
    """
    before = text[line_start:start]
    after = text[end:line_end]
    if _LABEL_VALUE.fullmatch(before.lstrip()) and not after.strip():
        return True
    return not before.strip() and bool(_COUNTER_TAIL.fullmatch(after))
