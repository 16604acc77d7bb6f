"""Unit words of the six languages, shared by the kinds that read numbers with units.

Time units (durations and ages) and units of measure (quantities) are listed once here, so
that every numeric kind knows which nouns another kind owns: a count never reads "25 years"
(a duration), "49 ans" after a name (an age) or "1,600 metros" (a quantity).

- `TIME_UNITS`: word → canonical unit (second, minute, hour, day, week, month, year; a decade
  and a century are ten and a hundred years).
- `MEASURES`: word or symbol → (canonical symbol, dimension); `PINT_UNITS` gives each symbol's
  name in pint's registry, `DIMENSIONS` the dimensions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.kinds._numerals import (
    FOREIGN_WORD_NUMBER,
    SMALL_WORD_NUMBER,
    is_intl,
    parse_number,
    trie_pattern,
)

DurationUnit = str
"""One of "second", "minute", "hour", "day", "week", "month", "year"."""

DURATION_UNITS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "year")
"""Duration and age units, smallest first."""
SECONDS: dict[str, float] = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "month": 31557600.0 / 12, "year": 31557600.0,
}  # fmt: skip
"""Length of each unit in seconds (a year of 365.25 days, a month a twelfth of it)."""

_TIME_WORDS: dict[str, str] = {
    # en
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year",
    # es
    "segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute",
    "hora": "hour", "horas": "hour", "día": "day", "días": "day", "dia": "day", "dias": "day",
    "semana": "week", "semanas": "week", "mes": "month", "meses": "month", "año": "year",
    "años": "year",
    # fr
    "seconde": "second", "secondes": "second", "heure": "hour", "heures": "hour",
    "jour": "day", "jours": "day", "journée": "day", "journées": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year",
    "années": "year",
    # de
    "sekunde": "second", "sekunden": "second", "minuten": "minute", "stunde": "hour",
    "stunden": "hour", "tag": "day", "tage": "day", "tagen": "day", "woche": "week",
    "wochen": "week", "monat": "month", "monate": "month", "monaten": "month", "jahr": "year",
    "jahre": "year", "jahren": "year",
    # it
    "secondi": "second", "minuti": "minute", "ora": "hour", "ore": "hour", "giorno": "day",
    "giorni": "day", "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
    "anno": "year", "anni": "year",
    # pt
    "ano": "year", "anos": "year",
}  # fmt: skip
TIME_UNITS: dict[str, str] = dict(_TIME_WORDS)
ENGLISH_TIME_UNITS = frozenset(
    "second seconds sec secs minute minutes min mins hour hours hrs day days week weeks month "
    "months year years".split()
)
"""The English words of `TIME_UNITS` (an English text is scanned for these only: "an" is a
French year but an English article)."""
"""Time-unit words of en, es, fr, de, it, pt (lower case) → canonical unit."""
LONG_TIME_UNITS: dict[str, tuple[str, float]] = {
    "decade": ("year", 10), "decades": ("year", 10), "década": ("year", 10),
    "décadas": ("year", 10), "décennie": ("year", 10), "décennies": ("year", 10),
    "jahrzehnt": ("year", 10), "jahrzehnte": ("year", 10), "decennio": ("year", 10),
    "decenni": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
}  # fmt: skip
"""Units stated as multiples of a year."""

# Units of measure: symbol → (pint unit, dimension); then the words of each language.
PINT_UNITS: dict[str, str] = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mi": "mile",
    "nmi": "nautical_mile", "ft": "foot", "in": "inch", "yd": "yard",
    "kg": "kilogram", "g": "gram", "t": "metric_ton", "lb": "pound",
    "l": "liter", "m3": "meter ** 3", "bbl": "oil_barrel", "gal": "gallon",
    "°C": "degC", "°F": "degF",
    "km/h": "kilometer / hour", "mph": "mile / hour", "kn": "knot", "m/s": "meter / second",
    "ha": "hectare", "km2": "kilometer ** 2", "m2": "meter ** 2", "acre": "acre",
    "mi2": "mile ** 2",
    "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "kWh": "kilowatt_hour",
}  # fmt: skip
"""Canonical unit symbol → unit name in pint's default registry."""
DIMENSIONS: dict[str, str] = {
    **dict.fromkeys(("km", "m", "cm", "mm", "mi", "nmi", "ft", "in", "yd"), "length"),
    **dict.fromkeys(("kg", "g", "t", "lb"), "mass"),
    **dict.fromkeys(("l", "m3", "bbl", "gal"), "volume"),
    **dict.fromkeys(("°C", "°F"), "temperature"),
    **dict.fromkeys(("km/h", "mph", "kn", "m/s"), "speed"),
    **dict.fromkeys(("ha", "km2", "m2", "acre", "mi2"), "area"),
    **dict.fromkeys(("MW", "GW", "kW"), "power"),
    **dict.fromkeys(("MWh", "GWh", "kWh"), "energy"),
    "magnitude": "magnitude",
}  # fmt: skip
"""Canonical unit symbol → dimension; only units of one dimension are compared."""

