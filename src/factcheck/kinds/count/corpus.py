"""Corpus of the count kind: expected value → surface forms, negatives, compare pairs.

Each form is a whole input text that must yield exactly one count claim spanning the
whole form (number and counted noun), with exactly this value.
"""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.count.value import CountValue


def _c(low: float | None, high: float | None, unit: str, q: str | None = None) -> CountValue:
    return CountValue(low=low, high=high, unit=unit, qualifier=q)


def _o(n: float, unit: str) -> CountValue:
    return CountValue(low=n, high=n, unit=unit, ordinal=True)


CORPUS: tuple[tuple[CountValue, tuple[str | tuple[str, str], ...]], ...] = (
    (_c(12, 12, "deal"), ("12 deals", "twelve deals", "a dozen deals", "Twelve deals")),
    (
        _c(12, None, "deal", "at least"),
        (
            "at least 12 deals",
            "at least a dozen deals",
            "at least twelve deals",
            "12-plus deals",
            "12+ deals",
        ),
    ),
    (_c(12, 12, "agreement"), ("12 publicly announced agreements", "12 agreements")),
    (_c(2, 2, "reason"), ("two reasons", "2 reasons")),
    (_c(24, 144, "person", "vague"), ("dozens of people",)),
    (_c(200, 999, "protester", "vague"), ("hundreds of protesters",)),
    (_c(20_000, 99_999, "person", "vague"), ("tens of thousands of people",)),
    (_c(200_000, 999_999, "refugee", "vague"), ("hundreds of thousands of refugees",)),
    (_c(2, 10, "protester", "vague"), ("a handful of protesters",)),
    (
        _c(1000, None, "troop", "more than"),
        ("more than 1,000 troops", "more than one thousand troops", "more than a thousand troops"),
    ),
    (_c(10, 12, "ship", "between"), ("between 10 and 12 ships", "between ten and twelve ships")),
    (_c(10, 12, "ship"), ("10-12 ships", "10 to 12 ships", "10–12 ships", "ten to twelve ships")),
    (_c(23, 23, "country"), ("twenty-three countries", "twenty three countries", "23 countries")),
    (_c(250, 250, "soldier"), ("two hundred and fifty soldiers", "250 soldiers")),
    (
        _c(1200, 1200, "worker"),
        (
            "1,200 workers",
            "1\u2009200 workers",
            "1\u00a0200 workers",
            "one thousand two hundred workers",
        ),
    ),
    (
        _c(12_000, 12_000, "employee"),
        ("12,000 employees", "12k employees", "twelve thousand employees"),
    ),
    (_c(6, 6, "egg"), ("half a dozen eggs", "six eggs")),
    (_c(36, 36, "vehicle"), ("three dozen vehicles",)),
    (_c(20, 20, "person"), ("a score of people",)),
    (_c(500_000, 500_000, "person"), ("half a million people", "500,000 people")),
    (_c(1_500_000, 1_500_000, "voter"), ("1.5 million voters", "one and a half million voters")),
    (
        _c(3_000_000, 3_000_000, "child"),
        ("three million children", "3m children", "3 million children"),
    ),
    (_c(11, 11, "sailor"), ("eleven sailors",)),
    (
        _c(90, 110, "tank", "about"),
        (
            "about 100 tanks",
            "around 100 tanks",
            "roughly 100 tanks",
            "approximately 100 tanks",
            "some 100 tanks",
        ),
    ),
    (_c(90, 100, "tank", "nearly"), ("nearly 100 tanks", "almost 100 tanks")),
    (_c(0, 50, "casualty", "up to"), ("up to 50 casualties", "as many as 50 casualties")),
    (_c(0, 50, "case", "under"), ("under 50 cases", "fewer than 50 cases", "less than 50 cases")),
    (_c(5, 5, "journalist", "exactly"), ("only five journalists", "exactly five journalists")),
    (_c(4, 4, "fighter"), ("four Russian fighters",)),
    (_c(7, 7, "memorandum"), ("seven memoranda",)),
    (_c(3, 3, "package"), ("3 sanctions packages",)),
    (_c(1, 1, "person"), ("one person",)),
    (_c(9, 9, "crisis"), ("nine crises",)),
    (_c(40, 40, "company"), ("40 state-owned companies",)),
    (_c(2, 2, "nation"), ("two nations",)),
    (_o(14, "package"), ("14th package", "fourteenth package")),
    (_o(30, "anniversary"), ("30th anniversary", "thirtieth anniversary")),
    # "21st century" alone is an ordinal count too, but with every kind on it is a date
    # (tests/test_kinds.py: overlap resolution).
    (_o(21, "century"), ("twenty-first century",)),
    (_o(2, "term"), ("second term", "2nd term")),
    (_o(3, "round"), ("3rd round", "third round")),
    (_o(1, "visit"), ("first state visit",)),
    (_o(14, "package"), ("14th sanctions package",)),
    (
        _c(2012, 2012, "death"),
        (
            "The death toll rose to [2,012].",
            "The ministry reported a death toll of [2,012] on Saturday.",
            "The number of deaths reached [2,012].",
        ),
    ),
    (_c(2059, 2059, "injured"), ("The number of injured is [2,059].",)),
    (_c(2059, 2059, "person"), ("The quake injured [2,059] on Friday.",)),
    (_c(2012, 2012, "muerto"), (("es", "La cifra de muertos asciende a [2.012]."),)),
    (_c(2059, 2059, "persona"), (("es", "El sismo hirió a [2.059]."),)),
    (_c(2122, 2122, "tote"), (("de", "Die Zahl der Toten stieg auf [2122]."),)),
    (_c(2122, 2122, "mort"), (("fr", "Le bilan provisoire atteint [2 122]."),)),
    (_c(2122, 2122, "morto"), (("pt", "O número de mortos subiu para [2.122]."),)),
    (_c(20000, 20000, "morto"), (("pt", "O número de mortos poderá chegar aos [20 mil]."),)),
    (_c(20000, 20000, "mort"), (("fr", "Le bilan pourrait atteindre [20 000]."),)),
    # a definite article between the figure and what it counts
    (
        _c(3419, 3419, "muerto"),
        (
            ("es", "El Gobierno eleva a [3.419 los muertos]."),
            ("es", "El balance eleva a [3.419 el número de muertos]."),
        ),
    ),
    (_c(20000, None, "herido", "more than"), (("es", "Cifró en [más de 20.000 los heridos]."),)),
    (_c(40, 40, "víctima"), (("es", "Son [40 las víctimas] del incendio."),)),
    (
        _c(3419, 3419, "morti"),
        (("it", "Salgono a [3.419 i morti]."), ("it", "Sale a [3.419 il numero dei morti].")),
    ),
    (_c(3419, 3419, "mort"), (("fr", "Le gouvernement porte à [3 419 le nombre de morts]."),)),
    # a German verb after the figure names nothing: the lead phrase before it does
    (
        _c(5000, None, "tote", "more than"),
        (("de", "Die Zahl der Todesopfer ist auf [mehr als 5000] gestiegen."),),
    ),
    (_c(133, 133, "tote"), (("de", "Die Zahl der Toten wird auf [133] beziffert."),)),
    (_c(5000, None, "death", "more than"), ("The death toll rose above [5,000].",)),
    # a figure whose noun the sentence left out, before what happened to them
    (_c(200, 200, "herido"), (("es", "Otras [200 resultaron heridas] en el ataque."),)),
    (_c(12, 12, "ferido"), (("pt", "Outras [12 ficaram feridas] no ataque."),)),
    (_c(40, 40, "blessé"), (("fr", "Au total, [40 ont été blessées]."),)),
    (_c(50, 50, "ferito"), (("it", "Altre [50 sono rimaste ferite]."),)),
    (_c(40, 40, "verletzte"), (("de", "Insgesamt [40 wurden verletzt]."),)),
    (_c(40, 40, "injured"), ("In all, [40 were injured].",)),
    (_c(72, 72, "muerto"), (("es", "Otras [72 murieron] en el hospital."),)),
    # a figure passed is a floor: "exceeded 2,000" is more than 2,000
    (
        _c(2000, None, "death", "more than"),
        ("The death toll exceeded [2,000].", "The death toll has topped [2,000]."),
    ),
    (_c(2000, None, "muerto", "more than"), (("es", "El número de muertos superó los [2.000]."),)),
    (_c(2000, None, "morto", "more than"), (("pt", "O número de mortos ultrapassou os [2 mil]."),)),
    (_c(2000, None, "mort", "more than"), (("fr", "Le bilan dépasse [2 000]."),)),
    (
        _c(2000, None, "morti", "more than"),
        (("it", "Il bilancio delle vittime ha superato [2.000]."),),
    ),
    (
        _c(9000, 9000, "missing"),
        ("4,000 killed and [9,000 missing] according to the United Nations.", "9,000 missing"),
    ),
    (_c(200, None, "injured", "at least"), ("[At least 200 injured] were taken to hospital.",)),
    (
        _c(1404, 1404, "critical"),
        (
            "Of those hurt, [1,404 in critical condition].",
            ("fr", "Parmi les blessés, [1 404 dans un état grave]."),
            ("es", "Entre los heridos, [1.404 de ellos en estado grave]."),
            ("de", "Unter den Verletzten sind [1404 davon schwer verletzt]."),
            ("pt", "Entre os feridos, [1.404 em estado grave]."),
        ),
    ),
    (
        _c(60, 60, "critical"),
        (
            "The minister said that [60 of the wounded are in critical condition].",
            ("fr", "[Soixante d'entre eux seraient dans un état grave]."),
        ),
    ),
    # a number-noun compound counts the members of what it describes
    (_c(20, 20, "nation"), ("Rates within the [20-nation] euro zone held.",)),
    (_c(15, 15, "member"), ("The [15-member] Security Council met.",)),
    (_c(5, 5, "man"), ("A [five-man] crew was aboard.",)),
    (_c(6000, 6000, "seat"), ("A fire engulfed the [6,000-seater] venue.", "the [6000-seat] hall")),
)
"""Expected value → surface forms; each form must be extracted whole, exactly once.

Approximate forms use the default tolerance of 0.1: "about 100" is 90-110.
"""

