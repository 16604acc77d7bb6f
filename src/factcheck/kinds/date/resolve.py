"""Resolution of located date expressions: one small function per form (a dispatch table
from form name), the calendar arithmetic they share, news conventions (weekdays, periods,
parts of years, decades) and the dateparser seam for month words the tables lack."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Literal

from factcheck.core import Granularity
from factcheck.kinds.date.context import (
    _NO_PUB,
    _Context,
    _day,
    _number,
    _resolved,
    _unresolved,
)
from factcheck.kinds.date.relative import _evrel
from factcheck.kinds.date.scan import _Lang
from factcheck.kinds.date.value import DateValue
from factcheck.lang import LANGUAGES, Locale, future_markers, lexicon

_LEXICONS = tuple(lexicon(code) for code in LANGUAGES)
_WEEKDAY_REL: dict[str, str] = {
    word: rel for lex in _LEXICONS for word, rel in lex.weekday_relations.items()
}
"""Words around a weekday name that choose which occurrence is meant (every language's)."""
_HOLIDAY_PREFIX = frozenset(w for lex in _LEXICONS for w in lex.holiday_prefixes)
_EVERY = frozenset(w for lex in _LEXICONS for w in lex.every_words)
_ARTICLE_BEFORE_YEAR = frozenset(w for lex in _LEXICONS for w in lex.year_determiners)


@lru_cache(maxsize=16)
def _future_pattern(code: str) -> re.Pattern[str]:
    """Future tense or a plan in the words before a weekday or month: look forward, not
    back. The article's language's markers and English's (a text may quote English); not
    every language's, as one language's future endings are other languages' words (French
    "-era" in Spanish "ladera", "primera")."""
    return future_markers(tuple(dict.fromkeys((code, "en"))))


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
"""Where a clause ends: a future marker before it speaks of another event ("Microsoft will
pay $95 per share, a premium to the closing price on Friday")."""


def _future(before: str, code: str) -> bool:
    """Whether the weekday's or month's own clause, in the words before it, is in future
    tense or names a plan."""
    near = before[-80:]
    breaks = list(_CLAUSE_BREAK.finditer(near))
    if breaks and len(near[breaks[-1].end() :].split()) <= APPOSED_WORDS and len(breaks) >= 1:
        # "sera décalée de six mois, au 1er juillet": a date after a comma and a preposition
        # completes the clause before it
        breaks = breaks[:-1]
        near = near[breaks[-1].end() :] if breaks else near
    elif breaks:
        near = near[breaks[-1].end() :]
    return _future_pattern(code).search(near) is not None


APPOSED_WORDS = 2
"""Words at most between a comma and a date that completes the clause before the comma
("…, au 1er juillet", "…, to July 1")."""


def _day_first(language: str) -> bool:
    """Whether all-numeric dates read day first: every language but US English does."""
    return Locale.parse(language).day_first


# --------------------------------------------------------------------------------------------
# dateparser seam: parse only located strings, with explicit languages and relative base.

_SENTINEL = dt.datetime(2000, 1, 1)
"""Relative base for expressions that state every part themselves; the base is never read."""


_PARSERS: dict[tuple[str, str, dt.datetime], Any] = {}
"""dateparser parsers by (language, order, relative base); at most `_MAX_PARSERS` are kept."""
_MAX_PARSERS = 256


def _parser(language: str, order: str, base: dt.datetime) -> Any:
    found = _PARSERS.get((language, order, base))
    if found is None:
        if len(_PARSERS) >= _MAX_PARSERS:
            _PARSERS.clear()
        found = _PARSERS[(language, order, base)] = _new_parser(language, order, base)
    return found


def _new_parser(language: str, order: str, base: dt.datetime) -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    # Fully stated strings (sentinel base) need only the absolute parser; relative strings
    # ("2 days ago", "today") go to the relative-time parser first.
    parsers = ["absolute-time"] if base == _SENTINEL else ["relative-time", "absolute-time"]
    return DateDataParser(
        languages=[language],
        settings={
            "RELATIVE_BASE": base,
            "DATE_ORDER": order,
            "PREFER_LOCALE_DATE_ORDER": False,
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": "current_period",
            "RETURN_TIME_AS_PERIOD": False,
            "PARSERS": parsers,
        },
    )


@lru_cache(maxsize=16384)
def dateparse(
    text: str, language: str, order: str = "DMY", base: dt.date | None = None
) -> tuple[dt.date, str] | None:
    """dateparser's reading of one located string: (date, period), or None.

    `base` is the publication date for relative strings; fully stated strings use a fixed
    sentinel base so that nothing is ever taken from today's date.
    """
    rel = _SENTINEL if base is None else dt.datetime(base.year, base.month, base.day)
    try:
        data = _parser(language, order, rel).get_date_data(text)
    except (ValueError, OverflowError):  # dateparser rejects some located strings outright
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return y, m + 1


_PARTS_OF_YEAR = {"early": (1, 6), "mid": (4, 9), "late": (7, 12)}
"""Parts of a year as overlapping month ranges, so vague parts never conflict by a hair."""
_PARTS_OF_DECADE = {"early": (0, 4), "mid": (3, 7), "late": (6, 9), None: (0, 9)}
_PARTS_OF_CENTURY = {"early": (1, 40), "mid": (30, 70), "late": (60, 100), None: (1, 100)}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _weekday(wd: int, rel: str, ctx: _Context, text: str) -> DateValue:
    pub = ctx.published
    if pub is None:
        return _unresolved("day", _NO_PUB)
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == "last":
        d, why = pub - dt.timedelta(days=back or 7), "last such weekday before publication"
    elif rel == "next":
        d, why = pub + dt.timedelta(days=ahead or 7), "next such weekday after publication"
    elif rel == "this" and not _future(ctx.before, ctx.code):
        # "este domingo" in a Monday paper is the day before, not six days on: news names
        # the nearest such day ("this Monday" on a Thursday is three days back)
        if back <= ahead:
            d, why = pub - dt.timedelta(days=back), "nearest such weekday to publication"
        else:
            d, why = pub + dt.timedelta(days=ahead), "nearest such weekday to publication"
    elif _future(ctx.before, ctx.code):
        d, why = pub + dt.timedelta(days=ahead), "weekday on or after publication (future tense)"
    else:
        d, why = pub - dt.timedelta(days=back), "weekday on or before publication"
    return _day(d, f"{why} {pub.isoformat()}")


def _named_month(mon: int, prep: str, ctx: _Context) -> DateValue:
    pub = ctx.published
    if pub is None:
        return _unresolved("month", "month without a year and no publication date")
    p = " ".join(prep.lower().split())
    if p == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif p == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    elif p == "this":
        y = pub.year
    elif _future(ctx.before, ctx.code) or p == "until":
        y = pub.year if mon >= pub.month else pub.year + 1
    else:
        y = pub.year if mon <= pub.month else pub.year - 1
    s, e = _month(y, mon)
    return _resolved(s, e, "month", f"year from publication date {pub.isoformat()}")


SOON_DAYS = 120
"""A day and month without a year, not in future tense, is read in the past year unless the
coming one is at most this many days ahead and less than half as far ("until May 22" written
on March 25 is this May, not last May)."""


def _month_day(mon: int, day: int, ctx: _Context, core: str) -> DateValue | None:
    pub = ctx.published
    if not 1 <= mon <= 12 or not 1 <= day <= calendar.monthrange(2024, mon)[1]:
        return None
    if pub is None:
        return _unresolved("day", "no year stated and no publication date")
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(y, mon, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if _future(ctx.before, ctx.code):
        pool = [c for c in candidates if c >= pub] or candidates
    else:
        pool = [c for c in candidates if c <= pub] or candidates
        ahead = [c for c in candidates if c > pub]
        if ahead and pool[0] <= pub:
            soon, back = min(ahead), max(pool)
            if (soon - pub).days <= SOON_DAYS and (pub - back).days > 2 * (soon - pub).days:
                pool = [soon]  # "I declare March 24 a day of mourning", written March 23
    told = [
        a.day for a in (*ctx.same, *ctx.previous) if TOLD_BEFORE < (pub - a.day).days <= TOLD_WITHIN
    ]
    if told:
        # the text has moved to an earlier time ("entrati nei sistemi il 12 febbraio 2024 …
        # Il 21 febbraio è scattato il ransomware", written in January 2025): a day without
        # its year is the one nearest the date just told
        near = min(candidates, key=lambda c: abs((c - told[-1]).days))
        if near != min(pool, key=lambda c: abs((c - pub).days)):
            return _day(near, f"year from the date before it {told[-1].isoformat()}")
    d = min(pool, key=lambda c: abs((c - pub).days))
    return _day(d, f"year from publication date {pub.isoformat()}")


TOLD_WITHIN = 400
"""Days before publication a date told before may lie at most and still give a day its year:
an older one ("20 October 1987" before "July 11") is history, not the story's time."""
TOLD_BEFORE = 60
"""Days before publication past which a date told just before a day without a year gives its
year (the nearest such day to it), instead of the publication date."""


def _period(rel: int, unit: str, el: str | None, ctx: _Context) -> DateValue:
    gran: Granularity = "week" if unit in ("week", "weekend") else unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    why = f"publication date {pub.isoformat()}"
    if unit == "year":
        s, e = _year(pub.year + rel)
    elif unit == "month":
        s, e = _month(*_add_months(pub, rel))
    elif unit == "weekend":
        sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=rel)
        if rel < 0 and pub.weekday() == 6:
            sat += dt.timedelta(weeks=1)
        s, e = sat, sat + dt.timedelta(days=1)
    else:
        s = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=rel)
        e = s + dt.timedelta(days=6)
    if rel == 0 and el:
        s, e = (s, pub) if el.lower() == "earlier" else (pub, e)
    return _resolved(s, e, gran, why)


