"""Counts and ordinals: "12 deals", "at least a dozen deals", "dozens of people", "14th package"."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.kinds import KindSpec
from factcheck.kinds._common import claim_id, keywords, make_span
from factcheck.kinds._numerals import (
    NUMBER,
    ORDINALS,
    QUALIFIER,
    UNITS,
    VAGUE,
    apply_qualifier,
    format_interval,
    normalize_qualifier,
    parse_number,
    relation,
)
from factcheck.model import Claim, CountClaim, CountValue, Document, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_VAGUE_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(VAGUE, key=len, reverse=True)
)
_CARDINAL = re.compile(
    rf"(?<![\w$£€¥₹₽.,/:#+-])(?:(?P<q>{QUALIFIER}|between)\s+)?"
    rf"(?P<n>{NUMBER})(?:\s*(?:-|–|to|and)\s*(?P<n2>{NUMBER}))?"
    r"(?![\w%]|[.,:/]\d|-\d|\s*(?:%|per\s*cent|percent))",
    re.I,
)
_ORDINAL = re.compile(
    rf"(?<![\w$£€¥.,/-])(?P<o>\d+(?:st|nd|rd|th)|{_ORDINAL_WORDS})(?![\w-])",
    re.I,
)
_VAGUE = re.compile(
    rf"(?<![\w-])(?:(?P<q>{QUALIFIER})\s+)?(?P<v>{_VAGUE_WORDS})(?:\s+of)?(?![\w-])",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+(?:the\s+)?([A-Za-z][A-Za-z'’-]*)")
_PREFILTER = re.compile(
    rf"\d|\b(?:{'|'.join(UNITS)}"
    r"|dozens?|scores?|handful|couple|few|several|hundreds|thousands|millions|first|second|third"
    rf"|{_ORDINAL_WORDS})\b",
    re.I,
)

IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "police": "police", "staff": "staff", "personnel": "personnel",
    "cattle": "cattle", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "media": "media", "crises": "crisis", "analyses": "analysis", "series": "series",
    "species": "species", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
}  # fmt: skip
SYNONYMS: dict[str, str] = {
    "agreement": "deal", "accord": "deal", "pact": "deal", "memorandum": "deal",
    "memoranda": "deal", "contract": "deal", "treaty": "deal",
    "person": "person", "individual": "person", "resident": "person", "civilian": "person",
    "soldier": "troop", "troop": "troop", "serviceman": "troop",
    "fatality": "death", "death": "death", "casualty": "casualty",
    "ship": "vessel", "vessel": "vessel", "boat": "vessel",
    "plane": "aircraft", "jet": "aircraft", "aircraft": "aircraft",
    "nation": "country", "state": "country", "country": "country",
}  # fmt: skip
"""Unit lemma → alignment group: claims in one group are compared ("deal" ~ "agreement")."""
_MODIFIER_SUFFIXES = ("ly", "ed", "al", "ic", "ive", "ous", "ful", "ian", "ese", "ish",
                      "ern", "ary", "ing", "ean", "less", "able")  # fmt: skip
_MODIFIERS = frozenset(
    "new old more other major key big small large separate public private state top senior "
    "local foreign additional further former young elderly armed unarmed bilateral joint "
    "russian chinese american british".split()
)
_NOT_UNITS = frozenset(
    "of the and or to in on at for from by with as is are was were be been has have had "
    "percent per cent pc am pm a an that this these those than more less times time years-old "
    "dollars dollar pounds pound euros euro roubles rubles ruble rouble yuan dong yen rupees "
    "usd eur gbp bn billion million trillion thousand hundred m mn k tn it its their his her "
    "who which what when where while but not no so if ago".split()
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _singular(word: str) -> str | None:
    """Singular lemma of a plural noun, or None when `word` is not plural."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) < 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return None
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    return w[:-1]


def _is_modifier(word: str) -> bool:
    w = word.lower()
    return w in _MODIFIERS or "-" in w or w.endswith(_MODIFIER_SUFFIXES)


