"""Quotes: words in quotation marks, attributed to a speaker, compared word by word.

Quotation regions are found with a small state machine over straight, curly, low-9 and
guillemet double quotes (mixed pairs such as `"…”` included) and single quotes; a quote
nested inside another belongs to the outer one; a quote may span a line break but not a
paragraph. The speaker comes from the attribution around the quote (`X said`, `said X`,
`according to X`, `X added that`, `X wrote`, `X: "…"`, a pronoun after an earlier quote)
and is linked to the entity the name kind found: `Mr Putin`, `Putin` and `the Russian
president` all become `Vladimir Putin` when the article names him so.

Across sources, quotes of the same (or an unknown) speaker are aligned by fuzzy text
similarity; a partial quote inside a longer one aligns too. Comparison works on normalised
words (case, punctuation, quote marks, UK/US spelling, accents on Latin letters, and one form
for numbers, percentages, amounts of money and dates: `twelve` = `12`, `38 per cent` = `38%`,
`US$3,600m` = `$3.6 billion`, `19 June` = `June 19`): the same words agree, a partial quote
whose words appear in order inside the other agrees, changed words conflict with a word diff
that shows the words as written.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import difflib
import operator
import re
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar, cast

from rapidfuzz import fuzz

from factcheck.core import SPAN_FIELDS, Document, Sentence, Span, Verdict, trusted
from factcheck.kinds._common import BoundedMemo, claim_id, context_language
from factcheck.kinds._numerals import NUMBER, UNITS, parse_number
from factcheck.kinds.base import Kind
from factcheck.kinds.name.value import NameClaim
from factcheck.kinds.quote.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.quote.value import QuoteClaim, QuoteValue
from factcheck.lang import with_english
from factcheck.lang.currencies import CURRENCY_AFTER, CURRENCY_BEFORE, SIGNS, SYMBOLS, WORDS
from factcheck.lang.glosses import (
    NEGATIONS,
    STEM,
    Sense,
    fold,
    gloss,
    language_of,
    overlap,
    senses,
)
from factcheck.lang.glosses import table as glosses_table

if TYPE_CHECKING:
    from factcheck.config import Config

UK_US: dict[str, str] = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters",
    "theatre": "theater", "fibre": "fiber", "programme": "program", "programmes": "programs",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "modelled": "modeled", "labelled": "labeled", "fuelled": "fueled", "catalogue": "catalog",
    "analyse": "analyze", "analysed": "analyzed", "paralyse": "paralyze", "grey": "gray",
    "ageing": "aging", "judgement": "judgment", "manoeuvre": "maneuver", "sceptical": "skeptical",
    "co-operate": "cooperate", "co-operation": "cooperation", "co-operative": "cooperative",
    "co-ordinate": "coordinate", "co-ordination": "coordination", "enrol": "enroll",
    "fulfil": "fulfill", "jewellery": "jewelry", "tyre": "tire", "plough": "plow",
}  # fmt: skip
"""UK spelling → US spelling, applied word by word before comparing quotes."""

_OUR = re.compile(
    r"^(favo|hono|colo|labo|neighbo|behavio|harbo|rumo|vigo|endeavo|armo|humo|savo|flavo|odo|"
    r"parlo|splendo|tumo|valo|fervo|clamo)ur(s|ed|ing|able|ably|ite|ites|ful|hood|less)?$"
)
_ISE = re.compile(
    r"^(organi|recogni|reali|normali|maximi|minimi|prioriti|critici|stabili|moderni|mobili|"
    r"characteri|authori|apologi|civili|legali|utili|speciali|summari|militari|capitali|"
    r"categori|centrali|emphasi|finali|globali|industriali|liberali|memori|neutrali|optimi|"
    r"penali|polari|privati|rationali|subsidi|symboli|synchroni|visuali|jeopardi|sympathi|"
    r"mobili|democrati|digiti|harmoni|hospitali|ideali|immuni|incentivi|itemi|mechani|"
    r"moderni|monopoli|nationali|patroni|revitali|scrutini|standardi|sterili|tranquili)"
    r"s(e|es|ed|ing|ation|ations|er|ers)$"
)

_DOUBLE_OPEN = frozenset('"“„«')
_DOUBLE_CLOSE = frozenset('"”“»')
_SINGLE_OPEN = frozenset("‘'‹")
_SINGLE_CLOSE = frozenset("’'›")
_MARK = re.compile(r"[\"“”„«»‘’'‹›]")
_PREFILTER = re.compile(r"[\"“”„«»‘‹]|(?<![\w])'")
_WORD = re.compile(r"[\w'’-]+")
_CONTRACTION = re.compile(r"(?:s|re|m|ll|ve|d|t)\b", re.I)

_NAME = (
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|de|da|do|dos|del|la|van|von|bin|al-\w+)\s+){0,5}"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Attribution:
    """The attribution patterns of one language (its words plus English ones)."""

    after: re.Pattern[str]
    """Right after a quotation: `, said X`, `, X said`, `, afirmó.` (no subject: group d)."""
    before: re.Pattern[str]
    """The words before a quotation, to their end: `X said:`, `according to X,`, `X:`."""
    pronoun: re.Pattern[str]
    """A subject pronoun, whole."""
    described: re.Pattern[str]
    """A phrase opening with a determiner ("the spokesman", "el ministro")."""
    verb: re.Pattern[str]
    """A verb of saying anywhere."""
    bodies: frozenset[str]
    """Nouns for an organisation or its statement, lower case ("company", "comunicado")."""


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _capitalised(words: Sequence[str]) -> list[str]:
    return [w for x in words for w in (x, x[:1].upper() + x[1:])]


APPOSITIVE = 80
"""Characters an aside between a speaker and the verb after a quotation may take
(“…,” Kevin Rojek, a special agent at the FBI, said)."""


@lru_cache(maxsize=16)
def _attribution(language: str) -> _Attribution:
    """The attribution patterns for an article language (compiled once per language)."""
    lexes = with_english(language)
    verbs = _alternatives([v for lex in lexes for v in lex.quote_verbs])
    pronoun = _alternatives(_capitalised([p for lex in lexes for p in lex.pronouns]))
    determiner = _alternatives(
        _capitalised(
            [re.escape(d) if "\\" not in d else d for lex in lexes for d in lex.determiners]
        )
    )
    sources = _alternatives(_capitalised([w for lex in lexes for w in lex.quote_sources]))
    that = _alternatives([w for lex in lexes for w in lex.complementizers])
    description = rf"(?:{determiner})(?:\s+|(?<=['’]))(?:[\w-]+\s+){{0,3}}?[\w-]+(?:\s+{_NAME})?"
    who = rf"{_NAME}|{pronoun}|{description}"
    after = re.compile(
        rf"[\s,.;:!?\"”’»)—–-]*(?:(?:{verbs})(?:\s+|-t-|-)(?P<n1>{who})\b"
        rf"|(?P<n2>{who})(?:\s*,[^,.;:!?\"“”«»\n]{{1,{APPOSITIVE}}},)?\s+(?:{verbs})\b"
        rf"|(?P<d>(?:{verbs}))(?!\w))"
    )
    before = re.compile(
        rf"(?:(?P<n>{who})\s+(?:has\s+|had\s+|also\s+)?(?:{verbs})"
        rf"(?:\s+(?:{that}))?\b(?P<rest>.*)$"
        rf"|(?:{sources})\s+(?P<a>{_NAME}|{description})\s*,?\s*$"
        rf"|(?P<c>{_NAME})\s*:\s*$)",
        re.S,
    )
    described = re.compile(rf"(?:{determiner})(?:\s|(?<=['’]))")
    verb = re.compile(rf"(?<![\w'’-])(?:{verbs})(?![\w'’-])")
    bodies = frozenset(w.lower() for lex in lexes for w in lex.speaking_bodies)
    return _Attribution(after, before, re.compile(pronoun), described, verb, bodies)


T = TypeVar("T")

ATTRIBUTION_WINDOW = 240
"""Characters before a quotation searched for its speaker (inside its sentence)."""
MIN_WORDS = 3
"""Quotes shorter than this are scare quotes ("invalid"), not claims."""
MIN_SENSES = 2
"""Content words a quotation needs before it is matched with a translation by sense."""
FULL_SENSES = 3
"""Below this many content words, every one of the shorter quotation's must meet the other's
("Our community is heartbroken" and "Nuestra comunidad tiene el corazón roto"; not
"Nuestra comunidad exige respuestas")."""
SENSE_WEIGHT = 1.5
"""A translation whose content words meet the other's by sense for 40% scores 60: the share
of words one language's glosses find in another's is lower than spelling similarity."""
TRANSLATED_BELOW = 60.0
"""Literal similarity (0-100) under which two quotations, one of unknown language, are
taken for a quotation and its translation."""


@lru_cache(maxsize=16384)
def _us(word: str) -> str:
    if word in UK_US:
        return UK_US[word]
    m = _OUR.match(word)
    if m:
        return f"{m.group(1)}r{m.group(2) or ''}"
    m = _ISE.match(word)
    if m:
        return f"{m.group(1)}z{m.group(2)}"
    return word


def _render(value: float) -> str:
    """A number as one canonical form: `12`, `12000`, `3.6 billion`, `0.5`."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{value / scale:.9g} {word}"
    return str(int(value)) if float(value).is_integer() else f"{value:.9g}"


