"""Dates: absolute ("June 20, 2024", "in 2017", "the 1950s") and relative ("on Thursday",
"today", "the previous day"), resolved against the article's publication date only."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.kinds import KindSpec
from factcheck.kinds._common import claim_id, keywords, make_span
from factcheck.model import Claim, DateClaim, DateValue, Document, Granularity, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

MONTHS: dict[str, int] = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.I if name not in ("mdy", "dmy", "my", "md") else 0))
    for name, p in (
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        ("mdy", rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
        ("dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
        ("md", rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,]?\s*\d)"),
        ("my", rf"\b(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
        ("decade", r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-])?(?P<dec>1[89]\d0|20\d0)s\b"),
        ("year", r"\b(?:in|since|by|until|from|of|during)\s+(?P<y>1[89]\d\d|20\d\d)\b(?![-/]\d)"),
        ("weekday", rf"\b(?:(?:on|last|next|this)\s+)?(?P<wd>{_WEEKDAY})\b"),
        ("deictic", r"\b(?P<w>today|yesterday|tomorrow|tonight)\b"),
        ("ago", r"\b(?:just\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
        ("this", r"\b(?:(?P<early>earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<u>week|month|year)\b"),
        ("previous", r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before)|the\s+next\s+day|the\s+following\s+day|a\s+day\s+later)\b"),
    )
)
_PREFILTER = re.compile(
    rf"\d{{4}}|{_MONTH}|{_WEEKDAY}|today|yesterday|tomorrow|tonight|\bago\b|\b(?:this|last|next)\s+(?:week|month|year)|\bday\b",
    re.I,
)


def _month_interval(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _value(start: dt.date, end: dt.date, gran: Granularity, reason: str) -> DateValue:
    return DateValue(start=start, end=end, granularity=gran, resolved=True, reason=reason)


def _unresolved(gran: Granularity, reason: str) -> DateValue:
    return DateValue(start=None, end=None, granularity=gran, resolved=False, reason=reason)


def normalize(
    name: str, m: re.Match[str], published: dt.date | None, anchor: dt.date | None
) -> DateValue | None:
    """The calendar interval of one matched expression, or None when it is not a date."""
    g = m.groupdict()
    try:
        if name == "iso":
            d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return _value(d, d, "day", "absolute")
        if name in ("mdy", "dmy"):
            d = dt.date(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()], int(g["d"]))
            return _value(d, d, "day", "absolute")
        if name == "md":
            mon = MONTHS[g["mon"].rstrip(".").lower()]
            if published is None:
                return _unresolved("day", "no year and no publication date")
            year = published.year
            d = dt.date(year, mon, int(g["d"]))
            if d > published + dt.timedelta(days=183):
                d = dt.date(year - 1, mon, int(g["d"]))
            return _value(d, d, "day", "year from publication date")
        if name == "my":
            s, e = _month_interval(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()])
            return _value(s, e, "month", "absolute")
    except ValueError:
        return None
    if name == "year":
        y = int(g["y"])
        return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "absolute")
    if name == "decade":
        dec = int(g["dec"])
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}[g["part"]]
        return _value(dt.date(dec + lo, 1, 1), dt.date(dec + hi, 12, 31), "decade", "absolute")
    if published is None:
        return _unresolved("day", "relative date and no publication date")
    if name == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        text = m.group(0).lower()
        delta = (published.weekday() - wd) % 7
        if text.startswith("next"):
            d = published + dt.timedelta(days=(wd - published.weekday()) % 7 or 7)
        elif text.startswith("last") and delta == 0:
            d = published - dt.timedelta(days=7)
        else:
            d = published - dt.timedelta(days=delta)
        return _value(d, d, "day", "weekday before publication date")
    if name == "deictic":
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["w"].lower()]
        d = published + dt.timedelta(days=off)
        return _value(d, d, "day", "publication date")
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUM_WORDS[g["n"].lower()]
        unit = g["u"].lower().rstrip("s")
        if unit == "day":
            d = published - dt.timedelta(days=n)
            return _value(d, d, "day", "publication date")
        if unit == "week":
            d = published - dt.timedelta(weeks=n)
            return _value(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", "publication date")
        if unit == "year":
            y = published.year - n
            return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "publication date")
        y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
        s, e = _month_interval(y, mo + 1)
        return _value(s, e, "month", "publication date")
    if name == "this":
        rel = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        unit = g["u"].lower()
        if unit == "year":
            y = published.year + rel
            return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "publication date")
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + rel, 12)
            s, e = _month_interval(y, mo + 1)
            return _value(s, e, "month", "publication date")
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=rel)
        return _value(monday, monday + dt.timedelta(days=6), "week", "publication date")
    if name == "previous":
        text = m.group(0).lower()
        step = 1 if ("next" in text or "following" in text or "later" in text) else -1
        if anchor is None:
            return _unresolved("day", "relative to an event date the text does not give")
        d = anchor + dt.timedelta(days=step)
        return _value(d, d, "day", f"relative to {anchor.isoformat()} stated earlier")
    return None


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every date expression in the document's sentences, resolved where possible."""
    out: list[Claim] = []
    text = doc.article.text
    published = doc.article.published
    anchor: dt.date | None = None
    segment = -1
    for sent in doc.sentences:
        if sent.segment != segment:
            segment, anchor = sent.segment, None
        if not _PREFILTER.search(sent.text):
            continue
        taken: list[tuple[int, int]] = []
        found: list[DateClaim] = []
        for name, pattern in _PATTERNS:
            for m in pattern.finditer(text, sent.start, sent.end):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                value = normalize(name, m, published, anchor)
                if value is None:
                    continue
                taken.append((m.start(), m.end()))
                found.append(
                    DateClaim(
                        id=claim_id(doc.article.id, "date", m.start(), m.end()),
                        article=doc.article.id,
                        span=make_span(doc, m.start(), m.end()),
                        segment=sent.segment,
                        context=sent.text,
                        value=value,
                    )
                )
        found.sort(key=lambda c: c.span.start)
        for c in found:
            if c.value.resolved and c.value.granularity == "day" and c.value.start:
                anchor = c.value.start
        out.extend(found)
    return out