def _unit_after(text: str, pos: int, *, plural: bool) -> tuple[str, int] | None:
    """The counted noun after `pos` (skipping up to two modifiers) and where it ends."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return None
        word = m.group(1)
        low = word.lower()
        if low in _NOT_UNITS or (word[0].isupper() and not _is_modifier(word)):
            return None
        lemma = _singular(word) if plural else low
        if lemma and low not in _MODIFIERS and not (plural and low.endswith("ss")):
            if not plural and _is_modifier(word) and _NEXT_WORD.match(text, m.end()):
                pos = m.end()
                continue
            return lemma, m.end()
        if not _is_modifier(word):
            return None
        pos = m.end()
    return None


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every count and ordinal claim in the document's sentences."""
    out: list[Claim] = []
    text = doc.article.text
    for sent in doc.sentences:
        if not _PREFILTER.search(sent.text):
            continue
        taken: list[tuple[int, int]] = []
        for m in _VAGUE.finditer(text, sent.start, sent.end):
            unit = _unit_after(text, m.end(), plural=True)
            if unit is None:
                continue
            lo, hi = VAGUE[" ".join(m.group("v").lower().split())]
            q = normalize_qualifier(m.group("q"))
            value = CountValue(low=lo, high=hi, unit=unit[0], qualifier=q or "vague")
            out.append(_claim(doc, sent.start, sent.text, m.start(), unit[1], value))
            taken.append((m.start(), unit[1]))
        for m in _CARDINAL.finditer(text, sent.start, sent.end):
            if any(s <= m.start() < e for s, e in taken):
                continue
            n = parse_number(m.group("n"))
            if n is None:
                continue
            n2 = parse_number(m.group("n2")) if m.group("n2") else None
            if m.group("n2") and n2 is None:
                continue
            q = normalize_qualifier(m.group("q"))
            if q == "between" and n2 is None:
                continue
            single = n2 is None and n == 1
            unit = _unit_after(text, m.end(), plural=not single)
            if unit is None:
                continue
            if n2 is None and _YEAR.fullmatch(m.group("n")) and q is None:
                continue
            if n2 is not None:
                lo, hi = min(n, n2), max(n, n2)
            else:
                lo, hi = apply_qualifier(n, q, tolerance=config.approx_tolerance)
            value = CountValue(low=lo, high=hi, unit=unit[0], qualifier=q)
            out.append(_claim(doc, sent.start, sent.text, m.start(), unit[1], value))
            taken.append((m.start(), unit[1]))
        for m in _ORDINAL.finditer(text, sent.start, sent.end):
            if any(s <= m.start() < e for s, e in taken):
                continue
            raw = m.group("o").lower()
            num = float(raw[:-2]) if raw[0].isdigit() else float(ORDINALS[raw])
            unit = _unit_after(text, m.end(), plural=False)
            if unit is None:
                continue
            value = CountValue(low=num, high=num, unit=unit[0], ordinal=True)
            out.append(_claim(doc, sent.start, sent.text, m.start(), unit[1], value))
    return out


def _claim(doc: Document, s_start: int, context: str, start: int, end: int, v: CountValue) -> Claim:
    art = doc.article.id
    seg = next((s.segment for s in doc.sentences if s.start == s_start), 0)
    return CountClaim(
        id=claim_id(art, "count", start, end),
        article=art,
        span=make_span(doc, start, end),
        segment=seg,
        context=context,
        value=v,
    )


def normalize(claim: Claim) -> CountValue:
    """The claim's value (extraction already normalised it)."""
    assert isinstance(claim, CountClaim)
    return claim.value


def key(claim: Claim) -> str:
    v = normalize(claim)
    group = SYNONYMS.get(v.unit, v.unit)
    return f"ordinal:{group}" if v.ordinal else group


def identity(claim: Claim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.ordinal)


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Interval relation → verdict: equal agree, overlapping compatible, disjoint conflict."""
    va, vb = normalize(a), normalize(b)
    if va.ordinal != vb.ordinal:
        return None
    rel = relation((va.low, va.high), (vb.low, vb.high))
    return {"equal": "agree", "overlap": "compatible", "disjoint": "conflict"}[rel]


def describe(claim: Claim) -> str:
    v = normalize(claim)
    if v.ordinal and v.low is not None:
        return f"ordinal {int(v.low)}"
    return format_interval(v.low, v.high)


def subject(claim: Claim) -> str:
    v = normalize(claim)
    unit = SYNONYMS.get(v.unit, v.unit)
    if v.ordinal:
        return f"which {v.unit} ({keywords(claim)})"
    return f"number of {unit}s ({keywords(claim)})"


CORPUS: tuple[tuple[CountValue, tuple[str, ...]], ...] = (
    (CountValue(low=12, high=12, unit="deal"), ("12 deals", "twelve deals", "a dozen deals")),
    (
        CountValue(low=12, high=None, unit="deal", qualifier="at least"),
        ("at least 12 deals", "at least a dozen deals", "at least twelve deals"),
    ),
    (CountValue(low=12, high=12, unit="agreement"), ("12 publicly announced agreements",)),
    (CountValue(low=14, high=14, unit="package", ordinal=True), ("14th package",)),
    (CountValue(low=30, high=30, unit="anniversary", ordinal=True), ("30th anniversary",)),
    (CountValue(low=2, high=2, unit="reason"), ("two reasons", "2 reasons")),
    (CountValue(low=24, high=99, unit="person", qualifier="vague"), ("dozens of people",)),
    (
        CountValue(low=1000, high=None, unit="troop", qualifier="more than"),
        ("more than 1,000 troops", "more than one thousand troops"),
    ),
    (CountValue(low=10, high=12, unit="ship", qualifier="between"), ("between 10 and 12 ships",)),
)
"""Expected value → surface forms; each form must be extracted whole, exactly once."""

NEGATIVE_CORPUS: tuple[str, ...] = (
    "in 2017",
    "a 2018 military agreement",
    "block 11-2",
    "Covid-19",
    "the G7 summit",
    "MH17",
    "Article 5 of the treaty",
    "one of the most powerful countries",
    "won 2-1",
    "at 10:30",
    "June 19",
)
"""Texts that yield no count claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("at least 12 deals", "at least a dozen deals", "agree"),
    ("12 agreements", "a dozen deals", "agree"),
    ("at least 12 deals", "14 deals", "compatible"),
    ("12 deals", "14 deals", "conflict"),
    ("about 80 ships", "85 ships", "compatible"),
)
"""Pairs of surface forms (aligned as one fact) and the expected verdict."""

SPEC = KindSpec(
    name="count",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
)
