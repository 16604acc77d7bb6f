"""Dates: absolute ("June 20, 2024", "in 2017", "the 1950s") and relative ("on Thursday",
"today", "the previous day"), resolved against the article's publication date only.

A compiled scanner per language finds candidate expressions in each sentence (after a cheap
prefilter); dates stated in full are calendar arithmetic on the scanner's groups, and only a
located span with a month word the tables lack is read by dateparser (that span only); news
conventions (weekdays, periods, parts of years, decades, event-relative days) are rules of
this module; a day of the month in brackets after a weekday ("nesta terça-feira (25)") is
the day meant. See docs/dates.md.
"""

# The package: `scan` finds date expressions (per-language scanners built from the lexicons),
# `resolve` gives each form its value (a dispatch table from form name), `relative` reads
# event-relative dates and the event words alignment compares, `context` holds what
# resolution reads; this module extracts, aligns and compares, and registers the kind.

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import SUBJECT_STOPWORDS, claim_id, make_span
from factcheck.kinds.base import Kind
from factcheck.kinds.date.context import _Anchor, _Context
from factcheck.kinds.date.corpus import (
    COMPARE_CORPUS,
    CORPUS,
    LANGUAGE_CORPUS,
    LANGUAGE_NEGATIVE_CORPUS,
    NEGATIVE_CORPUS,
    RELATIVE_CORPUS,
)
from factcheck.kinds.date.relative import EVENT_WINDOW as EVENT_WINDOW
from factcheck.kinds.date.relative import MIN_NAME_OVERLAP as MIN_NAME_OVERLAP
from factcheck.kinds.date.relative import POSSESSIVE_REACH as POSSESSIVE_REACH
from factcheck.kinds.date.relative import SAME_DAY_SCORE as SAME_DAY_SCORE
from factcheck.kinds.date.relative import SINCE_SHARED as SINCE_SHARED
from factcheck.kinds.date.relative import (
    _date_value,
    _event,
    event_similarity,
    span_of_years,
    tokens,
)
from factcheck.kinds.date.resolve import SOON_DAYS as SOON_DAYS
from factcheck.kinds.date.resolve import _value_of_match, bracketed_day
from factcheck.kinds.date.resolve import dateparse as dateparse
from factcheck.kinds.date.scan import _SCANS, _lang
from factcheck.kinds.date.scan import WORDS_BEFORE_TRIGGER as WORDS_BEFORE_TRIGGER
from factcheck.kinds.date.value import DateClaim, DateValue
from factcheck.lang import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from factcheck.config import Config

# --------------------------------------------------------------------------------------------
# Extraction

_BRACKET_DAY = re.compile(r"\s*\((\d{1,2})\)")
"""A day of the month in brackets after a weekday ("nesta terça-feira (25)")."""
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.\s*$")


def _units(doc: Document) -> list[Sentence]:
    """The sentences, with a sentence ending in a day ordinal ("Am 7.") joined to the next one.

    A segmenter may cut German and other day-first dates ("7. Oktober 2023") after the
    ordinal's full stop; the date scanner reads such pairs as one sentence.
    """
    out: list[Sentence] = []
    for sent in doc.sentences:
        last = out[-1] if out else None
        if (
            last is not None
            and last.block == sent.block
            and last.segment == sent.segment
            and _ORDINAL_END.search(last.text)
        ):
            text = (doc.text or doc.article.text)[last.start : sent.end]
            out[-1] = Sentence(last.start, sent.end, text, last.segment, last.index, last.block)
        else:
            out.append(sent)
    return out