_MEASURE_WORDS: dict[str, str] = {
    # length
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "kilómetro": "km", "kilómetros": "km", "kilometro": "km",
    "kilometros": "km", "kilomètre": "km", "kilomètres": "km", "chilometro": "km",
    "chilometri": "km", "quilômetro": "km", "quilômetros": "km", "quilómetro": "km",
    "quilómetros": "km", "quilometro": "km", "quilometros": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "metro": "m",
    "metros": "m", "mètre": "m", "mètres": "m", "metri": "m", "metern": "m",
    "kilometern": "km",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "centímetros": "cm",
    "centimètres": "cm", "zentimeter": "cm", "centimetri": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "milímetros": "mm",
    "millimètres": "mm", "millimeter": "mm", "millimetri": "mm",
    "mi": "mi", "mile": "mi", "miles": "mi", "milla": "mi", "millas": "mi", "mille": "mi", "milles": "mi",
    "meile": "mi", "meilen": "mi", "miglia": "mi", "milha": "mi", "milhas": "mi",
    "nautical miles": "nmi", "nautical mile": "nmi", "millas náuticas": "nmi",
    "milles nautiques": "nmi", "seemeilen": "nmi", "miglia nautiche": "nmi",
    "milhas náuticas": "nmi",
    "ft": "ft", "feet": "ft", "foot": "ft", "pies": "ft", "pieds": "ft", "fuß": "ft",
    "fuss": "ft", "piedi": "ft", "pés": "ft",
    "yards": "yd", "yard": "yd", "yardas": "yd",
    "inches": "in", "inch": "in", "pulgadas": "in", "pouces": "in", "zoll": "in",
    "pollici": "in", "polegadas": "in",
    # mass
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg",
    "kilogramos": "kg", "kilogramme": "kg", "kilogramm": "kg", "chili": "kg",
    "chilogrammi": "kg", "quilos": "kg", "quilogramas": "kg",
    "grams": "g", "gramos": "g", "grammes": "g", "gramm": "g", "grammi": "g", "gramas": "g",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "toneladas": "t", "tonelada": "t",
    "tonnen": "t", "tonnellate": "t", "tonnellata": "t",
    "lb": "lb", "lbs": "lb",
    # volume
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "litros": "l", "litro": "l",
    "litri": "l",
    "m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3",
    "metros cúbicos": "m3", "metros cubicos": "m3", "mètres cubes": "m3",
    "kubikmeter": "m3", "metri cubi": "m3",
    "barrels": "bbl", "barrel": "bbl", "barriles": "bbl", "barils": "bbl", "barili": "bbl",
    "barris": "bbl", "bbl": "bbl", "gallons": "gal", "galones": "gal", "gallonen": "gal",
    # temperature
    "°c": "°C", "ºc": "°C", "° c": "°C", "degrees celsius": "°C", "grados celsius": "°C",
    "degrés celsius": "°C", "grad celsius": "°C", "gradi celsius": "°C", "graus celsius": "°C",
    "°f": "°F", "ºf": "°F", "degrees fahrenheit": "°F", "grados fahrenheit": "°F",
    "degrés fahrenheit": "°F",
    # speed
    "km/h": "km/h", "kmh": "km/h", "km/hr": "km/h", "kph": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "kilómetros por hora": "km/h", "kilomètres par heure": "km/h",
    "stundenkilometer": "km/h", "chilometri orari": "km/h", "quilômetros por hora": "km/h",
    "kilometres an hour": "km/h", "kilometers an hour": "km/h", "km an hour": "km/h",
    "km por hora": "km/h", "kilomètres à l'heure": "km/h", "kilomètres à l’heure": "km/h",
    "kilomètres-heure": "km/h", "km à l'heure": "km/h", "km à l’heure": "km/h",
    "kilometer pro stunde": "km/h", "kilometern pro stunde": "km/h", "km pro stunde": "km/h",
    "stundenkilometern": "km/h", "km orari": "km/h", "chilometri all'ora": "km/h",
    "chilometri all’ora": "km/h", "km all'ora": "km/h", "km all’ora": "km/h",
    "quilómetros por hora": "km/h", "miles an hour": "mph", "millas por hora": "mph",
    "mph": "mph", "miles per hour": "mph", "knots": "kn", "knot": "kn", "nudos": "kn",
    "nœuds": "kn", "noeuds": "kn", "knoten": "kn", "nodi": "kn", "nós": "kn", "m/s": "m/s",
    # area
    "hectares": "ha", "hectare": "ha", "ha": "ha", "hectáreas": "ha", "hektar": "ha",
    "ettari": "ha", "hectarias": "ha",
    "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "kilómetros cuadrados": "km2", "kilomètres carrés": "km2", "quadratkilometer": "km2",
    "chilometri quadrati": "km2", "quilômetros quadrados": "km2",
    "m2": "m2", "m²": "m2", "square metres": "m2", "square meters": "m2",
    "metros cuadrados": "m2", "mètres carrés": "m2", "quadratmeter": "m2", "metri quadrati": "m2",
    "metros quadrados": "m2", "acres": "acre", "square miles": "mi2",
    # power, energy
    "mw": "MW", "megawatts": "MW", "megavatios": "MW", "gw": "GW", "gigawatts": "GW",
    "kw": "kW", "mwh": "MWh", "gwh": "GWh", "kwh": "kWh",
}  # fmt: skip
MEASURES: dict[str, str] = dict(_MEASURE_WORDS)
"""Unit words and symbols of the six languages (lower case) → canonical symbol."""
AMBIGUOUS_SYMBOLS = frozenset({"m", "t", "mi", "mille", "ton", "in", "g", "ore", "ora"})
"""Unit symbols that are also words or scale letters ("3m" is three million in English news,
"mille" a thousand in French and Italian): read as units only where the kind says so."""


