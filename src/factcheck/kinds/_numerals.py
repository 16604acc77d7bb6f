"""Number words, magnitudes and qualifiers → intervals, shared by the numeric kinds.

Regular-expression fragments (no capturing groups, so kinds compose them freely):

- `NUMBER`: one number expression: digits with thousands separators and decimals
  ("12,000", "3.6", "1 200" with a thin or no-break space, "88.000"), an optional scale word
  or abbreviation ("3.6 billion", "337.5bn", "2.5m", "10k", "88.000 millones"), numbers in
  words ("twenty-three", "two hundred and fifty", "three million"), dozens ("a dozen",
  "half a dozen", "three dozen"), "a score", fractions of a scale ("half a million",
  "two-thirds of a billion") and halves ("one and a half million").
- `VAGUE_PATTERN`: vague quantities that stand for a band (`VAGUE`: "dozens",
  "tens of thousands", "a handful").
- `QUALIFIER`: the words before a number that shape its interval.
- `RANGE_SEP`: what joins the two ends of a range ("10-12", "10 to 12"); `quantity()`
  builds a qualified number or range with named groups, "between X and Y" included.

`parse_number` turns a matched `NUMBER` into a value, under the decimal convention of the
article's language (`decimal_comma`); `to_interval` applies qualifier, range and tolerance;
`rounding_band` and `verdict_of` serve comparison; `is_interface_counter` recognises page
furniture by layout. The rules are documented in docs/kinds-numbers.md.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Literal

from factcheck.lang import base_language

Relation = Literal["equal", "overlap", "disjoint"]
Interval = tuple[float | None, float | None]

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Number words below one hundred that combine ("twenty-three")."""
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    # Spanish, French, German (their articles write decimals with a comma)
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
    "billón": 1e12, "billones": 1e12, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "million de": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9,
    # Italian, Portuguese
    "mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
    "milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6, "mil milhões": 1e9,
    "bilhão": 1e9, "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9,
    # South Asian numbering: a lakh is 10⁵, a crore 10⁷, a lakh crore 10¹²
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
    "cr": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
}  # fmt: skip
"""Scale words and abbreviations after a number, lower-cased."""
FOREIGN_SCALES = frozenset(
    "mil millón millon millones billón billones millions milliard milliards millionen "
    "mio mio. milliarde milliarden mrd mrd. mila milione milioni miliardo miliardi milhão "
    "milhao milhões milhoes bilhão bilhao bilhões bilhoes".split()
)
"""Scale words of languages writing decimals with a comma: they imply that convention."""
LONG_SCALE_LANGUAGES = frozenset({"fr", "es", "de", "it", "pt", "nl", "pl"})
"""Languages where "billion" means 10¹²."""
DECIMAL_COMMA_LANGUAGES = frozenset(
    "fr es de it pt nl pl ru uk vi id tr cs sk hu ro sv da no nb fi el bg hr sl sr lt lv et "
    "ca gl eu".split()
)
"""Languages writing "3,5" for three and a half and "88.000" for eighty-eight thousand."""
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
"""Ordinal words; "twenty-first" combines a tens word with a unit ordinal."""
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2,
}  # fmt: skip
"""Fractions that multiply a scale word ("two-thirds of a million")."""
VAGUE: dict[str, tuple[float, float]] = {
    "a handful": (2, 10), "dozens": (24, 144), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e9), "tens of billions": (2e10, 9.99e10),
    "hundreds of billions": (2e11, 9.99e11),
}  # fmt: skip
"""Vague quantities and the band [low, high] each stands for."""

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES})\b)?|{_TEENS}|{_ONES}|zero)\b"
SMALL_WORD_NUMBER = _BELOW_100
"""An English number word below a hundred ("forty-eight"): ages, durations and measures
rarely spell out more."""
_GROUP = rf"(?:(?:{_BELOW_100}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
_BIG = r"(?:thousand|million|billion|trillion)\b"
_WORD_NUMBER = (
    rf"(?:(?:{_GROUP}|a)\s+{_BIG}(?:\s+{_BIG})*(?:,?\s+(?:and\s+)?{_GROUP}(?:\s+{_BIG})*)*"
    rf"|{_GROUP})"
)
_THOUSANDS_SEP = r"[,. \u00a0\u202f\u2009]"
DIGITS = rf"(?:\d{{1,3}}(?:{_THOUSANDS_SEP}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
"""Digits with optional thousands separators and decimals, under either convention."""
_SCALE_WORD = (
    r"(?:mil\s+millones|mil\s+milh[õo]es|millones|mill[óo]n|billones|bill[óo]n|milliards?|"
    r"millions|milliarden?|millionen|mrd\.?|mio\.?|milion[ei]|miliard[oi]|milh[ãa]o|milh[õo]es|"
    r"bilh[ãa]o|bilh[õo]es|mila|mil|lakh\s+crores?|lakhs?|lacs?|crores?|cr|trillion|billion|"
    r"million|thousand|hundred)"
)
SCALE_WORD = _SCALE_WORD
"""A scale word after a number, of any of the six languages ("million", "millones", "Mrd.")."""
_SCALE = rf"(?:\s?(?:{_SCALE_WORD}|bn|tn|trn|mln|mn)(?![\w])|(?:m|k|b)(?![\w]))"
_FRACTION = (
    r"(?:half|a\s+half|one\s+half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|"
    r"three[-\s]quarters|(?:a|one)[-\s]fifth)"
)
_DOZEN_HEAD = rf"(?:half\s+a|a|{_BELOW_100}|\d+)"


