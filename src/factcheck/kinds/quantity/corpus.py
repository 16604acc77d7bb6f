"""Corpus of the quantity kind: expected value → surface forms, negatives, compare pairs.

A form is English text, or (language, text); square brackets mark the claim's span when it
is not the whole form.
"""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds._units import DIMENSIONS
from factcheck.kinds.quantity.value import QuantityValue


def _q(low: float | None, high: float | None, unit: str, q: str | None = None) -> QuantityValue:
    return QuantityValue(low=low, high=high, unit=unit, dimension=DIMENSIONS[unit], qualifier=q)


Form = str | tuple[str, str]

CORPUS: tuple[tuple[QuantityValue, tuple[Form, ...]], ...] = (
    (
        _q(1600, 1600, "m"),
        (
            ("es", "1.600 metros"),
            "1,600 metres",
            "1,600 meters",
            "1,600 m",
            ("fr", "1 600 mètres"),
            ("de", "1.600 Meter"),
            ("it", "1.600 metri"),
            ("pt", "1.600 metros"),
        ),
    ),
    (
        _q(12500, 12500, "ft"),
        (
            "12,500 feet",
            "12,500 ft",
            ("es", "12.500 pies"),
            ("fr", "12 500 pieds"),
            ("de", "12.500 Fuß"),
            ("it", "12.500 piedi"),
            ("pt", "12.500 pés"),
        ),
    ),
    (
        _q(3420, 3800 * 1.1, "m", "about"),
        (
            ("it", "circa 3.800 metri"),
            "about 3,800 metres",
            ("es", "unos 3.800 metros"),
            ("fr", "environ 3 800 mètres"),
            ("de", "etwa 3.800 Meter"),
            ("pt", "cerca de 3.800 metros"),
        ),
    ),
    (
        _q(63, 77, "km", "about"),
        (
            ("es", "unos 70 kilómetros"),
            "about 70 km",
            "some 70 kilometres",
            ("fr", "environ 70 km"),
            ("de", "rund 70 Kilometer"),
            ("it", "circa 70 chilometri"),
            ("pt", "cerca de 70 quilômetros"),
        ),
    ),
    (_q(56, 56, "km"), ("56 km", "56km", "56 kilometers", ("pt", "56 quilómetros"))),
    (
        _q(33e6, 33e6, "l"),
        (
            ("es", "33 millones de litros"),
            "33 million litres",
            ("fr", "33 millions de litres"),
            ("it", "33 milioni di litri"),
            ("pt", "33 milhões de litros"),
        ),
    ),
    (
        _q(33e6, 33e6, "m3"),
        (
            "33 million cubic metres",
            ("es", "33 millones de metros cúbicos"),
            ("fr", "33 millions de mètres cubes"),
            ("de", "33 Millionen Kubikmeter"),
            ("it", "33 milioni di metri cubi"),
        ),
    ),
    (
        _q(22.5e6, 22.5e6, "m3"),
        (
            "22.5 million cubic metres",
            ("es", "22,5 millones de metros cúbicos"),
            ("pt", "22,5 milhões de metros cúbicos"),
        ),
    ),
    (
        _q(6.8, 6.8, "magnitude"),
        (
            "magnitude 6.8",
            "6.8 magnitude",
            "magnitude-6.8",
            ("es", "magnitud 6,8"),
            ("es", "magnitud de 6,8"),
            ("fr", "magnitude 6,8"),
            ("fr", "de magnitude [magnitude 6,8]"),
            ("de", "Stärke 6,8"),
            ("it", "magnitudo 6.8"),
            ("pt", "magnitude 6,8"),
            "6.8 on the Richter scale",
            ("es", "6,8 grados en la escala de Richter"),
            ("fr", "6,8 degrés sur l'échelle de Richter"),
        ),
    ),
    (_q(7.0, 7.0, "magnitude"), ("magnitude 7.0", "a [7.0-magnitude] earthquake")),
    (
        _q(4.9, 4.9, "magnitude"),
        (
            "an [aftershock of 4.9] hit",
            "a [4.9 quake]",
            ("es", "una [réplica de 4,9] sacudió"),
            ("fr", "un [séisme de 4,9]"),
            ("it", "una [scossa di assestamento di 4,9]"),
            ("de", "ein [Nachbeben von 4,9]"),
            ("pt", "um [abalo de 4,9]"),
        ),
    ),
    (_q(180, 180, "mi"), ("180 miles", "180 mi")),
    (_q(290, 290, "km"), ("290 km", "290 kilometres")),
    (_q(1.6, 1.6, "mi"), ("1.6 miles", "1.6-mile")),
    (
        _q(2.6, 2.6, "km"),
        ("2.6 km", ("es", "2,6 kilómetros"), ("fr", "2,6 km"), ("pt", "2,6 quilômetros")),
    ),
    (_q(300, 300, "m"), ("300 m", "300-metre", ("pt", "300 metros"))),
    (_q(289, 289, "m"), (("it", "289 metri"), "289 m", "[289m] long")),
    (_q(948, 948, "ft"), ("948 ft", "948 feet")),
    (_q(22, 22, "ft"), ("22 ft", "22-foot", "22 feet")),
    (_q(6.7, 6.7, "m"), ("6.7 m", ("pt", "6,7 metros"))),
    (
        _q(35, 35, "°C"),
        ("35°C", "35 °C", "35 degrees Celsius", ("es", "35 grados Celsius"), ("fr", "35 °C")),
    ),
    (_q(0, 0, "°C"), ("−0 °C", "-0°C", "0 °C")),
    (_q(-5, -5, "°C"), ("−5 °C", "-5°C")),
    (_q(95, 95, "°F"), ("95°F", "95 degrees Fahrenheit")),
    # without the degree sign, in a sentence about temperature or heat
    (_q(45, 45, "°C"), ("Temperatures hit [45C] in Seville.",)),
    (_q(113, 113, "°F"), ("The heat reached [113F] in Phoenix.",)),
    (
        _q(120, 120, "km/h"),
        ("120 km/h", "120 kph", ("es", "120 kilómetros por hora"), ("de", "120 Stundenkilometer")),
    ),
    (_q(75, 75, "mph"), ("75 mph", "75 miles per hour")),
    (
        _q(20, 20, "kn"),
        (
            "20 knots",
            ("es", "20 nudos"),
            ("fr", "20 nœuds"),
            ("de", "20 Knoten"),
            ("it", "20 nodi"),
        ),
    ),
    (
        _q(500, 500, "ha"),
        (
            "500 hectares",
            "500 ha",
            ("es", "500 hectáreas"),
            ("de", "500 Hektar"),
            ("it", "500 ettari"),
        ),
    ),
    (
        _q(10, 10, "km2"),
        (
            "10 km2",
            "10 km²",
            "10 square kilometres",
            ("es", "10 kilómetros cuadrados"),
            ("fr", "10 kilomètres carrés"),
        ),
    ),
    (
        _q(1e6, 1e6, "bbl"),
        ("1 million barrels", ("es", "1 millón de barriles"), ("fr", "1 million de barils")),
    ),
    (
        _q(5000, 5000, "t"),
        (
            "5,000 tonnes",
            ("es", "5.000 toneladas"),
            ("de", "5.000 Tonnen"),
            ("it", "5.000 tonnellate"),
        ),
    ),
    (_q(50, 50, "kg"), ("50 kg", "50 kilograms", ("es", "50 kilos"), ("de", "50 Kilogramm"))),
    (
        _q(1000, None, "km", "more than"),
        (
            "more than 1,000 km",
            ("es", "más de 1.000 km"),
            ("fr", "plus de 1 000 km"),
            ("de", "mehr als 1.000 km"),
        ),
    ),
    (_q(10, 12, "km", "between"), ("between 10 and 12 km", ("es", "entre 10 y 12 km"))),
    (_q(10, 12, "km"), ("10-12 km", "10 to 12 km")),
    (_q(99999, 99999, "km"), ("99999 km",)),
    (_q(150, 150, "m"), (("es", "150 metros"), "150 metres")),
    (_q(120, 120, "m"), (("fr", "120 mètres"), "120 m")),
    (_q(1200, 1200, "MW"), ("1,200 MW", "1,200 megawatts")),
)

