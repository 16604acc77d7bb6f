"""Perturbations of real texts: rewrites that keep every fact and rewrites that change one.

A perturbation replaces one stretch of a real passage. Fact-keeping rules rewrite a fact in
another surface form ("12 deals" → "twelve deals", "$3.6 billion" → "US$3,600m",
"June 19" → "19 June", "defence" → "defense", "Nguyen" → "Nguyễn"): checking the passage
against its rewrite must yield no conflict. Fact-changing rules alter one fact (a number, a
date, a currency, a person swapped with another person of the same text, one word of a
quotation): the check must yield exactly that conflict.

The candidate finders here are deliberately independent of the extractors in `kinds/`: they
use their own small patterns, so a generated pair measures the extractors rather than
repeating them. `generate` draws pairs from passages of real texts; `score_pair` checks one
pair; `republish` builds many varied copies of one story for the scale benchmark.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from factcheck.model import Article, Report

# --- vocabulary --------------------------------------------------------------------------

NUMBER_WORDS: dict[int, str] = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
    16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty",
}  # fmt: skip
WORD_NUMBERS: dict[str, int] = {w: n for n, w in NUMBER_WORDS.items()}
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UK_US: dict[str, str] = {
    "defence": "defense", "favour": "favor", "favourable": "favorable", "centre": "center",
    "labour": "labor", "programme": "program", "organisation": "organization",
    "colour": "color", "honour": "honor", "neighbour": "neighbor", "behaviour": "behavior",
    "recognise": "recognize", "recognised": "recognized", "criticised": "criticized",
    "organised": "organized", "apologised": "apologized", "realised": "realized",
    "maximises": "maximizes", "specialises": "specializes", "travelled": "traveled",
    "co-operate": "cooperate", "co-operation": "cooperation", "analyse": "analyze",
    "licence": "license", "offence": "offense", "jewellery": "jewelry", "grey": "gray",
}  # fmt: skip
"""UK spelling → US spelling (either direction keeps the facts)."""
_ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ô", "u": "ü", "y": "ý"}
_CURRENCY_SWAP = {"$": "€", "£": "$", "€": "£", "¥": "$"}
_CURRENCY_WORD_SWAP = {"dollars": "euros", "pounds": "dollars", "euros": "pounds"}
_QUOTE_SWAPS: dict[str, str] = {
    "increase": "reduce", "reliable": "credible", "strong": "weak", "never": "always",
    "always": "never", "good": "bad", "important": "minor", "big": "small", "more": "less",
    "support": "oppose", "safe": "dangerous", "best": "worst", "right": "wrong",
    "developing": "building", "cope": "deal", "huge": "modest", "mistake": "success",
}  # fmt: skip
"""A quoted word → a replacement that changes the quote's meaning."""
_STOP = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been being
    has have had do does did it its this that these those there their they them he she his her
    him we our us you your i me my not no so than then too very can could will would shall
    should may might must also just only into over under about after before since while which
    who whom what when where why how all any both each more most other some such own same said
    says told""".split()
)
_QUALIFIED = re.compile(
    r"(?:about|around|nearly|almost|some|over|more than|less than|fewer than|at least|"
    r"up to|roughly|approximately|estimated|than|under|below|just|only)\s+$",
    re.I,
)
_NOT_PERSON_WORDS = frozenset(
    """University Council Party Ministry Institute Agency Association Court News Union Company
    Group Bank Sea Ocean River Street Road Park Club League Cup Police Army Navy Government
    Department Office Centre Center Committee Commission Security Nations States Kingdom
    Republic North South East West New Old Great Prime Minister President Secretary General
    Chief Reuters Press Associated Museum Hospital School College Airport Station House Hall
    Assembly Parliament Congress Senate Federation Corporation Foundation Trust Service Forces
    Church Times Post Journal Daily Herald Guardian Program Programme Asia Pacific Europe Africa
    America Global Communist Socialist Democratic Republican Labour Conservative Liberal Soviet
    Cold War World Peninsula Region Province County City Island Islands Valley Mount Lake
    Vietnam Russia China Korea Ukraine Japan India Britain France Germany Israel Iran Iraq
    Syria Gaza Moscow Hanoi Beijing Washington London Paris Kyiv Seoul Scotland England Wales
    Ireland Australia Canada Mexico Brazil Spain Italy Poland Turkey Egypt Pakistan Taiwan
    However Meanwhile Although Yesterday Today Last Next After Before Christmas Easter Day
    Real Grand Slam Judge Coach Captain Manager Chancellor Justice Surgeon Professor Prof
    Sen Rep Gov Colonel Officer Inspector Sergeant Detective Constable Dame Chairman Chief
    La Le Los Las Del Von Van Al Given According Despite During Following Including Unlike
    Like Amid Although Though Because Also Both Even Only Every Speaking Asked
    Twitter Facebook Instagram Google Apple Microsoft Premier Championship Olympic Olympics
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December The This That These Those It He She
    They We Mr Mrs Ms Dr Sir Lord Lady St Share Email Messenger Copy""".split()
)
_PERSON = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)+)(?![\w-])"
)
"""A run of two or more capitalised words; `person_names` trims titles and places off it."""
_CAP_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_DEMONYM = re.compile(r"(?:ese|ian|ish|ing|ed|ly)$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|(?=[A-Z“\"]))")


# --- values -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Edit:
    """One replacement in a text: `text[start:end]` (== `old`) becomes `new`."""

    start: int
    end: int
    old: str
    new: str


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """A perturbation rule: finds candidate edits in a text."""

    name: str
    kind: str
    """Claim kind the edited fact belongs to (count, money, percent, date, name, quote, text)."""
    keeps_facts: bool
    find: Callable[[str, random.Random, dt.date | None], list[Edit]]


@dataclasses.dataclass(frozen=True, slots=True)
class Perturbation:
    """A passage of real text and its rewrite by one rule."""

    rule: str
    kind: str
    keeps_facts: bool
    original: str
    """The passage as found in the source text."""
    text: str
    """The rewritten passage."""
    edit: Edit
    """The replacement, in `original` offsets."""
    source: str = ""
    """Where the passage comes from (file or dataset item)."""
    published: dt.date | None = None
    """Publication date of the source, when known (both sides share it)."""

    @property
    def new_span(self) -> tuple[int, int]:
        """Where the replacement stands in `text`."""
        return (self.edit.start, self.edit.start + len(self.edit.new))


@dataclasses.dataclass(frozen=True, slots=True)
class PairResult:
    """The outcome of checking one perturbation pair."""

    perturbation: Perturbation
    hit: bool
    """A new conflict of the rule's kind covering the edit (for fact-changing rules)."""
    false_alarms: tuple[str, ...]
    """Messages of new conflicts that the rewrite does not justify."""
    extracted: bool = True
    """Whether a claim of the rule's kind covers the edit in both texts (a miss without one
    is an extraction miss; with one, an alignment or comparison miss)."""


