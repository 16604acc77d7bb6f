"""Durations: "40 hours", "14 heures", "three days of mourning", "three months to two years".

A duration is a number (or range) followed by a time unit (second, minute, hour, day, week,
month, year; a decade is ten years) in en, es, fr, de, it or pt. A range with two units is
given in the smaller ("three months to two years" is 3-24 month), a sum too ("2 hours and 10
minutes" is 130 minute). Not durations: ages ("49 years old", "Luna, 49 ans"), relative dates
("two days ago", "hace 8 años", "il y a 3 ans"), times of day ("à 6 heures"), instruments
named by their maturity ("a 10-year bond", "two-year yields") and a lone "one day" or "a
year" (but "an hour later" is a gap between two events). A compound adjective is one ("an
18-hour search", "a 30-day deadline"); so is a plus after the number ("80-plus hours": at
least 80). A race's time to the second ("2:00:35", "2h00'35''", "2 ore 0 minuti e 35
secondi") is one duration in seconds. Two spans of time given for different ends ("five
months to suspend transfers", "six months to cease the processing") never align; for the
same end they do in any language. Comparison converts units.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import (
    context_language,
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
    FOREIGN_WORD_NUMBER,
    PLUS,
    QUALIFIER,
    QUALIFIER_INTL,
    SCALE_WORD,
    SMALL_WORD_NUMBER,
    apply_qualifier,
    format_interval,
    is_intl,
    normalize_qualifier,
    parse_number,
    trie_pattern,
    verdict_of,
)
from factcheck.kinds._units import (
    ENGLISH_TIME_UNITS,
    LONG_TIME_UNITS,
    SECONDS,
    TIME_UNIT_PATTERN,
    TIME_UNITS,
    AgeMatch,
    age_matches,
)
from factcheck.kinds.base import Kind
from factcheck.kinds.duration.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.duration.value import DurationClaim, DurationValue
from factcheck.lang.glosses import gloss

if TYPE_CHECKING:
    from factcheck.config import Config

_U = rf"(?:{TIME_UNIT_PATTERN}|h|hrs?)"
_HALF = r"(?:\s+and\s+a\s+half|\s+y\s+medi[oa]|\s+et\s+demie?|\s+e\s+mezz[oa]|\s+e\s+mei[oa])"


@cache
def _pattern(intl: bool) -> re.Pattern[str]:
    """The duration pattern of English (`intl` False) or of es, fr, de, it, pt texts."""
    words = FOREIGN_WORD_NUMBER if intl else SMALL_WORD_NUMBER
    articles = r"une?|un[ao]|um|uma|eine?" if intl else r"an?|one"
    num = rf"(?:{DIGITS}(?:\s?{SCALE_WORD}(?![\w]))?|{words}|{articles})"
    between, qualifier, and_ = (BETWEEN_INTL, QUALIFIER_INTL, AND_INTL) if intl else (
        BETWEEN, QUALIFIER, AND)  # fmt: skip
    seps = r"a|à|y|e|et|und|bis|o|ou|oder" if intl else r"to|or|and"
    return re.compile(
        rf"(?<![\w$£€/:#+@&.,-])(?<!\d\s)"
        rf"(?:(?P<bw>{between})\s+|(?P<q>{qualifier})\s+)?"
        rf"(?P<n>{num})(?P<plus>{r'(?!)' if intl else PLUS})?(?P<half1>\s+and\s+a\s+half)?"
        rf"(?:\s*(?P<u1>{_U})(?![\w]))?"
        rf"(?:(?P<sep>\s*[-–]\s*|\s+(?:{seps})\s+)(?P<n2>{num}))?"
        rf"(?:\s?|-)(?:de\s+)?(?P<u>{_U})(?![\w-])(?P<half2>{_HALF})?"
        rf"(?:(?:,?\s+{and_}\s+|\s+|,\s*)(?P<n3>{DIGITS}|{words})\s?(?P<u3>{_U})(?![\w-]))?",
        re.I,
    )


_COMPOUND = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"vierzehn|zwanzig|dreißig|vierzig|achtundvierzig|sechsundneunzig)[-‐]?"
    r"(?P<u>tägig|stündig|wöchig|monatig|minütig|jährig)(?:e[rnms]?)?\b(?!\s*(?:alt|\())",
    re.I,
)
"""German compound adjectives of duration ("viertägige Suche", "96-stündig"); "-jährig" is
an age when it names a person ("der 48-Jährige": a noun, capitalised), a duration otherwise."""
_COMPOUND_UNITS = {"tägig": "day", "stündig": "hour", "wöchig": "week", "monatig": "month",
                   "minütig": "minute", "jährig": "year"}  # fmt: skip
_DE_SMALL = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
             "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "vierzehn": 14,
             "zwanzig": 20, "dreißig": 30, "vierzig": 40, "achtundvierzig": 48,
             "sechsundneunzig": 96}  # fmt: skip
_HALF_HOUR = re.compile(
    r"(?<![\w-])(?:half\s+an\s+hour|media\s+hora|une\s+demi-heure|mezz['’]\s?ora|"
    r"meia\s+hora|eine\s+halbe\s+stunde)\b",
    re.I,
)
_UNIT_WORDS = rf"(?:{trie_pattern([*TIME_UNITS, *LONG_TIME_UNITS, 'hr', 'hrs'])})(?![^\W\d_])"
_UNIT_WORDS_EN = (
    rf"(?:{trie_pattern([*ENGLISH_TIME_UNITS, 'decade', 'decades', 'century', 'centuries', 'hr'])})"
    r"(?![^\W\d_])"
)
_PREFILTER_EN = re.compile(_UNIT_WORDS_EN)
_PREFILTER_EN_ANY_CASE = re.compile(_UNIT_WORDS_EN, re.I)
_PREFILTER = re.compile(_UNIT_WORDS)
"""Unit words in a lower-cased text (the unit words are lower case: no re.I; no assertion
before the first letter, so the scan skips ahead on it). Hits inside a word ("holidays") are
dropped afterwards (`_word_start`)."""
_PREFILTER_ANY_CASE = re.compile(_UNIT_WORDS, re.I)
_HOURS_SIGN = re.compile(r"\d\s?h\b", re.I)
"""A figure with an "h" ("14 h", "48h"): hours, or a time of day ("1h30") which the
duration pattern leaves alone."""
WINDOW_BEFORE = 70
"""Characters before a unit word that a duration's number, range and qualifier may take."""
WINDOW_AFTER = 45
"""Characters after a unit word that the rest of a sum ("and 10 minutes") may take."""
_MATURITY_AFTER = re.compile(
    r"\s+(?:government\s+|treasury\s+)?(?:bonds?|notes?|yields?|bills?|treasur(?:y|ies)|bunds?|"
    r"gilts?|swaps?|mortgages?|paper)\b",
    re.I,
)
"""Nouns after a compound ("10-year bond", "two-year yields") naming a financial instrument
by its maturity."""
_AGO_AFTER = re.compile(r"\s*(?:ago|fa|from\s+now)\b", re.I)
_RELATIVE_AFTER = re.compile(r"\s*(?:earlier|later|before|after)\b", re.I)
"""After days, weeks, months or years these make a relative date ("two days later"), which
the date kind reads; after hours or minutes they leave a duration ("eight hours after")."""
_LATER_AFTER = re.compile(
    r"\s+(?:later|afterwards|después|más\s+tarde|plus\s+tard|après|später|danach|dopo|"
    r"più\s+tardi|depois|mais\s+tarde)\b",
    re.I,
)
"""After one hour or one minute these make a gap between two events ("an aftershock struck
an hour later", "una réplica … una hora después"): a fact, where a lone "an hour" is mostly an
idiom."""
_AGO_BEFORE = re.compile(r"(?:\bhace|\bil\s+y\s+a|\bvor|\bhá|\bfaz)\s*$", re.I)
_CLOCK_BEFORE = re.compile(
    r"(?:\bà|\bvers|\bdès|\ba\s+las?|\bhacia\s+las?|\bsobre\s+las?|\bum|\bgegen|\balle|\bàs|"
    r"\bas|\bdas|\bdalle|\bverso\s+le|\bat|\bpor\s+volta\s+das|\bcerca\s+de\s+las?|"
    r"\bhasta\s+las?|\bdesde\s+las?|\bjusqu['’]à|\bbis|\bab)\s*$",
    re.I,
)
_SUMS = frozenset({("year", "month"), ("week", "day"), ("day", "hour"), ("hour", "minute"),
                   ("minute", "second")})  # fmt: skip