NEGATIVE_CORPUS: tuple[Form, ...] = (
    "in 2024",
    "Article 45C of the code applies.",
    "Flight BA117",
    "BA117",
    "the A320neo",
    "an A320",
    "F-16 jets",
    "5G networks",
    "won 2-1",
    "call 555-1234",
    "+44 20 7946 0958",
    "3m people",
    "$300m",
    "£5m",
    "12 people",
    "km",
    "°C",
    "metres",
    "a 4x4",
    "Boeing 737",
    "M4 motorway",
    "at 1:30 a.m.",
    "40 hours",
    "38%",
    "the 1990s",
    "magnitude",
    "magnitude 12",
    "5 t of",
    "2 ha muerto",
    "3 m de personas",
    "Covid-19",
    "MH17",
    "Article 5",
    "10,000-digit",
    "Flight 370",
    "a 737 Max",
    "the G20",
    "a 4K TV",
    "12m people",
    "€5m",
    "Route 66",
    "COP28",
    "Paris 2024",
    "pages 12-14",
    "the M25",
    "10 a.m.",
    "the magnitude of the disaster",
    "the quake of 2.5 million people",
    "the earthquake killed 2,946 people",
    "an earthquake of 2023",
)

COMPARE_CORPUS: tuple[tuple[Form, Form, Verdict | None], ...] = (
    ("180 miles", "290 km", "agree"),
    ("180 miles", "250 km", "conflict"),
    ("12,500 feet", ("it", "circa 3.800 metri"), "compatible"),
    ("magnitude 6.8", "magnitude 7.0", "conflict"),
    ("magnitude 6.8", ("es", "magnitud 6,8"), "agree"),
    (("es", "1.600 metros"), "about 500 m", "conflict"),
    (("es", "150 metros"), ("fr", "120 mètres"), "conflict"),
    (("es", "unos 70 kilómetros"), "56 km", "conflict"),
    ("22 ft", "6.7 m", "agree"),
    ("1.6 miles", "2.6 km", "agree"),
    ("35°C", "95°F", "agree"),
    ("1,600 metres", ("es", "1.600 metros"), "agree"),
    ("100 miles", "16 miles", None),
    ("magnitude 7", "magnitude 4.9", None),
    ("80 km", "18.5 km", None),
)
