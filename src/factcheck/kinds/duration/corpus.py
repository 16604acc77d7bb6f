"""Corpus of the duration kind: expected value → surface forms, negatives, compare pairs.

A form is English text, or (language, text); square brackets mark the claim's span when it
is not the whole form.
"""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.duration.value import DurationValue


def _d(low: float | None, high: float | None, unit: str, q: str | None = None) -> DurationValue:
    return DurationValue(low=low, high=high, unit=unit, qualifier=q)


Form = str | tuple[str, str]

CORPUS: tuple[tuple[DurationValue, tuple[Form, ...]], ...] = (
    (
        _d(7235, 7235, "second"),
        (
            "finishing in [2:00:35] to break the record",
            "finishing in [2 hours and 35 seconds]",
            ("fr", "en [2h00'35'']"),
            ("es", "con un tiempo de [2:00:35]"),
            ("it", "in [2 ore 0 minuti e 35 secondi]"),
            ("de", "in [2 Stunden und 35 Sekunden]"),
        ),
    ),
    (
        _d(1, 1, "hour"),
        (
            "an aftershock struck [an hour] later",
            ("es", "una réplica sacudió la región [una hora] después"),
            ("fr", "une réplique [une heure] plus tard"),
            ("de", "[eine Stunde] später bebte die Erde erneut"),
        ),
    ),
    (
        _d(18, 18, "hour"),
        ("ending an [18-hour] search-and-rescue effort", "an [eighteen-hour] search"),
    ),
    (
        _d(30, 30, "day"),
        ("a [30-day] deadline", "30 days"),
    ),
    (
        _d(40, 40, "hour"),
        (
            "[40 hours] of oxygen left",
            "40 hours",
            "forty hours",
            "40 hrs",
            ("es", "40 horas"),
            ("es", "cuarenta horas"),
            ("fr", "40 heures"),
            ("fr", "quarante heures"),
            ("de", "40 Stunden"),
            ("de", "vierzig Stunden"),
            ("it", "40 ore"),
            ("it", "quaranta ore"),
            ("pt", "40 horas"),
            ("pt", "quarenta horas"),
        ),
    ),
    (
        _d(14, 14, "hour"),
        (("fr", "[14 heures] de recherches"), ("es", "14 horas"), "14 hours"),
    ),
    (
        _d(3, 3, "day"),
        (
            "[three days] of mourning",
            "3 days",
            ("es", "tres días"),
            ("es", "[tres días] de luto"),
            ("fr", "trois jours"),
            ("fr", "[trois jours] de deuil"),
            ("de", "drei Tage"),
            ("de", "[drei Tage] Staatstrauer"),
            ("it", "tre giorni"),
            ("it", "[tre giorni] di lutto"),
            ("pt", "três dias"),
            ("pt", "[três dias] de luto"),
        ),
    ),
    (
        _d(3, 24, "month"),
        (
            "three months to two years",
            "3 months to 2 years",
            ("es", "tres meses a dos años"),
            ("fr", "trois mois à deux ans"),
        ),
    ),
    (
        _d(130, 130, "minute"),
        (
            "2 hours and 10 minutes",
            "two hours and ten minutes",
            "2 hours 10 minutes",
            ("es", "2 horas y 10 minutos"),
            ("fr", "2 heures et 10 minutes"),
            ("de", "2 Stunden und 10 Minuten"),
            ("it", "2 ore e 10 minuti"),
            ("pt", "2 horas e 10 minutos"),
        ),
    ),
    (
        _d(105, 105, "minute"),
        (
            "an hour and 45 minutes",
            "one hour and 45 minutes",
            "1 hour 45 minutes",
            ("fr", "une heure et 45 minutes"),
            ("es", "una hora y 45 minutos"),
            ("pt", "uma hora e 45 minutos"),
        ),
    ),
    (
        _d(30, 30, "minute"),
        (
            "half an hour",
            ("es", "media hora"),
            ("fr", "une demi-heure"),
            "30 minutes",
            ("pt", "meia hora"),
        ),
    ),
    (_d(90, 90, "minute"), ("90 minutes", ("it", "90 minuti"), ("de", "90 Minuten"))),
    (
        _d(1.5, 1.5, "hour"),
        (
            "one and a half hours",
            "1.5 hours",
            ("es", "1,5 horas"),
            ("es", "una hora y media"),
            ("fr", "une heure et demie"),
        ),
    ),
    (
        _d(6.5, 6.5, "year"),
        (
            "six and a half years",
            ("fr", "six ans et demi"),
            ("es", "seis años y medio"),
            ("pt", "seis anos e meio"),
            ("it", "sei anni e mezzo"),
            ("de", "sechseinhalb Jahre"),
        ),
    ),
    (
        _d(25, 25, "year"),
        (
            "25 years",
            "twenty-five years",
            ("es", "25 años"),
            ("fr", "25 ans"),
            ("de", "25 Jahre"),
            ("it", "25 anni"),
            ("pt", "25 anos"),
            ("es", "durante [25 años]"),
            ("de", "seit [25 Jahren]"),
        ),
    ),
    (
        _d(5, 5, "year"),
        ("five years", ("es", "cinco años"), ("pt", "cinco anos"), "for [five years]"),
    ),
    (_d(8, 8, "year"), (("es", "8 años"), ("es", "ocho años"), "eight years")),
    (
        _d(20, 20, "year"),
        ("two decades", "20 years", ("es", "dos décadas"), ("fr", "deux décennies")),
    ),
    (_d(2, 2, "year"), ("two years", "2 years")),
    (_d(8, 8, "hour"), ("[eight hours] after losing contact", ("it", "[otto ore] dopo"))),
    (_d(24, 24, "month"), ("24 months", ("es", "24 meses"), ("fr", "24 mois"))),
    (
        _d(4, 4, "day"),
        (
            "four days",
            ("de", "vier Tage"),
            ("de", "vier Tagen"),
            ("pt", "quatro dias"),
            ("de", "nach [viertägiger] Suche"),
            ("de", "4-tägig"),
        ),
    ),
    (_d(96, 96, "hour"), ("96 hours", ("fr", "96 heures"), ("es", "96 horas"))),
    (_d(2, 3, "day"), ("two or three days", "2-3 days", "2 to 3 days", ("es", "2 o 3 días"))),
    (
        _d(10, 12, "day", "between"),
        (
            "between 10 and 12 days",
            ("es", "entre 10 y 12 días"),
            ("de", "zwischen 10 und 12 Tagen"),
        ),
    ),
    (
        _d(18, None, "hour", "more than"),
        (
            "more than 18 hours",
            ("es", "más de 18 horas"),
            ("fr", "plus de 18 heures"),
            ("de", "mehr als 18 Stunden"),
            ("it", "oltre 18 ore"),
            ("pt", "mais de 18 horas"),
        ),
    ),
    (_d(0, 20, "second", "up to"), ("up to 20 seconds", ("es", "hasta 20 segundos"))),
    (
        _d(18, 22, "second", "about"),
        (
            "about 20 seconds",
            ("fr", "environ 20 secondes"),
            ("de", "etwa 20 Sekunden"),
            ("es", "unos 20 segundos"),
            ("it", "circa 20 secondi"),
            ("pt", "cerca de 20 segundos"),
        ),
    ),
    (
        _d(2, 2, "week"),
        (
            "two weeks",
            ("es", "dos semanas"),
            ("fr", "deux semaines"),
            ("de", "zwei Wochen"),
            ("it", "due settimane"),
            ("pt", "duas semanas"),
        ),
    ),
    (_d(1, 1, "day"), ("1 day",)),
    (_d(100, 100, "year"), ("[100 years] of history",)),
    (
        _d(10, None, "year", "at least"),
        (
            "at least 10 years",
            ("es", "al menos 10 años"),
            ("fr", "au moins 10 ans"),
            "10-plus years",
            "10 plus years",
            "10+ years",
        ),
    ),
)