# Number words of es, fr, de, it and pt. Each language maps a word to (value, role): "n" adds
# its value, "h" multiplies what comes before by a hundred ("deux cent" is 200), "s" is a scale
# that multiplies everything before it ("dos mil", "drei Millionen"). Articles ("un", "eine")
# stand for one only before a scale word ("un millón"), never alone.


def _lexicon(
    words: str, *, hundred: str = "", scales: dict[str, float] | None = None
) -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for item in words.split():
        word, _, number = item.partition("=")
        out[word] = (float(number), "n")
    for word in hundred.split():
        out[word] = (100.0, "h")
    for word, scale in (scales or {}).items():
        out[word] = (scale, "s")
    return out


def _compounds(
    tens: dict[str, int], ones: dict[str, int], join: str, *, elide: bool = False
) -> str:
    """ "veintidós" style compounds as "word=value" items."""
    items = []
    for t, tv in tens.items():
        for o, ov in ones.items():
            head = t[:-1] if elide and o[0] in "aeiou" else t
            items.append(f"{head}{join}{o}={tv + ov}" if join != "rev" else f"{o}und{t}={tv + ov}")
    return " ".join(items)


_DE_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
            "acht": 8, "neun": 9}  # fmt: skip
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
            "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}  # fmt: skip
_IT_ONES = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6,
            "sette": 7, "otto": 8, "nove": 9}  # fmt: skip
_IT_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
            "settanta": 70, "ottanta": 80, "novanta": 90}  # fmt: skip