_MONTH_NAMES = tuple(calendar.month_name[1:])
_MONTH = rf"(?-i:{'|'.join(_MONTH_NAMES)})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_EDGE = rf"(?<![\w.,'’{SIGNS}-])"
_UNIT = re.compile(
    # dates: 2024-06-19, June 19(th)(, 2024), 19(th) (of) June( 2024)
    rf"(?<![\w-])(?:(?P<iy>{_YEAR})-(?P<im>\d\d)-(?P<id>\d\d)"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)(?![\w-])"
    # money with the sign first: $3.6 billion, US$3,600m, €5m, USD 10bn
    rf"|(?<![\w{SIGNS}])(?P<sym>{CURRENCY_BEFORE})\s?(?P<sn>{NUMBER})(?![\w%])"
    # a number, perhaps a percentage or an amount with the currency after it
    rf"|{_EDGE}(?P<n>{NUMBER})(?:\s?(?P<pct>%|(?:per\s?cent|percent|pct|pc)(?!\w))"
    rf"|\s?(?P<cw>{CURRENCY_AFTER})(?![\w{SIGNS}])|(?!\w))",
    re.I,
)
"""A date, an amount of money or a number (a percentage) in quoted text."""
_NUMBER_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
_CANDIDATE = re.compile(
    rf"(?<![\w'’.,-])(?:[\d{SIGNS}]|(?=[otfsenzah])(?:(?:{_NUMBER_WORD})(?![\w'’])"
    r"|(?:an?|half)[\s-]+(?:dozen|score|hundred|thousand|million|billion|trillion|third|"
    r"quarter|fifth|half|and|an?)(?![\w'’])))",
    re.I,
)
"""Where a date, money or number may start: a digit, a sign or a number word (cheap, so
`_UNIT` is tried only there)."""
_LEAD = re.compile(rf"(?:(?<![\w-]){_MONTH}\s+|(?<![\w{SIGNS}])(?:{CURRENCY_BEFORE})\s?)\Z", re.I)
"""A month name or currency letters (`US$`, `USD `) right before a candidate."""
_PLAIN_WORD = re.compile(r"[\w'’-]+")


Token = tuple[str, int, int]
"""A normalised word and the [start, end) of the text it stands for."""


CONTRACTIONS: dict[str, str] = {
    "i'm": "i am", "you're": "you are", "we're": "we are", "they're": "they are",
    "i've": "i have", "you've": "you have", "we've": "we have", "they've": "they have",
    "i'll": "i will", "you'll": "you will", "we'll": "we will", "they'll": "they will",
    "he'll": "he will", "she'll": "she will", "it'll": "it will", "don't": "do not",
    "doesn't": "does not", "didn't": "did not", "isn't": "is not", "aren't": "are not",
    "wasn't": "was not", "weren't": "were not", "haven't": "have not", "hasn't": "has not",
    "hadn't": "had not", "won't": "will not", "wouldn't": "would not", "can't": "can not",
    "cannot": "can not", "couldn't": "could not", "shouldn't": "should not",
    "mustn't": "must not", "let's": "let us",
}  # fmt: skip
"""English contractions and their full forms ("we're" = "we are"); forms with 's and 'd
(is or has, would or had) are left as written."""


@lru_cache(maxsize=16384)
def _normalize_word(word: str) -> str:
    """One written word normalised: `Co-operation` → `cooperation`, `Nguyễn` → `nguyen`,
    `military-political` → `military political`, `we're` → `we are`; "" for none."""
    w = fold(word.lower().replace("’", "'").strip("-'"))
    if w in CONTRACTIONS:
        return CONTRACTIONS[w]
    return " ".join(part for part in _us(w).split("-") if part)


def _unit(m: re.Match[str]) -> list[str] | None:
    """The normalised words of a date, money, percent or number match; None if malformed."""
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return [_MONTH_NAMES[mo - 1].lower(), str(d), str(y)]
    month = m.group("m1") or m.group("m2")
    if month:
        day = int((m.group("d1") or m.group("d2")).rstrip("stndrh"))
        year = m.group("y1") or m.group("y2")
        if not 1 <= day <= 31:
            return None
        return [month.lower(), str(day), *([year] if year else [])]
    number = m.group("sn") or m.group("n")
    if (m.group("cw") or m.group("sym")) and _DOT_GROUPED.fullmatch(number):
        number = number.replace(".", "")  # "100.000 dólares": an amount grouped by stops
    value = parse_number(number)
    if value is None:
        return None
    words = _render(value).split()
    if m.group("sym"):
        return [*words, _currency(m.group("sym"), SYMBOLS)]
    if m.group("cw"):
        return [*words, _currency(m.group("cw"), WORDS)]
    if m.group("pct"):
        return [*words, "percent"]
    return words


_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""Digits grouped by thousands with full stops ("100.000"), as an amount of money is
written in most languages but English."""


def _currency(text: str, table: dict[str, str]) -> str:
    return table.get(" ".join(text.lower().split()), text.lower()).lower()


def _units(text: str) -> list[tuple[int, int, list[str] | None]]:
    """(start, end, normalised words) of each date, money amount or number in `text`; the
    words are None for a malformed one (read as plain words)."""
    out: list[tuple[int, int, list[str] | None]] = []
    pos = 0
    for c in _CANDIDATE.finditer(text):
        if c.start() < pos:
            continue
        lead = _LEAD.search(text, max(pos, c.start() - 12), c.start())
        unit = _UNIT.match(text, lead.start()) if lead else None
        if unit is None:
            unit = _UNIT.match(text, c.start())
        if unit is not None:
            out.append((unit.start(), unit.end(), _unit(unit)))
            pos = unit.end()
    return out


def _tokens(text: str) -> list[Token]:
    """The normalised words of a quotation (as `normalize_text`), each with the stretch of
    `text` it comes from."""
    out: list[Token] = []
    pos = 0
    for start, end, words in (*_units(text), (len(text), len(text), [])):
        for m in _PLAIN_WORD.finditer(text, pos, start if words is not None else end):
            out.extend((w, m.start(), m.end()) for w in _normalize_word(m.group(0)).split())
        out.extend((w, start, end) for w in words or ())
        pos = end
    return out


@lru_cache(maxsize=16384)
def normalize_text(text: str) -> str:
    """Lower-case words folded to plain Latin letters, US spelling, no punctuation or quote
    marks, hyphens as spaces; numbers as digits (`twelve`, `a dozen` → `12`; `3.6bn`,
    `3,600m` → `3.6 billion`), percentages as `<n> percent`, money as `<n> <currency code>`
    (`$3.6 billion`, `US$3,600m`, `3.6 billion dollars` → `3.6 billion usd`), dates as
    `<month> <day> [<year>]` (`19 June 2024`, `June 19, 2024`, `2024-06-19` → `june 19 2024`).
    """
    parts: list[str] = []
    pos = 0
    for start, end, words in (*_units(text), (len(text), len(text), [])):
        plain = _PLAIN_WORD.findall(text, pos, start if words is not None else end)
        parts.extend(filter(None, map(_normalize_word, plain)))
        if words:
            parts.append(" ".join(words))
        pos = end
    return " ".join(parts)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _opens(ch: str, prev: str, nxt: str) -> bool:
    """Whether a quote mark opens a quotation here."""
    if ch in "'’":
        return ch == "'" and not _is_word_char(prev) and _is_word_char(nxt)
    if ch in '"”':
        return not _is_word_char(prev) and not nxt.isspace()
    return True  # “ „ « ‘ ‹


def _closes(ch: str, opener: str, prev: str, nxt: str) -> bool:
    """Whether a quote mark closes the quotation opened by `opener`."""
    if opener in _SINGLE_OPEN:
        return ch in _SINGLE_CLOSE and not _is_word_char(nxt)
    if ch == "“":
        return opener == "„" or not _is_word_char(nxt)
    if ch == '"':
        return not (_is_word_char(nxt) and not _is_word_char(prev) and prev not in ",.;:!?")
    return ch in "”»"


def _regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the insides of outermost quotations in text[start:end].

    A quotation nested in another (single inside double) belongs to the outer one; an
    opening mark inside an unclosed quotation restarts it (the first one was never closed).
    """
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position after it)
    for m in _MARK.finditer(text, start, end):
        ch, pos = m.group(0), m.start()
        prev = text[pos - 1] if pos > start else " "
        nxt = text[pos + 1] if pos + 1 < end else " "
        if ch in "'’" and _is_word_char(prev) and _is_word_char(nxt):
            continue  # an apostrophe: don't, Putin's
        if ch in "'’" and _CONTRACTION.match(text, pos + 1, end):
            continue  # a split contraction: "you 're", "Putin 's"
        if stack and text.count("\n", stack[0][1], pos) > 1:
            stack = []  # a quotation spans at most one line break
        if stack and _closes(ch, stack[-1][0], prev, nxt):
            opener, inside = stack.pop()
            if not stack:
                out.append((inside, pos))
            continue
        if ch in _SINGLE_CLOSE - _SINGLE_OPEN and not stack:
            continue
        if _opens(ch, prev, nxt):
            if stack and (ch in _DOUBLE_OPEN) == (stack[-1][0] in _DOUBLE_OPEN):
                stack.pop()  # the same kind again: the earlier one was never closed
            if not stack or ch in _SINGLE_OPEN:
                stack.append((ch, m.end()))
    return out