TIME_UNIT_PATTERN = trie_pattern([*TIME_UNITS, *LONG_TIME_UNITS])
"""Every time-unit word, as a trie (compile with re.I; add the word boundary after it)."""
MEASURE_PATTERN = trie_pattern(list(MEASURES))
"""Every measure word and symbol, as a trie (compile with re.I; add the boundary after it)."""
OWNED_NOUNS = (
    frozenset(TIME_UNITS)
    | frozenset(LONG_TIME_UNITS)
    | frozenset(w for w in MEASURES if " " not in w and w not in AMBIGUOUS_SYMBOLS and len(w) > 2)
)
"""Nouns after a number that make it a duration, an age or a quantity, never a count."""

AGE_AFTER = re.compile(
    r"\s*(?:[-‐]\s*)?(?:years?|months?|weeks?|days?)[-‐\s]+old\b|\s+(?:years?\s+)?of\s+age\b|"
    r"\s+(?:años|anos|ans|anni|jahre)\s+(?:de\s+edad|de\s+idade|d['’]âge|di\s+età|alt)\b|"
    r"[-‐]?j[äa]hrige",
    re.I,
)
"""What after a number makes it an age ("48-year-old", "35 años de edad", "48-Jährige")."""


def year_fraction(value: float, unit: str) -> float:
    """A duration in years."""
    return value * SECONDS[unit] / SECONDS["year"]


# Ages. They live here, beside the time units, because two kinds read them: the age kind
# extracts them, and the duration kind leaves them alone ("49 ans" after a name is an age).