NUMBER_WORDS: dict[str, dict[str, tuple[float, str]]] = {
    "es": _lexicon(
        "cero=0 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 "
        "doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 "
        "dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintidós=22 "
        "veintidos=22 veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 "
        "veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 "
        "cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100 ciento=100 "
        "doscientos=200 doscientas=200 trescientos=300 trescientas=300 cuatrocientos=400 "
        "cuatrocientas=400 quinientos=500 quinientas=500 seiscientos=600 seiscientas=600 "
        "setecientos=700 setecientas=700 ochocientos=800 ochocientas=800 novecientos=900 "
        "novecientas=900",
        scales={"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6},
    ),
    "fr": _lexicon(
        "zéro=0 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 "
        "douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 "
        "cinquante=50 soixante=60 quatre-vingt=80 quatre-vingts=80",
        hundred="cent cents",
        scales={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
                "milliards": 1e9},
    ),
    "de": _lexicon(
        "null=0 eins=1 zwei=2 zwo=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 "
        "zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 "
        "achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30 vierzig=40 fünfzig=50 "
        "sechzig=60 siebzig=70 achtzig=80 neunzig=90 "
        + _compounds(_DE_TENS, _DE_ONES, "rev")
        + " "
        + " ".join(f"{o}hundert={v * 100}" for o, v in _DE_ONES.items())
        # halves: "anderthalb", "sechseinhalb Jahre", "zwölfeinhalb"
        + " anderthalb=1.5 "
        + " ".join(f"{o}einhalb={v + 0.5}" for o, v in {**_DE_ONES, "zehn": 10, "elf": 11,
                                                           "zwölf": 12}.items() if o != "ein"),
        hundred="hundert",
        scales={"tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9,
                "milliarden": 1e9},
    ),
    "it": _lexicon(
        "zero=0 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 "
        "dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 "
        "diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 "
        "ottanta=80 novanta=90 cento=100 mille=1000 "
        + _compounds(_IT_TENS, _IT_ONES, "", elide=True)
        + " "
        + " ".join(f"{o}cento={v * 100}" for o, v in _IT_ONES.items() if o not in ("uno", "tré"))
        + " "
        + " ".join(f"{o}mila={v * 1000}" for o, v in _IT_ONES.items() if o not in ("uno", "tré")),
        scales={"mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9},
    ),
    "pt": _lexicon(
        "zero=0 dois=2 duas=2 três=3 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 "
        "onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 dezasseis=16 "
        "dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 trinta=30 "
        "quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100 "
        "cento=100 duzentos=200 duzentas=200 trezentos=300 trezentas=300 quatrocentos=400 "
        "quatrocentas=400 quinhentos=500 quinhentas=500 seiscentos=600 seiscentas=600 "
        "setecentos=700 setecentas=700 oitocentos=800 oitocentas=800 novecentos=900 "
        "novecentas=900",
        scales={"mil": 1e3, "milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6},
    ),
}  # fmt: skip
"""Number words per language (ISO 639-1): word → (value, role)."""
ARTICLES: dict[str, frozenset[str]] = {
    "es": frozenset({"un", "una", "uno"}), "fr": frozenset({"un", "une"}),
    "de": frozenset({"ein", "eine", "einer", "einen"}), "it": frozenset({"un", "uno", "una"}),
    "pt": frozenset({"um", "uma"}),
}  # fmt: skip
"""Indefinite articles: one, before a scale word only ("un millón", "eine Million")."""
CONNECTORS = frozenset({"y", "e", "et", "und"})
"""Words joining number words ("treinta y cinco", "vingt et un", "trinta e cinco")."""


def trie_pattern(words: set[str] | frozenset[str] | list[str]) -> str:
    """A regular expression matching exactly `words`, branching on shared prefixes (an
    alternation of hundreds of words is slow to try at every position; a trie is not)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie).replace("\\ ", "\\s+")


_FOREIGN_WORDS = {w for lex in NUMBER_WORDS.values() for w in lex}
_FOREIGN_SCALE_WORDS = {w for lex in NUMBER_WORDS.values() for w, (_, r) in lex.items() if r == "s"}
FOREIGN_NUMBER_WORDS = trie_pattern(_FOREIGN_WORDS)
"""Alternation of the number words of es, fr, de, it and pt (a trie, for speed)."""
_FW = rf"(?:{FOREIGN_NUMBER_WORDS})(?![\w'’])"
FOREIGN_WORD_NUMBER = (
    rf"(?:(?:{trie_pattern({a for s in ARTICLES.values() for a in s})})\s+"
    rf"(?={trie_pattern(_FOREIGN_SCALE_WORDS)}(?![\w'’])))?"
    rf"{_FW}(?:(?:\s+(?:y|e|et|und)\s+|[\s-]+){_FW})*"
)
"""Number words of es, fr, de, it, pt ("seis", "huit", "trentacinque", "dos mil", "un
millón"); which language's words count is decided when parsing (`parse_number`)."""


def _foreign_words_to_number(text: str, language: str) -> float | None:
    """The value of number words in `language` ("treinta y cinco", "deux cent mille")."""
    lex = NUMBER_WORDS.get(language)
    if lex is None:
        return None
    t = re.sub(r"quatre[-\s]vingts?", "quatre-vingt", text.lower())
    tokens = [tok for tok in re.split(r"[\s]+|(?<!quatre)-", t) if tok]
    total = current = largest = 0.0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in CONNECTORS and 0 < i < len(tokens) - 1:
            continue
        if i and tokens[i - 1] in CONNECTORS and tok in ARTICLES.get(language, ()):
            current += 1  # "vingt et un"
            seen = True
            continue
        if tok in ARTICLES.get(language, ()) and i == 0 and len(tokens) > 1:
            nxt = lex.get(tokens[1])
            if nxt is None or nxt[1] != "s":
                return None
            current = 1
            continue
        entry = lex.get(tok)
        if entry is None:
            return None
        value, role = entry
        if role == "n":
            current += value
        elif role == "h":
            current = (current or 1) * 100
        else:
            if value > largest:
                total = (total + (current or (0 if total else 1))) * value
                largest = value
            else:
                total += (current or 1) * value
            current = 0
        seen = True
    return total + current if seen else None


WORD_NUMBER = _WORD_NUMBER
"""A number in English words ("twenty-three", "two hundred and fifty")."""

NUMBER = (
    rf"(?:{_DOZEN_HEAD}\s+dozen\b"
    r"|a\s+score\b"
    rf"|{_FRACTION}\s+(?:of\s+)?an?\s+(?:million|billion|trillion)\b"
    rf"|(?:{DIGITS}|{_BELOW_100}|a|an)\s+and\s+a\s+half\s+(?:million|billion|trillion|dozen)\b"
    rf"|{DIGITS}{_SCALE}?"
    rf"|{_WORD_NUMBER})"
)
"""One number expression in an English text, without qualifier."""
NUMBER_INTL = rf"(?:{DIGITS}{_SCALE}?|{FOREIGN_WORD_NUMBER})"
"""One number expression in an es, fr, de, it or pt text (digits under either convention,
scale words of the five languages, number words)."""

VAGUE_PATTERN = (
    r"(?:a\s+handful"
    r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|dozens|scores|hundreds|thousands|millions|billions)\b"
)
"""A vague quantity (see `VAGUE`)."""

QUALIFIER = (
    r"(?:at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|"
    r"nearly|almost|close\s+to|just\s+(?:over|under)|about|around|roughly|approximately|"
    r"some|an\s+estimated|estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|"
    r"below|at\s+most|no\s+more\s+than|exactly|only|just)"
)
"""Words before a number that shape its interval ("between" is matched on its own)."""
QUALIFIER_INTL = (
    # es, fr, de, it, pt (see FOREIGN_QUALIFIERS)
    r"(?:m[áa]s\s+de|menos\s+de|cerca\s+del?|alrededor\s+del?|unos|unas|aproximadamente|casi|"
    r"al\s+menos|por\s+lo\s+menos|hasta|plus\s+de|moins\s+de|environ|pr[èe]s\s+de|quelque|"
    r"au\s+moins|jusqu['’]\s?[àa]|presque|mehr\s+als|über|weniger\s+als|unter|etwa|rund|"
    r"ca\.|circa|knapp|mindestens|bis\s+zu|fast|nahezu|ungef[äa]hr|pi[ùu]\s+di|oltre|"
    r"meno\s+di|quasi|almeno|fino\s+a(?:l|i|lle)?|intorno\s+a(?:l|i|lle)?|"
    r"attorno\s+a(?:l|i|lle)?|mais\s+de|quase|"
    r"pelo\s+menos|ao\s+menos|at[ée]|por\s+volta\s+d(?:e|os)|perto\s+d(?:e|os))"
)
"""`QUALIFIER` of es, fr, de, it and pt."""

RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|or)\s+)"
"""What joins the two ends of a range ("10-12", "10 to 12", "10 a 12", "10 bis 12"); after
"between" also "and"."""
RANGE_SEP_INTL = r"(?:\s*[-–—]\s*|\s+(?:a|à|bis|o|ou|oder)\s+)"
"""`RANGE_SEP` of es, fr, de, it and pt ("10 a 12", "10 bis 12")."""
BETWEEN = r"between"
""""between": the range's ends are then joined by `AND` too."""
AND = r"and"
BETWEEN_INTL = r"(?:entre|zwischen|tra|fra)"
AND_INTL = r"(?:y|e|et|und)"

INTL_LANGUAGES = frozenset(NUMBER_WORDS)
"""Languages read with the `*_INTL` patterns (es, fr, de, it, pt); every other language with
the English ones."""


@lru_cache(maxsize=256)
def is_intl(language: str) -> bool:
    """True when `language` is read with the `*_INTL` patterns."""
    return language.lower().replace("_", "-").split("-")[0] in INTL_LANGUAGES


def quantity(prefix: str = "", between_prefix: str | None = None, *, intl: bool = False) -> str:
    """A (qualified) number or range with groups `bw`, `q`, `n`, `sep`, `n2`.

    `prefix` is a fragment allowed before each number (a currency sign); `between_prefix`
    one allowed before the second (defaults to `prefix`). `intl` builds it from the
    es/fr/de/it/pt words (`NUMBER_INTL`, `QUALIFIER_INTL`, ...) instead of the English ones.
    """
    p2 = prefix if between_prefix is None else between_prefix
    number = NUMBER_INTL if intl else NUMBER
    qualifier = QUALIFIER_INTL if intl else QUALIFIER
    between, and_, sep = (
        (BETWEEN_INTL, AND_INTL, RANGE_SEP_INTL) if intl else (BETWEEN, AND, RANGE_SEP)
    )
    return (
        rf"(?:(?P<bw>{between})\s+|(?P<q>{qualifier})\s+)?{prefix}(?P<n>{number})"
        rf"(?:(?P<sep>(?(bw)(?:\s+{and_}\s+|{sep})|{sep})){p2}(?P<n2>{number}))?"
    )


PLUS = r"(?:\+|[-\s]plus(?=\s))"
"""A plus after an English number ("80-plus hours", "200+ people", "80 plus hours"): at least
that many. Kinds read it in group `plus` and store the qualifier "at least"."""
PLUS_AFTER = re.compile(PLUS, re.I)


APPROX = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated",
                    "estimated", "close to"})  # fmt: skip