# --- candidate finders -------------------------------------------------------------------


def _in_date_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    months = "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    return bool(
        re.search(rf"(?:{months})\.?\s*$", before) or re.match(rf"\s*(?:{months})\b", after)
    )


def _plain_number(text: str, start: int, end: int) -> bool:
    """True when the number at [start, end) counts something (not money, percent or date)."""
    before, after = text[max(0, start - 3) : start], text[end : end + 12]
    if re.search(r"[$£€¥#.,:/\d-]\s?$", before) or re.match(
        r"(?:[.,:/%\d-]|\s?(?:per\s?cent|percent|bn|m\b|million|billion|am\b|pm\b|a\.m|p\.m))",
        after,
        re.I,
    ):
        return False
    if re.match(
        r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|o'clock)\b", after, re.I
    ):
        return False
    return not _in_date_context(text, start, end)


_FUNCTION_WORD = (
    r"(?:and|or|but|of|in|on|at|to|the|a|an|as|for|with|from|by|is|was|were|are|more|less|"
    r"than|times|per|who|which|that|this|these|those|after|before|into|over|under)\b"
)
_COUNT_DIGITS = re.compile(
    r"(?<![\w$£€¥#.,:/-])(\d{1,3}(?:,\d{3})*)"
    rf"(?=\s+(?!{_FUNCTION_WORD})(?:[a-z][a-z-]+\s+){{0,2}}[a-z]{{3,}})"
)
"""A number counting something: followed by a noun (perhaps after two modifiers)."""
_COUNT_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(WORD_NUMBERS) + r")"
    rf"(?=\s+(?!{_FUNCTION_WORD})(?:[a-z][a-z-]+\s+){{0,2}}[a-z]{{3,}}s\b)",
    re.I,
)
_DOZEN = re.compile(
    r"(?<![\w-])(a dozen)(?=\s+[a-z]{3,})|(?<![\w$£€¥#.,:/-])(12)(?=\s+[a-z]{3,}s\b)", re.I
)
_MONEY = re.compile(
    r"(?<![\w])(US\$|[$£€¥])\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(bn|billion|m|million|mn|trillion|tn)?(?![\w])",
)
_PERCENT = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)(%|\s?per\s?cent|\s?percent)(?![\w])", re.I)
_MONTH_DAY = re.compile(
    r"(?<![\w])(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\w])"
)
_DAY_MONTH = re.compile(
    r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")(?:,?\s+(\d{4}))?(?![\w])"
)
_YEAR = re.compile(r"\b(?:in|since|from|of|by|until|to|and) ((?:19|20)\d{2})(?![\w'’-])", re.I)
_WEEKDAY = re.compile(r"\bon (" + "|".join(WEEKDAYS) + r")\b")
_ORDINAL = re.compile(r"(?<![\w])(\d{1,3})(st|nd|rd|th)(?=\s+[a-z]{3,})")
_QUOTED = re.compile(r"(?:“|(?<![^\s(:,—–-])\")([^“”\"\n]{12,300})(?:”|\"(?=[\s,.;:!?)—–-]|$))")
"""A quotation with clear boundaries: a straight opening quote after a space or colon and a
closing one before a space or punctuation (glued "ran."My fifth..." text is ambiguous)."""


