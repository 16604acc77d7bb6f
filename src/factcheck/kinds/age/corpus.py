"""Corpus of the age kind: expected value → surface forms, negatives, compare pairs.

A form is English text, or (language, text); square brackets mark the claim's span when it
is not the whole form ("Dawood, [48], was").
"""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.age.value import AgeValue


def _a(low: float, high: float | None = None, unit: str = "year", q: str | None = None
       ) -> AgeValue:  # fmt: skip
    return AgeValue(low=low, high=low if high is None else high, unit=unit, qualifier=q)


Form = str | tuple[str, str]

CORPUS: tuple[tuple[AgeValue, tuple[Form, ...]], ...] = (
    (
        _a(48),
        (
            "Shahzada Dawood, [48], was aboard.",
            "48-year-old",
            "48 years old",
            "forty-eight years old",
            "aged 48",
            "aged forty-eight",
            "at the age of 48",
            "48 years of age",
            "Jacques Delors has died. [He was 48].",
            "Jacques Delors, architect of the euro, [dies at 48]",
            ("it", "Il keniano, [48 anni], ieri a Chicago ha corso la maratona."),
            "Dawood ([48]) was aboard.",
            ("fr", "Shahzada Dawood, [48 ans], était à bord."),
            ("fr", "âgé de 48 ans"),
            ("es", "Shahzada Dawood, de [48 años], iba a bordo."),
            ("es", "48 años de edad"),
            ("es", "a la edad de 48 años"),
            ("de", "der [48-Jährige]"),
            ("de", "48 Jahre alt"),
            ("de", "der [48 Jahre alte] Pilot"),
            ("it", "Il pilota [ha 48 anni]."),
            ("pt", "O piloto [tem 48 anos]."),
            ("fr", "son fils de [48 ans], Suleman"),
            ("de", "im Alter von 48 Jahren"),
            ("de", "Shahzada Dawood ([48]) war an Bord."),
            ("it", "Shahzada Dawood, [48 anni], era a bordo."),
            ("it", "all'età di 48 anni"),
            ("it", "il [48enne] pachistano"),
            ("pt", "Shahzada Dawood, [48 anos], estava a bordo."),
            ("pt", "48 anos de idade"),
        ),
    ),
    (
        _a(49),
        (
            ("fr", "Miguel Luna, [49 ans], est porté disparu."),
            ("es", "Miguel Luna, [49], está desaparecido."),
            ("es", "Miguel Luna de [49 años] está desaparecido."),
            ("pt", "Miguel Luna, [49], está desaparecido."),
            "Miguel Luna, [49], is missing.",
            ("it", "Miguel Luna, [49 anni], risulta disperso."),
            ("de", "Miguel Luna ([49]) wird vermisst."),
        ),
    ),
    (
        _a(35),
        (
            ("es", "Fuentes, de [35 años], trabajaba en el puente."),
            ("es", "un hombre de [35 años]"),
            ("es", "tenía 35 años"),
            ("es", "un hombre de [treinta y cinco años]"),
            ("fr", "un homme de [35 ans]"),
            ("fr", "avait 35 ans"),
            ("it", "un uomo di [35 anni]"),
            ("it", "aveva 35 anni"),
            ("pt", "um homem de [35 anos]"),
            ("pt", "tinha 35 anos"),
            ("de", "war 35 Jahre alt"),
            "35-year-old",
            "thirty-five-year-old",
        ),
    ),
    (
        _a(20),
        (
            "a [20-year-old] man",
            "20-year-old",
            "twenty-year-old",
            "Thomas Crooks, [20], of Bethel Park",
            "aged 20",
            ("de", "der [20-Jährige]"),
            ("de", "20-jähriger"),
            ("fr", "un jeune de [20 ans]"),
            ("it", "un ragazzo di [20 anni]"),
            ("es", "un joven de [20 años]"),
            ("pt", "um jovem de [20 anos]"),
        ),
    ),
    (
        _a(167),
        (
            "the [167-year-old] bank",
            "167 years old",
            "167-year-old",
            ("de", "die [167 Jahre alte] Credit Suisse"),
            ("es", "el banco de [167 años de edad]"),
        ),
    ),
    (
        _a(50),
        (
            "Corey Comperatore, [50], a former fire chief",
            ("it", "Corey Comperatore, [50 anni], ex capo dei vigili del fuoco"),
            ("es", "Corey Comperatore, de [50 años], exjefe de bomberos"),
            ("pt", "Corey Comperatore, [50 anos], ex-chefe dos bombeiros"),
            ("fr", "Corey Comperatore, [50 ans], ancien chef des pompiers"),
            ("de", "Corey Comperatore ([50]), ehemaliger Feuerwehrchef"),
            "aged 50",
            "50 years old",
        ),
    ),
    (
        _a(6, unit="month"),
        (
            "a [six-month-old] baby",
            "6-month-old",
            "six months old",
        ),
    ),
    (
        _a(3, unit="week"),
        (
            "a [three-week-old] puppy",
            "3-week-old",
        ),
    ),
    (_a(10, unit="day"), ("a [10-day-old] calf", "10-day-old")),
    (
        _a(40, 49, q="vague"),
        (
            "in her forties",
            "in his forties",
            "in their 40s",
            "in her 40's",
        ),
    ),
    (_a(40, 43, q="vague"), ("in his early forties", "in her early 40s")),
    (_a(53, 56, q="vague"), ("in his mid-fifties", "in her mid 50s")),
    (_a(76, 79, q="vague"), ("in his late seventies", "in her late 70s")),
    (_a(13, 19, q="vague"), ("in their teens",)),
    (
        _a(30, 40, q="between"),
        (
            "aged between 30 and 40",
            "aged 30 to 40",
            "aged 30-40",
            ("es", "trabajadores de entre [30 y 40 años]"),
            ("fr", "âgés de 30 à 40 ans"),
            ("es", "hombres de [30 a 40 años]"),
            ("pt", "homens de [30 a 40 anos]"),
            ("es", "[Tienen entre 30 y 40 años]."),
            ("fr", "Les disparus [ont entre 30 et 40 ans]."),
            ("fr", "Ils [avaient entre trente et quarante ans]."),
            ("es", "[Tenía entre treinta y cuarenta años]."),
            # after any word and a comma ("dos guatemaltecos, de 30 y 40 años")
            ("es", "Están dos guatemaltecos, de [30 y 40 años]."),
            ("it", "Due operai romeni, di [30 e 40 anni], mancano."),
        ),
    ),
    (
        _a(19),
        (
            "his son Suleman, [19], was also aboard",
            "Suleman Dawood, [19].",
            ("fr", "son fils Suleman, [19 ans]."),
            ("de", "sein Sohn Suleman ([19])"),
            "19 years old",
            ("it", "il figlio Suleman, [19 anni]."),
        ),
    ),
    (_a(74), ("James Copenhaver, [74], of Moon Township", "74-year-old", "aged seventy-four")),
    (_a(57), ("David Dutch, [57], of New Kensington", "57 years old")),
    (_a(32), (("pt", "Dalerdzhon Mirzoyev, [32 anos]"), ("fr", "Dalerdjon Mirzoïev, [32 ans],"))),
    (
        _a(5),
        ("a [5-year-old] girl", ("fr", "une fille de [5 ans]"), ("de", "ein [5-jähriges] Kind")),
    ),
)

