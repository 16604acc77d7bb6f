"""The date kind's corpora: expected values with their surface forms, negatives, compare pairs.

`CORPUS` forms state every part themselves: they are extracted without a publication date.
`RELATIVE_CORPUS` entries carry the publication date they are anchored on (None: the article
has none), `LANGUAGE_CORPUS` entries the article language as well. A text without brackets
must be matched whole as one date; in a longer text (an event-relative date after its
anchor, a tense cue before a weekday) the last
date of the text is the one checked and its span is marked [in brackets] (the brackets are
not part of the text). An expected `reason` (None: not checked) must occur in the claim's
reason.
"""

from __future__ import annotations

import datetime as dt

from factcheck.core import Granularity, Verdict
from factcheck.kinds.date.value import DateValue

PUBLISHED = dt.date(2024, 6, 20)
"""A Thursday: the seed cluster's publication date."""
MONDAY = dt.date(2024, 6, 17)


def _v(
    start: str, end: str | None = None, gran: Granularity = "day", reason: str | None = "absolute"
) -> DateValue:
    s = dt.date.fromisoformat(start)
    e = dt.date.fromisoformat(end) if end else s
    return DateValue(start=s, end=e, granularity=gran, resolved=True, reason=reason)


def _r(
    start: str, end: str | None = None, gran: Granularity = "day", reason: str | None = None
) -> DateValue:
    """A resolved relative value; `reason` None leaves the reason unchecked."""
    return _v(start, end, gran, reason)


def _u(gran: Granularity = "day", reason: str = "") -> DateValue:
    return DateValue(start=None, end=None, granularity=gran, resolved=False, reason=reason)


CORPUS: tuple[tuple[DateValue, tuple[str, ...]], ...] = (
    (_v("2024-06-20"), ("2024-06-20", "June 20, 2024", "20 June 2024", "June 20 2024",
                        "20th June 2024", "the 20th of June 2024", "Jun. 20, 2024",
                        "Thursday, June 20, 2024", "on Thursday, June 20, 2024", "20/06/2024", "06/20/2024", "20.06.2024")),
    (_v("2023-09-03"), ("Sept. 3, 2023", "September 3rd, 2023", "3 September 2023",
                        "09/03/2023", "2023-09-03")),
    (_v("2024-05-06"), ("05/06/2024", "May 6, 2024", "6 May 2024")),
    (_v("2024-06-01", "2024-06-30", "month"), ("June 2024", "June of 2024", "early June 2024")),
    (_v("2024-02-01", "2024-02-29", "month"), ("February 2024", "Feb 2024")),
    (_v("2017-01-01", "2017-12-31", "year"), ("in 2017", "2017", "In 2017", "during 2017",
                                              "the year 2017")),
    (_v("1950-01-01", "1950-12-31", "year"), ("since 1950",)),
    (_v("2030-01-01", "2030-12-31", "year"), ("by 2030",)),
    (_v("1950-01-01", "1959-12-31", "decade"), ("the 1950s", "1950s", "the 1950's")),
    (_v("2000-01-01", "2004-12-31", "decade"), ("early 2000s", "the early 2000s")),
    (_v("1996-01-01", "1999-12-31", "decade"), ("the late 1990s",)),
    (_v("2023-04-01", "2023-09-30", "season"), ("mid-2023", "mid 2023")),
    (_v("2023-01-01", "2023-06-30", "season"), ("early 2023",)),
    (_v("2023-07-01", "2023-12-31", "season"), ("late 2023",)),
    (_v("2023-03-01", "2023-05-31", "season"), ("spring 2023", "Spring 2023", "spring of 2023")),
    (_v("2022-06-01", "2022-08-31", "season"), ("summer 2022",)),
    (_v("1801-01-01", "1900-12-31", "century"), ("the 19th century", "19th century")),
    (_v("1901-01-01", "1940-12-31", "century"), ("the early 20th century",)),
    (_v("2017-01-01", "2019-12-31", "year"), ("from 2017 to 2019", "2017-2019",
                                              "between 2017 and 2019", "2017–2019")),
)  # fmt: skip
"""Expected value → surface forms (no publication date needed)."""

