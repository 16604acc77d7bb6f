"""Counts and ordinals: "12 deals", "at least a dozen deals", "dozens of people", "14th package".

A count is a number (or vague quantity) followed by the head noun it counts, within four
words ("12 publicly announced agreements" counts agreements). The unit is the noun's
singular lemma; `SYNONYMS` puts units that name the same thing in one alignment group
(deal ~ agreement ~ pact). Years, dates, times, phone numbers, scores, ages, identifiers
("Article 5", "block 11-2", "Covid-19", "G7") and page furniture are not counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import (
    STOPWORDS,
    english_unit,
    keywords,
    sentence_claim,
)
from factcheck.kinds._numerals import (
    FOREIGN_NUMBER_WORDS,
    ORDINALS,
    PLUS_AFTER,
    UNITS,
    VAGUE_PATTERN,
    Occupied,
    estimates_apart,
    format_interval,
    is_interface_counter,
    is_intl,
    normalize_qualifier,
    parse_number,
    parse_vague,
    quantity,
    rounding_band,
    to_interval,
    verdict_of,
)
from factcheck.kinds._scan import finditer, search, sentences_matching
from factcheck.kinds._units import OWNED_NOUNS
from factcheck.kinds.base import Kind
from factcheck.kinds.count.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.count.value import CountClaim, CountValue
from factcheck.lang import lexicon, with_english
from factcheck.lang.concepts import event_of, noun_of
from factcheck.lang.currencies import WORDS as CURRENCY_WORDS

if TYPE_CHECKING:
    from factcheck.config import Config

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_BEFORE = r"(?<![\w$£€¥₹₽₩/:#+@&'’-])(?<!\d[.,\s\u00a0\u202f\u2009])"
_AFTER = r"(?![\w%]|[.,:/]\d|\s?[-–]\s?\d|[ \t]\d|\s*(?:%|per\s*cent|percent))"
_CARDINAL = re.compile(rf"{_BEFORE}{quantity()}{_AFTER}", re.I)
_ORDINAL = re.compile(
    rf"{_BEFORE}(?P<o>\d+(?:st|nd|rd|th)|(?:(?:{_TENS})[-\s])?(?:{_ORDINAL_WORDS}))(?![\w-])",
    re.I,
)
_VAGUE = re.compile(
    rf"(?<![\w-])(?:(?P<q>at\s+least|more\s+than|over|up\s+to)\s+)?(?P<v>{VAGUE_PATTERN})\s+of\b",
    re.I,
)


@cache
def _intl() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(cardinal, prefilter) of es, fr, de, it and pt texts, compiled on first use."""
    return (
        re.compile(rf"{_BEFORE}{quantity(intl=True)}{_AFTER}", re.I),
        re.compile(rf"\d|\b(?:{FOREIGN_NUMBER_WORDS})\b", re.I),
    )


_PREFILTER = re.compile(
    rf"\d|\b(?:{'|'.join(UNITS)}|dozens?|scores?|handful|hundreds?|thousands?|millions?|"
    r"billions?|half|"
    rf"{_ORDINAL_WORDS})\b",
    re.I,
)
_WORD = re.compile(r"[ \t\u00a0\u202f\u2009]+([^\W\d_][\w'’-]*)", re.U)
_OF = re.compile(r"\s+of\b", re.I)
_TITLE_WORD = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*", re.U)
_SMALL_WORDS = frozenset("a an the of with in on for to and at by as or from into over vs".split())
_PREV_WORD = re.compile(r"([^\W\d_][\w.]*)\s*$", re.U)

IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "police": "police", "staff": "staff", "personnel": "personnel",
    "cattle": "cattle", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "media": "media", "crises": "crisis", "analyses": "analysis", "series": "series",
    "species": "species", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
    "memoranda": "memorandum", "criteria": "criterion", "phenomena": "phenomenon",
    "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "halves": "half",
    "thieves": "thief", "wolves": "wolf", "shelves": "shelf", "troops": "troop",
    "news": "news", "headquarters": "headquarters", "offspring": "offspring",
}  # fmt: skip
"""Plurals the suffix rules get wrong, with their singular lemma."""
SYNONYMS: dict[str, str] = {
    "deal": "deal", "agreement": "deal", "accord": "deal", "pact": "deal",
    "memorandum": "deal", "contract": "deal", "treaty": "deal", "mou": "deal",
    "person": "person", "individual": "person", "resident": "person", "civilian": "person",
    "soldier": "troop", "troop": "troop", "serviceman": "troop", "servicemember": "troop",
    "fatality": "death", "death": "death", "dead": "death", "casualty": "casualty",
    "ship": "vessel", "vessel": "vessel", "boat": "vessel", "warship": "vessel",
    "plane": "aircraft", "jet": "aircraft", "aircraft": "aircraft", "warplane": "aircraft",
    "nation": "country", "state": "country", "country": "country",
    "missile": "missile", "rocket": "missile", "drone": "drone", "uav": "drone",
    "child": "child", "kid": "child", "company": "company", "firm": "company",
    "car": "vehicle", "vehicle": "vehicle", "truck": "vehicle", "lorry": "vehicle",
    "house": "home", "home": "home", "dwelling": "home", "prisoner": "prisoner",
    "detainee": "prisoner", "inmate": "prisoner", "hostage": "hostage", "captive": "hostage",
    "worker": "worker", "employee": "worker", "student": "student", "pupil": "student",
    "doctor": "doctor", "physician": "doctor", "migrant": "migrant", "refugee": "refugee",
    "protester": "protester", "demonstrator": "protester", "vote": "vote", "ballot": "vote",
}  # fmt: skip
"""Unit lemma → alignment group: claims in one group are compared ("deal" ~ "agreement")."""
ADJECTIVAL_NOUNS = frozenset(
    "dead missing injured wounded displaced homeless evacuated hospitalised hospitalized "
    "unaccounted".split()
)
"""Adjectives that name the people counted when no noun follows ("9,000 missing")."""
TIME_UNITS = frozenset(
    "second minute hour day night week weekend month year decade century time".split()
)
"""Units that make "one day", "over two days" idioms or durations, never the qualifier."""
IDENTIFIER_WORDS = frozenset(
    "article section block chapter clause paragraph resolution flight route highway road room "
    "gate platform number no no. nos page figure fig table item level phase stage grade pier "
    "terminal line unit ward district zone lot plot floor apartment case bill proposition "
    "amendment episode season volume vol issue version model type category class division "
    "squad team region sector lane exit bus tram channel code act part step station tier "
    "aged age ages under-".split()
)
"""Words before a number that make it a name or an age, not a count ("Article 5", "aged 45")."""
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
SCORE_NOUNS = frozenset(
    "win victory defeat loss draw lead score scoreline vote decision ruling majority split "
    "margin result".split()
)
"""Nouns after "2-1" that make it a score or a vote tally, not a range."""
ORDINAL_IDIOMS = frozenset(
    {("third", "country"), ("third", "party"), ("third", "world"), ("first", "time"),
     ("first", "half"), ("second", "half"), ("first", "hand"), ("second", "hand"),
     ("first", "sight"), ("first", "glance"), ("first", "place"), ("second", "thought"),
     ("first", "lady"), ("first", "minister"), ("first", "secretary"), ("first", "person"),
     ("second", "person"), ("third", "person"), ("first", "name"), ("second", "nature")}
)  # fmt: skip
"""(ordinal word, head) pairs that are idioms, not positions in a sequence."""
_MODIFIERS = frozenset(
    "new old more other major key big small large separate public private state top senior "
    "local foreign additional further former young elderly armed unarmed bilateral joint "
    "extra main total different possible whole single full own same next last previous "
    "few many several such various certain recent early late long short high low straight "
    "consecutive successive born only sole".split()
)
_PRONOUN_ONE = frozenset("no every any each a an the this that which another".split())
"""Words before "one" that make it a pronoun ("no one", "the one", "a full one")."""
_ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ful", "less", "ly")
"""Endings that never end a counted noun phrase ("the only one able to")."""
_MODIFIER_SUFFIXES = ("ly", "ed", "al", "ic", "ive", "ous", "ful", "ian", "ese", "ish",
                      "ern", "ary", "ing", "ean", "less", "able", "est", "ible", "ant",
                      "ent")  # fmt: skip
_STOP = (STOPWORDS | {"de", "del", "la", "le", "el", "per", "percent", "cent", "pc", "am",
                      "pm", "times", "another", "ago", "versus", "vs", "apiece", "each",
                      "every", "plus", "minus", "nor", "yet", "o'clock", "until", "till",
                      "unless", "though", "although", "whether", "because", "despite", "ahead",
                      "away", "later", "earlier", "apart", "against", "among", "within",
                      "without", "toward", "towards", "across", "along", "around", "behind",
                      "beyond", "near", "via", "like", "unlike", "including", "following",
                      "instead", "overall", "altogether", "respectively", "ever", "already",
                      "left", "now", "alive", "alone", "back", "still", "today", "tonight",
                      "yesterday", "tomorrow", "old", "aged", "less"}
         ) - {"more", "other", "own", "same", "few"}  # fmt: skip