_NUM_EN = rf"(?:\d{{1,3}}(?![\d]|[.,]\d)|{SMALL_WORD_NUMBER})"
_NUM_INTL = rf"(?:\d{{1,3}}(?![\d]|[.,]\d)|{FOREIGN_WORD_NUMBER})"
_YEARS = r"(?:años|anos|ans|anni|jahre|jahren)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+"
PERSON_NOUNS = (
    r"hombre|mujer|joven|niño|niña|chico|chica|menor|anciano|anciana|varón|trabajador|"
    r"trabajadora|obrero|obrera|sospechoso|sospechosa|víctima|homme|femme|jeune|garçon|fille|"
    r"enfant|adolescent|adolescente|ouvrier|ouvrière|suspect|victime|uomo|donna|ragazzo|ragazza|"
    r"bambino|bambina|giovane|operaio|sospettato|vittima|homem|mulher|jovem|menino|menina|"
    r"criança|rapaz|idoso|idosa|operário|suspeito|vítima|hombres|mujeres|jóvenes|niños|"
    r"trabajadores|obreros|hommes|femmes|jeunes|enfants|ouvriers|uomini|donne|ragazzi|bambini|"
    r"operai|homens|mulheres|jovens|crianças|operários|hijo|hija|padre|madre|hermano|hermana|"
    r"esposa|esposo|marido|bebé|fils|père|mère|frère|sœur|épouse|mari|bébé|figlio|figlia|"
    r"fratello|sorella|moglie|marito|filho|filha|pai|mãe|irmão|irmã|bebê"
)
"""Person nouns after which "de 35 años" is an age ("un hombre de 35 años"); after any word and
a comma it is one too ("dos guatemaltecos, de 26 y 35 años")."""
_OCCUPATION = (
    r"(?!(?:alrededor|antes|delante|adelante|bastante|suficiente|siguiente|durante|mediante|"
    r"avant|autant|pendant)\b)[a-zà-ÿ]{2,}(?:eros?|eiros?|dor(?:es)?|tor(?:es)?|istas?|aio|ai|"
    r"ier[ei]|eurs?|euses?|iers?|ières?|istes?|antes?|entes?)\b"
)
"""A noun of someone's trade or role by its ending ("jornalero", "barrendero", "trabajador",
"periodista", "bracciante", "estudiante", "agriculteur", "infirmière"): "de 72 años" after it
is an age too, an adjective between or not ("trabalhador agrícola de 27 anos")."""
_DECADES = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip


DESCRIBED_PERSON = (
    r"\b(?:[Ii]l|[Ll]o|[Ll]a|[Ee]l|[Ll]e|[Tt]he|[Dd]er|[Dd]ie|[Oo]|[Aa])\s+[a-zà-ÿ]{4,}"
)
"""A person named by a definite article and what they are ("il keniano", "le Kényan" is
capitalised and a name)."""


@cache
def _age_patterns(intl: bool) -> tuple[re.Pattern[str] | None, ...]:
    """The age patterns of English (`intl` False) or of es, fr, de, it, pt texts, compiled on
    first use (pattern i is None where it does not apply to the language)."""
    _NUM = _NUM_INTL if intl else _NUM_EN  # noqa: N806
    patterns = (
        re.compile(
            rf"(?<![\w.,-])(?P<n>{_NUM})(?:\s*[-‐]\s*|\s+)(?P<u>year|month|week|day)s?"
            r"(?:\s*[-‐]\s*|\s+)old\b",
            re.I,
        ),
        re.compile(rf"(?<![\w.,-])(?P<n>{_NUM})\s+(?P<u>year|month)s?\s+of\s+age\b", re.I),
        re.compile(
            rf"\b(?:aged|age|at\s+the\s+age\s+of|at\s+age)\s+(?:(?P<bw>between)\s+)?(?P<n>{_NUM})"
            rf"(?:\s*(?:-|–|to|and)\s*(?P<n2>{_NUM}))?(?![\w%]|[.,]\d)",
            re.I,
        ),
        re.compile(
            r"\bin\s+(?:his|her|their|its)\s+(?:(?P<part>early|mid|late)[-\s]?)?"
            r"(?P<dec>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
            r"[1-9]0s|[1-9]0's)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:âgée?s?\s+de|à\s+l['’]âge\s+de|a\s+la\s+edad\s+de|de\s+edad\s+de|"
            r"all['’]età\s+di|im\s+alter\s+von|à\s+idade\s+de|tenía|tenia|tenían|tienen|tiene|"
            r"avait|avaient|ont|aveva|avevano|hanno|ha|tinha|tinham|tem|têm|cumplió|cumplio|"
            r"cumple|cumplirá|compie|compirà|completa|completará|fará|"
            r"compiuto|war)\s+"
            rf"(?:(?P<bw>entre)\s+)?(?P<n>{_NUM})"
            rf"(?:\s*(?:-|–|a|à|y|et|e|und|bis)\s*(?P<n2>{_NUM}))?\s+"
            rf"(?P<u>{_YEARS})(?:\s+(?:de\s+edad|de\s+idade|d['’]âge|di\s+età|alt))?(?![\w])",
            re.I,
        ),
        re.compile(
            rf"(?<![\w.,-])(?P<n>{_NUM})\s+(?P<u>{_YEARS})\s+"
            r"(?:de\s+edad|de\s+idade|d['’]âge|di\s+età|alte?[rnms]?)(?![\w])",
            re.I,
        ),
        re.compile(
            rf"(?:\b(?:{PERSON_NOUNS}|{_OCCUPATION})(?:\s+[a-zà-ÿ]{{4,}})?|(?P<name>{_CAP})|"
            rf"(?<![\d,])[^\W\d_]{{3,}},)\s+(?:de|di)\s+(?:entre\s+|apenas\s+|solo\s+|sólo\s+|"
            r"appena\s+|só\s+)?"
            rf"(?P<s>(?P<n>{_NUM})(?:\s*(?:-|–|a|à|y|e|et)\s*(?P<n2>{_NUM}))?\s+(?P<u>{_YEARS}))"
            r"(?![\w])",
        ),
        re.compile(r"(?<![\w.,-])(?P<n>\d{1,3})[-‐]?(?:j[äa]hrige[rnms]?|enne)\b", re.I),
        re.compile(
            rf"(?P<name>{_CAP}),\s+(?:de\s+|di\s+)?(?P<s>(?P<n>\d{{1,3}})(?:\s+(?P<u>{_YEARS}))?)"
            r"(?=\s*[;)]|\s*,(?!\d)|\.(?:\s|$)|\s+(?:and|y|et|e|und)\s|\s*$)"
        ),
        re.compile(rf"(?P<name>{_CAP})\s+\((?P<s>(?P<n>\d{{1,3}})(?:\s+(?P<u>{_YEARS}))?)\)"),
        # an obituary's "He was 98." (the whole sentence) and "dies at 98"
        re.compile(r"\b(?:[Hh]e|[Ss]he)\s+was\s+(?P<n>\d{1,3})(?=\.(?:\s|$)|\s*$)"),
        re.compile(r"\b(?:dies|died|dead)\s+at\s+(?P<n>\d{1,3})\b(?![\w%]|[.,:]\d)", re.I),
        # "Il keniano, 24 anni, ieri a Chicago": a person named by what they are, then the age
        re.compile(
            rf"{DESCRIBED_PERSON},\s+(?P<s>(?P<n>\d{{1,3}})\s+(?P<u>{_YEARS}))(?=\s*,(?!\d))"
        ),
    )
    return tuple(p if intl or i not in _INTL_ONLY else None for i, p in enumerate(patterns))