NEGATIVE_CORPUS: tuple[str, ...] = (
    "12 deals", "block 11-2", "won 2-1", "a score of 3-2", "2024 people", "2024 votes were cast",
    "about 2000 soldiers", "1,500 troops", "room 2024", "Route 2024", "every weekend",
    "every Thursday", "each Monday", "On Sundays the market closes", "Prices may rise",
    "They may march again", "Protesters March Through Hanoi", "Workers march to the palace",
    "Theresa May resigned", "Mayday", "Black Friday sales", "the Good Friday agreement",
    "in their 90s", "the 90s", "at 2.30pm", "Section 20.1", "version 2.0.2024", "1.2024",
    "2024.5 tonnes", "the 12/12 rule", "day by day", "a busy day", "weeks of talks",
    "months of fighting", "for years", "over the years", "the week's news",
    "the year's biggest deal", "the 30th anniversary", "a 14th package", "Xi Jinping 2023",
    "a 3-0 win", "a 24/7 service", "the G20 summit", "COVID-19", "Agenda 2030",
    "the 1,200-km border", "a 1990 km journey", "about 1500 tonnes", "flight MH17",
)  # fmt: skip
"""Texts that yield no date claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("June 20, 2024", "2024-06-20", "agree"),
    ("20/06/2024", "June 20, 2024", "agree"),
    ("June 2024", "June 20, 2024", "compatible"),
    ("June 19, 2024", "June 20, 2024", "conflict"),
    ("2024", "June 2024", "compatible"),
    ("in 2017", "June 20, 2024", "conflict"),
    ("the 1950s", "since 1950", "compatible"),
    ("mid-2023", "June 2023", "compatible"),
    ("early 2023", "November 2023", "conflict"),
    ("2017-2019", "in 2018", "compatible"),
    ("the 19th century", "1850", "compatible"),
    ("spring 2023", "summer 2022", "conflict"),
    ("late 2023", "mid-2023", "compatible"),
)
"""Pairs of surface forms and the expected verdict."""

RELATIVE_CORPUS: tuple[tuple[dt.date | None, str, DateValue], ...] = (
    # the publication day and its neighbours
    (PUBLISHED, "today", _r("2024-06-20", reason="publication date 2024-06-20")),
    (PUBLISHED, "Today", _r("2024-06-20")),
    (PUBLISHED, "earlier today", _r("2024-06-20")),
    (PUBLISHED, "tonight", _r("2024-06-20")),
    (PUBLISHED, "this morning", _r("2024-06-20")),
    (PUBLISHED, "yesterday", _r("2024-06-19")),
    (PUBLISHED, "last night", _r("2024-06-19")),
    (PUBLISHED, "tomorrow", _r("2024-06-21")),
    (PUBLISHED, "the day before yesterday", _r("2024-06-18")),
    # weekdays: the publication weekday itself, else the nearest past one
    (PUBLISHED, "on Thursday", _r("2024-06-20", reason="on or before publication")),
    (PUBLISHED, "Thursday", _r("2024-06-20")),
    (PUBLISHED, "on Wednesday", _r("2024-06-19")),
    (PUBLISHED, "on Monday", _r("2024-06-17")),
    (PUBLISHED, "on Friday", _r("2024-06-14")),
    (PUBLISHED, "on Sunday", _r("2024-06-16")),
    (PUBLISHED, "last Thursday", _r("2024-06-13")),
    (PUBLISHED, "last Friday", _r("2024-06-14")),
    (PUBLISHED, "next Tuesday", _r("2024-06-25")),
    (PUBLISHED, "next Thursday", _r("2024-06-27")),
    (PUBLISHED, "this Monday", _r("2024-06-17")),
    (PUBLISHED, "Putin will visit Hanoi [on Friday]", _r("2024-06-21", reason="future tense")),
    (PUBLISHED, "The talks are due to resume [on Tuesday]", _r("2024-06-25")),
    # a future marker in another clause speaks of another event
    (
        PUBLISHED,
        "Microsoft will pay $95 a share, a premium to the closing price [on Friday]",
        _r("2024-06-14", reason="weekday on or before publication"),
    ),
    (PUBLISHED, "The vote is scheduled for [Sunday]", _r("2024-06-23")),
    (MONDAY, "on Monday", _r("2024-06-17")),
    (MONDAY, "on Sunday", _r("2024-06-16")),
    (MONDAY, "last Monday", _r("2024-06-10")),
    # "this" names the nearest such day: yesterday's Sunday in a Monday paper
    (MONDAY, "this Sunday", _r("2024-06-16", reason="nearest")),
    (PUBLISHED, "this Saturday", _r("2024-06-22", reason="nearest")),
    # weeks, months, years
    (PUBLISHED, "last week", _r("2024-06-10", "2024-06-16", "week")),
    (PUBLISHED, "this week", _r("2024-06-17", "2024-06-23", "week")),
    (PUBLISHED, "next week", _r("2024-06-24", "2024-06-30", "week")),
    (PUBLISHED, "earlier this week", _r("2024-06-17", "2024-06-20", "week")),
    (PUBLISHED, "Earlier this week", _r("2024-06-17", "2024-06-20", "week")),
    (PUBLISHED, "later this week", _r("2024-06-20", "2024-06-23", "week")),
    (PUBLISHED, "the past week", _r("2024-06-13", "2024-06-20", "week")),
    (PUBLISHED, "last weekend", _r("2024-06-15", "2024-06-16", "week")),
    (PUBLISHED, "this weekend", _r("2024-06-22", "2024-06-23", "week")),
    (PUBLISHED, "this year", _r("2024-01-01", "2024-12-31", "year")),
    (PUBLISHED, "last year", _r("2023-01-01", "2023-12-31", "year")),
    (PUBLISHED, "next year", _r("2025-01-01", "2025-12-31", "year")),
    (PUBLISHED, "earlier this year", _r("2024-01-01", "2024-06-20", "year")),
    (PUBLISHED, "last month", _r("2024-05-01", "2024-05-31", "month")),
    (PUBLISHED, "this month", _r("2024-06-01", "2024-06-30", "month")),
    (PUBLISHED, "next month", _r("2024-07-01", "2024-07-31", "month")),
    (PUBLISHED, "earlier this month", _r("2024-06-01", "2024-06-20", "month")),
    (PUBLISHED, "late last year", _r("2023-07-01", "2023-12-31", "season")),
    (PUBLISHED, "early this year", _r("2024-01-01", "2024-06-30", "season")),
    # N units ago
    (PUBLISHED, "two days ago", _r("2024-06-18")),
    (PUBLISHED, "just a day ago", _r("2024-06-19")),
    (PUBLISHED, "a day ago", _r("2024-06-19")),
    (PUBLISHED, "3 days ago", _r("2024-06-17")),
    (PUBLISHED, "a week ago", _r("2024-06-10", "2024-06-16", "week")),
    (PUBLISHED, "two months ago", _r("2024-04-01", "2024-04-30", "month")),
    (PUBLISHED, "five years ago", _r("2019-01-01", "2019-12-31", "year")),
    # a month and day without a year; a month alone
    (PUBLISHED, "June 19", _r("2024-06-19")),
    (PUBLISHED, "19 June", _r("2024-06-19")),
    (PUBLISHED, "December 5", _r("2023-12-05")),
    (PUBLISHED, "The summit will be held on [December 5]", _r("2024-12-05")),
    (PUBLISHED, "Talks will resume on [June 19]", _r("2025-06-19")),
    (PUBLISHED, "I declare [June 21] a day of national mourning", _r("2024-06-21")),
    (PUBLISHED, "They are held until [August 22]", _r("2024-08-22")),
    (PUBLISHED, "The talks began on [June 10]", _r("2024-06-10")),
    (PUBLISHED, "The ship sailed on [November 30]", _r("2023-11-30")),
    (PUBLISHED, "in June", _r("2024-06-01", "2024-06-30", "month")),
    (PUBLISHED, "in May", _r("2024-05-01", "2024-05-31", "month")),
    (PUBLISHED, "in December", _r("2023-12-01", "2023-12-31", "month")),
    (PUBLISHED, "last June", _r("2023-06-01", "2023-06-30", "month")),
    (PUBLISHED, "next March", _r("2025-03-01", "2025-03-31", "month")),
    (PUBLISHED, "in January last year", _r("2023-01-01", "2023-01-31", "month")),
    (PUBLISHED, "March this year", _r("2024-03-01", "2024-03-31", "month")),
    (PUBLISHED, "on Thursday, June 20", _r("2024-06-20")),
    (PUBLISHED, "The election will take place [in November]", _r("2024-11-01", "2024-11-30", "month")),
    # relative to another event in the text
    (PUBLISHED, "The summit opened on June 19, 2024. [The previous day], talks failed.",
     _r("2024-06-18", reason="the event date 2024-06-19")),
    (PUBLISHED, "Talks began on Monday. [A day later], they collapsed.", _r("2024-06-18")),
    (PUBLISHED, "Talks began on Monday and collapsed [two days later].", _r("2024-06-19")),
    (PUBLISHED, "Talks began on Monday. They ended [the same day].", _r("2024-06-17")),
    (PUBLISHED, "Talks began on Monday. [The following day], they collapsed.", _r("2024-06-18")),
    (PUBLISHED, "Putin met Kim on Wednesday. He flew to Hanoi [just one day after meeting Kim].",
     _r("2024-06-20", reason="after “meeting Kim”")),
    (PUBLISHED, "The summit opened on June 19, 2024. The deal came [two days after the summit].",
     _r("2024-06-21")),
    (PUBLISHED, "Putin signed the deals on Thursday. Both sides praised them. "
                "[The previous day], he met Kim.", _r("2024-06-19", reason="lead date")),
    (None, "Putin met Kim on June 19, 2024. [The next day] he flew to Hanoi.", _r("2024-06-20")),
    (PUBLISHED, "He flew to Hanoi [just one day after meeting Kim].",
     _u("day", "“meeting Kim”, whose date is not stated")),
    (PUBLISHED, "[The previous day], he met Kim.", _u("day", "does not state")),
    (PUBLISHED, "a day earlier", _u("day", "does not state")),
    # no publication date: relative dates stay unresolved, absolute ones resolve
    (None, "today", _u("day", "no publication date")),
    (None, "on Thursday", _u("day", "no publication date")),
    (None, "Just a day ago", _u("day", "no publication date")),
    (None, "Earlier this week", _u("week", "no publication date")),
    (None, "last year", _u("year", "no publication date")),
    (None, "June 19", _u("day", "no year")),
    (None, "in June", _u("month", "no publication date")),
    (None, "late last year", _u("season", "no publication date")),
    (None, "June 19, 2024", _v("2024-06-19")),
)  # fmt: skip
"""(publication date, text, expected value of the text's last date)."""

LANGUAGE_CORPUS: tuple[tuple[str, dt.date | None, str, DateValue], ...] = (
    ("es", PUBLISHED, "el jueves", _r("2024-06-20")),
    ("es", PUBLISHED, "El jueves", _r("2024-06-20")),
    ("es", PUBLISHED, "el miércoles", _r("2024-06-19")),
    ("es", PUBLISHED, "el pasado jueves", _r("2024-06-13")),
    ("es", PUBLISHED, "el próximo martes", _r("2024-06-25")),
    ("es", None, "19 de junio de 2024", _v("2024-06-19")),
    ("es", PUBLISHED, "el 19 de junio", _r("2024-06-19")),
    ("es", None, "junio de 2024", _v("2024-06-01", "2024-06-30", "month")),
    ("es", None, "en 2017", _v("2017-01-01", "2017-12-31", "year")),
    ("es", None, "los años 50", _v("1950-01-01", "1959-12-31", "decade")),
    ("es", PUBLISHED, "hoy", _r("2024-06-20")),
    ("es", PUBLISHED, "ayer", _r("2024-06-19")),
    ("es", PUBLISHED, "hace dos días", _r("2024-06-18")),
    ("es", PUBLISHED, "el año pasado", _r("2023-01-01", "2023-12-31", "year")),
    ("es", PUBLISHED, "la semana pasada", _r("2024-06-10", "2024-06-16", "week")),
    ("es", None, "05/06/2024", _v("2024-06-05")),
    ("it", None, "19 giugno 2024", _v("2024-06-19")),
    ("it", None, "giugno 2024", _v("2024-06-01", "2024-06-30", "month")),
    ("it", PUBLISHED, "giovedì", _r("2024-06-20")),
    ("it", PUBLISHED, "giovedì scorso", _r("2024-06-13")),
    ("it", PUBLISHED, "il 19 giugno", _r("2024-06-19")),
    ("it", None, "nel 2017", _v("2017-01-01", "2017-12-31", "year")),
    ("it", None, "dopo quello del [1960] ad Agadir", _v("1960-01-01", "1960-12-31", "year")),
    ("it", PUBLISHED, "ieri", _r("2024-06-19")),
    ("it", PUBLISHED, "due giorni fa", _r("2024-06-18")),
    ("it", PUBLISHED, "quest'anno", _r("2024-01-01", "2024-12-31", "year")),
    ("it", PUBLISHED, "l'anno scorso", _r("2023-01-01", "2023-12-31", "year")),
    ("it", None, "gli anni '50", _v("1950-01-01", "1959-12-31", "decade")),
    ("fr", None, "de 1985 à 1995", _v("1985-01-01", "1995-12-31", "year")),
    ("fr", None, "entre 1981 et 1984", _v("1981-01-01", "1984-12-31", "year")),
    ("de", None, "von 1985 bis 1995", _v("1985-01-01", "1995-12-31", "year")),
    ("it", None, "dal 1984 al 1995", _v("1984-01-01", "1995-12-31", "year")),
    ("it", None, "tra il 1981 e il 1984", _v("1981-01-01", "1984-12-31", "year")),
    ("es", None, "de 1985 a 1995", _v("1985-01-01", "1995-12-31", "year")),
    ("pt", None, "entre 1985 e 1995", _v("1985-01-01", "1995-12-31", "year")),
    ("fr", None, "3 mars 2023", _v("2023-03-03")),
    ("fr", None, "le 1er mars 2023", _v("2023-03-01")),
    ("fr", None, "juin 2024", _v("2024-06-01", "2024-06-30", "month")),
    ("fr", PUBLISHED, "jeudi", _r("2024-06-20")),
    ("fr", PUBLISHED, "jeudi dernier", _r("2024-06-13")),
    ("fr", PUBLISHED, "mardi prochain", _r("2024-06-25")),
    ("fr", PUBLISHED, "le 19 juin", _r("2024-06-19")),
    ("fr", PUBLISHED, "aujourd'hui", _r("2024-06-20")),
    ("fr", PUBLISHED, "hier", _r("2024-06-19")),
    ("fr", PUBLISHED, "il y a deux jours", _r("2024-06-18")),
    ("fr", PUBLISHED, "l'année dernière", _r("2023-01-01", "2023-12-31", "year")),
    ("fr", None, "les années 1950", _v("1950-01-01", "1959-12-31", "decade")),
    ("de", None, "7. Oktober 2023", _v("2023-10-07")),
    ("de", None, "am 7. Oktober 2023", _v("2023-10-07")),
    ("de", None, "[Am 7. Oktober 2023] griff die Hamas Israel an.", _v("2023-10-07")),
    ("de", None, "Oktober 2023", _v("2023-10-01", "2023-10-31", "month")),
    ("de", None, "20.06.2024", _v("2024-06-20")),
    ("de", PUBLISHED, "am Donnerstag", _r("2024-06-20")),
    ("de", PUBLISHED, "letzten Donnerstag", _r("2024-06-13")),
    ("de", PUBLISHED, "am 19. Juni", _r("2024-06-19")),
    ("de", None, "im Jahr 2017", _v("2017-01-01", "2017-12-31", "year")),
    ("de", PUBLISHED, "heute", _r("2024-06-20")),
    ("de", PUBLISHED, "gestern", _r("2024-06-19")),
    ("de", PUBLISHED, "vor zwei Tagen", _r("2024-06-18")),
    ("de", PUBLISHED, "letzte Woche", _r("2024-06-10", "2024-06-16", "week")),
    ("de", None, "die 1950er Jahre", _v("1950-01-01", "1959-12-31", "decade")),
    ("de", None, "heute", _u("day", "no publication date")),
    ("pt", None, "13 de julho de 2024", _v("2024-07-13")),
    ("pt", PUBLISHED, "em [19 de junho]", _r("2024-06-19")),
    ("pt", None, "julho de 2024", _v("2024-07-01", "2024-07-31", "month")),
    ("pt", None, "em 2017", _v("2017-01-01", "2017-12-31", "year")),
    ("pt", None, "nos anos 90", _v("1990-01-01", "1999-12-31", "decade")),
    ("pt", PUBLISHED, "na quinta-feira", _r("2024-06-20")),
    # a month without a year after a preposition: the nearest such month on or before
    # publication, ahead when the sentence speaks of what is expected
    ("pt", PUBLISHED, "em março", _r("2024-03-01", "2024-03-31", "month")),
    ("es", PUBLISHED, "en marzo", _r("2024-03-01", "2024-03-31", "month")),
    ("fr", PUBLISHED, "en avril", _r("2024-04-01", "2024-04-30", "month")),
    ("it", PUBLISHED, "a maggio", _r("2024-05-01", "2024-05-31", "month")),
    ("de", PUBLISHED, "im Mai", _r("2024-05-01", "2024-05-31", "month")),
    ("de", PUBLISHED, "Volkswirte erwarten die nächste Senkung [im September]",
     _r("2024-09-01", "2024-09-30", "month")),
    # the day in brackets after a weekday is the day of the month, and wins
    ("pt", PUBLISHED, "nesta quarta-feira (19)", _r("2024-06-19")),
    ("pt", PUBLISHED, "nesta quarta-feira (18)", _r("2024-06-18", reason="day 18 in brackets")),
    ("pt", None, "nesta quarta-feira (19)", _u("day", "no publication date")),
    ("pt", PUBLISHED, "quinta-feira passada", _r("2024-06-13")),
    ("pt", PUBLISHED, "na próxima terça-feira", _r("2024-06-25")),
    ("pt", PUBLISHED, "hoje", _r("2024-06-20")),
    ("pt", PUBLISHED, "ontem", _r("2024-06-19")),
    ("pt", PUBLISHED, "há dois dias", _r("2024-06-18")),
    ("pt", PUBLISHED, "no ano passado", _r("2023-01-01", "2023-12-31", "year")),
    ("pt", None, "20/06/2024", _v("2024-06-20")),
)  # fmt: skip
"""(language, publication date, text, expected value) in the article's own language."""

LANGUAGE_NEGATIVE_CORPUS: tuple[tuple[str, str], ...] = (
    ("es", "Puede que mayo sea difícil"),
    ("es", "cada jueves"),
    ("fr", "Mars est une planète"),
    ("fr", "chaque lundi"),
    ("de", "Am Morgen regnete es"),
    ("de", "jeden Montag"),
    ("it", "ogni giovedì"),
    ("pt", "Maio é um nome"),
    ("pt", "todo sábado"),
    ("es", "entre 1500 y 2000 muertos"),
)
"""(language, text) that yield no date claim."""