_NOT_UNITS = (
    _STOP
    | set(CURRENCY_WORDS)
    | MONTHS
    | set(UNITS)
    | set(ORDINALS)
    | {"bn", "billion", "million", "trillion", "thousand", "hundred", "m", "mn", "k", "tn",
       "dozen", "score", "half", "quarter", "dollars", "percentage", "basis", "prozent",
       "ciento", "cento", "percento"}
)  # fmt: skip
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _singular(word: str) -> str | None:
    """Singular lemma of a plural noun, or None when `word` does not look plural."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) < 3 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s")):
        return None
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    return w[:-1]


def _looks_modifier(word: str) -> bool:
    w = word.lower()
    return w in _MODIFIERS or w.endswith(_MODIFIER_SUFFIXES) or ("-" in w and not w.endswith("-"))


def _acceptable(word: str, titled: bool = False) -> bool:
    """A word that may stand in a noun phrase after a number."""
    low = word.lower()
    if low in _NOT_UNITS or low.endswith("'s") or low.endswith("’s"):
        return False
    if word[0].isupper() and not titled:
        # an acronym, or an acronym's plural ("331 MPs", "12 NGOs")
        return _looks_modifier(word) or (word.rstrip("s").isupper() and len(word) <= 6)
    return True


def is_title_case(sentence: str) -> bool:
    """True for a headline in title case, where capitals do not mark names."""
    words = [w for w in _TITLE_WORD.findall(sentence) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _phrase(text: str, pos: int, end: int, titled: bool = False) -> list[tuple[str, int]]:
    """Up to four words after `pos` that may belong to the counted noun phrase."""
    out: list[tuple[str, int]] = []
    m = _WORD.match(text, pos, end)
    while m and len(out) < 4 and _acceptable(m.group(1), titled):
        out.append((m.group(1), m.end(1)))
        m = _WORD.match(text, m.end(1), end)
    return out


def head_noun(
    text: str, pos: int, end: int, *, plural: bool, titled: bool = False
) -> tuple[str, int] | None:
    """The counted noun after `pos` as (singular lemma, end offset), or None.

    Modifiers before the noun are skipped ("12 publicly announced agreements"); in a
    compound the last noun is the head ("14th sanctions package", "3 sanctions packages").
    """
    words = _phrase(text, pos, end, titled)
    found: tuple[str, int] | None = None
    for i, (word, w_end) in enumerate(words):
        low = word.lower()
        nxt = words[i + 1][0] if i + 1 < len(words) else None
        if plural and low in ADJECTIVAL_NOUNS and not found:
            if nxt is None or (_singular(nxt) is None and nxt.lower() not in IRREGULAR_PLURALS):
                return low, w_end  # "4,000 killed and 9,000 missing according to the UN"
        if plural:
            lemma = _singular(word)
            if lemma and low not in _MODIFIERS:
                found = (lemma, w_end)
                if nxt is None or not _singular(nxt):
                    return found
                continue
            if found:
                return found
            if _looks_modifier(word) or nxt is not None:
                continue
            return None
        is_plural = bool(_singular(word)) and low not in IRREGULAR_PLURALS.values()
        if low.endswith("ly") or (found and low.endswith(("ed", "ing"))):
            return found
        if nxt is not None and (_looks_modifier(word) or low in _MODIFIERS):
            continue
        if nxt is not None and is_plural and not _looks_modifier(nxt) and not nxt.isupper():
            continue  # a compound: "14th sanctions package"
        if is_plural or low in _MODIFIERS or low.endswith(_ADJECTIVE_ENDINGS):
            return found
        found = (low, w_end)
        if nxt is None or nxt.lower().endswith(("ed", "ly")):
            return found
    return found


_FOREIGN_FUNCTION_WORDS = frozenset(
    "de del della delle dei degli des du la le les el los las lo il i gli da do dos das di en "
    "et y e o ou und oder der die das den dem im am au aux à a al por para pour per mit von zu "
    "sur sobre su sus ses son sa leur leurs seu sua que qui che was wie como comme come mais más "
    "plus più mehr ans años anni anos jahre ellos ellas eux elles loro eles elas ihnen them "
    "ils elle ella lui sie wir nous nosotros noi nós dans avec sous entre contre vers chez "
    "pendant depuis en con sin contra hacia desde durante tras nel nella senza tra fra in bei "
    "nach seit ohne gegen durch um na no nos nas em com sem pelo pela "
    "war waren ist sind wird werden wurde wurden hat haben hatte hatten "
    "selon según secondo segundo laut gemäß davon darunter ont sont fueron fue son han "
    "foram foi são sono furono erano seien".split()
)


GERMAN_ADJECTIVES = 2
"""Lower-case words (adjectives) skipped before a German counted noun."""

_OF_AFTER_SCALE = re.compile(r"\s+(?:de|di|d['’])(?=[\s\w])", re.I)


def foreign_head(
    text: str, pos: int, end: int, *, language: str, after_scale: bool = False
) -> tuple[str, int] | None:
    """The counted noun after `pos` in es, fr, de, it or pt: the next word, lower-cased, with a
    plain plural -s taken off ("trabajadores" → "trabajador", "morts" → "mort"); after a
    scale word "de" is skipped ("11 millions de véhicules")."""
    if after_scale:
        of = _OF_AFTER_SCALE.match(text, pos, end)
        if of:
            pos = of.end()
            if text[pos - 1 : pos] in "'’":
                pos -= 1
                text = text[:pos] + " " + text[pos + 1 :]
    m = _WORD.match(text, pos, end)
    if m is None:
        return None
    word = m.group(1)
    lang = language.lower()[:2]
    if lang == "de" and word[:1].islower():
        # German nouns are capitalised: "30 global systemrelevanten Banken" counts Banken
        pos = m.end(1)
        for _ in range(GERMAN_ADJECTIVES):
            nxt = _WORD.match(text, pos, end)
            if nxt is None or not nxt.group(1)[:1].isalpha():
                break
            if nxt.group(1)[:1].isupper():
                m, word = nxt, nxt.group(1)
                break
            pos = nxt.end(1)
    low = word.lower().replace("’", "'")
    lex = lexicon(language)
    if len(low) < 3 or low in _FOREIGN_FUNCTION_WORDS or low in _NOT_UNITS or "'" in low:
        return None
    if low in lex.months or low in lex.weekdays:  # "16 juillet" is a date
        return None
    if (
        lang in ("es", "pt")
        and low.endswith(("res", "nes", "les", "des", "ses", "zes"))
        and len(low) > 5
    ):
        low = low[:-2]  # "trabajadores" → "trabajador"
    elif lang in ("es", "pt", "fr") and low.endswith(("s", "x")) and not low.endswith(("ss", "us")):
        low = low[:-1]
    return low, m.end(1)


def _verb_head(text: str, pos: int, end: int, language: str) -> bool:
    """Whether the word after a German figure is lower-case and names no event: a verb or an
    adjective, not a noun ("gestiegen", "angeben"; "verletzt" names an event)."""
    if not language.lower().startswith("de"):
        return False
    m = _WORD.match(text, pos, end)
    return m is not None and m.group(1)[:1].islower() and not _event_word(m.group(1).lower(), "de")


def _event_word(word: str, lang: str, *, nouns: bool = False) -> bool:
    """Whether `word` says what happened to the counted ("verletzt", "getötet"), or with
    `nouns` also whether it names counted people or things ("víctimas")."""
    return event_of(word, lang) is not None or (nouns and noun_of(word, lang) is not None)


_GAP = re.compile(r"\s+")


@cache
def _articles(
    language: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]:
    """(article, lead, units) of `language`: a definite article after a figure, a
    `count_leads` phrase right after it (each lead a group `l<i>` whose unit is `units[i]`,
    as in `_leads`)."""
    lex = lexicon(language)
    if not lex.count_articles:
        return None, None, ()
    article = re.compile(rf"\s+(?:{lex.count_articles})(?=\s)", re.I)
    leads = [f"(?P<l{i}>{phrase})" for i, phrase in enumerate(lex.count_leads)]
    lead = re.compile(rf"(?:{'|'.join(leads)})(?![\w])", re.I) if leads else None
    return article, lead, tuple(lex.count_leads.values())


def _article_unit(text: str, pos: int, end: int, language: str) -> tuple[str, int] | None:
    """(unit, end) of what a figure counts when a definite article stands between them
    ("eleva a 3.419 los muertos", "sale a 3.419 il numero dei morti"): a `count_leads`
    phrase, or a word naming what happened to people or whom; else None."""
    article, lead, units = _articles(language)
    if article is None:
        return None
    m = article.match(text, pos, end)
    if m is None:
        return None
    gap = _GAP.match(text, m.end(), end)
    if gap is None:
        return None
    if lead is not None and (found := lead.match(text, gap.end(), end)) is not None:
        unit = next(units[i] for i in range(len(units)) if found.group(f"l{i}") is not None)
        return unit, found.end()
    word = _WORD.match(text, m.end(), end)
    if word is None or not _event_word(word.group(1).lower(), language, nouns=True):
        return None
    return foreign_head(text, m.end(), end, language=language)


@cache
def _leads(language: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """(pattern, units) of the phrases before a bare figure that say what it counts, in the
    article's language and English: `count_leads` … `count_links` and `count_verbs`, each
    alternative a group `l<i>` whose unit is `units[i]`; the pattern ends at the figure."""
    lexes = with_english(language)
    units: list[str] = []
    tolls: list[str] = []
    verbs: list[str] = []
    for lex in lexes:
        for phrase, unit in lex.count_leads.items():
            tolls.append(f"(?P<l{len(units)}>{phrase})")
            units.append(unit)
        for verb, unit in lex.count_verbs.items():
            verbs.append(f"(?P<l{len(units)}>{verb})")
            units.append(unit)
    links = "|".join(link for lex in lexes for link in lex.count_links)
    parts = []
    if tolls and links:
        parts.append(rf"(?:{'|'.join(tolls)})(?:\s+[\w'’,()-]+){{0,{LEAD_WORDS}}}?\s+(?:{links})")
    if verbs:
        parts.append(f"(?:{'|'.join(verbs)})")
    if not parts:
        return None, ()
    pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})\s+\Z", re.I)
    return pattern, tuple(units)


@cache
def _tails(language: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """(pattern, units) of the phrases right after a figure that say what it counts
    (`count_tails` of the article's language and English), each alternative a group `t<i>`."""
    lexes = with_english(language)
    units: list[str] = []
    parts: list[str] = []
    for lex in lexes:
        for phrase, unit in lex.count_tails.items():
            parts.append(f"(?P<t{len(units)}>{phrase})")
            units.append(unit)
    if not parts:
        return None, ()
    return re.compile(rf"\s+(?:{'|'.join(parts)})(?![\w])", re.I), tuple(units)


def _tail_unit(text: str, pos: int, end: int, language: str) -> tuple[str, int] | None:
    """(unit, end) of a phrase right after a figure saying what it counts ("1,404 in critical
    condition"), or None."""
    pattern, units = _tails(language)
    if pattern is None:
        return None
    m = pattern.match(text, pos, end)
    if m is None:
        return None
    unit = next(units[i] for i in range(len(units)) if m.group(f"t{i}") is not None)
    return unit, m.end()


LEAD_WINDOW = 80
"""Characters before a bare figure searched for a phrase saying what it counts."""
LEAD_WORDS = 6
"""Words a lead phrase and its link may have between them ("the death toll in Derna rose
to 5,300"). Longer ledes ("the toll from a deadly attack claimed by the Islamic State
militant group reached 133") read right, but in the dev clusters their extra figures of a
running toll pulled earlier updates into the wrong slots."""


def _lead_unit(text: str, start: int, line_start: int, language: str) -> tuple[str, bool] | None:
    """(unit, passed) a phrase right before a bare figure gives it ("the death toll rose to
    2,012", "injured 2,059"), or None; `passed` when its link says the figure is exceeded
    ("the death toll exceeded 2,000": more than 2,000)."""
    pattern, units = _leads(language)
    if pattern is None:
        return None
    m = pattern.search(text[max(line_start, start - LEAD_WINDOW) : start])
    if m is None:
        return None
    unit = next(units[i] for i in range(len(units)) if m.group(f"l{i}") is not None)
    beyond = _beyond(language)
    return unit, any(w in beyond for w in _LINK_WORD.findall(m.group(0).lower()))


_LINK_WORD = re.compile(r"[^\W\d_]+")


@cache
def _beyond(language: str) -> frozenset[str]:
    """Link words saying a figure is passed, in the article's language and English."""
    return frozenset(w for lex in with_english(language) for w in lex.count_beyond)


MODEL_REACH = 20
"""Characters before a number read for a model's name."""
_MODEL_NAME = re.compile(r"\b[A-Z]?\d{2,4}[A-Z]?\s+[A-Z]{2,}\s+$")
"""A type number and a word in capitals right before a number: the number ends a model's
name ("737 MAX 9", "A380 XL 2"), it counts nothing."""


def _prev_word(text: str, start: int, line_start: int) -> str:
    m = _PREV_WORD.search(text, max(line_start, start - 30), start)
    return m.group(1).lower() if m else ""


def extract(doc: Document, config: Config) -> Sequence[CountClaim]:
    """Every count and ordinal claim in the document's sentences."""
    out: list[CountClaim] = []
    prefilter = _intl()[1] if is_intl(doc.article.language) else _PREFILTER
    for sent in sentences_matching(doc, prefilter):
        out.extend(_extract_sentence(doc, sent, config))
    return out


def _extract_sentence(doc: Document, sent: Sentence, config: Config) -> list[CountClaim]:
    text = doc.text or doc.article.text
    block = doc.blocks[sent.block] if sent.block < len(doc.blocks) else None
    line_start, line_end = (block.start, block.end) if block else (sent.start, sent.end)
    out: list[CountClaim] = []
    taken = Occupied()
    titled = is_title_case(sent.text)

    def add(start: int, end: int, value: CountValue) -> None:
        if is_interface_counter(text, line_start, line_end, start, end):
            return
        out.append(_claim(doc, sent, start, end, value))
        taken.add(start, end)

    for m in finditer(_VAGUE, text, sent.start, sent.end):
        unit = head_noun(text, m.end(), sent.end, plural=True, titled=titled)
        if unit is None:
            continue
        band = parse_vague(m.group("v"))
        lo: float | None = band[0]
        hi: float | None = band[1]
        q = normalize_qualifier(m.group("q"))
        if q in ("at least", "more than"):
            hi = None
        elif q == "up to":
            lo = 0
        add(m.start(), unit[1], CountValue(low=lo, high=hi, unit=unit[0], qualifier=q or "vague"))

    cardinal = _intl()[0] if is_intl(doc.article.language) else _CARDINAL
    pos = sent.start
    while pos < sent.end:
        c = search(cardinal, text, pos, sent.end)
        if c is None:
            break
        if taken.overlaps(c.start(), c.start() + 1):
            pos = c.end()
            continue
        got = _cardinal(text, c, sent.end, line_start, doc.article.language, config, titled)
        if got is None:
            pos = c.end("n") if c.group("n2") else c.end()
            continue
        start, end, value = got
        add(start, end, value)
        pos = end

    if len(_LIST_ITEM.findall(text, sent.start, sent.end)) >= 2:
        _breakdown(text, sent, out, taken, add)

    compounds = finditer(_COMPOUND, text, sent.start, sent.end) if "-" in sent.text else ()
    for m in compounds:
        if taken.overlaps(m.start(), m.end()):
            continue
        members = parse_number(m.group("n"))
        if members is not None and members >= 2:
            noun = _COMPOUND_UNITS[m.group("u").lower()]
            add(m.start(), m.end(), CountValue(low=members, high=members, unit=noun))

    for m in finditer(_ORDINAL, text, sent.start, sent.end):
        if taken.overlaps(m.start(), m.start() + 1):
            continue
        raw = m.group("o").lower()
        if raw[0].isdigit():
            num = float(raw[:-2])
        else:
            parts = re.split(r"[-\s]", raw)
            num = float(sum(UNITS.get(p, 0) for p in parts[:-1]) + ORDINALS[parts[-1]])
        if _prev_word(text, m.start(), line_start) in MONTHS:
            continue
        unit = head_noun(text, m.end(), sent.end, plural=False, titled=titled)
        if unit is None:
            plural_unit = head_noun(text, m.end(), sent.end, plural=True, titled=titled)
            if plural_unit is None:
                continue
            unit = plural_unit
        first = _WORD.match(text, m.end(), sent.end)
        first_lemma = first.group(1).lower() if first else ""
        if (raw, unit[0]) in ORDINAL_IDIOMS or (raw, first_lemma) in ORDINAL_IDIOMS:
            continue
        add(m.start(), unit[1], CountValue(low=num, high=num, unit=unit[0], ordinal=True))
    return out


_COMPOUND_UNITS = {
    "nation": "nation", "member": "member", "country": "country", "state": "state",
    "seat": "seat", "seater": "seat", "man": "man", "person": "person", "party": "party",
    "team": "team",
}  # fmt: skip
"""Nouns of a number-noun compound that counts the members of what it describes: "the
20-nation euro zone" (20 nations), "the 15-member Security Council", "a five-man crew", "the
6,000-seater venue"."""
_COMPOUND = re.compile(
    rf"(?<![\w.,'’-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{'|'.join(sorted(UNITS, key=len, reverse=True))})"
    rf"-(?P<u>{'|'.join(_COMPOUND_UNITS)})(?![\w-])",
    re.I,
)

_LIST_ITEM = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*\(\s*\d")
"""A name and a bracket opening on a figure: an item of a breakdown ("Ouarzazate (39)")."""
_BARE_ITEM = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*\(\s*(?P<n>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*)\s*\)"
)
"""A bare figure in brackets right after a name ("Marrakech (14)")."""


def _breakdown(
    text: str,
    sent: Sentence,
    out: list[CountClaim],
    taken: Occupied,
    add: Callable[[int, int, CountValue], None],
) -> None:
    """The bare figures of a breakdown by place, each counting what the item before it
    counts: "Taroudant (347 víctimas mortales), Chichaoua (191 fallecidos), Ouarzazate (39),
    Marrakech (14)" gives 39 and 14 fallecidos."""
    for m in _BARE_ITEM.finditer(text, sent.start, sent.end):
        start, end = m.span("n")
        if taken.overlaps(start, end):
            continue
        before = [c for c in out if c.span.end <= start and not c.value.ordinal]
        if not before:
            continue
        unit = before[-1].value.unit
        value = float(re.sub(r"\D", "", m.group("n")))
        add(start, end, CountValue(low=value, high=value, unit=unit))


def _cardinal(
    text: str,
    m: re.Match[str],
    end: int,
    line_start: int,
    language: str,
    config: Config,
    titled: bool = False,
) -> tuple[int, int, CountValue] | None:
    """(start, end, value) of a cardinal count match, or None when it is not a count."""
    n_text, n2_text = m.group("n"), m.group("n2")
    q = "between" if m.group("bw") else normalize_qualifier(m.group("q"))
    start = m.start()
    prev = _prev_word(text, start, line_start)
    if prev in IDENTIFIER_WORDS or prev in MONTHS or prev == "from" and n2_text:
        return None
    if _MODEL_NAME.search(text, max(line_start, start - MODEL_REACH), start):
        return None  # a model's name: "Boeing 737 MAX 9 planes", "A320 NEO 2"
    if n_text.lower() == "one" and (prev in _PRONOUN_ONE or prev in _MODIFIERS):
        return None  # "no one", "a full one based on those results": a pronoun
    if n2_text is None and q is None and _YEAR.fullmatch(n_text):
        return None
    if n2_text and re.fullmatch(r"\d+", n_text) and re.fullmatch(r"\d+", n2_text):
        if n_text.startswith("0") or n2_text.startswith("0") or len(n2_text) >= 4:
            return None  # phone numbers, codes and years: "555-1234", "2023-2024"
    interval = to_interval(n_text, n2_text, q, language=language, tolerance=config.approx_tolerance)
    if interval is None:
        return None
    lo, hi = interval
    single = n2_text is None and lo == hi == 1
    after = m.end()
    plus = PLUS_AFTER.match(text, after, end) if n2_text is None and q is None else None
    if plus is not None:  # "200-plus people"
        q, hi, after = "at least", None, plus.end()
    if n_text.lower().endswith(("dozen", "score")) and n2_text is None:
        of = _OF.match(text, after, end)
        if of:
            after = of.end()
    tail = None if single else _tail_unit(text, after, end, language)
    if tail is not None:
        return start, tail[1], CountValue(low=lo, high=hi, unit=tail[0], qualifier=q)
    if is_intl(language):
        scaled = re.search(r"[^\W\d_]$", n2_text or n_text) is not None and n_text[:1].isdigit()
        unit = foreign_head(text, after, end, language=language, after_scale=scaled)
    else:
        unit = head_noun(text, after, end, plural=not single, titled=titled)
    if unit is None and not single and is_intl(language):
        unit = _article_unit(text, after, end, language)  # "eleva a 3.419 los muertos"
    elif (
        unit is not None
        and not single
        and _verb_head(text, after, end, language)
        and _lead_unit(text, start, line_start, language) is not None
    ):
        # a German verb after the figure ("auf mehr als 5000 gestiegen") gives way to a
        # phrase before it saying what is counted ("Die Zahl der Todesopfer")
        unit = None
    if unit is None:
        lead = None if single else _lead_unit(text, start, line_start, language)
        if lead is None:
            return None
        if lead[1] and q is None and n2_text is None:
            q, hi = "more than", None  # "the death toll exceeded 2,000"
        return start, m.end(), CountValue(low=lo, high=hi, unit=lead[0], qualifier=q)
    lemma, u_end = unit
    if n_text.lower() in lexicon(language).noun_numbers and not _event_word(
        lemma, language, nouns=True
    ):
        return None  # "venti forti" are strong winds, not twenty of anything
    first = _WORD.match(text, after, end)
    if lemma in OWNED_NOUNS or (first and first.group(1).lower() in OWNED_NOUNS):
        return None  # a duration, an age or a quantity ("25 years", "1,600 metres")
    rest = text[u_end : u_end + 5].lower()
    if lemma in ("year", "month") and rest.startswith(" old") or "year-old" in lemma:
        return None
    if n2_text and lemma in SCORE_NOUNS:
        return None
    if lemma in TIME_UNITS:
        if single and not n2_text:
            return None
        if (m.group("q") or "").lower() in ("over", "under"):
            start = m.start("n")
            lo, hi = to_interval(n_text, None, None, language=language) or (lo, hi)
            q = None
    return start, u_end, CountValue(low=lo, high=hi, unit=lemma, qualifier=q)


def _claim(doc: Document, sent: Sentence, start: int, end: int, v: CountValue) -> CountClaim:
    return sentence_claim(CountClaim, doc, sent, start, end, v)


def normalize(claim: CountClaim) -> CountValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def key(claim: CountClaim) -> str:
    """Alignment block: the unit's synonym group, ordinals apart; a unit of another language
    by its English gloss ("30 bancos", "30 Banken" and "30 banks" meet)."""
    v = normalize(claim)
    unit = english_unit(v.unit, claim.context)
    group = SYNONYMS.get(unit, unit)
    return f"ordinal:{group}" if v.ordinal else group


def identity(claim: CountClaim) -> Hashable:
    v = normalize(claim)
    return (v.low, v.high, v.ordinal)


def compare(a: CountClaim, b: CountClaim, config: Config) -> Verdict | None:
    """Interval relation → verdict: equal agree, overlapping compatible, disjoint conflict.

    An exact figure stated with a scale word counts as rounded ("1.2 million" ~ 1,215,000).
    """
    va, vb = normalize(a), normalize(b)
    if va.ordinal != vb.ordinal:
        return None
    same_frame = a.frame is not None and b.frame is not None and a.frame.concept == b.frame.concept
    if key(a) != key(b) and not same_frame:
        return None
    verdict = verdict_of((va.low, va.high), (vb.low, vb.high))
    if verdict == "compatible" and estimates_apart(
        (va.low, va.high), va.qualifier, (vb.low, vb.high), vb.qualifier
    ):
        return "conflict"
    if verdict == "conflict" and not va.ordinal:
        ra = rounding_band(a.span.text, va.low, va.high)
        rb = rounding_band(b.span.text, vb.low, vb.high)
        if verdict_of(ra, rb) != "conflict":
            return "compatible"
    return verdict


def describe(claim: CountClaim) -> str:
    v = normalize(claim)
    if v.ordinal and v.low is not None:
        return f"ordinal {int(v.low)}"
    return format_interval(v.low, v.high)


def subject(claim: CountClaim) -> str:
    v = normalize(claim)
    unit = SYNONYMS.get(v.unit, v.unit)
    if v.ordinal:
        return f"which {v.unit} ({keywords(claim)})"
    return f"number of {_plural(unit)} ({keywords(claim)})"


_PLURAL_OF: dict[str, str] = {
    lemma: plural for plural, lemma in sorted(IRREGULAR_PLURALS.items(), reverse=True)
}
_PLURAL_OF["person"] = "people"


def _plural(noun: str) -> str:
    """The plural of a unit lemma (English rules; "s" for others); adjectives used as
    nouns ("injured", "dead") stay as they are."""
    if noun in _PLURAL_OF:
        return _PLURAL_OF[noun]
    if noun.endswith(("ed", "s")) or noun in ("dead", "missing"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


KIND = Kind(
    name="count",
    value=CountValue,
    claim=CountClaim,
    priority=20,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
