"""Sentence segmentation with offsets into the original text."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.model import Article, Block, Document, Removed, Sentence
from factcheck.text.clean import clean, credit_sentence, teaser_sentence

# A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by white space and
# something that can start a sentence, or glued to the next one by a page that lost its
# paragraph breaks ("confermata all'1,6%.La presidente", "the Fed said.The euro"): a stop
# after a word or a percentage, before a capitalised word. Abbreviations and initials are
# checked afterwards.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9\u00C0-\u024F])"
    r"|(?<=[^\W\d_]{2}|\d%)(?<!www)[.!?](?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st mt jr sr inc ltd co corp vs etc "
    "no nos jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m "
    "approx dept est fig ft rev hon "
    # ranks and titles in front of a name ("Rear Adm. John Mauger", "Lt. Col. Smith")
    "adm cmdr cdr maj brig cpl pvt lieut supt insp det atty amb msgr pres "
    # the same in es, fr, de, it and pt ("Sra. López", "Gral. Pérez", "Hr. Müller")
    "sra srta dra lic ing gral mme mlle hr fr dott avv sig".split()
)
_LAST_TOKEN = re.compile(r"(\S+)$")
_NEXT_TOKEN = re.compile(r"\s+([^\W\d_]+)")
_ORDINAL_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november "
    "dezember".split()
)
"""Month names that follow a day ordinal with a full stop (German, Danish, Norwegian style)."""
_ORDINAL_HEADS = frozenset(
    "jahrhundert jahrhunderts jahrhunderte jahrestag jahrestages stock stockwerk etage platz "
    "mal runde spieltag weltkrieg weltkriegs weltkrieges lebensjahr klasse liga".split()
)
"""Nouns that follow an ordinal with a full stop in German ("aus dem 19. Jahrhundert", "zum
3. Mal", "im 2. Stock"): no sentence ends before them."""


LOOK_BACK = 64
"""Characters before a full stop read to tell an abbreviation (`_is_abbreviation`)."""


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    m = _LAST_TOKEN.search(text, max(0, dot - LOOK_BACK), dot)  # bounded look-back: linear overall
    if not m:
        return False
    token = m.group(1).lstrip("\"'“‘(«[").lower()
    if token in _ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():  # an initial: "J. Smith"
        return True
    if token.isdigit() and len(token) <= 2:  # an ordinal: "am 7. Oktober", "19. Jahrhundert"
        nxt = _NEXT_TOKEN.match(text, dot + 1)
        word = nxt.group(1).lower() if nxt else ""
        return word in _ORDINAL_MONTHS or word in _ORDINAL_HEADS
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))  # "U.S" in "U.S. ally"


_WORD_AFTER = re.compile(r"\s*[^\W\d_]*")
"""The white space and word right after a block: the most a day ordinal's month reads past it."""


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside `text[start:end]`, as absolute (start, end) pairs.

    Republished copies repeat their paragraphs at other offsets: the boundaries are
    remembered per window, the block with every character the split reads around it
    (`LOOK_BACK` characters before, the white space and word after), and moved to the block.
    """
    at = max(0, start - LOOK_BACK)
    after = _WORD_AFTER.match(text, end)
    stop = after.end() if after else end
    return [(at + s, at + e) for s, e in _split_window(text[at:stop], start - at, end - at)]


@lru_cache(maxsize=8192)
def _split_window(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple(_split(text, start, end))


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        out.append((pos, m.end()))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


_ODD = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u3000\uff01-\uff5e\uffe0-\uffe6]")
_MATCH_TABLE = {
    **{cp: " " for cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)},
    0x3000: " ",
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)},
    0xFFE0: "¢", 0xFFE1: "£", 0xFFE2: "¬", 0xFFE3: "¯", 0xFFE4: "¦", 0xFFE5: "¥", 0xFFE6: "₩",
}  # fmt: skip
"""One-for-one substitutions for matching: fullwidth forms to ASCII, invisible characters
(zero-width space and joiners, word joiner, soft hyphen, BOM) to a thin space."""
_MATCH_TABLE = {k: ("\u2009" if v == " " and k != 0x3000 else v) for k, v in _MATCH_TABLE.items()}


_INSIDE_NUMBER = re.compile(
    "(?<=[0-9])[\u00ad\u200b-\u200d\u2060\ufeff](?=[0-9])(?![0-9]{3}(?![0-9]))"
)
"""An invisible character between two digits that does not start a group of three
("$1\u200b2 billion", unlike "12\u200b000"): which number was meant is unknown, so it joins the
digits into a non-number (`_`) rather than letting "$1" be read."""


def match_text(text: str) -> str:
    """`text` with the one-for-one substitutions of `_MATCH_TABLE` (same length, same offsets)."""
    if not _ODD.search(text):
        return text
    out = _INSIDE_NUMBER.sub("_", text).translate(_MATCH_TABLE)
    assert len(out) == len(text)
    return out


def segment(article: Article, *, clean_text: bool = True) -> Document:
    """Clean and split an article into blocks and sentences (offsets into `article.text`)."""
    text = match_text(article.text)
    blocks, removed = clean(text, enabled=clean_text)
    sentences: list[Sentence] = []
    teasers: list[Removed] = []
    for b_index, block in enumerate(blocks):
        for s, e in split_sentences(text, block.start, block.end):
            if clean_text and teaser_sentence(text[s:e]):
                teasers.append(Removed(s, e, "teaser"))
                continue
            if clean_text and credit_sentence(text[s:e]):
                teasers.append(Removed(s, e, "credit"))
                continue
            sentences.append(Sentence(s, e, text[s:e], block.segment, len(sentences), b_index))
    if teasers:
        removed = tuple(sorted((*removed, *teasers), key=lambda r: (r.start, r.end)))
    return Document(article, blocks, tuple(sentences), removed, text)


__all__ = ["Block", "Document", "Sentence", "segment", "split_sentences"]