"""Unit pairs that add up to one duration ("2 hours and 10 minutes"); "5 years and 40
hours" is two durations."""
_SINGLE_WORDS = frozenset("a an one un une una uno um uma ein eine einen einem einer".split())


def _unit(word: str | None) -> tuple[str, float] | None:
    """(canonical unit, multiple) of a unit word ("decades" is (year, 10))."""
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w in ("h", "hr", "hrs"):
        return ("hour", 1.0)
    if w in TIME_UNITS:
        return (TIME_UNITS[w], 1.0)
    if w in LONG_TIME_UNITS:
        return LONG_TIME_UNITS[w]
    return None


def _number(text: str, language: str) -> float | None:
    t = text.lower()
    if t in _SINGLE_WORDS:
        return 1.0
    value = parse_number(text, language=language)
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def extract(doc: Document, config: Config) -> Sequence[DurationClaim]:
    """Every duration in the document's sentences."""
    out: list[DurationClaim] = []
    text = doc.text or doc.article.text
    prefilter = (
        (_PREFILTER, _PREFILTER_ANY_CASE)
        if is_intl(doc.article.language)
        else (_PREFILTER_EN, _PREFILTER_EN_ANY_CASE)
    )
    for sent, found in hits_by_sentence(doc, *prefilter):
        units = [u for u in found if _word_start(text, u.start())]
        if units:
            out.extend(_extract_sentence(doc, sent, config, units))
    if doc.article.language.lower()[:2] == "de":
        out.extend(_german_compounds(doc))
    for sent, found in hits_by_sentence(doc, _HOURS_SIGN, _HOURS_SIGN):
        if not any(c.span.start >= sent.start and c.span.end <= sent.end for c in out):
            out.extend(_extract_sentence(doc, sent, config, found))
    out = _race_times(doc, out)
    out.sort(key=lambda c: c.span.start)
    return out