NEGATIVE_CORPUS: tuple[Form, ...] = (
    "in 2024",
    "a 45-year-old man",
    "a three-day-old baby",
    "45 years old",
    "Dawood, 48, was aboard",
    ("fr", "Miguel Luna, 49 ans, est porté disparu"),
    ("es", "Fuentes, de 35 años, trabajaba"),
    ("es", "un hombre de 35 años"),
    ("de", "der 48-Jährige"),
    "two days ago",
    ("es", "hace 8 años"),
    ("fr", "il y a 3 ans"),
    ("de", "vor 5 Jahren"),
    ("it", "tre anni fa"),
    ("pt", "há 8 anos"),
    ("fr", "à 6 heures"),
    ("es", "a las 18 horas"),
    "a 10-year bond",
    "one day",
    "a year",
    "Flight BA117",
    "the A320neo",
    "won 2-1",
    "call 555-1234",
    "at 1:30 a.m.",
    "the 1990s",
    "12 people",
    "40 km",
    "24/7",
    "Covid-19",
    "the day after",
    "one day after",
    "each year",
    "3 Days remaining",
    "two days later",
    "10h Heat health warning",
    ("de", "der 48-Jährige"),
    "Day 3 of the trial",
    "the year 2024",
    "two-year yields",
    "in the past few days",
    "several weeks",
    "many years",
    "a few hours",
)

COMPARE_CORPUS: tuple[tuple[Form, Form, Verdict | None], ...] = (
    ("two years", "24 months", "agree"),
    ("40 hours", "41 hours", "conflict"),
    ("40 hours", ("es", "40 horas"), "agree"),
    ("more than 18 hours", "20 hours", "compatible"),
    ("about 20 seconds", "21 seconds", "compatible"),
    ("five years", ("es", "8 años"), "conflict"),
    ("three days", "twelve years", None),
    ("40 hours", "three days", None),
    ("an hour and 45 minutes", "105 minutes", "agree"),
    ("three days", "72 hours", "agree"),
    ("two or three days", "3 days", "compatible"),
    ("14 hours", "18 hours", "conflict"),
    ("40 hours", "200 hours", None),
)