MEMO_SIZE = 16
_MEMO: BoundedMemo[tuple[str, int], tuple[Document, object]] = BoundedMemo(MEMO_SIZE)
"""Per-document indexes of the last few documents, keyed by identity (hashing a whole
document on every look-up would cost more than building the index)."""


def _memo(kind: str, doc: Document, build: Callable[[Document], T]) -> T:
    hit = _MEMO.get((kind, id(doc)))
    if hit is not None and hit[0] is doc:
        return cast(T, hit[1])
    value = build(doc)
    _MEMO.put((kind, id(doc)), (doc, value))
    return value


def _sentence_starts(doc: Document) -> tuple[int, ...]:
    return _memo("starts", doc, lambda d: tuple(x.start for x in d.sentences))


def _sentence_at(doc: Document, pos: int) -> Sentence | None:
    """The sentence holding offset `pos`."""
    i = bisect.bisect_right(_sentence_starts(doc), pos) - 1
    if i >= 0 and doc.sentences[i].start <= pos < doc.sentences[i].end:
        return doc.sentences[i]
    return None


def _paragraphs(doc: Document) -> list[tuple[int, int, int]]:
    """Kept blocks joined across single line breaks: (start, end, segment)."""
    text = doc.text or doc.article.text
    out: list[tuple[int, int, int]] = []
    for b in doc.blocks:
        if (
            out
            and out[-1][2] == b.segment
            and text[out[-1][1] : b.start].count("\n") <= 1
            and (not text[out[-1][1] : b.start].strip())
        ):
            out[-1] = (out[-1][0], b.end, b.segment)
        else:
            out.append((b.start, b.end, b.segment))
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class _Entities:
    """The name mentions of one document, indexed for speaker look-ups."""

    names: tuple[NameClaim, ...]
    starts: tuple[int, ...]
    """Span starts of `names` (sorted)."""
    display: dict[tuple[int, str], str]
    """(segment, canonical) → the entity's fullest surface form."""
    persons: tuple[NameClaim, ...]
    """Mentions that can say something: people, and unknown names of two parts or more."""
    person_ends: tuple[int, ...]


