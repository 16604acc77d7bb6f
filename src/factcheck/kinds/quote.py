"""Quotes: words in quotation marks, attributed to a speaker, compared word by word."""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from factcheck.kinds import KindSpec
from factcheck.kinds._common import claim_id, make_span
from factcheck.model import Claim, Document, QuoteClaim, QuoteValue, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

UK_US: dict[str, str] = {
    "defence": "defense", "offence": "offense", "favour": "favor", "favourable": "favorable",
    "favourite": "favorite", "honour": "honor", "colour": "color", "labour": "labor",
    "centre": "center", "programme": "program", "licence": "license", "organise": "organize",
    "organisation": "organization", "recognise": "recognize", "realise": "realize",
    "co-operate": "cooperate", "co-operation": "cooperation", "maximises": "maximizes",
    "maximise": "maximize", "normalise": "normalize", "travelled": "traveled",
    "specialises": "specializes", "neighbour": "neighbor", "behaviour": "behavior",
}  # fmt: skip
"""UK spelling → US spelling, applied word by word before comparing quotes."""

_QUOTE = re.compile(r"[\"“”„«»]")
_OPEN = frozenset("\"“„«")
_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"'}
_SPEAKER_AFTER = re.compile(
    r"[\s,\"”’»]*(?:(?:said|says|added|wrote|told\s+\w+)\s+(?P<n1>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|he|she|they)"
    r"|(?P<n2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|[Hh]e|[Ss]he|[Tt]hey|the\s+\w+)\s+(?:said|says|added|wrote))"
)
_SPEAKER_BEFORE = re.compile(
    r"(?P<n>(?:[Tt]he\s+(?:Russian\s+)?\w+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+"
    r"(?:said|says|added|wrote|told\s+\w+)\b[^\"“«]*$"
)
_WORD = re.compile(r"[\w'’-]+")
MIN_WORDS = 3
"""Quotes shorter than this are scare quotes ("invalid"), not claims."""


@lru_cache(maxsize=16384)
def normalize_text(text: str) -> str:
    """Lower-case words, US spelling, no punctuation or quote marks."""
    words = [w.lower().replace("’", "'").strip("-'") for w in _WORD.findall(text)]
    return " ".join(UK_US.get(w, w).replace("-", " ") if w else w for w in words if w)


def _regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the insides of balanced quotation marks in text[start:end]."""
    out: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for m in _QUOTE.finditer(text, start, end):
        ch = m.group(0)
        if opened is None:
            if ch in _OPEN or ch == "”":
                opened = (m.end(), ch)
        else:
            o_ch = opened[1]
            if ch == '"' or ch in "”»“" and (ch == _CLOSE.get(o_ch) or ch == "”"):
                out.append((opened[0], m.start()))
                opened = None
    return out


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every quotation of at least MIN_WORDS words, with its speaker when named."""
    text = doc.article.text
    out: list[Claim] = []
    for block in doc.blocks:
        if not _QUOTE.search(text, block.start, block.end):
            continue
        for s, e in _regions(text, block.start, block.end):
            inner = text[s:e]
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            s, e = s + lead, e - trail
            if len(_WORD.findall(text[s:e])) < MIN_WORDS:
                continue
            sent = next((x for x in doc.sentences if x.start <= s < x.end), None)
            speaker = None
            after = _SPEAKER_AFTER.match(text, e + 1, min(block.end, e + 80))
            if after:
                speaker = after.group("n1") or after.group("n2")
            else:
                s_start = sent.start if sent else block.start
                before = _SPEAKER_BEFORE.search(text[s_start : max(s_start, s - 1)])
                if before:
                    speaker = before.group("n")
            out.append(
                QuoteClaim(
                    id=claim_id(doc.article.id, "quote", s, e),
                    article=doc.article.id,
                    span=make_span(doc, s, e),
                    segment=block.segment,
                    context=sent.text if sent else text[s:e],
                    value=QuoteValue(speaker=speaker, text=normalize_text(text[s:e])),
                )
            )
    return out


def normalize(claim: Claim) -> QuoteValue:
    """The claim's value (extraction already normalised it)."""
    assert isinstance(claim, QuoteClaim)
    return claim.value


def key(claim: Claim) -> str:
    return "quote"


def identity(claim: Claim) -> Hashable:
    return normalize(claim).text


def similarity(a: Claim, b: Claim) -> float:
    """Fuzzy similarity of the quoted words; a partial quote inside a longer one scores high."""
    ta, tb = normalize(a).text, normalize(b).text
    short, long_ = sorted((ta, tb), key=len)
    if len(short.split()) < MIN_WORDS:
        return 0.0
    return max(float(fuzz.ratio(ta, tb)), float(fuzz.partial_ratio(short, long_)) - 10.0)


def _contained(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(w in it for w in short)


def diff(a: str, b: str) -> str:
    """Word-level diff: `developing a reliable` -> `building a credible`."""
    wa, wb = a.split(), b.split()
    parts: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb).get_opcodes():
        if op != "equal":
            parts.append(f"`{' '.join(wa[i1:i2]) or '∅'}` -> `{' '.join(wb[j1:j2]) or '∅'}`")
    return "; ".join(parts)


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Same words agree; a partial quote whose words appear in order agrees; else conflict."""
    ta, tb = normalize(a).text.split(), normalize(b).text.split()
    if ta == tb:
        return "agree"
    short, long_ = sorted((ta, tb), key=len)
    if _contained(short, long_) and " ".join(short) in " ".join(long_):
        return "agree"
    return "conflict"


def describe(claim: Claim) -> str:
    return f"“{claim.span.text}”"


def subject(claim: Claim) -> str:
    v = normalize(claim)
    return f"quote by {v.speaker}" if v.speaker else "unattributed quote"


CORPUS: tuple[tuple[QuoteValue, tuple[str, ...]], ...] = (
    (
        QuoteValue(speaker="Putin", text="we will increase cooperation"),
        ("“We will increase co-operation,” said Putin", '"We will increase cooperation," said Putin'),
    ),
)
"""Expected value → surface forms (the span is the quotation's inside)."""

NEGATIVE_CORPUS: tuple[str, ...] = ("the tribunal was “invalid”", "no quotation here")
"""Texts that yield no quote claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("“developing a reliable security architecture”", "“building a credible security architecture”", "conflict"),
    ("“further co-operate in defence and security”", "“further cooperate in defense and security”", "agree"),
)
"""Pairs of surface forms and the expected verdict."""

SPEC = KindSpec(
    name="quote",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    threshold=60.0,
    compare_within_article=False,
    detail=lambda a, b: diff(normalize(a).text, normalize(b).text),
)