_RACE_TIME = re.compile(
    r"(?<![\w:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"
    r"|(?<![\w.,])(?P<h2>\d{1,2})\s?h\s?(?P<m2>[0-5]\d)\s?[:'’′]\s?(?P<s2>[0-5]\d)"
    r"(?:\s?(?:''|’’|\"|″|”))?"
    r"|(?<![\w.,])(?P<h3>\d{1,2})\s+(?:hours?|heures?|horas?|ore|ora|Stunden?)"
    r"(?:,?\s+(?P<m3>\d{1,2})\s+(?:minutes?|minutos?|minuti|minuto|Minuten?))?"
    r",?\s+(?:and|et|y|e|und)\s+(?P<s3>\d{1,2})\s+"
    r"(?:seconds?|secondes?|segundos?|secondi|secondo|Sekunden?)(?![\w])",
    re.I,
)
"""A time to the second, as a race's result is told ("2:00:35", "2h00'35''", "2 hours and 35
seconds", "2 ore 0 minuti e 35 secondi"): one duration, in seconds."""


def _race_times(doc: Document, out: list[DurationClaim]) -> list[DurationClaim]:
    """`out` with the race times of the document in place of the parts other readings took
    of them ("35 secondi" of "2 ore 0 minuti e 35 secondi")."""
    found: list[DurationClaim] = []
    for sent, hits in hits_by_sentence(doc, _RACE_TIME, _RACE_TIME):
        for m in hits:
            h = m.group("h") or m.group("h2") or m.group("h3")
            mins = m.group("m") or m.group("m2") or m.group("m3") or "0"
            secs = m.group("s") or m.group("s2") or m.group("s3")
            total = float(int(h) * 3600 + int(mins) * 60 + int(secs))
            value = DurationValue(low=total, high=total, unit="second")
            found.append(_claim(doc, sent, m.start(), m.end(), value))
    if not found:
        return out
    kept = [c for c in out if not any(c.span.start < r.span.end and r.span.start < c.span.end
                                      for r in found)]  # fmt: skip
    return [*kept, *found]


