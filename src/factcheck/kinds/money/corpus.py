"""Corpus of the money kind: expected value → surface forms, negatives, compare pairs."""

from __future__ import annotations

from factcheck.core import Verdict
from factcheck.kinds.money.value import MoneyValue


def _m(low: float | None, high: float | None, currency: str, q: str | None = None) -> MoneyValue:
    return MoneyValue(low=low, high=high, currency=currency, qualifier=q)


Form = str | tuple[str, str]
"""A surface form, alone or with its article's language ("es", "unos 3.200 millones...")."""

CORPUS: tuple[tuple[MoneyValue, tuple[Form, ...]], ...] = (
    (_m(337.5e9, 337.5e9, "USD"), ("$337.5bn", "$337.5 billion", "$337.5 bn", "US$337.5bn")),
    # a currency pair's quote in a market table: the first currency's price in the second
    (_m(169.93, 169.93, "JPY"), ("EUR/JPY 169.93", "[EUR/JPY 169.93] 169.68")),
    (
        _m(3.6e9, 3.6e9, "USD"),
        (
            "$3.6 billion",
            "US$3,600m",
            "3.6 billion dollars",
            "USD 3.6 billion",
            "3.6 billion USD",
            "$3.6b",
            "3.6 billion US dollars",
            "$3,600 million",
            "$3.6bn",
        ),
    ),
    (_m(171e9, 171e9, "USD"), ("$171 billion", "171 billion dollars")),
    (
        _m(2e6, 2e6, "GBP"),
        ("£2m", "2 million pounds", "£2 million", "GBP 2m", "two million pounds"),
    ),
    (_m(14_276, 14_276, "GBP"), ("£14,276", "£ 14,276", "14,276 pounds")),
    (_m(5e6, 5e6, "EUR"), ("€5m", "5 million euros", "5m euros", "EUR 5 million", "5 million €")),
    (_m(1200, 1200, "EUR"), ("€1\u2009200", "1\u00a0200 €", "1,200 euros")),
    (_m(88e9, 88e9, "USD"), ("88.000 millones de dólares", "88 mil millones de dólares")),
    (_m(3.5e6, 3.5e6, "EUR"), ("3,5 millones de euros",)),
    (_m(2e9, 2e9, "EUR"), ("2 milliards d'euros", "2 Milliarden Euro", "2 miliardi di euro")),
    (
        _m(3e9, 3e9, "CHF"),
        (
            "3 billion Swiss francs",
            "3 billion francs",
            "CHF 3bn",
            "3 milliards de francs suisses",
            "3.000 millones de francos suizos",
            "3 Milliarden Franken",
            "3 Milliarden Schweizer Franken",
            "3 miliardi di franchi svizzeri",
            "3 mil milhões de francos suíços",
        ),
    ),
    (_m(2e6, 2e6, "USD"), ("2 Millionen US-Dollar", "2 milioni di dollari")),
    (
        _m(2.88e9, 3.52e9, "USD", "about"),
        (
            ("es", "unos 3200 millones de dólares"),
            ("fr", "près de 3,2 milliards de dollars"),
            ("de", "rund 3,2 Milliarden Dollar"),
            ("it", "circa 3,2 miliardi di dollari"),
            ("pt", "cerca de 3,2 mil milhões de dólares"),
        ),
    ),
    (
        _m(2e9, None, "EUR", "more than"),
        (("de", "mehr als 2 Mrd Euro"), ("es", "más de 2.000 millones de euros")),
    ),
    (_m(4e6, 4e6, "GBP"), ("4 millions de livres sterling", "4 milioni di sterline")),
    (_m(1e9, 1e9, "USD"), ("a billion dollars", "one billion dollars", "$1bn")),
    (_m(5e5, 5e5, "USD"), ("half a million dollars", "$500,000", "$500k", "$0.5m")),
    (_m(100e9, 100e9, "RUB"), ("100 billion roubles", "100bn rubles", "₽100bn", "RUB 100bn")),
    (_m(12e9, 12e9, "CNY"), ("12 billion yuan", "CNY 12bn", "12bn renminbi")),
    (_m(50e12, 50e12, "VND"), ("50 trillion dong", "VND50tn", "50 trillion VND")),
    (_m(300e6, 300e6, "JPY"), ("¥300m", "300 million yen")),
    (_m(7e9, 7e9, "INR"), ("₹7bn", "Rs 7bn", "7 billion rupees")),
    (_m(4e9, 4e9, "AUD"), ("A$4bn", "4 billion Australian dollars")),
    (_m(10e6, 10e6, "CAD"), ("C$10m",)),
    (_m(3e9, None, "USD", "more than"), ("more than $3bn", "over $3 billion")),
    (_m(3e9, None, "USD", "at least"), ("at least $3bn",)),
    (
        _m(2.7e9, 3.3e9, "USD", "about"),
        ("about $3bn", "around $3 billion", "roughly 3 billion dollars"),
    ),
    (_m(2.7e9, 3e9, "USD", "nearly"), ("nearly $3bn", "almost $3 billion")),
    (_m(0, 5e6, "GBP", "up to"), ("up to £5m",)),
    (_m(3e9, 4e9, "USD"), ("$3-4 billion", "$3bn-$4bn", "$3bn to $4bn", "3-4 billion dollars")),
    (_m(3e9, 4e9, "USD", "between"), ("between $3bn and $4bn", "between 3 and 4 billion dollars")),
    (_m(2e9, 9.99e9, "USD", "vague"), ("billions of dollars",)),
    (_m(2e8, 9.99e8, "EUR", "vague"), ("hundreds of millions of euros",)),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = (
    "12 deals",
    "EUR/EUR 1.0",
    "ABC/XYZ 12.5",
    "38%",
    "in 2017",
    "the dollar rose",
    "pounds",
    "US$",
    "the G7",
    "5 pounds of flour",
    "You've Raised:£ 14,276",
    "We need:£ 3,724",
    "Raised: $5,000",
    "Goal: €10,000",
    "3 Days remaining",
    "they won 3 medals",
    "try 5 times",
    "the euro zone's 20 members",
    "$",
    "$3.6.7",
    "COP 28",
    "Article 5",
    "a 2-1 win",
)
"""Texts that yield no money claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("$3.6 billion", "US$3,600m", "agree"),
    ("$337.5bn", "$337.5 billion", "agree"),
    ("88.000 millones de dólares", "$88bn", "agree"),
    ("$3.6 billion", "$4 billion", "conflict"),
    ("$3.6 billion", "$3.62 billion", "compatible"),
    ("about $3.6 billion", "$3.7 billion", "compatible"),
    ("more than $3bn", "$3.5bn", "compatible"),
    ("more than $3bn", "$2bn", "conflict"),
    ("$3-4 billion", "$3.5bn", "compatible"),
    ("£2m", "2 million pounds", "agree"),
    ("$2m", "£2m", "conflict"),
    ("€3.6 billion", "US$3,600m", "conflict"),
    ("3 billion Swiss francs", "3 Milliarden Franken", "agree"),
)
"""Pairs of surface forms and the expected verdict."""