_OPENING_QUOTES = "“«„‹"
_CLOSING_QUOTES = "”»‟›"


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside a quotation opened in `text[start:at]` (its paragraph up to
    it): curly, angle, German („…“) or straight quotation marks."""
    before = text[start:at]
    german = "„" in before  # there “ closes
    opened = sum(before.count(q) for q in _OPENING_QUOTES if not (german and q == "“"))
    closed = sum(before.count(q) for q in _CLOSING_QUOTES) + (before.count("“") if german else 0)
    return opened > closed or before.count('"') % 2 == 1


_CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?:[:.h]\d{2}\b|\s*(?:h|heures?|horas?|Uhr|ore)\b)"
    r"|\b(?:le|alle|las|à)\s+(?:[01]?\d|2[0-3])\b(?![.,]\d)",
    re.I,
)
"""A clock time ("19 heures", "19.00", "15h30", "20 Uhr", "le 19 di giovedì")."""


def _converted(text: str, floor: int, start: int, end: int) -> bool:
    """Whether a date stands in brackets beside a clock time: the moment told before the
    bracket, on another zone's calendar ("(las 19.00 del jueves en la España peninsular)")."""
    opened = text.rfind("(", floor, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end, end + 80)
    if closed < 0 or "(" in text[end:closed]:
        return False
    return bool(_CLOCK.search(text, opened, closed))


_TOLD_FROM_PUBLICATION = ("publication date", "weekday", "nearest such weekday")
"""Reasons of dates read from the publication date: today, yesterday, a weekday."""


def extract(doc: Document, config: Config) -> Sequence[DateClaim]:
    """Every date expression in the document's sentences, resolved where possible."""
    article = doc.article
    text = doc.text or article.text
    lang = _lang(article.language)
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out: list[DateClaim] = []
    segment, seg_first = -1, 0
    previous: list[_Anchor] = []
    lede: _Anchor | None = None
    for sent in _units(doc):
        if sent.segment != segment:
            segment, seg_first, previous, lede = sent.segment, sent.index, [], None
        current: list[_Anchor] = []
        ctx = _Context(article.published, article.language, lang.code, previous=previous, lede=lede)
        for m in _SCANS.scan(lang, text, low, sent.start, sent.end):
            ctx.same = current
            value = _value_of_match(m, text, sent.start, ctx, lang)
            if value is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            weekday = m.re.groupindex.get("weekday")
            day = _BRACKET_DAY.match(text, end, sent.end) if weekday and m.group(weekday) else None
            if day is not None:
                # "nesta terça-feira (25)": the day of the month, written in brackets, wins
                end = day.end()
                if value.resolved and value.granularity == "day":
                    value = bracketed_day(value, int(day.group(1)))
            if value.resolved and not value.estimated and _converted(text, sent.start, start, end):
                # "vers 3 heures du matin, vendredi 24 mai (19 heures jeudi, heure de Paris)":
                # the same moment on another zone's calendar, not the event's day
                value = value.model_copy(
                    update={
                        "estimated": True,
                        "reason": f"{value.reason}; the day of a time told in another zone",
                    }  # fmt: skip
                )
            if value.resolved and (value.reason or "").startswith(_TOLD_FROM_PUBLICATION):
                if _inside_quotation(text, text.rfind("\n", 0, sent.start) + 1, start):
                    # "Il record del mondo oggi non era nella mia testa", "La pausa comenzará
                    # el viernes": the speaker's today and Friday are told from the day the
                    # words were said, which a later article does not state
                    value = value.model_copy(
                        update={
                            "estimated": True,
                            "reason": f"{value.reason}; said in a quotation",
                        }  # fmt: skip
                    )
            out.append(
                DateClaim(
                    id=claim_id(article.id, "date", start, end),
                    article=article.id,
                    span=make_span(doc, start, end),
                    segment=sent.segment,
                    context=sent.text,
                    value=value,
                )
            )
            if value.resolved and value.granularity == "day" and value.start:
                current.append(_Anchor(value.start, text[start:end], sent.index, start, sent.text))
        if lede is None and current and sent.index - seg_first < 2:
            lede = current[0]
        previous = current
    return out