"""Qualifiers giving the symmetric tolerance band [v·(1−t), v·(1+t)]."""
AT_LEAST = frozenset({"at least", "no fewer than", "no less than", "more than", "over",
                      "upwards of", "in excess of"})  # fmt: skip
"""Qualifiers giving [v, ∞)."""
AT_MOST = frozenset({"up to", "as many as", "fewer than", "less than", "under", "below",
                     "at most", "no more than"})  # fmt: skip
"""Qualifiers giving (−∞, v]; counts, money and percent clip the low end at 0."""
NEARLY = frozenset({"nearly", "almost", "just under"})
"""Qualifiers giving [v·(1−t), v]."""
JUST_OVER = frozenset({"just over"})
"""Qualifiers giving [v, v·(1+t)]."""
"""Qualifiers giving [v, v]."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DIGITS_RE = re.compile(DIGITS)
_DIGITS_SCALE = re.compile(rf"(?P<d>{DIGITS})\s?(?P<s>[^\W\d_][\w.\s]*)?", re.I)
_SCALED = re.compile(rf"(?P<d>{DIGITS})\s?(?P<s>{_SCALE_WORD}|bn|tn|trn|mln|mn|m|k|b)(?!\w)", re.I)


def decimal_comma(language: str) -> bool:
    """True when `language` (ISO 639-1) writes decimals with a comma."""
    return base_language(language) in DECIMAL_COMMA_LANGUAGES


_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
"""Digits grouped by commas in threes: thousands in every language."""


def parse_digits(text: str, *, comma_decimal: bool = False) -> float | None:
    """The value of a digit string ("12,000", "3.6", "88.000"), or None if malformed.

    Thousands separators must group exactly three digits; under `comma_decimal` "." and
    spaces separate thousands and "," marks decimals, otherwise the reverse. Commas that each
    group three digits ("$10,000 millones", "2,500 personas") separate thousands in any
    language: a decimal is rarely written to three places, and "0,500" stays a decimal.
    """
    if " " in text.strip() and not comma_decimal:
        return None  # "11 300" groups thousands with a plain space only where commas are decimal
    if comma_decimal and _COMMA_THOUSANDS.fullmatch(text.strip()):
        comma_decimal = False
    t = _SPACES.sub("\u2009", text.strip())
    dec, sep = (",", ".") if comma_decimal else (".", ",")
    t = t.replace("\u2009", sep)
    whole, _, frac = t.partition(dec)
    if dec in frac:
        return None
    groups = whole.split(sep)
    if not groups[0].isdigit() or any(len(g) != 3 or not g.isdigit() for g in groups[1:]):
        return None
    if len(groups) > 1 and len(groups[0]) > 3:
        return None
    if frac and not frac.isdigit():
        return None
    return float("".join(groups) + ("." + frac if frac else ""))


def _words_to_number(text: str) -> float | None:
    """The value of a number in words; a larger scale multiplies all before it
    ("one thousand million" is 10⁹)."""
    total = 0.0
    current = 0.0
    largest = 0.0
    seen = False
    for tok in re.split(r"[\s,-]+", text.lower()):
        if tok in ("and", ""):
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion", "trillion"):
            scale = SCALES[tok]
            if scale > largest:
                total = (total + (current or (0 if total else 1))) * scale
                largest = scale
            else:
                total += (current or 1) * scale
            current = 0
        elif tok in ("a", "an"):
            current += 1
        else:
            return None
        seen = True
    return total + current if seen else None


def scale_of(text: str, *, language: str = "en") -> float:
    """The multiplier of a scale word ("bn" → 1e9; "billion" in French → 1e12)."""
    s = " ".join(text.lower().split())
    if s in ("billion", "billions") and base_language(language) in LONG_SCALE_LANGUAGES:
        return 1e12
    return SCALES.get(s, SCALES.get(s.rstrip("."), 1.0))


def parse_parts(text: str, *, language: str = "en") -> tuple[float, float] | None:
    """(mantissa, scale) of one `NUMBER` match: "3.6 billion" → (3.6, 1e9), or None."""
    t = " ".join(_SPACES.sub(" ", text.lower()).split())
    t = t.replace("-", " ")
    if t.endswith(" dozen"):
        head = t[: -len(" dozen")]
        if head.endswith(" and a half"):
            base = parse_parts(head[: -len(" and a half")], language=language)
            return None if base is None else ((base[0] * base[1] + 0.5) * 12, 1.0)
        if head == "half a":
            return (6.0, 1.0)
        base = parse_parts(head, language=language)
        return None if base is None else (base[0] * base[1] * 12, 1.0)
    if t == "a score":
        return (20.0, 1.0)
    if t in ("half a", "half an"):
        return (0.5, 1.0)
    m = re.fullmatch(r"(.+?) (?:of )?an? (million|billion|trillion)", t)
    if m and m.group(1) in FRACTIONS:
        return (FRACTIONS[m.group(1)], scale_of(m.group(2), language=language))
    m = re.fullmatch(r"(.+?) and a half (million|billion|trillion)", t)
    if m:
        base = parse_parts(m.group(1), language=language)
        if base is None:
            return None
        return (base[0] * base[1] + 0.5, scale_of(m.group(2), language=language))
    if t[:1].isdigit():
        dm = _DIGITS_SCALE.fullmatch(text.strip())
        if not dm:
            return None
        scale_text = (dm.group("s") or "").strip()
        comma = decimal_comma(language) or scale_text.lower() in FOREIGN_SCALES
        value = parse_digits(dm.group("d"), comma_decimal=comma)
        if value is None:
            return None
        if not scale_text:
            return (value, 1.0)
        scale = scale_of(scale_text, language=language)
        return None if scale == 1.0 else (value, scale)
    lang = language.lower().replace("_", "-").split("-")[0]
    words = _words_to_number(t) if lang not in NUMBER_WORDS else None
    if words is None and lang in NUMBER_WORDS:
        words = _foreign_words_to_number(" ".join(_SPACES.sub(" ", text.lower()).split()), lang)
    return None if words is None else (words, 1.0)


def parse_number(text: str, *, language: str = "en") -> float | None:
    """The value of one number expression matched by `NUMBER`, or None."""
    parts = parse_parts(text, language=language)
    return None if parts is None else parts[0] * parts[1]


def parse_vague(text: str) -> tuple[float, float]:
    """The band of a vague quantity matched by `VAGUE_PATTERN`."""
    return VAGUE[" ".join(text.lower().split())]


CANONICAL_QUALIFIERS: dict[str, str] = {
    "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "almost": "nearly",
    "just under": "nearly", "no fewer than": "at least", "no less than": "at least",
    "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "as many as": "up to", "at most": "up to", "no more than": "up to",
    "fewer than": "under", "less than": "under", "below": "under", "only": "exactly",
    "just": "exactly",
    "entre": "between", "zwischen": "between", "tra": "between", "fra": "between",
}  # fmt: skip
FOREIGN_QUALIFIERS: dict[str, str] = {
    "más de": "more than", "mas de": "more than", "menos de": "under", "cerca de": "about",
    "alrededor de": "about", "unos": "about", "unas": "about", "aproximadamente": "about",
    "casi": "nearly", "al menos": "at least", "por lo menos": "at least", "hasta": "up to",
    "plus de": "more than", "moins de": "under", "environ": "about", "près de": "about",
    "pres de": "about", "quelque": "about", "au moins": "at least", "jusqu'à": "up to",
    "jusqu'a": "up to", "jusqu' à": "up to", "presque": "nearly", "mehr als": "more than",
    "über": "more than", "weniger als": "under", "unter": "under", "etwa": "about",
    "rund": "about", "ca.": "about", "circa": "about", "knapp": "nearly",
    "mindestens": "at least", "bis zu": "up to", "fast": "nearly", "nahezu": "nearly",
    "ungefähr": "about", "ungefahr": "about", "più di": "more than", "piu di": "more than",
    "oltre": "more than", "meno di": "under", "quasi": "nearly", "almeno": "at least",
    "fino a": "up to", "intorno a": "about", "attorno a": "about", "mais de": "more than",
    "quase": "nearly", "pelo menos": "at least", "ao menos": "at least", "até": "up to",
    "ate": "up to", "por volta de": "about", "perto de": "about",
    # a preposition joined to the article ("intorno al 60%", "cerca del 40%")
    "intorno al": "about", "intorno ai": "about", "intorno alle": "about",
    "attorno al": "about", "attorno ai": "about", "attorno alle": "about",
    "fino al": "up to", "fino ai": "up to", "fino alle": "up to", "cerca del": "about",
    "alrededor del": "about", "por volta dos": "about", "perto dos": "about",
}  # fmt: skip
"""Qualifiers of es, fr, de, it and pt → their English canonical name."""
CANONICAL_QUALIFIERS.update(FOREIGN_QUALIFIERS)
"""Qualifier synonyms → the one name stored in a value ("roughly" → "about")."""


def normalize_qualifier(text: str | None) -> str | None:
    """The canonical name of a qualifier ("Roughly" → "about"), or None."""
    if not text:
        return None
    q = " ".join(text.lower().replace("’", "'").split())
    return CANONICAL_QUALIFIERS.get(q, q)


def apply_qualifier(value: float, qualifier: str | None, *, tolerance: float) -> Interval:
    """The interval a qualified value stands for (see docs/kinds-numbers.md)."""
    q = normalize_qualifier(qualifier)
    if q in APPROX:
        return (value * (1 - tolerance), value * (1 + tolerance))
    if q in AT_LEAST:
        return (value, None)
    if q in AT_MOST:
        return (None, value)
    if q in NEARLY:
        return (value * (1 - tolerance), value)
    if q in JUST_OVER:
        return (value, value * (1 + tolerance))
    return (value, value)


def to_interval(
    first: str,
    second: str | None = None,
    qualifier: str | None = None,
    *,
    language: str = "en",
    tolerance: float = 0.1,
    nonnegative: bool = True,
) -> Interval | None:
    """The interval of a (qualified) number or range, or None when it is not one.

    A range must rise strictly ("10-12"); "2-1" or "11-2" is a score or an identifier.
    A scale on the second end carries to the first ("3-4 billion").
    """
    a = parse_parts(first, language=language)
    if a is None:
        return None
    q = normalize_qualifier(qualifier)
    if second is None:
        if q == "between":
            return None
        lo, hi = apply_qualifier(a[0] * a[1], q, tolerance=tolerance)
    else:
        b = parse_parts(second, language=language)
        if b is None:
            return None
        lo_v = a[0] * (b[1] if a[1] == 1.0 else a[1])
        hi_v = b[0] * b[1]
        if not lo_v < hi_v:
            return None
        lo, hi = lo_v, hi_v
        if q in APPROX:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        elif q not in (None, "between"):
            return None
    if nonnegative and lo is None and hi is not None:
        lo = 0.0
    return (_tidy(lo), _tidy(hi))


def _tidy(x: float | None) -> float | None:
    """Round off binary noise ("80 * 1.1" is 88, not 88.00000000000001)."""
    return None if x is None else float(f"{x:.12g}")


def relation(a: Interval, b: Interval) -> Relation:
    """How two intervals relate: equal, overlapping (incl. contained) or disjoint."""
    if _close(a[0], b[0]) and _close(a[1], b[1]):
        return "equal"
    a_lo = -math.inf if a[0] is None else a[0]
    a_hi = math.inf if a[1] is None else a[1]
    b_lo = -math.inf if b[0] is None else b[0]
    b_hi = math.inf if b[1] is None else b[1]
    if a_lo <= b_hi + 1e-9 * abs(b_hi) and b_lo <= a_hi + 1e-9 * abs(a_hi):
        return "overlap"
    return "disjoint"


def verdict_of(a: Interval, b: Interval) -> Literal["agree", "compatible", "conflict"]:
    """Equal intervals agree, overlapping ones are compatible, disjoint ones conflict."""
    rel = relation(a, b)
    return "agree" if rel == "equal" else "compatible" if rel == "overlap" else "conflict"


def estimates_apart(
    a: Interval, qualifier_a: str | None, b: Interval, qualifier_b: str | None
) -> bool:
    """Whether two estimates ("about 140 km/h", "circa 160 km/h") name different figures:
    both approximate, and neither's stated figure (its interval's middle) lies in the
    other's interval. Their intervals may overlap ("about 140" is 126-154, "about 160"
    144-176) while no reading of one is what the other says; "about 2,000" and "some
    2,100" stay compatible."""
    if (
        normalize_qualifier(qualifier_a) not in APPROX
        or normalize_qualifier(qualifier_b) not in APPROX
    ):
        return False
    a_lo, a_hi, b_lo, b_hi = a[0], a[1], b[0], b[1]
    if a_lo is None or a_hi is None or b_lo is None or b_hi is None:
        return False
    mid_a, mid_b = (a_lo + a_hi) / 2, (b_lo + b_hi) / 2
    slack = 1e-9 * max(abs(a_hi), abs(b_hi))
    return not (b_lo - slack <= mid_a <= b_hi + slack) and not (
        a_lo - slack <= mid_b <= a_hi + slack
    )


