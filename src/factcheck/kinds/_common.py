"""Helpers every kind module shares: claim ids, context windows and similarity, subjects."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from factcheck.core import ClaimBase as Claim
from factcheck.core import Document, Sentence, Span
from factcheck.lang import lexicon
from factcheck.lang.glosses import Sense, fold, gloss, language_of, overlap, senses

STOPWORDS = lexicon("en").stopwords
"""Words alignment ignores (English in every language for now: see `factcheck.lang`)."""
SUBJECT_STOPWORDS = STOPWORDS | frozenset(
    """de del la las el los le les un une una uno des du au aux et ou en y o e da do das dos
    na no nas nos em um uma que qui se su sus son sa ses lo al por para con sin sobre entre
    ha han hay fue ser es est sont été ont avait avaient il ils elle elles on ne pas plus
    dans par pour avec sur sous der die das den dem des ein eine einer und oder im am zum zur
    ist sind war wurde wurden von mit auf aus bei nach il lo gli di del della dei delle nel
    nella che per con tra fra ed ma non si è sono th st nd rd""".split()
)
"""Function words of the six languages (and ordinal suffixes), left out of subjects
("date of pico de en se ha")."""
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.U)
_US_SPELLING = {
    "defence": "defense", "offence": "offense", "centre": "center", "favour": "favor",
    "favourable": "favorable", "labour": "labor", "programme": "program", "licence": "license",
    "cooperate": "cooperate", "co-operate": "cooperate", "organisation": "organization",
}  # fmt: skip

_NUMERIC_WORDS = frozenset(
    """least most more than fewer less over under about around nearly almost roughly some
    approximately estimated up to between and dozen dozens score scores half third quarter
    hundred hundreds thousand thousands million millions billion billions trillion bn m k
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety percent per cent""".split()
)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(Generic[K, V]):
    """A dict of at most `maxsize` entries, oldest out first, that several threads may use.

    Reads take no lock (a dict look-up is atomic); `put` changes it under a lock.
    `cache_clear` empties it (the `functools` spelling, so cache sweeps find it).
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.data: dict[K, V] = {}
        self.lock = threading.Lock()
        self.cache_clear = self.data.clear

    def get(self, key: K) -> V | None:
        return self.data.get(key)

    def put(self, key: K, value: V) -> None:
        with self.lock:
            self.data.pop(key, None)
            while self.data and len(self.data) >= self.maxsize:
                del self.data[next(iter(self.data))]
            self.data[key] = value


CONTEXT_WINDOW = 8
"""Words on each side of a claim that make its alignment context."""


def claim_id(article: str, kind: str, start: int, end: int) -> str:
    """Stable id of a claim: article, kind and span."""
    return f"{article}#{kind}@{start}-{end}"


def make_span(doc: Document, start: int, end: int) -> Span:
    """A span of the original text of `doc`."""
    return Span(start=start, end=end, text=doc.article.text[start:end])


_C = TypeVar("_C", bound=Claim)


def sentence_claim(
    cls: type[_C], doc: Document, sent: Sentence, start: int, end: int, value: object
) -> _C:
    """A claim of class `cls` at [start, end) of `doc`, in sentence `sent`, with `value`."""
    art = doc.article.id
    kind = str(cls.model_fields["kind"].default)
    return cls(
        id=claim_id(art, kind, start, end),
        article=art,
        span=make_span(doc, start, end),
        segment=sent.segment,
        context=sent.text,
        kind=kind,
        value=value,
    )