def _entities(doc: Document) -> _Entities:
    return _memo("entities", doc, _build_entities)


_SPAN_START = operator.attrgetter("span.start")
_SPAN_END = operator.attrgetter("span.end")


def _build_entities(doc: Document) -> _Entities:
    names = tuple(
        sorted([c for c in doc.claims_of("name") if isinstance(c, NameClaim)], key=_SPAN_START)
    )
    display: dict[tuple[int, str], str] = {}
    persons_found: list[NameClaim] = []
    for c in names:
        v = c.value
        k = (c.segment, v.canonical)
        best = display.get(k)
        name = v.name
        if best is None:
            display[k] = name
        elif name != best and (len(name.split()), len(name)) > (len(best.split()), len(best)):
            display[k] = name
        if v.entity_type == "person" or (v.entity_type == "other" and len(v.canonical.split()) > 1):
            persons_found.append(c)
    persons = tuple(sorted(persons_found, key=_SPAN_END))
    return _Entities(
        names, tuple(c.span.start for c in names), display, persons,
        tuple(c.span.end for c in persons),
    )  # fmt: skip


def _resolve(doc: Document, words: _Attribution, text: str, start: int, segment: int) -> str | None:
    """The entity a speaker phrase names, as its fullest form in the story; None if unsure."""
    from factcheck.kinds.name import canonical, parse_roles

    phrase = " ".join(text.split())
    if words.pronoun.fullmatch(phrase):
        return None
    described = words.described.match(phrase) is not None
    ents = _entities(doc)
    lo = bisect.bisect_left(ents.starts, start)
    hi = bisect.bisect_left(ents.starts, start + len(text))
    inside = [
        c for c in ents.names[lo:hi]
        if c.value.entity_type in ("person", "other", "org")
        and c.value.canonical not in words.bodies  # "erklärte die Firma": a noun, no name
    ]  # fmt: skip
    if inside:
        c = inside[-1]
        return ents.display.get((segment, c.value.canonical), c.value.canonical)
    body = _body(doc, words, phrase, start, segment) if described else None
    if body is not None:
        return body
    if phrase[:1].isupper() and not described:
        return " ".join(w for w in phrase.split() if canonical(w)) or None
    roles = parse_roles(phrase)
    if roles:
        want = roles[0]
        holders = {
            c.value.canonical
            for c in ents.names[:hi]
            if c.segment == segment and c.value.role
            for r in parse_roles(c.value.role)
            if r.office == want.office and (want.country is None or r.country == want.country)
        }
        if len(holders) == 1:
            canon = holders.pop()
            return ents.display.get((segment, canon), canon)
    if described:
        return phrase[0].lower() + phrase[1:]
    return None