def _number_sub(rng: random.Random, n: int) -> int:
    if n <= 20:
        return n + rng.choice((2, 3, 5))
    factor = rng.choice((1.5, 0.6, 2.0))
    m = int(round(n * factor))
    digits = len(str(n)) - len(str(n).rstrip("0"))
    step: int = 10**digits
    return max(step, int(round(m / step)) * step) if m != n else n + step


def _fmt_thousands(n: float) -> str:
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,}"


def find_digits_to_words(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _COUNT_DIGITS.finditer(text):
        n = int(m.group(1).replace(",", ""))
        if n in NUMBER_WORDS and _plain_number(text, m.start(1), m.end(1)):
            out.append(Edit(m.start(1), m.end(1), m.group(1), NUMBER_WORDS[n]))
    return out


def find_words_to_digits(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _COUNT_WORD.finditer(text):
        n = WORD_NUMBERS[m.group(1).lower()]
        out.append(Edit(m.start(1), m.end(1), m.group(1), str(n)))
    return out


def find_dozen(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _DOZEN.finditer(text):
        if m.group(1):
            out.append(Edit(m.start(1), m.end(1), m.group(1), "12"))
        elif _plain_number(text, m.start(2), m.end(2)):
            out.append(Edit(m.start(2), m.end(2), m.group(2), "a dozen"))
    return out


_SCALE_WORDS = {
    "bn": 1e9,
    "billion": 1e9,
    "m": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "trillion": 1e12,
    "tn": 1e12,
}
_SCALE_LONG = {"bn": "billion", "billion": "bn", "m": "million", "million": "m", "mn": "million",
               "trillion": "tn", "tn": "trillion"}  # fmt: skip


def find_money_format(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _MONEY.finditer(text):
        sym, num, scale = m.group(1), m.group(2), m.group(3)
        if scale is None:
            continue
        alts = []
        glue = " " if _SCALE_LONG[scale] in ("billion", "million", "trillion") else ""
        alts.append(f"{sym}{num}{glue}{_SCALE_LONG[scale]}")
        value = float(num.replace(",", "")) * _SCALE_WORDS[scale]
        if sym == "$" and scale in ("bn", "billion") and value < 1e12:
            alts.append(f"US${_fmt_thousands(value / 1e6)}m")
        if sym in ("$", "US$"):
            word = "dollars"
            alts.append(
                f"{num} {scale if scale in ('billion', 'million', 'trillion') else _SCALE_LONG[scale]} {word}"
            )
        out.append(Edit(m.start(), m.end(), m.group(0), rng.choice(alts)))
    return out


def find_percent_format(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _PERCENT.finditer(text):
        forms = [f"{m.group(1)}%", f"{m.group(1)} per cent", f"{m.group(1)} percent"]
        forms = [f for f in forms if f.replace(" ", "") != m.group(0).replace(" ", "")]
        out.append(Edit(m.start(), m.end(), m.group(0), rng.choice(forms)))
    return out


def find_date_format(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _MONTH_DAY.finditer(text):
        month, day, year = m.group(1), int(m.group(2)), m.group(3)
        if day > 31:
            continue
        forms = [f"{day} {month}" + (f" {year}" if year else "")]
        if year:
            forms.append(f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{day:02d}")
        out.append(Edit(m.start(), m.end(), m.group(0), rng.choice(forms)))
    for m in _DAY_MONTH.finditer(text):
        day, month, year = int(m.group(1)), m.group(2), m.group(3)
        if day > 31:
            continue
        out.append(
            Edit(m.start(), m.end(), m.group(0), f"{month} {day}" + (f", {year}" if year else ""))
        )
    return out


def find_spelling(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    us_uk = {v: k for k, v in UK_US.items()}
    for m in re.finditer(r"(?<![\w-])[A-Za-z]+(?:-[a-z]+)?(?![\w-])", text):
        w = m.group(0)
        low = w.lower()
        alt = UK_US.get(low) or us_uk.get(low)
        if alt:
            alt = alt.capitalize() if w[0].isupper() else alt
            out.append(Edit(m.start(), m.end(), w, alt))
    return out


def person_names(text: str) -> list[tuple[int, int, str]]:
    """Mentions that look like person names.

    Two or three capitalised words, none a common word, title, place or demonym (leading titles
    and demonyms are trimmed: "Russian President Vladimir Putin" gives "Vladimir Putin"), whose
    last word the text also uses alone (news refers to people by surname after first mention).
    """
    lower_words = set(re.findall(r"(?<![\w'’])[a-z]+", text))

    def excluded(w: str) -> bool:
        parts = w.split("-")
        return any(p in _NOT_PERSON_WORDS or p.lower() in lower_words for p in parts) or bool(
            _DEMONYM.search(w)
        )

    out = []
    for m in _PERSON.finditer(text):
        if text[max(0, m.start() - 4) : m.start()].rstrip().endswith(("the", "The")):
            continue
        words = list(_CAP_WORD.finditer(text, m.start(1), m.end(1)))
        while words and excluded(words[0].group(0)):  # titles, demonyms: "Vietnamese President"
            words.pop(0)
        if not 2 <= len(words) <= 3 or any(excluded(w.group(0)) for w in words):
            continue
        if any(w.group(0).lower() in _STOP for w in words):
            continue
        start, end = words[0].start(), words[-1].end()
        name = text[start:end]
        surname = re.escape(words[-1].group(0))
        alone = len(re.findall(rf"(?<![\w-]){surname}(?![\w-])", text))
        full = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if alone <= full:
            continue
        out.append((start, end, name))
    return out


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def find_diacritics(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for start, end, name in person_names(text):
        folded = _fold(name)
        if folded != name:
            out.append(Edit(start, end, name, folded))
            continue
        words = name.split()
        i = rng.randrange(len(words))
        w = words[i]
        vowels = [j for j, ch in enumerate(w) if ch in _ACCENT and j > 0]
        if not vowels:
            continue
        j = rng.choice(vowels)
        words[i] = w[:j] + _ACCENT[w[j]] + w[j + 1 :]
        out.append(Edit(start, end, name, " ".join(words)))
    return out


def find_name_misspelt(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    """A dropped or doubled letter in a person name (keeps the fact, reads as a variant)."""
    out = []
    for start, end, name in person_names(text):
        words = name.split()
        i = max(range(len(words)), key=lambda k: len(words[k]))
        w = words[i]
        if len(w) < 5:
            continue
        j = rng.randrange(2, len(w) - 1)
        words[i] = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]
        out.append(Edit(start, end, name, " ".join(words)))
    return out


def find_number_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _COUNT_DIGITS.finditer(text):
        if not _plain_number(text, m.start(1), m.end(1)):
            continue
        if _QUALIFIED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        n = int(m.group(1).replace(",", ""))
        if n < 2 or 1900 <= n <= 2100:
            continue
        new = _number_sub(rng, n)
        out.append(
            Edit(m.start(1), m.end(1), m.group(1), f"{new:,}" if "," in m.group(1) else str(new))
        )
    for m in _COUNT_WORD.finditer(text):
        if _QUALIFIED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        n = WORD_NUMBERS[m.group(1).lower()]
        new = _number_sub(rng, n)
        word = NUMBER_WORDS.get(new, str(new))
        word = word.capitalize() if m.group(1)[0].isupper() else word
        out.append(Edit(m.start(1), m.end(1), m.group(1), word))
    for m in _ORDINAL.finditer(text):
        n = int(m.group(1))
        new = n + rng.choice((1, 2, 3))
        suffix = "th" if 10 <= new % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(new % 10, "th")
        out.append(Edit(m.start(), m.end(2), m.group(0), f"{new}{suffix}"))
    return out


def find_money_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _MONEY.finditer(text):
        if _QUALIFIED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        num = float(m.group(2).replace(",", ""))
        new = round(num * rng.choice((1.5, 0.5, 2.0, 3.0)), 1)
        new_s = _fmt_thousands(new) if new >= 1000 else (f"{new:g}")
        out.append(Edit(m.start(2), m.end(2), m.group(2), new_s))
    return out


def find_currency_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _MONEY.finditer(text):
        sym = m.group(1)
        new = "€" if sym == "US$" else _CURRENCY_SWAP[sym]
        out.append(Edit(m.start(1), m.end(1), sym, new))
    for m in re.finditer(r"(?<=\d )(?:million |billion )?(dollars|pounds|euros)\b", text):
        out.append(Edit(m.start(1), m.end(1), m.group(1), _CURRENCY_WORD_SWAP[m.group(1)]))
    return out


def find_percent_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _PERCENT.finditer(text):
        if _QUALIFIED.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        v = float(m.group(1))
        new = v + rng.choice((7, 12, -9)) if v > 12 else v + rng.choice((4, 6))
        out.append(Edit(m.start(1), m.end(1), m.group(1), f"{new:g}"))
    return out


def find_date_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    out = []
    for m in _MONTH_DAY.finditer(text):
        day = int(m.group(2))
        if not 1 <= day <= 28:
            continue
        new = day + rng.choice((3, -3, 5)) if day > 5 else day + 4
        out.append(Edit(m.start(2), m.end(2), m.group(2), str(new)))
    for m in _DAY_MONTH.finditer(text):
        day = int(m.group(1))
        if not 1 <= day <= 28:
            continue
        new = day + rng.choice((3, -3, 5)) if day > 5 else day + 4
        out.append(Edit(m.start(1), m.end(1), m.group(1), str(new)))
    for m in _YEAR.finditer(text):
        if text[m.end() : m.end() + 1] == "s":
            continue
        y = int(m.group(1))
        out.append(Edit(m.start(1), m.end(1), m.group(1), str(y + rng.choice((-3, -2, 2)))))
    if published is not None:
        for m in _WEEKDAY.finditer(text):
            i = WEEKDAYS.index(m.group(1))
            out.append(
                Edit(m.start(1), m.end(1), m.group(1), WEEKDAYS[(i + rng.choice((2, 3, 4))) % 7])
            )
    return out


def find_name_swapped(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    names = person_names(text)
    surnames = {n.split()[-1] for _, _, n in names}
    out = []
    for start, end, name in names:
        others = sorted(
            {
                n
                for _, _, n in names
                if n.split()[-1] != name.split()[-1] and not set(n.split()) & set(name.split())
            }
        )
        if not others or len(surnames) < 2:
            continue
        out.append(Edit(start, end, name, rng.choice(others)))
    return out


def find_quote_word_changed(text: str, rng: random.Random, published: dt.date | None) -> list[Edit]:
    content = sorted(
        {w for w in re.findall(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])", text) if w not in _STOP}
    )
    out = []
    for m in _QUOTED.finditer(text):
        words = [
            w
            for w in re.finditer(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", m.group(1))
            if w.group(0) not in _STOP
        ]
        if len(m.group(1).split()) < 3 or not words:
            continue
        w = rng.choice(words)
        new = _QUOTE_SWAPS.get(w.group(0))
        if new is None:
            pool = [c for c in content if c not in m.group(1)]
            if not pool:
                continue
            new = rng.choice(pool)
        base = m.start(1)
        out.append(Edit(base + w.start(), base + w.end(), w.group(0), new))
    return out


KEEP_RULES: tuple[Rule, ...] = (
    Rule("digits_to_words", "count", True, find_digits_to_words),
    Rule("words_to_digits", "count", True, find_words_to_digits),
    Rule("dozen", "count", True, find_dozen),
    Rule("money_format", "money", True, find_money_format),
    Rule("percent_format", "percent", True, find_percent_format),
    Rule("date_format", "date", True, find_date_format),
    Rule("uk_us_spelling", "text", True, find_spelling),
    Rule("name_diacritics", "name", True, find_diacritics),
)
"""Rewrites after which no conflict may be reported."""

CHANGE_RULES: tuple[Rule, ...] = (
    Rule("number_changed", "count", False, find_number_changed),
    Rule("money_changed", "money", False, find_money_changed),
    Rule("currency_changed", "money", False, find_currency_changed),
    Rule("percent_changed", "percent", False, find_percent_changed),
    Rule("date_changed", "date", False, find_date_changed),
    Rule("name_swapped", "name", False, find_name_swapped),
    Rule("quote_word_changed", "quote", False, find_quote_word_changed),
)
"""Rewrites that change one fact: exactly that conflict must be reported."""

RULES: tuple[Rule, ...] = KEEP_RULES + CHANGE_RULES
MISSPELLING = Rule("name_misspelt", "name", True, find_name_misspelt)
"""Used by `republish` only: a misspelt name is a variant, not a kept fact."""


# --- passages and generation ------------------------------------------------------------


def passage_around(
    text: str, start: int, end: int, *, before: int = 1, after: int = 1
) -> tuple[int, int]:
    """Bounds of the sentences around [start, end) inside its paragraph."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, p_start, p_end)]
    starts = [p_start] + [c for c in cuts if c < p_end]
    i = max(k for k, s in enumerate(starts) if s <= start)
    a = starts[max(0, i - before)]
    j = next((k for k, c in enumerate(cuts) if c >= end), None)
    b = p_end if j is None or j + after >= len(cuts) else cuts[j + after]
    return a, b


def story_bounds(text: str) -> list[tuple[int, int]]:
    """The `[start, end)` ranges of `text` that cleaning keeps as story paragraphs."""
    from factcheck.pipeline import prepare

    doc = prepare(Article(id="text", text=text))
    return [(b.start, b.end) for b in doc.blocks]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with non-overlapping edits applied."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos:
            continue
        out.append(text[pos : e.start])
        out.append(e.new)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def perturbations(
    text: str,
    rule: Rule,
    *,
    rng: random.Random,
    source: str = "",
    published: dt.date | None = None,
    window: int = 1,
) -> Iterator[Perturbation]:
    """Every perturbation by `rule` of `text`, each on the passage around its edit.

    Edits are kept only inside the story text that cleaning keeps (`story_bounds`): a changed
    donation counter in a page footer is not a changed fact.
    """
    bounds = story_bounds(text)
    for e in rule.find(text, rng, published):
        if e.old == e.new or not e.old.strip():
            continue
        if not any(a <= e.start and e.end <= b for a, b in bounds):
            continue
        a, b = passage_around(text, e.start, e.end, before=window, after=window)
        if b - a > 2000:
            a, b = max(a, e.start - 600), min(b, e.end + 600)
        passage = text[a:b]
        local = Edit(e.start - a, e.end - a, e.old, e.new)
        yield Perturbation(
            rule=rule.name,
            kind=rule.kind,
            keeps_facts=rule.keeps_facts,
            original=passage,
            text=apply_edits(passage, [local]),
            edit=local,
            source=source,
            published=published,
        )


def generate(
    texts: Sequence[tuple[str, str, dt.date | None]],
    *,
    n: int,
    seed: int = 0,
    rules: Sequence[Rule] = RULES,
    per_rule_cap: float = 0.2,
    rounds: int = 1,
) -> list[Perturbation]:
    """About `n` pairs drawn from `(source, text, published)` triples, balanced over rules.

    Every rule contributes at most `per_rule_cap` of the pairs; fact-keeping and fact-changing
    rules share the total about equally. With `rounds > 1` each rule is run that many times
    per text, so rules with a random replacement (a changed number, a date format) offer
    distinct rewrites of the same spot. The draw is deterministic for a given seed.
    """
    rng = random.Random(seed)
    pools: dict[str, list[Perturbation]] = {r.name: [] for r in rules}
    seen: set[tuple[str, str, int, str]] = set()
    for source, text, published in texts:
        for _ in range(rounds):
            for rule in rules:
                for p in perturbations(text, rule, rng=rng, source=source, published=published):
                    key = (rule.name, p.original, p.edit.start, p.edit.new)
                    if key not in seen:
                        seen.add(key)
                        pools[rule.name].append(p)
    keep = [r for r in rules if r.keeps_facts and pools[r.name]]
    change = [r for r in rules if not r.keeps_facts and pools[r.name]]
    out: list[Perturbation] = []
    for group in (keep, change):
        if not group:
            continue
        share = n // 2 if keep and change else n
        cap = max(1, int(n * per_rule_cap))
        quota = _quotas([len(pools[r.name]) for r in group], share, cap)
        for r, q in zip(group, quota, strict=True):
            pool = pools[r.name]
            out.extend(rng.sample(pool, q) if q < len(pool) else pool)
    return out


def _quotas(sizes: Sequence[int], total: int, cap: int) -> list[int]:
    """Split `total` over pools of `sizes` as evenly as they allow, at most `cap` each."""
    quota = [0] * len(sizes)
    left = total
    open_ = [i for i, s in enumerate(sizes) if s > 0]
    while left > 0 and open_:
        each = max(1, left // len(open_))
        for i in list(open_):
            add = min(each, sizes[i] - quota[i], cap - quota[i], left)
            quota[i] += add
            left -= add
            if quota[i] >= min(sizes[i], cap):
                open_.remove(i)
            if left <= 0:
                break
    return quota


# --- scoring ------------------------------------------------------------------------------


def _pair_articles(original: str, rewrite: str, published: dt.date | None) -> list[Article]:
    return [
        Article(id="original", source="original", published=published, text=original),
        Article(id="rewrite", source="rewrite", published=published, text=rewrite),
    ]


def score_pair(
    p: Perturbation,
    *,
    check: Callable[[list[Article]], Report] | None = None,
    baseline_cache: dict[tuple[str, dt.date | None], frozenset[str]] | None = None,
) -> PairResult:
    """Check a passage against its rewrite and judge the conflicts the rewrite introduced.

    Conflicts already present when the passage is checked against an unchanged copy of
    itself are not counted. For a fact-changing rule the edit is found when a new conflict of
    the rule's kind, or of a quotation, holds a claim of the rewrite overlapping the edit (a
    changed number inside a quotation is also an altered quote); every other new conflict is
    a false alarm.
    """
    if check is None:
        from factcheck.pipeline import check as run

        def check(arts: list[Article]) -> Report:
            return run(arts)

    key = (p.original, p.published)
    known = baseline_cache.get(key) if baseline_cache is not None else None
    if known is None:
        base = check(_pair_articles(p.original, p.original, p.published))
        known = frozenset(f.fingerprint for f in base.conflicts)
        if baseline_cache is not None:
            baseline_cache[key] = known
    report = check(_pair_articles(p.original, p.text, p.published))
    lo, hi = p.new_span
    kinds = {*FAMILY.get(p.kind, (p.kind,)), "quote"}
    hit = False
    alarms: list[str] = []
    for f in report.conflicts:
        if f.fingerprint in known:
            continue
        covers = any(
            c.article == "rewrite" and c.span.start < max(hi, lo + 1) and c.span.end > lo
            for c in (report.claim(i) for i in f.claims)
        )
        if not p.keeps_facts and covers and f.kind in kinds:
            hit = True  # a second justified conflict (the quote holding the number) is no alarm
        else:
            alarms.append(f"{f.kind}: {f.message}")
    e = p.edit
    extracted = all(
        any(
            c.article == side
            and c.kind in kinds
            and c.span.start < max(b, a + 1)
            and c.span.end > a
            for c in report.claims
        )
        for side, a, b in (("original", e.start, e.end), ("rewrite", lo, hi))
    )
    return PairResult(p, hit, tuple(alarms), extracted)


FAMILY: dict[str, tuple[str, ...]] = {
    "count": ("count", "age", "duration", "quantity"),
    "date": ("date", "time"),
}
"""The kinds that read a rule's fact: a changed number in "four days" is a duration's, in
"a 45-year-old" an age's, as the cluster scorer counts them."""


@dataclasses.dataclass(frozen=True, slots=True)
class PairScore:
    """Precision and recall over scored pairs."""

    pairs: int
    keep_pairs: int
    change_pairs: int
    hits: int
    false_alarms: int
    keep_pairs_alarmed: int

    @property
    def precision(self) -> float:
        d = self.hits + self.false_alarms
        return self.hits / d if d else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.change_pairs if self.change_pairs else 1.0

    @property
    def keep_clean(self) -> float:
        """Share of fact-keeping pairs that raised no new conflict."""
        return 1 - self.keep_pairs_alarmed / self.keep_pairs if self.keep_pairs else 1.0


def summarize(results: Sequence[PairResult]) -> PairScore:
    """Counts over results."""
    keep = [r for r in results if r.perturbation.keeps_facts]
    change = [r for r in results if not r.perturbation.keeps_facts]
    return PairScore(
        pairs=len(results),
        keep_pairs=len(keep),
        change_pairs=len(change),
        hits=sum(r.hit for r in change),
        false_alarms=sum(len(r.false_alarms) for r in results),
        keep_pairs_alarmed=sum(1 for r in keep if r.false_alarms),
    )


def by_rule(results: Sequence[PairResult]) -> dict[str, PairScore]:
    """`summarize` per rule, in rule order."""
    order = {r.name: i for i, r in enumerate(RULES)}
    groups: dict[str, list[PairResult]] = {}
    for r in results:
        groups.setdefault(r.perturbation.rule, []).append(r)
    return {k: summarize(v) for k, v in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))}


# --- republishing (scale) ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Copy:
    """One republished copy of a story, with the fact-changing edit injected into it, if any."""

    id: str
    text: str
    injected: Edit | None = None
    """The injected change, in this copy's offsets (`text[start:start+len(new)] == new`)."""
    rule: str = ""


INJECT_ORDER: tuple[Rule, ...] = tuple(
    next(r for r in CHANGE_RULES if r.name == name)
    for name in (
        "number_changed", "date_changed", "quote_word_changed", "percent_changed",
        "money_changed", "name_swapped", "currency_changed",
    )
)  # fmt: skip
"""The order in which `republish` injects changes: the kinds every copy offers first."""


def republish(
    text: str,
    n: int,
    *,
    seed: int = 0,
    conflicts: int = 3,
    published: dt.date | None = None,
    rewrite: float = 0.3,
    rounds: int = 8,
    drop: float = 0.1,
    reorder: float = 0.3,
) -> list[Copy]:
    """`n` copies of a story with realistic variation, `conflicts` of them with one changed fact.

    Candidate rewrites are found once on the whole story (`rounds` times, so random rewrites
    such as a misspelt name vary). Each copy applies each candidate fact-keeping rewrite
    (digits and words, bn and billion, date formats, spelling, diacritics, a misspelt name)
    with probability `rewrite` (overlapping ones once), swaps two story paragraphs with
    probability `reorder` and drops one with probability `drop` (never the headline). The
    first copy is the story unchanged. `conflicts` copies spread over the list get one
    fact-changing edit each inside the story text, by the rules of `INJECT_ORDER` in turn.
    """
    rng = random.Random(seed)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    paragraphs = [m.group(0) for m in lines]
    bounds = story_bounds(text)
    story = {
        i for i, m in enumerate(lines) if any(a <= m.start() and m.end() <= b for a, b in bounds)
    }

    def local(e: Edit) -> tuple[int, Edit] | None:
        for i in story:
            m = lines[i]
            if m.start() <= e.start and e.end <= m.end():
                return i, Edit(e.start - m.start(), e.end - m.start(), e.old, e.new)
        return None

    keep_pool: dict[int, list[Edit]] = {}
    change_pool: dict[str, list[tuple[int, Edit]]] = {}
    for _ in range(rounds):
        for rule in (*KEEP_RULES, MISSPELLING):
            for e in rule.find(text, rng, published):
                at = local(e)
                if at and e.old != e.new and at[1] not in keep_pool.setdefault(at[0], []):
                    keep_pool[at[0]].append(at[1])
        for rule in INJECT_ORDER:
            for e in rule.find(text, rng, published):
                at = local(e)
                if at and e.old != e.new and at not in change_pool.setdefault(rule.name, []):
                    change_pool[rule.name].append(at)
    marked = (
        {round(i * n / (conflicts + 1)) for i in range(1, conflicts + 1)} - {0} if n > 1 else set()
    )
    copies: list[Copy] = [Copy("copy0000", "\n\n".join(paragraphs))]
    used_rules: list[str] = []
    for k in range(1, n):
        order = list(range(len(paragraphs)))
        movable = [i for i in sorted(story) if i > min(story, default=0)]  # keep the headline
        if len(movable) > 2 and rng.random() < reorder:
            i, j = rng.sample(movable, 2)
            order[i], order[j] = order[j], order[i]
        if len(movable) > 2 and rng.random() < drop:
            order.remove(rng.choice(movable))
        target = -1
        change: tuple[Rule, Edit] | None = None
        if k in marked:
            kinds = [
                r for r in INJECT_ORDER if any(pi in order for pi, _ in change_pool.get(r.name, []))
            ]
            if kinds:
                # rotate through the rules so the injected changes differ in kind
                rule = kinds[len(used_rules) % len(kinds)]
                used_rules.append(rule.name)
                picks = [(pi, e) for pi, e in change_pool[rule.name] if pi in order]
                target, e = picks[rng.randrange(len(picks))]
                change = (rule, e)
        parts: list[str] = []
        injected: Edit | None = None
        rule_name = ""
        pos = 0
        for pi in order:
            para = paragraphs[pi]
            edits: list[Edit] = []
            if change is not None and pi == target:
                edits.append(change[1])
            else:
                edits.extend(e for e in keep_pool.get(pi, ()) if rng.random() < rewrite)
            new_para = apply_edits(para, edits)
            if change is not None and pi == target:
                e = change[1]
                injected = Edit(pos + e.start, pos + e.start + len(e.new), e.old, e.new)
                rule_name = change[0].name
            parts.append(new_para)
            pos += len(new_para) + 2
        copies.append(Copy(f"copy{k:04d}", "\n\n".join(parts), injected, rule_name))
    return copies


def injected_found(report: Report, copies: Sequence[Copy]) -> dict[str, bool]:
    """For each copy with an injected change: whether a conflict holds a claim covering it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in report.conflicts:
        for cid in f.claims:
            c = report.claim(cid)
            spans.setdefault(c.article, []).append((c.span.start, c.span.end))
    out: dict[str, bool] = {}
    for cp in copies:
        if cp.injected is None:
            continue
        lo, hi = cp.injected.start, cp.injected.end
        out[cp.id] = any(s < max(hi, lo + 1) and e > lo for s, e in spans.get(cp.id, ()))
    return out


def source_texts(
    paths: Iterable[tuple[str, str, dt.date | None]],
) -> list[tuple[str, str, dt.date | None]]:
    """De-duplicated `(source, text, published)` triples, in input order."""
    seen: set[str] = set()
    out = []
    for source, text, published in paths:
        if text in seen:
            continue
        seen.add(text)
        out.append((source, text, published))
    return out


def seed_texts(cluster: str | object) -> list[tuple[str, str, dt.date | None]]:
    """`(source, text, published)` of every article of a cluster folder, from its meta.json."""
    from pathlib import Path

    from factcheck.load import load_cluster

    loaded = load_cluster([Path(str(cluster))])
    return [(a.id, a.text, a.published) for a in loaded.articles]


def eval_texts(
    path: str | object, *, summaries: bool = False
) -> list[tuple[str, str, dt.date | None]]:
    """`(source, text, None)` of each distinct document (or summary) of an eval JSON Lines file."""
    import json
    from pathlib import Path

    out = []
    with Path(str(path)).open(encoding="utf-8") as fh:
        for line in fh:
            row: Mapping[str, object] = json.loads(line)
            field = "summary" if summaries else "document"
            out.append((f"{Path(str(path)).name}:{row['group_id']}", str(row[field]), None))
    return source_texts(out)