def stem(word: str) -> str:
    """A crude stem good enough for context overlap: lower-case, US spelling, no plural."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]  # possessive: "Morocco's" is "morocco"
    w = _US_SPELLING.get(w, w)
    for suffix in ("ies", "es", "s", "ly", "ed", "ing"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=65536)
def context_words(context: str, span_text: str, window: int = CONTEXT_WINDOW) -> tuple[str, ...]:
    """Stemmed content words within `window` words of the span inside its sentence."""
    return tuple(stem(w) for w in _context_words(context, span_text, window))


@lru_cache(maxsize=16384)
def context_language(context: str) -> str | None:
    """The language a sentence is written in, by its words (None when none leads); a
    capitalised word inside it is a name and casts no vote ("said the French president,
    Emmanuel Macron" is English), except in German, where every noun is capitalised."""
    words = _TOKEN.findall(context)
    lower = [w for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]
    found = language_of([fold(w) for w in lower])
    if found is None or found == "de":
        return language_of([fold(w) for w in words])
    return found


def english_unit(unit: str, context: str) -> str:
    """A counted noun's lemma in English: its gloss when the sentence is in another language
    and the language's table knows the word ("banken" → "bank"), else as written (an
    English word is taken as written without reading the sentence's language)."""
    if gloss(unit, "en") is not None:
        return unit
    lang = context_language(context)
    if lang is None or lang == "en":
        return unit
    g = gloss(unit, lang)
    if g is None and lang == "de":
        g = _compound_gloss(unit.lower())
    return g if g and not g.isdigit() else unit


COMPOUND_HEAD = 5
"""Letters the last part of a German compound has at least to stand for the whole."""


def compound_tail(word: str, known: Callable[[str], str | None]) -> str | None:
    """What `known` makes of the longest last part of a German compound it knows
    ("kooperationsabkommen": "abkommen" before "kommen"), or None."""
    for i in range(2, len(word) - COMPOUND_HEAD + 1):
        found = known(word[i:])
        if found:
            return found
    return None


@lru_cache(maxsize=16384)
def _compound_gloss(word: str) -> str | None:
    """The gloss of the longest last part of a German compound the table knows
    ("kooperationsabkommen" → agreement), or None."""
    return compound_tail(word, lambda tail: gloss(tail, "de") or None)


def _context_words(context: str, span_text: str, window: int, *, elided: bool = False) -> list[str]:
    """Content words within `window` words of the span inside its sentence, as written, an
    elided article opening a word dropped unless `elided` ("énergie" for "l'énergie")."""
    at = context.find(span_text)
    if at < 0:
        at, end = 0, len(context)
    else:
        end = at + len(span_text)
    before = [m.group(0) for m in _TOKEN.finditer(context, 0, at)]
    inside = [
        w for w in (m.group(0) for m in _TOKEN.finditer(context, at, end))
        if w.lower() not in _NUMERIC_WORDS
    ][:-1]  # fmt: skip
    after = [m.group(0) for m in _TOKEN.finditer(context, end)]
    words = before[-window:] + inside + after[:window]
    if not elided:
        words = [_ELIDED.sub("", w) for w in words]
    return [w for w in words if w.lower() not in STOPWORDS and len(w) > 1]


_ELIDED = re.compile(r"^[a-zà-ÿ]{1,4}['’](?=[^\W\d_]{2})")
"""An elided article or preposition opening a word ("l'énergie", "dell'Istat", "d'euros"):
the word is what follows it."""


def context_key(claim: Claim) -> str:
    """Sorted content words around a claim, as one string for rapidfuzz."""
    return _context_key(claim.context, claim.span.text)


@lru_cache(maxsize=16384)
def _context_key(context: str, span_text: str) -> str:
    return " ".join(sorted(set(context_words(context, span_text))))


def context_similarity(a: Claim, b: Claim) -> float:
    """0-100 similarity of the words around two claims: by their letters in one language, by
    what the words mean in English across two ("un jornalero de 72 años murió … en la
    provincia de Jaén" and "a 72-year-old farmworker died … in the province of Jaén" share
    died and province)."""
    ka, kb = context_key(a), context_key(b)
    if not ka or not kb:
        return 0.0
    score = float(fuzz.token_set_ratio(ka, kb) * 0.5 + fuzz.token_sort_ratio(ka, kb) * 0.5)
    la, lb = context_language(a.context), context_language(b.context)
    if la is not None and lb is not None and la != lb:
        translated = _translated_similarity(a.context, a.span.text, la, b.context, b.span.text, lb)
        return max(score, translated)
    return score


@lru_cache(maxsize=16384)
def _context_senses(context: str, span_text: str, lang: str) -> tuple[Sense, ...]:
    return senses([fold(w) for w in _context_words(context, span_text, CONTEXT_WINDOW)], lang)


def _translated_similarity(
    ctx_a: str, span_a: str, lang_a: str, ctx_b: str, span_b: str, lang_b: str
) -> float:
    both, _ = overlap(
        _context_senses(ctx_a, span_a, lang_a), _context_senses(ctx_b, span_b, lang_b)
    )
    return both


_SLOT_WORD = re.compile(r"[^\W_]+", re.U)


def masked_sentence(claim: Claim) -> str | None:
    """The claim's sentence in lower-case words with the claim as `_` ("putin met _ in
    hanoi"), or None when the claim's text occurs twice in it."""
    return _masked(claim.context, claim.span.text)


@lru_cache(maxsize=8192)
def _masked(ctx: str, span: str) -> str | None:
    at = ctx.find(span)
    if at < 0 or ctx.find(span, at + 1) >= 0:
        return None
    before = " ".join(_SLOT_WORD.findall(ctx[:at].lower()))
    after = " ".join(_SLOT_WORD.findall(ctx[at + len(span) :].lower()))
    return f"{before} _ {after}".strip()


def keywords(claim: Claim, n: int = 3) -> str:
    """The `n` content words nearest the claim as the text writes them (never stems), in
    sentence order, for subjects a reader can read ("pact", "signed", "Hanoi")."""
    words = _context_words(claim.context, claim.span.text, 4, elided=True)
    seen: list[str] = []
    stems: set[str] = set()
    for w in words:
        st = stem(w)
        if st not in stems and w.lower() not in SUBJECT_STOPWORDS:
            stems.add(st)
            seen.append(w)
    return " ".join(seen[:n])


def corpus_form(form: str | tuple[str, str]) -> tuple[str, str, str]:
    """(language, text, expected span text) of a corpus form.

    A form is English text or (language, text); square brackets mark the claim's span when it
    is not the whole text ("Dawood, [48], was aboard").
    """
    language, raw = ("en", form) if isinstance(form, str) else form
    if "[" in raw and "]" in raw:
        at = raw.index("[")
        end = raw.index("]", at)
        return language, raw[:at] + raw[at + 1 : end] + raw[end + 1 :], raw[at + 1 : end]
    return language, raw, raw


def hits_by_sentence(
    doc: Document, lower_case: re.Pattern[str], any_case: re.Pattern[str]
) -> list[tuple[Sentence, list[re.Match[str]]]]:
    """The sentences of `doc` holding a match of a prefilter, with those matches.

    `lower_case` is searched once over the whole lower-cased text (patterns of lower-case
    words need no re.I, and one scan of the document costs far less than one per sentence);
    `any_case` is the same pattern with re.I, used when lower-casing would move offsets (a
    letter whose lower case is longer). Match offsets are offsets into the text.
    """
    text = doc.text or doc.article.text
    lowered = text.lower()
    found = (lower_case if len(lowered) == len(text) else any_case).finditer(
        lowered if len(lowered) == len(text) else text
    )
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    out: list[tuple[Sentence, list[re.Match[str]]]] = []
    last = -1
    for m in found:
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i].end:
            continue
        if i != last:
            out.append((sentences[i], []))
            last = i
        out[-1][1].append(m)
    return out