def _value_of(claim: Claim) -> DateValue:
    assert isinstance(claim, DateClaim)
    return claim.value


def key(claim: Claim) -> str:
    return "date"


def identity(claim: Claim) -> Hashable:
    v = _value_of(claim)
    if not v.resolved:
        return ("unresolved", claim.id)
    return (v.start, v.end)


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Same interval agree, containment compatible, disjoint conflict; unresolved never compares."""
    va, vb = _value_of(a), _value_of(b)
    if not (va.resolved and vb.resolved) or None in (va.start, va.end, vb.start, vb.end):
        return None
    assert va.start and va.end and vb.start and vb.end
    if va.start == vb.start and va.end == vb.end:
        return "agree"
    if va.start <= vb.end and vb.start <= va.end:
        return "compatible"
    return "conflict"


def describe(claim: Claim) -> str:
    v = _value_of(claim)
    if not v.resolved or v.start is None or v.end is None:
        return f"unresolved ({v.reason})"
    if v.start == v.end:
        return v.start.isoformat()
    return f"{v.start.isoformat()} to {v.end.isoformat()}"


def subject(claim: Claim) -> str:
    return f"date ({keywords(claim)})"


_PUB = dt.date(2024, 6, 20)
CORPUS: tuple[tuple[DateValue, tuple[str, ...]], ...] = (
    (
        DateValue(start=dt.date(2024, 6, 20), end=dt.date(2024, 6, 20), granularity="day",
                  resolved=True, reason="absolute"),
        ("2024-06-20", "June 20, 2024", "20 June 2024"),
    ),
    (
        DateValue(start=dt.date(2017, 1, 1), end=dt.date(2017, 12, 31), granularity="year",
                  resolved=True, reason="absolute"),
        ("in 2017",),
    ),
    (
        DateValue(start=dt.date(1950, 1, 1), end=dt.date(1959, 12, 31), granularity="decade",
                  resolved=True, reason="absolute"),
        ("the 1950s",),
    ),
)  # fmt: skip
"""Expected value → surface forms (no publication date needed)."""

NEGATIVE_CORPUS: tuple[str, ...] = ("12 deals", "block 11-2", "won 2-1")
"""Texts that yield no date claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("June 20, 2024", "2024-06-20", "agree"),
    ("June 2024", "June 20, 2024", "compatible"),
    ("June 19, 2024", "June 20, 2024", "conflict"),
)
"""Pairs of surface forms and the expected verdict."""

SPEC = KindSpec(
    name="date",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
)