_GATE_EN = (
    r"old\b|of age\b|age|in (?:his|her|their|its) |, ?\d|\(\d|he was \d|(?:dies|died|dead) at \d"
)
_GATE_INTL = (
    _GATE_EN + r"|âg|edad de|età di|alter von|idade de|tenía|tenia|tiene|avai|ont |avev|"
    r"hanno |ha |tinha|tem |têm |cumpli|cumple|compie|compirà|completa|fará|"
    r"compiuto|war |de edad|de idade|d['’]âge|di età|alte?[rnms]?\b|años|anos\b|ans\b|anni\b|j[äa]hrig|"
    r"enne\b|, de \d|, di \d"
)
AGE_GATE = re.compile(_GATE_EN)
"""Where in a lower-cased English text an age may be stated: every alternative starts with a
letter or sign, so one scan of the document skips ahead; `age_matches` then tries only the
patterns whose cue the sentence holds."""
AGE_GATE_ANY_CASE = re.compile(_GATE_EN, re.I)
AGE_GATE_INTL = re.compile(_GATE_INTL)
"""`AGE_GATE` of es, fr, de, it and pt texts."""
AGE_GATE_INTL_ANY_CASE = re.compile(_GATE_INTL, re.I)
_CUES: tuple[re.Pattern[str] | None, ...] = (
    re.compile(r"old\b"),
    re.compile(r"of age\b"),
    re.compile(r"\bage"),
    re.compile(r"in (?:his|her|their|its) "),
    re.compile(
        r"âg|edad de|età di|alter von|idade de|ten[íi]a|tiene|avai|\bont |avev|\bhanno |"
        r"\bha |tinha|\bt[eê]m |cumpli|cumple|compi|completa|fará|compiuto|\bwar "
    ),  # fmt: skip
    re.compile(r"de edad|de idade|d['’]âge|di età|\balte?[rnms]?\b"),
    re.compile(r"años|anos\b|ans\b|anni\b"),
    re.compile(r"j[äa]hrig|\denne\b"),
    re.compile(r",\s(?:de\s|di\s)?\d"),
    re.compile(r"\(\d"),
    re.compile(r"\bs?he was \d"),
    re.compile(r"\b(?:dies|died|dead) at \d"),
    re.compile(r",\s\d"),
)
"""Per pattern of `_age_patterns`, the cue a lower-cased sentence must hold for it to be tried."""
_LIST = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:,\s|\s\()\d{1,3}\b")
"""A place or name followed by a figure ("Ouarzazate, 39", "Marrakech (14)"); three in a
sentence are a list, not ages."""
_RANGE_JOIN = re.compile(r"\s+(?:et|y|e|und|and)\s+", re.I)
"""The conjunction of "between X and Y" when the number pattern took both as one."""
OLD_PATTERNS = frozenset({0, 5})
"""Patterns saying "years old" outright ("167-year-old bank", "167 Jahre alte Credit
Suisse"): an institution's age may pass 130."""
APPOSITION = 8
"""Index of the "Name, 48," pattern in `_age_patterns`."""
_INTL_ONLY = frozenset({4, 5, 6, 7})
"""Patterns read in es, fr, de, it and pt texts only."""
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep "
    "sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre januar februar märz juni juli oktober dezember gennaio febbraio aprile "
    "maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho "
    "setembro outubro dezembro article section no. nos. vol. p. pp. page chapter room flight "
    "route highway the a an in on at of".split()
)
"""Capitalised words before ", 12" that are not whose age it is ("March, 12")."""

