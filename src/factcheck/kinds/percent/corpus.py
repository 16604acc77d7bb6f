"""Corpus of the percent kind: expected value → surface forms, negatives, compare pairs."""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.percent.value import PercentValue


def _p(low: float | None, high: float | None, q: str | None = None, *, points: bool = False
       ) -> PercentValue:  # fmt: skip
    return PercentValue(low=low, high=high, points=points, qualifier=q)


CORPUS: tuple[tuple[PercentValue, tuple[str | tuple[str, str], ...]], ...] = (
    (
        _p(38, 38),
        (
            "38%",
            "38 percent",
            "38 per cent",
            "38 %",
            "38pc",
            "38percent",
            "38 pc",
            "thirty-eight percent",
        ),
    ),
    (
        _p(72, 88, "about"),
        (
            "about 80 percent",
            "about 80%",
            "around 80%",
            "roughly 80 per cent",
            "some 80%",
            "approximately eighty percent",
        ),
    ),
    (_p(49, 49), ("49%-owned", "49 percent")),
    (_p(51, 51), ("51%-controlled",)),
    (_p(3.5, 3.5), ("3.5%", "3.5 per cent")),
    (_p(0.5, 0.5), ("0.5%", "0.5 per cent")),
    (
        _p(2, 2, points=True),
        ("2 percentage points", "two percentage points", "2 percentage-points"),
    ),
    (_p(0.5, 0.5, points=True), ("50 basis points", "50bps", "half a percentage point")),
    (
        _p(0.25, 0.25, points=True),
        (
            "25 basis points",
            ("es", "0,25 puntos porcentuales"),
            ("es", "25 puntos básicos"),
            ("fr", "0,25 point de pourcentage"),
            ("fr", "25 points de base"),
            ("it", "0,25 punti percentuali"),
            ("it", "25 punti base"),
            ("pt", "0,25 ponto percentual"),
            ("pt", "25 pontos-base"),
            ("de", "0,25 Prozentpunkte"),
            ("de", "25 Basispunkte"),
        ),
    ),
    (_p(50, None, "more than"), ("more than 50%", "over 50 percent", "upwards of 50%")),
    (_p(50, None, "at least"), ("at least 50%",)),
    (_p(0, 10, "under"), ("less than 10%", "under 10 percent", "below 10%")),
    (_p(0, 10, "up to"), ("up to 10%", "no more than 10%", "at most 10 percent")),
    (_p(45, 50, "nearly"), ("nearly 50%", "almost 50%")),
    (_p(10, 15), ("10-15%", "10% to 15%", "10 to 15 percent", "10%-15%", "10–15 per cent")),
    (_p(10, 15, "between"), ("between 10% and 15%", "between 10 and 15 percent")),
    (_p(100, 100), ("100%", "one hundred percent")),
    (_p(7, 7), ("7 por ciento", "7 pour cent")),
    (
        _p(22.5, 27.5, "about"),
        (
            "[Around a quarter] of the city was wiped out.",
            ("pt", "Destruiu [cerca de um quarto] da cidade."),
            ("fr", "[Près d'un quart] de la ville a été détruit."),
            ("es", "[Alrededor de una cuarta parte] de la ciudad quedó destruida."),
        ),
    ),
    (
        _p(25, 25),
        (
            "[A quarter] of the city was destroyed.",
            ("de", "[Ein Viertel] der Stadt wurde zerstört."),
            ("it", "[Un quarto] della città è stato distrutto."),
        ),
    ),
    (
        _p(50, 50),
        (
            "[Half] of the homes were destroyed.",
            ("es", "[La mitad] de la ciudad quedó destruida."),
            ("pt", "[Metade] das casas foi destruída."),
        ),
    ),
    (
        _p(66, 67),
        ("[Two-thirds] of the homes were destroyed.", ("fr", "[Les deux tiers] des maisons.")),
    ),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = (
    "12 deals",
    "It lasted a quarter of an hour.",
    "Half of the year had passed.",
    "in the first half of 2024",
    "Un quart d'heure plus tard.",
    "$3.6 billion",
    "38 points",
    "won by 12 points",
    "percent",
    "the percentage",
    "3,5%",
    "Covid-19",
    "Article 5",
    "in 2017",
    "G7%",
    "Progress: 75%",
    "1.2.3%",
    "$5%",
    "at 10:30",
)
"""Texts that yield no percent claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("38%", "38 per cent", "agree"),
    ("38%", "40%", "conflict"),
    ("about 80 percent", "78%", "compatible"),
    ("about 80 percent", "70%", "conflict"),
    ("more than 50%", "60%", "compatible"),
    ("10-15%", "12%", "compatible"),
    ("49%-owned", "49 percent", "agree"),
    ("50 basis points", "half a percentage point", "agree"),
    ("nearly 50%", "51%", "conflict"),
)
"""Pairs of surface forms and the expected verdict."""
