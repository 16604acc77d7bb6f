"""Corpus of the time kind: expected value → surface forms, negatives, compare pairs.

A form is English text, or (language, text); square brackets mark the claim's span when it
is not the whole form.
"""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.time.value import TimeValue


def _t(hour: int, minute: int = 0, tz: str | None = None, q: str | None = None) -> TimeValue:
    return TimeValue(hour=hour, minute=minute, timezone=tz, qualifier=q)


Form = str | tuple[str, str]

CORPUS: tuple[tuple[TimeValue, tuple[Form, ...]], ...] = (
    (
        _t(1, 30, q="about"),
        (
            "at about 1:30 a.m.",
            "at around 1.30am",
            "around 1:30 a.m.",
            ("fr", "vers 1h30"),
            ("fr", "vers 1 h 30"),
            ("es", "en torno a la 1:30"),
            ("es", "hacia la 1:30"),
            ("es", "sobre la 1.30 de la madrugada"),
            ("pt", "por volta da 1h30"),
            ("pt", "por volta das 1h30 da manhã"),
            ("de", "gegen 1.30 Uhr"),
            ("de", "gegen 1:30 Uhr"),
            ("it", "intorno alle 1:30"),
        ),
    ),
    (
        _t(1, 30),
        (
            "1:30 a.m.",
            "1.30am",
            "1:30am",
            ("fr", "à 1h30"),
            ("es", "a la 1:30"),
            ("de", "um 1.30 Uhr"),
            ("it", "alle 1.30"),
            ("pt", "às 1h30"),
        ),
    ),
    (
        _t(6, 30),
        (
            ("de", "um 6.30 Uhr"),
            ("de", "6:30 Uhr"),
            "6:30 a.m.",
            ("fr", "à 6h30"),
            ("es", "a las 6:30"),
        ),
    ),
    (
        _t(18),
        (
            "6 p.m.",
            "6pm",
            "6 pm",
            ("de", "18 Uhr"),
            ("de", "um 18 Uhr"),
            ("fr", "à 18h"),
            ("fr", "à 18 heures"),
            ("fr", "à 6 heures du soir"),
            ("es", "a las 18 horas"),
            ("es", "a las 6 de la tarde"),
            ("pt", "às 18h"),
            ("pt", "às 6 da tarde"),
            ("it", "alle 18"),
            ("it", "alle ore 18"),
        ),
    ),
    (
        _t(18, q="after"),
        (
            "shortly after 6 p.m.",
            "just after 6pm",
            ("es", "poco después de las 18 horas"),
            ("fr", "peu après 18h"),
            ("de", "kurz nach 18 Uhr"),
        ),
    ),
    (_t(18, 11, "EDT"), ("6:11 p.m. EDT", "18:11 EDT", ("fr", "18h11 EDT"))),
    (
        _t(23, 11),
        (
            "11:11 p.m.",
            "23:11",
            ("es", "las [23:11]"),
            ("fr", "à 23h11"),
            ("it", "alle 23:11"),
            ("pt", "às 23h11"),
            ("de", "um 23.11 Uhr"),
            ("es", "a las 23.11 horas"),
        ),
    ),
    (
        _t(23, 11, "local"),
        (
            "11:11 p.m. local time",
            ("es", "23:11 hora local"),
            ("fr", "23h11 heure locale"),
            ("de", "23.11 Uhr Ortszeit"),
            ("it", "23:11 ora locale"),
        ),
    ),
    (
        _t(22, 11, "GMT"),
        (
            "22:11 GMT",
            "2211 GMT",
            ("fr", "22h11 GMT"),
            ("es", "22:11 GMT"),
            "10:11 p.m. GMT",
            ("de", "22.11 Uhr GMT"),
        ),
    ),
    (_t(5, 30, "GMT"), ("0530 GMT", "05:30 GMT", "5:30 a.m. GMT")),
    (_t(5, 30, "UTC"), ("05:30 UTC", "0530 UTC")),
    (_t(13, 30), ("1:30 p.m.", "13:30", ("fr", "à 13h30"))),
    (_t(12, q=None), ("at noon", ("fr", "à midi"), ("es", "al mediodía"))),
    (_t(0), ("at midnight", ("fr", "à minuit"), ("de", "um Mitternacht"), ("it", "a mezzanotte"))),
    (
        _t(8),
        (
            "8 a.m.",
            ("de", "um 8 Uhr"),
            ("fr", "à 8h"),
            ("es", "a las 8 de la mañana"),
            ("pt", "às 8h"),
        ),
    ),
    (_t(6), ("6 a.m.", "at 06:00", ("fr", "à 6h00"))),
    (_t(12, 58, "GMT+1"), ("12:58 GMT+1",)),
    (_t(18, q="before"), ("before 6 p.m.", "shortly before 6 p.m.")),
    (_t(10, 15, "CET"), ("10:15 CET", ("fr", "10h15 CET"))),
    (_t(10, 15, "MEZ"), (("de", "10.15 Uhr MEZ"),)),
)

NEGATIVE_CORPUS: tuple[Form, ...] = (
    "in 2024",
    "at 6",
    "won 2-1",
    "a 2:1 vote",
    "Flight BA117",
    "the A320neo",
    "call 555-1234",
    "+44 20 7946 0958",
    "1.30",
    "3.5 percent",
    "14 hours",
    ("fr", "14 heures de recherches"),
    ("es", "24 horas"),
    ("fr", "pendant 24h"),
    "at 10",
    "by 2025",
    "3:2",
    "John 3:16",
    "12 people",
    "1:30:45",
    "40 km",
    "in 18 months",
    "after 12 days",
    "Article 6.30",
    "the 6.30 figure",
    "25:00",
    "10:75",
    "from 1 to 2",
    "at 14",
    ("de", "um 14"),
    "13 p.m.",
    "Missing sub has estimated 41 hours of air 12:37",
    "10h Arctic Monkeys close Glastonbury",
    "3:28 PM EDT, March 25, 2024",
    "version 2.30",
    "at 12.5 percent",
    ("fr", "en 2h00'35''"),
)

COMPARE_CORPUS: tuple[tuple[Form, Form, Verdict | None], ...] = (
    ("at about 1:30 a.m.", ("fr", "vers 1h30"), "agree"),
    ("1:30 a.m.", "1:30 p.m.", "conflict"),
    ("at about 1:30 a.m.", "1 a.m.", "conflict"),
    ("at about 1:30 a.m.", "1:45 a.m.", "compatible"),
    ("shortly after 6 p.m.", "6:11 p.m.", "compatible"),
    ("6:11 p.m. EDT", "22:11 GMT", "agree"),
    ("11:11 p.m. local time", "22:11 GMT", None),
    ("23:11", "22:11 GMT", None),
    ("05:30 GMT", "0530 GMT", "agree"),
    ("6 p.m.", "8 p.m.", "conflict"),
    # an outlet's home time is its readers' clock, not the event's local time
    (("fr", "à 22h57 heure de Paris"), ("de", "um 17.57 Uhr Ortszeit"), None),
    (("pt", "às 18h57 (horário de Brasília)"), "21:57 GMT", "agree"),
    (("pt", "às 18h57 (horário de Brasília)"), ("de", "um 17.57 Uhr Ortszeit"), None),
)