def normalize(
    text: str, *, published: dt.date | None = None, language: str = DEFAULT_LANGUAGE
) -> DateValue | None:
    """The value of one date expression given alone (its whole text must be the expression)."""
    lang = _lang(language)
    m = lang.pattern.fullmatch(text.strip())
    if m is None:
        return None
    return _value_of_match(m, text.strip(), 0, _Context(published, language, lang.code), lang)


# --------------------------------------------------------------------------------------------
# Alignment and comparison


def key(claim: DateClaim) -> str:
    """One block for all dates; `similarity` keeps different events apart."""
    return "date"


def identity(claim: DateClaim) -> Hashable:
    v = _date_value(claim)
    if not v.resolved:
        return ("unresolved", claim.id)
    return (v.start, v.end)


def compare(a: DateClaim, b: DateClaim, config: Config) -> Verdict | None:
    """Same interval agree, containment compatible, disjoint conflict; unresolved never
    compares, and an estimated date (`DateValue.estimated`) conflicts only when it writes out
    a day of the month that differs."""
    va, vb = _date_value(a), _date_value(b)
    if not (va.resolved and vb.resolved):
        return None
    if va.start is None or va.end is None or vb.start is None or vb.end is None:
        return None
    if va.start == vb.start and va.end == vb.end:
        return "agree"
    if span_of_years(va) and span_of_years(vb):
        return "conflict"  # "de 1985 à 1995" and "dal 1984 al 1995": both bounds are stated
    if (va.start <= vb.start and vb.end <= va.end) or (vb.start <= va.start and va.end <= vb.end):
        return "compatible"
    if va.start <= vb.end and vb.start <= va.end:
        return "compatible"
    if va.estimated or vb.estimated:
        # an estimated reading is no evidence against another day, unless the day of the
        # month is written out and differs: no reading of "terça-feira (25)" or "19 de
        # março" falls on the 26th
        if not (_day_written(a, va) and _day_written(b, vb) and va.start.day != vb.start.day):
            return None
    return "conflict"


_DAY_NUMBER = re.compile(
    r"(?<![\d.,:/-])(?:[12]\d|3[01]|0?[1-9])(?![\d.,:/-]|\s*(?:h|Uhr|heures?)\b)"
)
"""A day of the month written in a date's span ("19 de março", "terça-feira (25)")."""


def _day_written(claim: DateClaim, value: DateValue) -> bool:
    """Whether a single-day date states its day of the month (an estimate then only places
    the month and year); a weekday alone ("on Tuesday") does not."""
    if value.granularity != "day" or value.start != value.end:
        return False
    if not value.estimated:
        return True
    return _DAY_NUMBER.search(claim.span.text) is not None


def describe(claim: DateClaim) -> str:
    v = _date_value(claim)
    if not v.resolved or v.start is None or v.end is None:
        return f"unresolved ({v.reason})"
    if v.start == v.end:
        return v.start.isoformat()
    return f"{v.start.isoformat()} to {v.end.isoformat()}"


def subject(claim: DateClaim) -> str:
    """ "date of <event words>": the five content words nearest the date, in sentence order."""
    picked: dict[str, tuple[int, str]] = {}
    for s, w, p in _event(claim.context, claim.span.text):
        if s not in picked and w.lower() not in SUBJECT_STOPWORDS:
            picked[s] = (p, w)
        if len(picked) == 5:
            break
    words = [w for _, w in sorted(picked.values())]
    return f"date of {' '.join(words)}" if words else "date"


__all__ = [
    "COMPARE_CORPUS", "CORPUS", "LANGUAGE_CORPUS", "LANGUAGE_NEGATIVE_CORPUS", "NEGATIVE_CORPUS", "RELATIVE_CORPUS", "KIND",
    "compare", "extract", "normalize",
]  # fmt: skip

KIND = Kind(
    name="date",
    value=DateValue,
    claim=DateClaim,
    priority=40,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=event_similarity,
    threshold=25.0,
    tokens=tokens,
    compare_within_article=False,
    report_single=lambda claim: claim.value.resolved,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)