ANCHOR_WINDOW = 12
"""Words on each side of a measure searched for the names it is anchored to."""
ANCHOR_BONUS = 15.0
"""Added to a measure's context score per name shared with the other measure (at most two):
"22-foot Titan" and "O Titan tinha 22 pés" share no words but the vessel's name."""


def anchors(claim: Claim) -> frozenset[str]:
    """Capitalised words near a claim, not the first of its sentence, folded to lower-case
    ASCII: the names a measure is stated about ("Cape Cod", "Titanic", "Marrakech")."""
    return _anchors(claim.context, claim.span.text)


@lru_cache(maxsize=16384)
def _anchors(context: str, span_text: str) -> frozenset[str]:
    from anyascii import anyascii

    at = context.find(span_text)
    if at < 0:
        return frozenset()
    end = at + len(span_text)
    before = [m for m in _TOKEN.finditer(context, 0, at)][-ANCHOR_WINDOW:]
    after = [m for m in _TOKEN.finditer(context, end)][:ANCHOR_WINDOW]
    out = set()
    for m in (*before, *after):
        word = m.group(0)
        if m.start() == 0 or not word[0].isupper() or len(word) < 3:
            continue
        if context[: m.start()].rstrip().endswith((".", "!", "?", ":", "“", '"')):
            continue  # a sentence start inside the context ("...: The 32-year-old")
        folded = anyascii(word).lower().removesuffix("'s")
        if folded not in STOPWORDS:
            out.add(folded)
    return frozenset(out)


def measure_similarity(a: Claim, b: Claim) -> float:
    """Context similarity plus `ANCHOR_BONUS` per shared name (at most two)."""
    shared = len(anchors(a) & anchors(b))
    return context_similarity(a, b) + ANCHOR_BONUS * min(shared, 2)


def measure_tokens(claim: Claim) -> tuple[str, ...]:
    """Blocking tokens of a measure: its context words and its anchors."""
    return (*context_words(claim.context, claim.span.text), *(f"@{w}" for w in anchors(claim)))