NEGATIVE_CORPUS: tuple[str | tuple[str, str], ...] = (
    "in 2017",
    "a one-man show",
    "the 3-2 vote",
    "The toll road opened in 2012.",
    "The death toll is unknown.",
    ("fr", "Il y a 51 dans la salle."),
    ("de", "Die Maschine vom Typ ATR 72-600 war auf dem Weg nach Guarulhos."),
    ("it", "I venti forti spingevano le fiamme verso la periferia."),
    "two or three days",
    "25 years",
    "1,600 metres",
    "12,500 feet",
    "40 hours of oxygen",
    "a 2018 military agreement",
    "the 2024 budget talks",
    "block 11-2",
    "Covid-19",
    "Covid-19 cases",
    "the G7 summit",
    "MH17",
    "F-16 jets",
    "Article 5 of the treaty",
    "Article 5 guarantees",
    "Resolution 2231 sanctions",
    "one of the most powerful countries",
    "one another",
    "no one knows",
    "won 2-1",
    "a 2-1 win",
    "a 7-2 vote",
    "at 10:30",
    "at 3 pm",
    "June 19",
    "June 19 talks",
    "19 June",
    "June 19th",
    "call 555-1234",
    "+44 20 7946 0958",
    "a 45-year-old man",
    "45 years old",
    "children aged 5 to 12",
    "the 1990s",
    "38%",
    "80 percent",
    "$3.6 billion",
    "5 million euros",
    "3 Days remaining",
    "3 days remaining",
    "Signatures: 12,000",
    "third countries",
    "the first time",
    "one day",
    "Just one day after",
    "2 percentage points",
    "two-thirds of members",
    "Flight 370 debris",
    "the only one able to",
    "3 Days Remaining",
    "with one year left",
    "the second born",
    "their tenth straight",
    "1950",
    "12.5",
    "12,000",
)
"""Texts that yield no count claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("at least 12 deals", "at least a dozen deals", "agree"),
    ("12 agreements", "a dozen deals", "agree"),
    ("12 publicly announced agreements", "12 agreements", "agree"),
    ("at least 12 deals", "14 deals", "compatible"),
    ("12 deals", "14 deals", "conflict"),
    ("about 80 ships", "85 ships", "compatible"),
    ("about 80 ships", "95 ships", "conflict"),
    ("dozens of people", "40 people", "compatible"),
    ("dozens of people", "300 people", "conflict"),
    ("between 10 and 12 ships", "11 ships", "compatible"),
    ("more than 1,000 troops", "800 troops", "conflict"),
    ("1.2 million people", "1,215,000 people", "compatible"),
    ("1.2 million people", "1,300,000 people", "conflict"),
    ("14th package", "fourteenth package", "agree"),
    ("14th package", "15th package", "conflict"),
    ("nearly 100 tanks", "101 tanks", "conflict"),
    ("up to 50 casualties", "20 casualties", "compatible"),
)
"""Pairs of surface forms (aligned as one fact) and the expected verdict."""
