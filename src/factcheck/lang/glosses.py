"""Words across languages: which language a short text is in, and what its words mean in
English, so a quotation and its translation can be recognised as one statement.

Packaged data, read on first use (never at import):

- `glosses/<lang>.tsv.gz`: the common words of en, es, fr, de, it and pt (lower case, folded
  to ASCII like the word-frequency tables), each with the English base forms it means
  ("levei" → take, carry; "detriti" → debris; "knew" → know) or `-` for a function word
  (articles, pronouns, prepositions, auxiliaries). Number words gloss to their digits.
- the word-frequency tables of `factcheck.lang.names` tell the language of a text: each
  word votes for the languages in which it is markedly more frequent than in the others.

`senses(words, lang)` turns a text's content words into sets of keys: the English glosses,
and a five-letter stem of the word and of each gloss, so cognates a table lacks still meet
("catastrófica" and "catastrophic" share `catas`). `overlap` scores two such texts.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from factcheck.lang.names import LANGUAGES, packaged_lines, spread

STEM = 5
"""Letters of a word's stem: enough to tell most words apart, few enough for cognates."""
MIN_VOTES = 1.0
"""Summed frequency spread (Zipf units) a language needs to be named as a text's language."""

_LOCK = threading.Lock()
_TABLES: dict[str, dict[str, tuple[str, ...]]] = {}

Sense = frozenset[str]
"""The keys of one content word: its English glosses and stems."""


def table(lang: str) -> dict[str, tuple[str, ...]]:
    """Word → English glosses of a language (empty tuple for a function word); empty for a
    language without a table."""
    found = _TABLES.get(lang)
    if found is not None:
        return found
    with _LOCK:
        if lang not in _TABLES:
            out: dict[str, tuple[str, ...]] = {}
            for line in packaged_lines("glosses", f"{lang}.tsv.gz") if lang in LANGUAGES else ():
                word, _, glosses = line.partition("\t")
                if word and glosses:
                    out.setdefault(word, () if glosses == "-" else tuple(glosses.split("|")))
            _TABLES[lang] = out
        return _TABLES[lang]


def language_of(words: Sequence[str]) -> str | None:
    """The language of a text's words (lower case, folded to ASCII), by the words that are
    markedly more frequent in one language than in the others; None when no language leads
    ("Credit Suisse UBS" is in none)."""
    votes = dict.fromkeys(LANGUAGES, 0.0)
    for w in words:
        if w.isalpha():
            for lang in LANGUAGES:
                s = spread(w, lang)
                if s > 0:
                    votes[lang] += s
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], LANGUAGES.index(kv[0])))
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= MIN_VOTES and top > second else None


def _glosses(word: str, lang: str | None) -> tuple[str, ...] | None:
    """The word's glosses in `lang`, or in every table holding it when the language is not
    known; None for a word no table holds, () for a function word."""
    if lang is not None:
        return table(lang).get(word)
    found: list[str] = []
    for code in LANGUAGES:
        glosses = table(code).get(word)
        if glosses == ():
            return ()
        found.extend(glosses or ())
    return tuple(dict.fromkeys(found)) or None


_FOLD_EXTRA: dict[str, str] = {
    "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ħ": "h", "ŧ": "t",
}  # fmt: skip
"""Lower-case Latin letters that carry no combining mark but have a plain-letter reading."""