BODY_WINDOW = 600
"""Characters before "the company said" searched for the organisation it stands for."""


def _body(doc: Document, words: _Attribution, phrase: str, start: int, segment: int) -> str | None:
    """The organisation a described speaker stands for when the description is one of the
    language's speaking bodies ("the company", "O comunicado"): the organisation, or
    unknown entity, named last before it in the story and not long before; None if none."""
    head = phrase.split()[-1].lower()
    if head not in words.bodies:
        return None
    ents = _entities(doc)
    i = bisect.bisect_left(ents.starts, start) - 1
    while i >= 0:
        c = ents.names[i]
        if c.segment != segment or start - c.span.end > BODY_WINDOW:
            return None
        if c.value.entity_type in ("org", "other") and c.span.end <= start:
            return ents.display.get((segment, c.value.canonical), c.value.canonical)
        i -= 1
    return None


def _last_person(doc: Document, before: int, segment: int) -> str | None:
    """The person named last before `before` in the story, for `he said`."""
    ents = _entities(doc)
    i = bisect.bisect_right(ents.person_ends, before) - 1
    while i >= 0 and ents.persons[i].segment != segment:
        i -= 1
        if i >= 0 and ents.persons[i].segment < segment:
            return None
    if i < 0:
        return None
    c = ents.persons[i]
    return ents.display.get((segment, c.value.canonical), c.value.canonical)


def _speaker(doc: Document, s: int, e: int, para: tuple[int, int, int]) -> str | None:
    """The speaker of the quotation text[s:e] of a paragraph, as `_SpeakerPlans` says to
    find it among the story's names."""
    text = doc.text or doc.article.text
    p_start, p_end, segment = para
    language = doc.article.language
    key = (text[p_start:p_end], language, s - p_start, e - p_start)

    def sentence_start(pos: int) -> int | None:
        sent = _sentence_at(doc, p_start + pos)
        return None if sent is None else max(sent.start, p_start) - p_start

    steps = _PLANS.steps(key, sentence_start)
    if steps is None:
        answers: dict[int, int | None] = {}

        def asked(pos: int) -> int | None:
            answers[pos] = found = sentence_start(pos)
            return found

        steps = _plan(*key, asked)
        _PLANS.remember(key, answers, steps)
    words = _attribution(language)
    for step, phrase, start, end in steps:
        if step == "last":
            return _last_person(doc, s, segment)
        if step == "first":
            return _first_person(doc, p_start + start, p_start + end, segment)
        assert phrase is not None
        who = _resolve(doc, words, phrase, p_start + start, segment)
        if who is not None:
            return who
        if step == "pronoun":
            return _last_person(doc, s, segment)
    return None


_Step = tuple[str, str | None, int, int]
"""One way `_speaker` tries to find a speaker, in order: ("last", ...): the person named
last before the quotation; ("first", None, start, end): the person named first in that part
of the paragraph; ("resolve" or "pronoun", phrase, start, _): the entity the phrase names
there, if any (for a pronoun, else the person named last). Offsets are relative to the
paragraph."""
_PlanKey = tuple[str, str, int, int]


def _plan(
    paragraph: str, language: str, s: int, e: int, sentence_start: Callable[[int], int | None]
) -> tuple[_Step, ...]:
    """The steps that find the speaker of the quotation paragraph[s:e], read from the
    paragraph alone; `sentence_start(pos)` is where the sentence holding `pos` starts in the
    paragraph (None outside every sentence)."""
    text, p_start, p_end = paragraph, 0, len(paragraph)
    words = _attribution(language)
    steps: list[_Step] = []
    after = words.after.match(text, e + 1, min(p_end, e + 120))
    ended = text[s:e].rstrip().endswith((".", "!", "?", "…"))
    if after and not (ended and after.group("n2")):  # "…blocs.” Lam added" is a new sentence
        if after.group("d"):
            return (("last", None, 0, 0),)  # “…”, afirmó: the subject is the person named last
        group = "n1" if after.group("n1") else "n2"
        pronoun = words.pronoun.fullmatch(after.group(group)) is not None
        steps.append(("pronoun" if pronoun else "resolve", after.group(group),
                      after.start(group), 0))  # fmt: skip
        if pronoun:
            return tuple(steps)
    at = sentence_start(s)
    s_start = max(p_start if at is None else at, p_start, s - ATTRIBUTION_WINDOW)
    head = text[s_start : max(s_start, s - 1)].rstrip().rstrip("«“\"„‘'‹").rstrip()
    if not head and s_start > p_start:
        # "O comunicado afirmou:" on the line above the quotation introduces it
        lead_start = max(p_start, s - ATTRIBUTION_WINDOW)
        lead = text[lead_start:s_start].rstrip()
        if lead.endswith(":"):
            prev = sentence_start(lead_start + len(lead) - 1)
            s_start = max(lead_start if prev is None else prev, lead_start)
            head = text[s_start : lead_start + len(lead)]
    before = words.before.search(head)
    if before:
        group = next(g for g in ("n", "a", "c") if before.group(g))
        pronoun = words.pronoun.fullmatch(before.group(group)) is not None
        steps.append(("pronoun" if pronoun else "resolve", before.group(group),
                      s_start + before.start(group), 0))  # fmt: skip
        if pronoun:
            return tuple(steps)
    if head.endswith(":") or words.verb.search(head):
        # "The governor, Wes Moore, turned to the families, saying: “…”"; "Jesús Campos, a
        # co-worker, described them as “…”": the sentence's subject speaks
        steps.append(("first", None, s_start, s_start + len(head)))
    return tuple(steps)