_PURPOSE = re.compile(r"\s+(?:to|pour|para|per|um)\s+([^\W\d_]{3,})", re.I)
"""The verb a span of time is given for ("five months to suspend transfers", "cinq mois pour
suspendre", "cinque mesi per sospendere")."""


def _purpose(claim: DurationClaim) -> str | None:
    """The English gloss of the verb the duration is given for, or None."""
    return _purpose_in(claim.context, claim.span.text)


@lru_cache(maxsize=16384)
def _purpose_in(context: str, span_text: str) -> str | None:
    """`_purpose` of a span in its sentence: read once, asked for by every candidate pair
    alignment scores."""
    at = context.find(span_text)
    if at < 0:
        return None
    m = _PURPOSE.match(context, at + len(span_text))
    if m is None:
        return None
    word = m.group(1).lower()
    language = context_language(context) or "en"
    return gloss(word, language) or word if language != "en" else word


def similarity(a: DurationClaim, b: DurationClaim) -> float:
    """`measure_similarity`; two spans of time given for different ends ("five months to
    suspend transfers", "six months to cease the processing") never align, and for the same
    end they do in any language."""
    pa, pb = _purpose(a), _purpose(b)
    if pa and pb:
        return PURPOSE_SCORE if pa == pb else 0.0
    return measure_similarity(a, b)


def tokens(claim: DurationClaim) -> tuple[str, ...]:
    """`measure_tokens`, and the end the span of time is given for, so that durations of one
    end meet as candidates across languages."""
    purpose = _purpose(claim)
    own = measure_tokens(claim)
    return (*own, f"for:{purpose}") if purpose else own


PURPOSE_SCORE = 80.0
"""Score of two durations given for the same end ("to suspend", "pour suspendre")."""


def _german_compounds(doc: Document) -> list[DurationClaim]:
    """ "viertägige Suche", "96-stündig": German adjectives of duration."""
    text = doc.text or doc.article.text
    out: list[DurationClaim] = []
    for sent in doc.sentences:
        if "ig" not in sent.text:
            continue
        for m in _COMPOUND.finditer(text, sent.start, sent.end):
            if m.group("u")[0].isupper():
                continue  # "der 48-Jährige": a person of that age
            n = m.group("n").lower()
            value = float(n) if n.isdigit() else float(_DE_SMALL[n])
            unit = _COMPOUND_UNITS[m.group("u").lower()]
            out.append(_claim(doc, sent, m.start(), m.end(),
                              DurationValue(low=value, high=value, unit=unit)))  # fmt: skip
    return out


def _word_start(text: str, at: int) -> bool:
    """True when `text[at]` begins a word (or is the "h" after a figure)."""
    return at == 0 or not text[at - 1].isalpha() or text[at] in "hH"


