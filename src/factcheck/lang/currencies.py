"""Currencies: codes, signs and words, read the same way in every language (shared
vocabulary: money reads amounts with them, counts refuse them as units, quotes fold them)."""

from __future__ import annotations

import re

ISO_CODES: frozenset[str] = frozenset(
    "USD EUR GBP JPY CNY RUB VND INR CHF AUD CAD HKD SGD NZD KRW BRL MXN TRY ZAR SEK NOK DKK "
    "PLN UAH THB IDR MYR PHP TWD SAR AED ILS EGP NGN KES PKR BDT ARS CLP COP PEN XOF CZK ISK HUF "
    "RON".split()
)
"""ISO 4217 codes recognised before or after a number."""
SYMBOLS: dict[str, str] = {
    "us$": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
    "₫": "VND", "₴": "UAH", "rs": "INR", "rs.": "INR",
} | {code.lower(): code for code in ISO_CODES}  # fmt: skip
"""Currency signs and codes written before the number."""
WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new zealand dollar": "NZD", "us dollar": "USD",
    "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "euros": "EUR", "euro": "EUR", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "dong": "VND", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "won": "KRW", "swiss francs": "CHF", "hryvnias": "UAH",
    "lira": "TRY", "rand": "ZAR", "reais": "BRL", "ringgit": "MYR", "baht": "THB",
    "dólares": "USD", "dolares": "USD", "libras": "GBP", "rublos": "RUB", "yuanes": "CNY",
    "yenes": "JPY", "pfund": "GBP", "rubel": "RUB", "€": "EUR", "£": "GBP", "₽": "RUB",
    "¥": "JPY", "₫": "VND", "$": "USD",
    # Swiss francs in the six languages; a franc with no country is the Swiss one (the one
    # franc of the world's news), a CFA franc is not
    "francs": "CHF", "franc": "CHF", "swiss franc": "CHF", "francs suisses": "CHF",
    "franc suisse": "CHF", "francos suizos": "CHF", "franco suizo": "CHF", "francos": "CHF",
    "schweizer franken": "CHF", "franken": "CHF", "franchi svizzeri": "CHF",
    "franco svizzero": "CHF", "franchi": "CHF", "francos suíços": "CHF",
    "franco suíço": "CHF", "francs cfa": "XOF", "francos cfa": "XOF",
    # other currencies' words in es, fr, de, it and pt
    "us-dollar": "USD", "dólar": "USD", "dollari": "USD", "dollaro": "USD",
    "sterline": "GBP", "sterlina": "GBP", "livres sterling": "GBP", "libras esterlinas": "GBP",
    "rubli": "RUB", "rublo": "RUB", "yens": "JPY", "ienes": "JPY", "iene": "JPY",
    "yuans": "CNY", "roupies": "INR", "rupias": "INR", "rupie": "INR", "rupien": "INR",
    "liras turcas": "TRY", "livres turques": "TRY", "lire turche": "TRY",
    "türkische lira": "TRY", "hryvnia": "UAH", "grivnas": "UAH", "hrywnja": "UAH",
    # crowns, with their country: a crown alone may be any of four
    "kronor": "SEK", "krona": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
    "swedish crowns": "SEK", "coronas suecas": "SEK", "corona sueca": "SEK",
    "couronnes suédoises": "SEK", "couronne suédoise": "SEK", "schwedische kronen": "SEK",
    "schwedischen kronen": "SEK", "schwedische krone": "SEK", "corone svedesi": "SEK",
    "corona svedese": "SEK", "coroas suecas": "SEK", "coroa sueca": "SEK",
    "norwegian kroner": "NOK", "norwegian krone": "NOK", "norwegian crowns": "NOK",
    "coronas noruegas": "NOK", "couronnes norvégiennes": "NOK", "norwegische kronen": "NOK",
    "norwegischen kronen": "NOK", "corone norvegesi": "NOK", "coroas norueguesas": "NOK",
    "danish kroner": "DKK", "danish krone": "DKK", "danish crowns": "DKK",
    "coronas danesas": "DKK", "couronnes danoises": "DKK", "dänische kronen": "DKK",
    "dänischen kronen": "DKK", "corone danesi": "DKK", "coroas dinamarquesas": "DKK",
    "czech koruna": "CZK", "czech crowns": "CZK", "koruna": "CZK", "korun": "CZK",
    "coronas checas": "CZK", "couronnes tchèques": "CZK", "tschechische kronen": "CZK",
    "tschechischen kronen": "CZK", "corone ceche": "CZK", "coroas checas": "CZK",
} | {code.lower(): code for code in ISO_CODES}  # fmt: skip
"""Currency words, signs and codes written after the number (the connecting "de", "d'" or
"di" of "3.000 millones de francos" is read by money's pattern)."""

_ISO = rf"(?-i:{'|'.join(sorted(ISO_CODES))})"
CURRENCY_BEFORE = "|".join(
    [re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if s.upper() not in ISO_CODES]
    + [_ISO]
)
"""Regex alternation of the signs and codes written before a number."""
CURRENCY_AFTER = "|".join(
    [
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(WORDS, key=len, reverse=True)
        if w.upper() not in ISO_CODES
    ]
    + [_ISO]
)
"""Regex alternation of the words, signs and codes written after a number."""
SIGNS = "$£€¥₹₽₩₺₫₴"
"""Currency signs (one character each)."""