class _SpeakerPlans(
    BoundedMemo[_PlanKey, tuple[tuple[tuple[tuple[int, int | None], ...], tuple[_Step, ...]], ...]]
):
    """The steps of `_plan` per quotation, remembered across documents (bounded, oldest out
    first): keyed by the paragraph's text, the article's language and the quotation's
    place in it. The plan also reads where the document's sentences start; each remembered
    plan keeps those questions with their answers and is reused only when the current
    document answers them alike. Republished copies repeat most quotations."""

    variants = 4

    def steps(
        self, key: _PlanKey, sentence_start: Callable[[int], int | None]
    ) -> tuple[_Step, ...] | None:
        for answers, steps in self.get(key) or ():
            if all(sentence_start(pos) == at for pos, at in answers):
                return steps
        return None

    def remember(
        self, key: _PlanKey, answers: dict[int, int | None], steps: tuple[_Step, ...]
    ) -> None:
        entry = (tuple(answers.items()), steps)
        self.put(key, (entry, *(self.get(key) or ())[: self.variants - 1]))


_PLANS = _SpeakerPlans(4096)


def _first_person(doc: Document, start: int, end: int, segment: int) -> str | None:
    """The person named first in text[start:end], the subject of a sentence that introduces a
    quotation with a colon."""
    ents = _entities(doc)
    i = bisect.bisect_right(ents.person_ends, start)
    for c in ents.persons[i:]:
        if c.span.end > end:
            break
        if c.span.start >= start and c.segment == segment:
            return ents.display.get((segment, c.value.canonical), c.value.canonical)
    return None


def extract(doc: Document, config: Config) -> Sequence[QuoteClaim]:
    """Every quotation of at least MIN_WORDS words, with its speaker when named."""
    text = doc.text or doc.article.text
    article, original = doc.article.id, doc.article.text
    out: list[QuoteClaim] = []
    for para in _paragraphs(doc):
        p_start, p_end, segment = para
        quoted = _quoted(text[p_start:p_end], text[p_start - 1] if p_start > 0 else "")
        if not quoted:
            continue
        previous: tuple[int, str | None] = (-1, None)  # speaker of the line's last quote
        for s, e in quoted:
            s, e = p_start + s, p_start + e
            speaker = _speaker(doc, s, e, para)
            if speaker is None and previous[0] >= 0 and "\n" not in text[previous[0] : s]:
                speaker = previous[1]  # “…,” he said. “…” continues the same speaker
            previous = (e, speaker)
            sent = _sentence_at(doc, s)
            # Built from validated parts without a second validation (`trusted`): the
            # fields of `QuoteClaim(id=, article=, span=, segment=, context=, value=)`.
            span = trusted(Span, {"start": s, "end": e, "text": original[s:e]}, SPAN_FIELDS)
            out.append(
                trusted(QuoteClaim, {
                    "id": claim_id(article, "quote", s, e), "article": article, "span": span,
                    "segment": segment, "context": sent.text if sent else text[s:e],
                    "frame": None, "kind": "quote",
                    "value": QuoteValue(speaker=speaker, text=normalize_text(text[s:e])),
                }, _CLAIM_FIELDS)
            )  # fmt: skip
    return out


_CLAIM_FIELDS = frozenset({"id", "article", "span", "segment", "context", "value"})
"""The fields a quote claim is built with (`frame` and `kind` take their defaults)."""


@lru_cache(maxsize=4096)
def _quoted(paragraph: str, before: str) -> tuple[tuple[int, int], ...]:
    """The quotations of at least MIN_WORDS words in a paragraph written after the character
    `before` (the only one `_PREFILTER` looks back at), trimmed, offsets relative to the
    paragraph. Republished copies share most paragraphs, so each is read once."""
    text = before + paragraph
    at = len(before)
    if not _PREFILTER.search(text, at):
        return ()
    out = []
    for s, e in _regions(text, at, len(text)):
        inner = text[s:e]
        lead = len(inner) - len(inner.lstrip())
        trail = len(inner) - len(inner.rstrip())
        s, e = s + lead, e - trail
        if len(_WORD.findall(text[s:e])) < MIN_WORDS:
            continue
        out.append((s - at, e - at))
    return tuple(out)