def _windows(units: Sequence[re.Match[str]], start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of the text around the sentence's unit words (`units`, offsets into
    the text), inside `[start, end)`: only there can a duration be (the full pattern is costly to
    try at every character)."""
    out: list[tuple[int, int]] = []
    for u in units:
        ws = max(start, u.start() - WINDOW_BEFORE)
        we = min(end, u.end() + WINDOW_AFTER)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


def _extract_sentence(
    doc: Document, sent: Sentence, config: Config, units: Sequence[re.Match[str]]
) -> list[DurationClaim]:
    text = doc.text or doc.article.text
    language = doc.article.language
    ages = _Ages(text, sent, language)
    out: list[DurationClaim] = []
    for m in _HALF_HOUR.finditer(text, sent.start, sent.end):
        out.append(
            _claim(doc, sent, m.start(), m.end(), DurationValue(low=30, high=30, unit="minute"))
        )
    pattern = _pattern(is_intl(language))
    for ws, we in _windows(units, sent.start, sent.end):
        _scan(doc, sent, pattern, ws, we, ages, out, config)
    out.sort(key=lambda c: c.span.start)
    return out


class _Ages:
    """The ages of one sentence, found when first asked for (most sentences with a duration
    state no age)."""

    def __init__(self, text: str, sent: Sentence, language: str) -> None:
        self.text, self.sent, self.language = text, sent, language
        self.found: list[AgeMatch] | None = None

    def overlap(self, start: int, end: int) -> bool:
        """True when `[start, end)` overlaps an age."""
        if self.found is None:
            s = self.sent
            self.found = age_matches(self.text, s.start, s.end, self.language, sent_text=s.text)
        return any(start < e and a < end for a, e, *_ in self.found)


def _scan(
    doc: Document,
    sent: Sentence,
    pattern: re.Pattern[str],
    ws: int,
    we: int,
    ages: _Ages,
    out: list[DurationClaim],
    config: Config,
) -> None:
    """Durations found by `pattern` in `text[ws:we]`, appended to `out`."""
    text = doc.text or doc.article.text
    language = doc.article.language
    pos = ws
    while pos < we:
        found = pattern.search(text, pos, we)
        if found is None:
            break
        pos = found.end()
        if ages.overlap(found.start(), found.end()):
            continue
        if any(found.start() < c.span.end and c.span.start < found.end() for c in out):
            continue
        value = _value(found, language, config)
        if value is None:
            continue
        before = text[max(sent.start, found.start() - 24) : found.start()]
        if _AGO_AFTER.match(text, found.end(), sent.end) or _AGO_BEFORE.search(before):
            continue
        if value.unit in ("day", "week", "month", "year") and _RELATIVE_AFTER.match(
            text, found.end(), sent.end
        ):
            continue
        if (
            found.group("u").lower() == "h"
            and (found.start() == 0 or text[found.start() - 1] == "\n")
            and re.match(r" [A-Z]", text[found.end() : found.end() + 2])
        ):
            continue  # "10h Heat warning": a page's "10 hours ago" marker, not a duration
        if value.unit == "hour" and _CLOCK_BEFORE.search(before):
            continue
        if "-" in text[found.start("n") : found.start("u")] and _MATURITY_AFTER.match(
            text, found.end(), sent.end
        ):
            continue  # "a 10-year bond": the name of an instrument, not a span of time
        start = found.start()
        if (found.group("q") or "").lower() in ("over", "under") and value.qualifier:
            # "talks ran over two days": "over" is a preposition here, not a bound
            start = found.start("n")
            value = value.model_copy(update={"low": value.low if value.low else value.high,
                                             "high": value.high or value.low, "qualifier": None})  # fmt: skip
        out.append(_claim(doc, sent, start, found.end(), value))


def _value(m: re.Match[str], language: str, config: Config) -> DurationValue | None:
    g = m.groupdict()
    unit = _unit(g["u"])
    if unit is None:
        return None
    n = _number(g["n"], language)
    if n is None:
        return None
    if g["half1"] or g["half2"]:
        n += 0.5
    q = "between" if g["bw"] else normalize_qualifier(g["q"])
    if g["plus"]:
        if q is not None or g["n2"] is not None:
            return None  # "over 80-plus hours": not one reading
        q = "at least"
    u1 = _unit(g["u1"])
    n2 = _number(g["n2"], language) if g["n2"] else None
    if g["n2"] is not None and n2 is None:
        return None
    if u1 is not None and n2 is None:
        return None  # "3 days 4 ..." is not one duration
    if g["n2"] is None and g["sep"] is None and g["bw"]:
        return None
    small, mult = unit
    sep = (g["sep"] or "").strip().lower()
    if (
        u1 is not None
        and n2 is not None
        and not g["bw"]
        and sep in ("and", "y", "et", "e", "und")
        and not g["n3"]
        and (u1[0], small) in _SUMS
    ):
        # "2 hours and 10 minutes": a sum, in the smaller unit
        total = n * u1[1] * SECONDS[u1[0]] + n2 * mult * SECONDS[small]
        lo, hi = apply_qualifier(total / SECONDS[small], q, tolerance=config.approx_tolerance)
        if lo is None and hi is not None:
            lo = 0.0
        return DurationValue(low=_tidy(lo), high=_tidy(hi), unit=small, qualifier=q)
    if u1 is not None and n2 is not None:
        # "three months to two years": both ends in the smaller unit
        lo_sec = n * u1[1] * SECONDS[u1[0]]
        hi_sec = n2 * mult * SECONDS[small]
        small = min(u1[0], small, key=SECONDS.__getitem__)
        lo, hi = lo_sec / SECONDS[small], hi_sec / SECONDS[small]
    elif n2 is not None:
        lo, hi = n * mult, n2 * mult
    else:
        lo = hi = n * mult
    if g["n3"]:
        u3 = _unit(g["u3"])
        n3 = _number(g["n3"], language)
        if u3 is None or n3 is None or n2 is not None or (small, u3[0]) not in _SUMS:
            return None
        total = lo * SECONDS[small] + n3 * u3[1] * SECONDS[u3[0]]
        small = u3[0]
        lo = hi = total / SECONDS[small]
    if n2 is not None:
        if not lo < hi or q not in (None, "between", "about"):
            return None
        if q == "about":
            lo, hi = lo * (1 - config.approx_tolerance), hi * (1 + config.approx_tolerance)
    else:
        if (
            g["n"].lower() in _SINGLE_WORDS
            and not (g["n3"] or g["half1"] or g["half2"])
            and q is None
            and not (unit[0] in ("hour", "minute") and _LATER_AFTER.match(m.string, m.end()))
        ):
            return None  # "one day", "a year": idioms more often than facts
        lo, hi = apply_qualifier(lo, q, tolerance=config.approx_tolerance)
        if lo is None and hi is not None:
            lo = 0.0
    if lo is not None and lo < 0:
        return None
    return DurationValue(low=_tidy(lo), high=_tidy(hi), unit=small, qualifier=q)


def _tidy(x: float | None) -> float | None:
    return None if x is None else float(f"{x:.12g}")


def _claim(
    doc: Document, sent: Sentence, start: int, end: int, value: DurationValue
) -> DurationClaim:
    return sentence_claim(DurationClaim, doc, sent, start, end, value)


def normalize(claim: DurationClaim) -> DurationValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def seconds(v: DurationValue) -> tuple[float | None, float | None]:
    """The interval in seconds."""
    f = SECONDS[v.unit]
    return (None if v.low is None else v.low * f, None if v.high is None else v.high * f)


def key(claim: DurationClaim) -> str:
    """Alignment block: every duration (units are converted when compared)."""
    return "duration"


def identity(claim: DurationClaim) -> Hashable:
    lo, hi = seconds(normalize(claim))
    return (None if lo is None else round(lo, 3), None if hi is None else round(hi, 3))


def scale(claim: DurationClaim) -> float | None:
    """The duration in seconds (its low end, else its high end), for alignment."""
    lo, hi = seconds(normalize(claim))
    return lo if lo else hi


SAME_ORDER = 4.0
"""Durations more than this factor apart are different facts, never a conflict."""


def compare(a: DurationClaim, b: DurationClaim, config: Config) -> Verdict | None:
    """Intervals in seconds: equal agree ("two years" = "24 months"), overlapping are
    compatible, disjoint conflict ("40 hours" vs "41 hours"). Durations stated in different
    units that do not overlap ("three days", "twelve years") are not taken for one fact."""
    va, vb = normalize(a), normalize(b)
    verdict = verdict_of(seconds(va), seconds(vb))
    if verdict == "conflict" and va.unit != vb.unit:
        return None
    if verdict == "conflict":
        xa = va.low if va.low is not None else va.high
        xb = vb.low if vb.low is not None else vb.high
        if xa and xb and max(xa, xb) / min(xa, xb) > SAME_ORDER:
            return None  # "40 hours" and "12,000 hours": different facts
    return verdict


def describe(claim: DurationClaim) -> str:
    v = normalize(claim)
    plural = not (v.low == v.high == 1)
    return f"{format_interval(v.low, v.high)} {v.unit}{'s' if plural else ''}"


def subject(claim: DurationClaim) -> str:
    return f"duration ({keywords(claim)})"


KIND = Kind(
    name="duration",
    value=DurationValue,
    claim=DurationClaim,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    scale=scale,
    similarity=similarity,
    tokens=tokens,
    threshold=55.0,
    priority=35,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