NEGATIONS = frozenset(
    "not no never nor cannot non pas ne jamais nicht kein keine keinen nie niemals nunca "
    "ningun ninguna nao nem nenhum nenhuma mai nessun nessuno nessuna".split()
)
"""Negations of the six languages, folded (`fold`): words that turn a statement round."""


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word lower case, its Latin letters without diacritics, as the tables write it
    ("Económicos" → "economicos", "Nguyễn" → "nguyen", "ﬁ" → "fi", "ß" → "ss"); letters of
    other scripts are kept ("путин")."""
    w = word.lower()
    if w.isascii():
        return w
    out: list[str] = []
    for ch in w:
        if ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        if base[:1].isascii():
            out.append("".join(c for c in base if c.isascii()))
        else:
            out.append(_FOLD_EXTRA.get(ch, ch))
    return "".join(out)


@lru_cache(maxsize=65536)
def gloss(word: str, lang: str) -> str | None:
    """The first English gloss of a word of `lang` (any case, accents or not): "" for a
    function word, None for a word the table lacks ("Banken" → "bank", "der" → ""). A
    participle or past form the table lacks is read by its base form ("crollata" as
    "crollato", "libertou" as "libertar": `INFLECTIONS`)."""
    folded = fold(word)
    words = table(lang)
    glosses = words.get(folded)
    if glosses is None:
        glosses = next((found for base in _bases(folded, lang) if (found := words.get(base))), None)
        if glosses is None:
            return None
    return glosses[0].split()[-1] if glosses else ""


INFLECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        ("ata", "ato"), ("ate", "ato"), ("ati", "ato"), ("ita", "ito"), ("ite", "ito"),
        ("iti", "ito"), ("uta", "uto"), ("ute", "uto"), ("uti", "uto"), ("ato", "are"),
        ("ito", "ire"), ("uto", "ere"),
    ),
    "es": (
        ("adas", "ado"), ("ados", "ado"), ("ada", "ado"), ("idas", "ido"), ("idos", "ido"),
        ("ida", "ido"), ("ado", "ar"), ("ido", "er"), ("ido", "ir"), ("io", "er"),
        ("io", "ir"), ("o", "ar"),
    ),
    "pt": (
        ("adas", "ado"), ("ados", "ado"), ("ada", "ado"), ("idas", "ido"), ("idos", "ido"),
        ("ida", "ido"), ("ado", "ar"), ("ido", "er"), ("ido", "ir"), ("ou", "ar"),
        ("eu", "er"), ("iu", "ir"),
    ),
    "fr": (("ees", "e"), ("es", "e"), ("ee", "e"), ("e", "er"), ("ies", "i"), ("is", "i"),
           ("ie", "i"), ("i", "ir")),
}  # fmt: skip
"""Endings of Romance participles and past forms (folded), and the ending of the form a
gloss table holds: the masculine participle, then the infinitive."""


@lru_cache(maxsize=65536)
def _bases(folded: str, lang: str) -> tuple[str, ...]:
    """The forms a folded word may stand for by `INFLECTIONS`, nearest first (a feminine
    participle before its infinitive); none for a word of four letters or fewer."""
    if len(folded) <= 4:
        return ()
    out: list[str] = []
    frontier = [folded]
    for _ in range(2):
        nxt: list[str] = []
        for w in frontier:
            for end, base in INFLECTIONS.get(lang, ()):
                if w.endswith(end) and len(w) - len(end) >= 3:
                    form = w[: -len(end)] + base
                    if form not in out and form != folded:
                        out.append(form)
                        nxt.append(form)
        frontier = nxt
    return tuple(out)


@lru_cache(maxsize=65536)
def _sense(word: str, lang: str | None) -> Sense | None:
    """The keys of one word; None for a function word."""
    if word.replace(".", "").isdigit():
        return frozenset({word})
    glosses = _glosses(word, lang)
    if glosses == ():
        return None
    keys = {word[:STEM]}
    for g in glosses or ():
        for part in g.split():
            keys.update((part, part[:STEM]))
    return frozenset(keys)


def senses(words: Sequence[str], lang: str | None) -> tuple[Sense, ...]:
    """The keys of each content word of a text in `lang` (in any language for None;
    function words left out)."""
    out = []
    for w in words:
        s = _sense(w, lang)
        if s is not None:
            out.append(s)
    return tuple(out)


def overlap(a: Sequence[Sense], b: Sequence[Sense]) -> tuple[float, float]:
    """(share of the content words of both texts that meet a word of the other, share of the
    shorter text's words that do), each 0-100."""
    if not a or not b:
        return 0.0, 0.0
    keys_a = frozenset().union(*a)
    keys_b = frozenset().union(*b)
    hit_a = sum(1 for s in a if s & keys_b)
    hit_b = sum(1 for s in b if s & keys_a)
    both = 100.0 * (hit_a + hit_b) / (len(a) + len(b))
    short = 100.0 * (hit_a / len(a) if len(a) <= len(b) else hit_b / len(b))
    return both, short


__all__ = ["Sense", "fold", "gloss", "language_of", "overlap", "senses", "table"]