NEGATIVE_CORPUS: tuple[Form, ...] = (
    "in 2024",
    "a 48-page report",
    "Room 35, second floor",
    ("es", "la semana de 35 horas"),
    "Additionally, 2,059 people were injured.",
    "March, 26",
    "He was 48 minutes late.",
    "On March 26, 2024, the ship struck",
    "Flight BA117 landed",
    "the A320neo",
    "won 2-1",
    "call 555-1234",
    "a 25-year sentence",
    "for 25 years",
    "25 years ago",
    "a 10-year bond",
    "the 1950s",
    "in the 1990s",
    "Boeing 737",
    "12 people",
    "Article 5, 6 and 7",
    "G7, 2024",
    ("es", "durante 25 años"),
    ("es", "hace 8 años"),
    ("es", "una condena de 35 años"),
    ("es", "más de 20 años"),
    ("fr", "il y a 49 ans"),
    ("fr", "pendant 14 ans"),
    ("fr", "depuis 10 ans"),
    ("de", "seit 25 Jahren"),
    ("de", "vor 5 Jahren"),
    ("it", "da 20 anni"),
    ("it", "tre anni fa"),
    ("pt", "há 8 anos"),
    ("pt", "durante 10 anos"),
    "aged 300",
    "Page 12, line 4",
    "score of 3-2",
    "+44 20 7946 0958",
    "in their 1990s",
    ("es", "Ouarzazate, 39, Marrakech, 14, Azilal, 11 muertos"),
)

COMPARE_CORPUS: tuple[tuple[Form, Form, Verdict | None], ...] = (
    ("48-year-old", "aged 48", "agree"),
    ("48-year-old", "58-year-old", "conflict"),
    ("aged 32", "aged 30", "conflict"),
    ("166 years old", "167-year-old", "conflict"),
    ("in her forties", "aged 45", "compatible"),
    ("in her forties", "aged 52", "conflict"),
    ("aged between 30 and 40", "35-year-old", "compatible"),
    (("fr", "âgé de 49 ans"), ("es", "49 años de edad"), "agree"),
    ("6-month-old", "six months old", "agree"),
    ("aged 20", ("de", "der 20-Jährige"), "agree"),
)