AgeMatch = tuple[int, int, float | None, float | None, str, str | None]
"""(start, end, low, high, unit, qualifier) of an age in a text."""


def age_matches(
    text: str,
    start: int,
    end: int,
    language: str,
    *,
    sent_text: str | None = None,
    gates: Sequence[re.Match[str]] | None = None,
) -> list[AgeMatch]:
    """Every age stated in `text[start:end]`, left to right, none overlapping.

    `gates` are the matches of `AGE_GATE` in that stretch when the caller has them already
    (the stretch is then known to hold a cue).
    """
    intl = is_intl(language)
    lowered = (sent_text if sent_text is not None else text[start:end]).lower()
    if gates is None and not (AGE_GATE_INTL if intl else AGE_GATE).search(lowered):
        return []
    found: list[AgeMatch] = []
    taken: list[tuple[int, int]] = []
    for i, pat in enumerate(_age_patterns(intl)):
        cue = _CUES[i]
        if pat is None or (cue is not None and not cue.search(lowered)):
            continue
        matches = list(pat.finditer(text, start, end))
        if i >= APPOSITION and len(_LIST.findall(text, start, end)) >= 3:
            continue  # "Ouarzazate, 39, Marrakech, 14, Azilal, 11": a list of figures
        for m in matches:
            got = _age(m, i, language)
            if got is None:
                continue
            s, e = (m.start("s"), m.end("s")) if "s" in m.groupdict() else m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, *got))
    found.sort()
    return found


def _age(
    m: re.Match[str], pattern: int, language: str
) -> tuple[float | None, float | None, str, str | None] | None:
    g = m.groupdict()
    if g.get("dec"):
        dec = g["dec"].lower().rstrip("s").rstrip("'")
        base = _DECADES.get(g["dec"].lower()) or (int(dec) if dec.isdigit() else None)
        if base is None:
            return None
        part = (g.get("part") or "").lower()
        span = (base, base + 9) if base != 10 else (13, 19)
        if part == "early":
            span = (base, base + 3)
        elif part == "mid":
            span = (base + 3, base + 6)
        elif part == "late":
            span = (base + 6, base + 9)
        return (float(span[0]), float(span[1]), "year", "vague")
    if g.get("name") and g["name"].lower() in _NOT_NAMES:
        return None
    n, n2 = g["n"], g.get("n2")
    if g.get("bw") and not n2:
        # "entre trente et quarante ans": two numbers, not the compound "trente et quarante"
        parts = _RANGE_JOIN.split(n, maxsplit=1)
        if len(parts) == 2:
            n, n2 = parts
    low = parse_number(n, language=language)
    high = parse_number(n2, language=language) if n2 else low
    if low is None or high is None or not low.is_integer() or not high.is_integer():
        return None
    limit = 999 if pattern in OLD_PATTERNS else 130
    if not (0 < low <= high <= limit):
        return None
    if n2 and low == high:
        return None
    unit = (g.get("u") or "year").lower()
    unit = unit if unit in ("year", "month", "week", "day") else "year"
    return (low, high, unit, "between" if n2 else None)