def _close(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def rounding_band(text: str, low: float | None, high: float | None) -> Interval:
    """Widen an exact value stated with decimals and a scale by half its last digit.

    "$3.6bn" is 3.55-3.65bn, "1.2 million" is 1.15-1.25 million. Anything else is returned
    unchanged: "12 deals" means twelve and "$4bn" four billion.
    """
    if low is None or high is None or not _close(low, high):
        return (low, high)
    m = _SCALED.search(text)
    if not m:
        return (low, high)
    frac = re.search(r"[.,](\d+)$", m.group("d"))
    if not frac or len(frac.group(1)) == 3:
        return (low, high)
    places = len(frac.group(1))
    # half-open: "1.2 billion" and "1.3 billion" share no reading (1.25 rounds up)
    half = 0.5 * 10.0**-places * scale_of(m.group("s")) * (1 - BAND_EDGE)
    return (low - half, high + half)


BAND_EDGE = 1e-6
"""Share of a rounding band left off its edges, so that neighbouring roundings ("1.2", "1.3")
do not touch."""


def format_number(x: float) -> str:
    """A compact human rendering: 12, 3.6 billion, 337.5 billion, 0.25."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(x) >= scale:
            return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def format_interval(low: float | None, high: float | None) -> str:
    """ "12", "at least 12", "at most 5", "72-88"."""
    if low is not None and high is not None:
        if _close(low, high):
            return format_number(low)
        return f"{format_number(low)}-{format_number(high)}"
    if low is not None:
        return f"at least {format_number(low)}"
    if high is not None:
        return f"at most {format_number(high)}"
    return "any amount"


class Occupied:
    """Disjoint spans already claimed in one sentence; overlap tests take O(log n)."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when `[start, end)` overlaps a claimed span."""
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Claim `[start, end)`."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


_LABEL_VALUE = re.compile(r"[^\W\d_][^:\n]{0,40}:\s*", re.U)
_COUNTER_TAIL = re.compile(r"\s+(?:remaining|left|to\s+go)\s*$", re.I)


FURNITURE_REACH = 200
"""Characters on each side of a figure read first by `is_interface_counter`: a page holding a
whole story on one line is read once per line, not once per figure."""


def is_interface_counter(text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """True for a figure that is page furniture, not a statement.

    Two layouts qualify, whatever the words: a short label and a colon followed by the figure
    alone at the end of its line ("We need: £3,724", "Raised:£ 14,276"), and a line holding only
    a figure followed by remaining/left/to go ("3 days remaining").
    """
    if (
        start - line_start > FURNITURE_REACH
        and end + FURNITURE_REACH < line_end
        and not text[start - FURNITURE_REACH : start].isspace()
        and not text[end : end + FURNITURE_REACH].isspace()
    ):
        # text on both sides: neither layout (the first needs a blank rest of line, the
        # second a blank start), decided without reading a long line whole for each figure
        return False
    before = text[line_start:start]
    after = text[end:line_end]
    if _LABEL_VALUE.fullmatch(before.lstrip()) and not after.strip():
        return True
    return not before.strip() and bool(_COUNTER_TAIL.fullmatch(after))