def _past(unit: str, ctx: _Context) -> DateValue:
    """ "The past week/month/year": the span ending on the publication date."""
    gran: Granularity = "week" if unit in ("week", "weekend") else unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    days = {"week": 7, "weekend": 7, "month": 31, "year": 366}[unit]
    return _resolved(
        pub - dt.timedelta(days=days), pub, gran, f"publication date {pub.isoformat()}"
    )


def _ago(n: int, unit: str, core: str, ctx: _Context) -> DateValue | None:
    gran: Granularity = unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    why = f"publication date {pub.isoformat()}"
    if unit == "day":
        return _day(pub - dt.timedelta(days=n), why)
    if unit == "week":
        d = pub - dt.timedelta(weeks=n)
        return _resolved(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", why)
    if unit == "month":
        s, e = _month(*_add_months(pub, -n))
        return _resolved(s, e, "month", why)
    s, e = _year(pub.year - n)
    return _resolved(s, e, "year", why)


def _calendar_day(
    form: str, g: Mapping[str, str | None], order: str, lang: _Lang
) -> dt.date | None | Literal[False]:
    """A fully stated day by calendar arithmetic: the date, None when no such day exists
    (February 30), or False when the month word is unknown here and dateparser must read it.

    dateparser is slow; a day given as numbers or a known month name needs no parser.
    """
    try:
        y, d = int(g["y"] or 0), int(g["d"] or 0) if form != "numeric" else 0
        if form == "iso":
            mon = int(g["m"] or 0)
        elif form == "numeric":
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            mon, d = (b, a) if order == "DMY" else (a, b)
        else:
            named = _month_number(g["mon"] or "", lang)
            if named is None:
                return False
            mon = named
        return dt.date(y, mon, d)
    except ValueError:
        return None


Resolver = Callable[[str, Mapping[str, str | None], str, _Context, _Lang], DateValue | None]
"""Resolves one form: (form, its groups, the expression's core text, context, scanner)."""


def _full_date(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A day stated in full ("June 20, 2024", "20 juin 2024", "2024-06-20", "20/06/2024")."""
    order = "DMY" if _day_first(ctx.language) else "MDY"
    if form == "numeric":
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        if g["sep"] == "." or a > 12:
            order = "DMY"
        elif b > 12:
            order = "MDY"
    direct = _calendar_day(form, g, order, lang)
    if direct is not False:  # stated in full: plain calendar arithmetic decides
        return _day(direct, "absolute") if direct else None
    parsed = dateparse(core, lang.code, order)
    if parsed is None or parsed[1] != "day" or parsed[0].year != int(g["y"] or 0):
        return None
    return _day(parsed[0], "absolute")


def _month_of_year(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A month and year ("June 2024", "junio de 2024")."""
    mon = _month_number(g["mon"] or "", lang)
    if mon is not None:
        return _resolved(*_month(int(g["y"] or 0), mon), "month", "absolute")
    order = "DMY" if _day_first(ctx.language) else "MDY"
    parsed = dateparse(core, lang.code, order)
    if parsed is None or parsed[0].year != int(g["y"] or 0):
        return None
    return _resolved(*_month(parsed[0].year, parsed[0].month), "month", "absolute")


def _day_of_month(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A day and month without a year ("June 20", "20 juin"): the year from publication."""
    mon = _month_number(g["mon"] or "", lang)
    return _month_day(mon, int(g["d"] or 0), ctx, core) if mon else None


def _bare_year(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A year ("in 2017", "the year 2017", "the 2017 visit")."""
    if not g.get("p") and not g.get("the") and not _bare_year_ok(ctx.before, g):
        return None
    return _resolved(*_year(int(g["y"] or 0)), "year", "absolute")


YEAR_RANGE_MAX = 100
"""Years a span of years covers at most: a wider one is two other figures."""


def _year_range(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """Years from one to another ("from 2017 to 2019", "2017-2019", "von 1985 bis 1995");
    never two figures that only look like years ("entre 1500 y 2000 muertos")."""
    y1, y2 = int(g["y1"] or 0), int(g["y2"] or 0)
    if y2 <= y1 or y2 - y1 > YEAR_RANGE_MAX:
        return None
    return _resolved(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", "absolute")


def _year_part(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """Part of a stated year ("early 2023", "mid-2023")."""
    lo, hi = _PARTS_OF_YEAR[(g["part"] or "").lower()]
    y = int(g["y"] or 0)
    return _resolved(_month(y, lo)[0], _month(y, hi)[1], "season", "absolute")


def _season(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A season of a stated year ("spring 2023"; winter spans the turn of the year)."""
    y, s = int(g["y"] or 0), (g["s"] or "").lower()
    if s == "winter":
        return _resolved(dt.date(y - 1, 12, 1), _month(y + 1, 2)[1], "season", "absolute")
    lo, hi = _SEASONS[s]
    return _resolved(_month(y, lo)[0], _month(y, hi)[1], "season", "absolute")


def _decade(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A decade or part of one ("the 1950s", "the late 1990s", "los años 80")."""
    dec = int(g["dec"] or 0)
    if dec < 100:
        dec += 1900 if dec >= 30 else 2000
    part = (g.get("part") or "").lower() or None
    lo, hi = _PARTS_OF_DECADE[part]
    return _resolved(dt.date(dec + lo, 1, 1), dt.date(dec + hi, 12, 31), "decade", "absolute")


def _century(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A century or part of one ("the 19th century", "the early 20th century")."""
    c = int(g["c"] or 0)
    part = (g.get("part") or "").lower() or None
    lo, hi = _PARTS_OF_CENTURY[part]
    first = (c - 1) * 100
    return _resolved(dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), "century", "absolute")


def _relative_year_part(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """Part of a year named from publication ("late last year")."""
    pub = ctx.published
    if pub is None:
        return _unresolved("season", _NO_PUB)
    y = pub.year + {"last": -1, "this": 0, "next": 1}[(g["rel"] or "").lower()]
    lo, hi = _PARTS_OF_YEAR[(g["part"] or "").lower()]
    return _resolved(
        _month(y, lo)[0], _month(y, hi)[1], "season", f"publication date {pub.isoformat()}"
    )


def _deictic(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A day word relative to publication ("yesterday", "hier", "vorgestern")."""
    word = " ".join((g["w"] or "").split())
    table = {k.lower(): v for k, v in lang.lexicon.deictic.items()}
    off = table.get(word.lower(), 0)
    if ctx.published is None:
        return _unresolved("day", _NO_PUB)
    d = ctx.published + dt.timedelta(days=off)
    return _day(d, f"publication date {ctx.published.isoformat()}")


def _ago_form(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A count of units back from publication ("three weeks ago", "hace dos días")."""
    language = lang.code
    n = _number(g["n"] or "", language)
    unit = lang.lexicon.time_units.get((g["u"] or "").lower())
    if n is None or unit is None:
        return None
    digits = core.replace(g["n"] or "", str(n), 1)
    return _ago(n, unit, digits, ctx)


def _period_form(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """This, last or next week, month, year or weekend; the past week, month or year."""
    if g.get("ph"):
        phrase = " ".join((g["ph"] or "").split())
        periods = {k.lower(): v for k, v in lang.lexicon.periods.items()}
        found = periods.get(phrase.lower())
        return _period(*found, None, ctx) if found else None
    relw, unit = (g["rel"] or "").lower(), (g["u"] or "").lower()
    if relw == "past":
        return _past(unit, ctx)
    return _period({"this": 0, "last": -1, "next": 1, "coming": 1}[relw], unit, g.get("el"), ctx)


def _month_of_relative_year(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A month of a year named from publication ("June last year")."""
    mon = _month_number(g["mon"] or "", lang)
    if mon is None:
        return None
    if ctx.published is None:
        return _unresolved("month", _NO_PUB)
    y = ctx.published.year + {"last": -1, "this": 0, "next": 1}[(g["rel"] or "").lower()]
    return _resolved(*_month(y, mon), "month", f"publication date {ctx.published.isoformat()}")


def _month_alone(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A month without a year after a preposition ("in June", "last June")."""
    mon = _month_number(g["mon"] or "", lang)
    return _named_month(mon, g["p"] or "", ctx) if mon else None


def _weekday_form(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A weekday ("on Thursday", "last Friday", "el jueves pasado")."""
    wd = _weekday_number(g["wd"] or "", lang)
    if wd is None or _skip_weekday(ctx.before):
        return None
    rel_words = " ".join((g.get("rel2") or g.get("rel") or "on").lower().split())
    value = _weekday(wd, _WEEKDAY_REL.get(rel_words, "on"), ctx, core)
    before = " ".join(ctx.before.lower().split())
    if value.start is not None and before.endswith(lexicon(ctx.code).night_before):
        # "in der Nacht zum Samstag": the night runs from the evening before into the day
        night = value.start - dt.timedelta(days=1)
        return _resolved(night, value.start, "day", f"{value.reason}; the night into it")
    return value


def _event_relative(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """A day counted from another date or event ("two days later", "the day after the vote")."""
    return _evrel(g, ctx)


_FORMS: dict[str, Resolver] = {
    "mdy": _full_date,
    "dmy": _full_date,
    "iso": _full_date,
    "numeric": _full_date,
    "my": _month_of_year,
    "md": _day_of_month,
    "dm": _day_of_month,
    "year": _bare_year,
    "yearrange": _year_range,
    "yearpart": _year_part,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "relpart": _relative_year_part,
    "deictic": _deictic,
    "ago": _ago_form,
    "period": _period_form,
    "monthyear": _month_of_relative_year,
    "monthrel": _month_alone,
    "weekday": _weekday_form,
    "evrel": _event_relative,
    "evrelx": _event_relative,
}
"""The resolver of each scanner form (`scan._Lang.forms`)."""


def _resolve(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """The value of one located expression; None when it is not a date after all."""
    resolver = _FORMS.get(form)
    return resolver(form, g, core, ctx, lang) if resolver else None


def _month_number(word: str, lang: _Lang) -> int | None:
    w = word.strip()
    if w in lang.months:
        return lang.months[w]
    for k, v in lang.months.items():
        if k.lower() == w.lower() or k.lower().rstrip(".") == w.lower().rstrip("."):
            return v
    return None


def _weekday_number(word: str, lang: _Lang) -> int | None:
    for k, v in lang.weekdays.items():
        if k.lower() == word.lower():
            return v
    return None


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_COUNTED = frozenset(
    """km kg mph mw gw kw mm cm ft mi miles kilometres kilometers metres meters tonnes tons
    barrels bpd acres hectares people troops soldiers residents workers jobs votes deaths
    cases members units""".split()
)
"""Words after a number that make it a count, not a year ("a 1990 km journey")."""
_LAST_WORD = re.compile(r"([^\W\d_]+)[\W_]*$")


def _skip_weekday(before: str) -> bool:
    """ "every Thursday", "Good Friday": a habit or a holiday name, not a date."""
    m = _LAST_WORD.search(before[-24:])
    if not m:
        return False
    w = m.group(1).lower()
    return w in _EVERY or w in _HOLIDAY_PREFIX


def _bare_year_ok(before: str, g: Mapping[str, str | None]) -> bool:
    """A year without a preposition: after an article ("the 2017 visit") or at a phrase end."""
    tail = before[-20:].rstrip()
    if tail.endswith(("$", "€", "£", "No.", "no.", "#")):
        return False
    following = _FIRST_WORD.match(g.get("__after") or "")
    if following and following.group(1).lower() in _COUNTED:
        return False
    m = _LAST_WORD.search(tail)
    if tail.endswith(("’s", "'s")) or (
        m and m.group(1).lower() in _ARTICLE_BEFORE_YEAR and tail.endswith(m.group(1))
    ):
        return True
    stripped = (g.get("__after") or "").lstrip()
    at_end = stripped == "" or stripped[0] in ".,;:)!?—–\"”'’"
    return at_end and (tail == "" or tail.endswith((",", "(", "—", "–")))


def _value_of_match(
    m: re.Match[str], text: str, sent_start: int, ctx: _Context, lang: _Lang
) -> DateValue | None:
    form = m.lastgroup or ""
    names = lang.groups[form]
    g: dict[str, str | None] = {short: m.group(full) for full, short in names}
    core_start = m.start()
    if form in ("mdy", "dmy", "my", "md", "dm"):
        core_start = min(m.start(full) for full, short in names if g[short] is not None)
    if form in ("mdy", "md") and g.get("mon"):
        core_start = m.start(form + "__mon")
    core = text[core_start : m.end()]
    ctx.before = text[sent_start : m.start()]
    ctx.here = (m.start() - sent_start, m.end() - sent_start)
    g["__after"] = text[m.end() : m.end() + 24]
    return _resolve_in_calendar(form, g, core, ctx, lang)


_OFF_CALENDAR = "falls outside the calendar (years 1 to 9999)"
_UNIT_GRANULARITY: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}


def _resolve_in_calendar(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """`_resolve`, with a date that leaves the calendar (a relative date counted from a
    publication date of 0001-01-01 or 9999-12-31) unresolved instead of overflowing."""
    try:
        return _resolve(form, g, core, ctx, lang)
    except (OverflowError, ValueError):
        unit = (g.get("u") or "").lower().rstrip("s")
        return _unresolved(_UNIT_GRANULARITY.get(unit, "day"), _OFF_CALENDAR)


BRACKET_DAY_REACH = 7
"""Days a day of the month in brackets after a weekday may lie from the weekday's own date."""


def bracketed_day(value: DateValue, day: int) -> DateValue:
    """A weekday's date corrected by the day of the month written in brackets after it
    ("nesta terça-feira (25)"): the date with that day nearest the weekday's own, when one
    lies within `BRACKET_DAY_REACH` days; else `value` unchanged."""
    if value.start is None or not 1 <= day <= 31:
        return value
    base = value.start
    best: dt.date | None = None
    for months in (-1, 0, 1):
        y, m = _add_months(base, months)
        if day > calendar.monthrange(y, m)[1]:
            continue
        d = dt.date(y, m, day)
        if best is None or abs((d - base).days) < abs((best - base).days):
            best = d
    if best is None or abs((best - base).days) > BRACKET_DAY_REACH:
        return value
    if best == base:
        return value
    return _day(
        best, f"day {day} in brackets after the weekday ({base.isoformat()} by the weekday)"
    )