def normalize(claim: QuoteClaim) -> QuoteValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Unknown speakers may be anyone; named ones must be the same person."""
    if not a or not b or not a[:1].isupper() or not b[:1].isupper():
        return True
    from factcheck.kinds.name import COMMON_PARTS, canonical, match

    shared = set(canonical(a).split()) & set(canonical(b).split())
    return match(a, b)[0] >= 80.0 or bool(shared - COMMON_PARTS)


@lru_cache(maxsize=16384)
def _reading(text: str) -> tuple[str | None, tuple[Sense, ...]]:
    """A normalised quotation's language (None when no language leads) and the senses of its
    content words."""
    words = text.split()
    lang = language_of(words)
    return lang, senses(words, lang)


def _translated(ta: str, tb: str) -> bool:
    """Whether two normalised quotations are in different languages, so their words cannot
    be compared one by one: the words are mostly unlike and the languages differ (or one is
    unknown). Short texts can read as another language ("a credible security architecture"
    has a French word), so spelling decides first."""
    la, lb = _reading(ta)[0], _reading(tb)[0]
    if la is not None and la == lb:
        return False
    return fuzz.ratio(ta, tb) < TRANSLATED_BELOW


SAME_WORDS_ABOVE = 90.0
"""Literal similarity (0-100) above which two quotations are one text, whatever the
languages of the sentences around them."""


def _in_other_languages(a: QuoteClaim, b: QuoteClaim) -> bool:
    """Whether two quotations are a quotation and its translation: their own words say so
    (`_translated`), or the sentences around them are in two languages and the words differ
    ("“Tomé una serie de malas decisiones”, dijo …" and "“I made a series of bad
    decisions,” he told the court": cognates make the words look alike)."""
    ta, tb = normalize(a).text, normalize(b).text
    if _translated(ta, tb):
        return True
    fa, fb = _framing_language(a), _framing_language(b)
    # a quotation standing alone as its sentence is read in its own words' language, beside
    # one whose sentence tells its language
    la = fa or (_own_language(ta) if fb else None)
    lb = fb or (_own_language(tb) if fa else None)
    if la is None or lb is None or la == lb:
        return False
    return fuzz.ratio(ta, tb) < SAME_WORDS_ABOVE or _cognate_translation(ta, tb, la, lb)


OWN_LANGUAGE_WORDS = 5
"""Words a quotation standing alone as its sentence needs for its own language to count
("Those responsible will pay the price."); a short phrase may read as another language."""


def _own_language(text: str) -> str | None:
    """The language of a quotation's own words, when it has `OWN_LANGUAGE_WORDS` or more."""
    if len(text.split()) < OWN_LANGUAGE_WORDS:
        return None
    return _reading(text)[0]


def _cognate_translation(ta: str, tb: str, la: str, lb: str) -> bool:
    """Whether two quotations alike in spelling are one sentence in two related languages:
    every word that differs means the same in the other's language, or is a function word
    ("Es la mayor catástrofe climática de la historia del Estado" / "É a maior catástrofe
    climática da história do estado": mayor and maior are both major)."""
    wa, wb = ta.split(), tb.split()
    ga, gb = glosses_table(la), glosses_table(lb)
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    changed = False
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        changed = True
        left = [ga.get(fold(w)) for w in wa[i1:i2]]
        right = [gb.get(fold(w)) for w in wb[j1:j2]]
        content_a = {g for gs in left if gs for g in gs}
        content_b = {g for gs in right if gs for g in gs}
        if any(gs is None for gs in (*left, *right)):
            return False  # a word neither table knows: no telling
        if (content_a or content_b) and not content_a & content_b:
            return False
    return changed


FRAMING_WORDS = 3
"""Words a sentence needs around its quotation for their language to count."""


def _framing_language(claim: QuoteClaim) -> str | None:
    """The language of the words around a quotation ("dijo Bankman-Fried ante el tribunal"),
    or None when there are fewer than `FRAMING_WORDS` of them: a quotation's own words may
    read as another language ("a credible security architecture" as French)."""
    ctx, span = claim.context, claim.span.text
    at = ctx.find(span)
    framing = ctx if at < 0 else ctx[:at] + " " + ctx[at + len(span) :]
    if len(framing.split()) < FRAMING_WORDS:
        return None
    return context_language(framing)


def similarity(a: QuoteClaim, b: QuoteClaim) -> float:
    """Fuzzy similarity of the quoted words; a partial quote inside a longer one scores high.
    A quotation in another language is scored by its words' English senses ("i detriti sono
    coerenti" meets "the debris is consistent")."""
    va, vb = normalize(a), normalize(b)
    if not _same_speaker(va.speaker, vb.speaker):
        return 0.0
    ta, tb = va.text, vb.text
    short, long_ = sorted((ta, tb), key=len)
    if len(short.split()) < MIN_WORDS:
        return 0.0
    literal = float(fuzz.ratio(ta, tb))
    words = short.split()
    if len(set(words) & set(long_.split())) * 2 >= len(words):
        # an excerpt shares its words with the longer quotation; spelling alone ("esas
        # personas son héroes" inside "… a estas personas con vida") makes no excerpt
        literal = max(literal, float(fuzz.partial_ratio(short, long_)) - 10.0)
    if not _in_other_languages(a, b):
        return literal
    sa, sb = _reading(ta)[1], _reading(tb)[1]
    if min(len(sa), len(sb)) < MIN_SENSES:
        return literal
    both, short_side = overlap(sa, sb)
    if min(len(sa), len(sb)) < FULL_SENSES and short_side < 100.0:
        return literal  # two content words: both must meet the other's ("heartbroken")
    return max(literal, SENSE_WEIGHT * both)


def _contained(short: list[str], long_: list[str]) -> bool:
    """Whether the words of `short` appear in order in `long_` (an excerpt, perhaps with
    ellipses), with no negation left out between them."""
    at: list[int] = []
    i = 0
    for w in short:
        while i < len(long_) and long_[i] != w:
            i += 1
        if i == len(long_):
            return False
        at.append(i)
        i += 1
    if not at:
        return True
    kept = set(at)
    return not any(long_[j] in NEGATIONS for j in range(at[0], at[-1]) if j not in kept)


def _numbers(claim: QuoteClaim) -> list[str]:
    """The numbers a quotation states, in order (normalised: `twelve`, `trece` → `12`, `13`)."""
    text = normalize(claim).text
    lang = _reading(text)[0]
    grouped = lang != "en"  # other languages group thousands by stops and spaces
    out: list[str] = []
    words = text.split()
    for i, w in enumerate(words):
        g = w if w.replace(".", "").isdigit() else gloss(w, lang) if lang else None
        if not g or not g.replace(".", "").isdigit():
            continue
        if grouped and _GROUPED.fullmatch(g):
            g = g.replace(".", "")  # "1.301" in Spanish or Italian: one thousand three hundred
        if grouped and out and _GROUP.fullmatch(g) and _LEADING_GROUP.fullmatch(words[i - 1]):
            out[-1] += g  # "1 301" in French: one number grouped by a space
            continue
        out.append(g)
    return out


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""Digits grouped by thousands with full stops, as Romance languages and German write them."""
_GROUP = re.compile(r"\d{3}")
_LEADING_GROUP = re.compile(r"\d{1,3}")


def diff(a: str, b: str) -> str:
    """Word-level diff of quotation `a` to `b`, compared on normalised words and shown as
    written, without the words a partial quote simply leaves out:
    `developing a reliable` -> `building a credible`, `twelve` -> `13`."""
    ta, tb = _tokens(a), _tokens(b)
    wa, wb = [w for w, _, _ in ta], [w for w, _, _ in tb]
    ops = [op for op in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()]
    while ops and ops[0][0] in ("insert", "delete"):
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()
    # One shared word between two changes joins them: `developing a reliable` -> `building a
    # credible` reads better than two separate changes.
    spans: list[list[int]] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            continue
        bridge = k >= 2 and ops[k - 1][0] == "equal" and ops[k - 1][2] - ops[k - 1][1] == 1
        if spans and bridge:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    parts = [
        f"`{_written(a, ta[i1:i2])}` -> `{_written(b, tb[j1:j2])}`" for i1, i2, j1, j2 in spans
    ]
    return "; ".join(parts) or "word order"


def _written(text: str, tokens: Sequence[Token]) -> str:
    """The stretch of `text` the tokens come from, on one line; `∅` for none."""
    if not tokens:
        return "∅"
    return " ".join(text[min(t[1] for t in tokens) : max(t[2] for t in tokens)].split())


def compare(a: QuoteClaim, b: QuoteClaim, config: Config) -> Verdict | None:
    """Same words agree; a partial quote whose words appear in order agrees; a translation
    agrees unless its numbers differ; else conflict."""
    text_a, text_b = normalize(a).text, normalize(b).text
    if _in_other_languages(a, b):
        na, nb = set(_numbers(a)), set(_numbers(b))
        return "agree" if na <= nb or nb <= na else "conflict"
    ta, tb = text_a.split(), text_b.split()
    if ta == tb:
        return "agree"
    short, long_ = sorted((ta, tb), key=len)
    if _contained(short, long_) or _grammar_only(text_a, text_b):
        return "agree"
    return "conflict"


MEANING_WORDS = frozenset(
    """not no never nor without cannot can't won't don't doesn't didn't isn't aren't wasn't
    weren't hasn't haven't hadn't wouldn't shouldn't couldn't mustn't n't will would shall
    should may might must can could before after above below over under since until against
    more less most least all none only every each any some few many much both either neither
    up down out off he she they we i you it his her their our my your its""".split()
)
"""English function words that carry meaning in a quote: negations, modals, relations in
time and space, quantities and who is meant ("will cut" is not "may cut")."""


def _grammar_only(text_a: str, text_b: str) -> bool:
    """Whether two normalised English quotations differ only in grammatical words: articles,
    forms of be / have / do, and plain prepositions ("whether the crisis has been contained"
    and "whether the crisis is contained" are one statement transcribed twice)."""
    if _reading(text_a)[0] != "en" or _reading(text_b)[0] != "en":
        return False
    ta, tb = text_a.split(), text_b.split()
    ops = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes()
    changed = [w for op, i1, i2, j1, j2 in ops if op != "equal" for w in (*ta[i1:i2], *tb[j1:j2])]
    return bool(changed) and all(gloss(w, "en") == "" and w not in MEANING_WORDS for w in changed)


def key(claim: QuoteClaim) -> str:
    """Every quote is one block; speakers are checked by the similarity."""
    return "quote"


def identity(claim: QuoteClaim) -> Hashable:
    """The normalised words."""
    return normalize(claim).text


def tokens(claim: QuoteClaim) -> Sequence[str]:
    """Blocking tokens: the quote's longer words, and the English senses of its words (a
    translation shares those)."""
    text = normalize(claim).text
    own = [w for w in text.split() if len(w) > 3]
    glossed = sorted({k for s in _reading(text)[1] for k in s if len(k) > STEM})
    return [*own, *(f"~{k}" for k in glossed)] or [text]


def describe(claim: QuoteClaim) -> str:
    """The quotation as written."""
    return f"“{' '.join(claim.span.text.split())}”"


def subject(claim: QuoteClaim) -> str:
    """Whose quote it is."""
    v = normalize(claim)
    return f"quote by {v.speaker}" if v.speaker else "unattributed quote"


def detail(a: QuoteClaim, b: QuoteClaim) -> str:
    """The changed words as each quotation writes them, for a conflict's message; the
    numbers, for a translation."""
    if _in_other_languages(a, b):
        return f"numbers `{' '.join(_numbers(a))}` -> `{' '.join(_numbers(b))}`"
    return diff(a.span.text, b.span.text)


KIND = Kind(
    name="quote",
    value=QuoteValue,
    claim=QuoteClaim,
    contains_others=True,
    needs=("name",),
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    threshold=60.0,
    tokens=tokens,
    compare_within_article=False,
    detail=detail,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    templates={
        "conflict": "The quote by {speaker} differs: {ref_quote} [{ref_source}] vs {other_quote} [{other_source}]; changed words: {detail}.",
        "agree": "{n} quote {speaker} alike: {ref_quotes}.",
    },
    doc=__doc__ or "",
)

__all__ = [
    "COMPARE_CORPUS",
    "CORPUS",
    "NEGATIVE_CORPUS",
    "KIND",
    "diff",
    "extract",
    "normalize_text",
]
