"""Candidate scans: case-insensitive patterns tried only where a match can start.

Python's `re` tries every alternative of a pattern at every position, and with `re.I` it
cannot skip ahead to the characters a match starts with. The kinds' prefilters and scanners
(long word lists, look-behinds, `re.I`) spend most of their time there. This module reads
each pattern's *heads* from its parse tree once: what every match starts with, lower-cased
(`at\\s+least` and `more` for `(?<![\\w-])(?:at\\s+least|more)\\b`), word edges and a
one-character negative look-behind kept, other look-arounds passed over. The heads make
one case-sensitive pattern, the gate, shaped as a tree so that each position is tried once
per first character; `re` skips to the positions whose character can start a head.

- `sentences_matching(doc, pattern)` gives exactly the sentences for which
  `pattern.search(sentence.text)` is true. The document's sentences are joined one per line
  (separated by NUL, which no head matches, so `\\b` at a sentence's edge reads as at the
  end of the sentence alone) and the gate is searched over the lower-cased lines once. A
  sentence without a head has no match; a head that is the whole pattern (no look-around,
  no case-sensitive letter, nothing cut off) is a match; for other heads the sentence is
  searched with the pattern itself.
- `search`, `match_at` and `finditer` stand for `pattern.search`, `.match` and `.finditer`
  over a span of a text: the pattern is tried only where the gate of its short heads (six
  fragments at most) matches the lower-cased text. A search tries positions in turn, so
  the first position where the pattern matches, and the match, are the same.

Lower-casing must keep offsets and agree with `re.I`: a text holding a character that
lower-cases to several characters (or, for sentences, NUL) is searched with the pattern
alone, as are the sentences (for `search`, the texts) holding a character that `re.I`
matches beyond its lower case (`ſ`, `ı`, Greek sigma), and every text for a pattern
without a usable gate (one that may start with any character). `ENABLED = False` turns
every scan into the pattern's own: the tests and `benchmarks/bench_extract.py` compare both.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from factcheck.core import Document, Sentence

MAX_HEAD = 32
"""Fragments read into a head at most."""
MAX_HEADS = 4096
"""More heads than this: no gate (the pattern is searched sentence by sentence)."""
MAX_CLASS = 512
"""A character class with more members (after ranges) ends a head."""
MAX_WORK = 200_000
"""Head extensions tried while reading one pattern at most: a pattern whose heads take more
(long word lists inside optional groups, each doubling the ways on) gets no gate, and is
searched sentence by sentence, rather than costing minutes on first use."""
ENABLED = False
"""True: scans go through the gates. Off by default: building the gates walks each
pattern's parse tree, about 1.5 s for all kinds on first use in a process (each item read
once, whatever the number of heads before it), which costs a one-off check of a small
cluster more than the gates save (`benchmarks/bench_extract.py` measures both paths,
warmed up). False: every scan is the pattern's own search, match or finditer, sentence by
sentence (the same claims)."""
SEPARATOR = "\x00"
"""Between the sentences of the gate text: no head matches it."""

_c = _constants
_WORD_EDGES = {
    _c.AT_BOUNDARY: r"\b",
    _c.AT_NON_BOUNDARY: r"\B",
    _c.AT_UNI_BOUNDARY: r"\b",
    _c.AT_UNI_NON_BOUNDARY: r"\B",
}
"""Word edges kept in heads (a sentence's edge is next to the separator, not a letter)."""
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s"}


def _zero_width(frag: str) -> bool:
    """Whether a head fragment is an assertion (a word edge, a character not before)."""
    return frag in _WORD_EDGES.values() or frag.startswith("(?<!")


@dataclass(frozen=True, slots=True)
class _Head:
    """The start of a match: regex fragments for the lower-cased text."""

    frags: tuple[str, ...]
    open: bool
    """Whether the head may still grow (everything before was read whole)."""
    exact: bool
    """Whether every fragment matches exactly what the pattern's item matches."""
    one_char: bool = False
    """Whether the head is one fragment matching one character (a literal or a class)."""


class _NoGate(Exception):
    """The pattern's heads cannot be read."""


def _forms(ch: str) -> set[str]:
    """The characters lower-cased text may hold where a pattern character matched under
    `re.I` (lower-cased text holds no character that lower-casing changes)."""
    out = {ch, ch.lower()}
    up = ch.upper()
    if len(up) == 1:
        out.add(up.lower())
    return {c for c in out if len(c) == 1 and c.lower() == c and c != SEPARATOR}


def _class(items: Sequence[tuple[Any, Any]], ignore: bool) -> tuple[str, bool] | None:
    """(regex class, exact) for a parsed character set, or None (negated, too wide)."""
    chars: set[str] = set()
    escapes: list[str] = []
    exact = True
    for op, av in items:
        if op is _c.LITERAL:
            codes: Sequence[int] = (av,)
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > MAX_CLASS or lo == 0:
                return None
            codes = range(lo, hi + 1)
        elif op is _c.CATEGORY and av in _CATEGORIES:
            escapes.append(_CATEGORIES[av])
            continue
        else:  # NEGATE, other categories
            return None
        for code in codes:
            ch = chr(code)
            if ch == SEPARATOR:
                return None
            forms = _forms(ch)
            if not ignore and (ch.lower() != ch or ch.upper() != ch):
                exact = False  # a case-sensitive letter: lower-casing loses its case
            chars |= forms
        if len(chars) > MAX_CLASS:
            return None
    body = "".join(re.escape(ch) for ch in sorted(chars)) + "".join(escapes)
    if not body:
        return None
    if not escapes and len(chars) == 1:
        return re.escape(next(iter(chars))), exact
    return f"[{body}]", exact


def _item(op: Any, av: Any, ignore: bool, limit: int, budget: list[int]) -> list[_Head]:
    """The heads of one parsed item, `ignore` telling whether `re.I` is in force."""
    if op is _c.AT and av in _WORD_EDGES:
        return [_Head((_WORD_EDGES[av],), True, True)]
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
        # `(?<![\w-])`: one character that may not come before, kept as it reads under
        # `re.I` (or as written when it has no case).
        ((inner_op, inner_av),) = av[1]
        items = [(inner_op, inner_av)] if inner_op is _c.LITERAL else inner_av
        got = _class(items, ignore) if inner_op in (_c.LITERAL, _c.IN) else None
        if got is not None and got[1]:
            return [_Head((f"(?<!{got[0]})",), True, False)]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return [_Head((), True, False)]  # a match starts with what follows
    if op is _c.LITERAL or op is _c.IN:
        got = _class([(op, av)] if op is _c.LITERAL else av, ignore)
        if got is None:
            return [_Head((), False, False)]
        return [_Head((got[0],), True, got[1], True)]
    if op is _c.SUBPATTERN:
        _group, add, remove, body = av
        return _seq(body, (ignore or bool(add & re.I)) and not remove & re.I, limit, budget)
    if op is _c.ATOMIC_GROUP:
        return [_Head(h.frags, h.open, False) for h in _seq(av, ignore, limit, budget)]
    if op is _c.BRANCH:
        return [h for alt in av[1] for h in _seq(alt, ignore, limit, budget)]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _seq(body, ignore, limit, budget)
        if len(inner) == 1 and inner[0].one_char and inner[0].open:
            # One character repeated (`\s+`, `\d{1,3}`): one fragment, at least once, and
            # for no repetition, what follows.
            top = "" if high == _c.MAXREPEAT else str(high)
            least = max(low, 1)
            counts = {(1, ""): "+", (1, "1"): ""}.get((least, top), f"{{{least},{top}}}")
            exact = inner[0].exact and op is not _c.POSSESSIVE_REPEAT
            heads = [_Head((inner[0].frags[0] + counts,), True, exact)]
            return heads if low >= 1 else [_Head((), True, exact), *heads]
        once = [_Head(h.frags, False, False) for h in inner]
        return once if low >= 1 else [_Head((), True, False), *once]
    return [_Head((), False, False)]  # any character, back-references, conditionals


def _seq(items: Any, ignore: bool, limit: int, budget: list[int]) -> list[_Head]:
    """The heads of a parsed sequence; `budget` holds the head extensions left to try
    (`MAX_WORK` for a whole pattern): spent, the pattern has no gate."""
    heads = [_Head((), True, True)]
    for op, av in items:
        if not any(h.open for h in heads):
            break
        budget[0] -= len(heads)
        if budget[0] < 0:
            raise _NoGate
        grown: dict[tuple[str, ...], _Head] = {}
        item_heads: list[_Head] | None = None  # the same for every head: read once
        for h in heads:
            if not h.open or len(h.frags) >= limit:
                more_heads = [_Head((), False, False)]
            else:
                if item_heads is None:
                    item_heads = _item(op, av, ignore, limit, budget)
                more_heads = item_heads
            for more in more_heads:
                frags = h.frags + more.frags
                cut = len(frags) > limit
                new = _Head(
                    frags[:limit],
                    more.open and not cut,
                    h.exact and more.exact and not cut,
                    not h.frags and more.one_char,
                )
                old = grown.get(new.frags)
                if old is not None:  # the same fragments twice: the weaker claims hold
                    new = _Head(
                        new.frags,
                        old.open and new.open,
                        old.exact and new.exact,
                        old.one_char and new.one_char,
                    )
                grown[new.frags] = new
        if len(grown) > MAX_HEADS:
            # Too many ways to go on: the heads so far, closed, still start every match.
            closed = {h.frags: _Head(h.frags, False, False) for h in heads}
            if len(closed) > MAX_HEADS:
                raise _NoGate
            return list(closed.values())
        heads = list(grown.values())
    return heads


@dataclass(frozen=True, slots=True)
class Gate:
    """The heads of a pattern as patterns for lower-cased text."""

    any_head: re.Pattern[str]
    """Every head; group `exact` when the head found is a whole match."""
    exact: re.Pattern[str] | None
    """The exact heads alone."""


def gate_sources(pattern: re.Pattern[str], *, limit: int = MAX_HEAD) -> tuple[str, str] | None:
    """(exact heads, other heads) of `pattern` as pattern sources ("" for none), or None
    when `pattern` may start with any character; heads are at most `limit` fragments."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        heads = _seq(parsed, bool(parsed.state.flags & re.I), limit, [MAX_WORK])
    except Exception:  # too many heads, or a parse tree of a shape not read here
        return None  # (`re._parser` is internal to Python): no gate, the plain path
    if not heads or parsed.state.flags & (re.ASCII | re.LOCALE):
        return None
    if any(all(_zero_width(f) for f in h.frags) for h in heads):
        return None  # a head that may match no character says nothing
    # A head must also close the match to be one; a head still open has read everything.
    exact = sorted({h.frags for h in heads if h.exact and h.open})
    other = sorted({h.frags for h in heads} - set(exact))
    return _render(exact), _render(other)


def _render(heads: Sequence[tuple[str, ...]]) -> str:
    """Heads as one pattern shaped as a tree: each first fragment is tried once."""
    trie: dict[str, Any] = {}
    ends = "\x01"
    for frags in heads:
        node = trie
        for frag in frags:
            node = node.setdefault(frag, {})
        node[ends] = {}
    return _render_node(trie, ends)


def _render_node(node: dict[str, Any], ends: str) -> str:
    if ends in node:
        return ""  # a head ends here: matching it is enough, longer ones add nothing
    alts = [frag + _render_node(child, ends) for frag, child in sorted(node.items())]
    if len(alts) <= 1:
        return "".join(alts)
    return "(?:" + "|".join(alts) + ")"


_GATES: dict[tuple[str, int], Gate | None] = {}
_LOCK = threading.Lock()


def gate(pattern: re.Pattern[str]) -> Gate | None:
    """The gate of a pattern (built on first use), or None when it has none."""
    if not ENABLED:
        return None
    key = (pattern.pattern, pattern.flags)
    if key not in _GATES:
        sources = gate_sources(pattern)
        built = None
        if sources is not None:
            exact, other = sources
            alts = [f"(?P<exact>{exact})" if exact else "", other]
            try:
                built = Gate(
                    re.compile("|".join(a for a in alts if a)),
                    re.compile(exact) if exact else None,
                )
            except re.error:
                built = None
        with _LOCK:
            _GATES[key] = built
    return _GATES[key]


POSITION_HEAD = 6
"""Fragments of the heads that find where a match may start (`search`): a few characters
make a start rare enough; longer heads only make the gate slower."""
_POSITION_GATES: dict[tuple[str, int], re.Pattern[str] | None] = {}


def position_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching lower-cased text at least wherever `pattern` may start a match
    (built on first use), or None when it has none."""
    if not ENABLED:
        return None
    key = (pattern.pattern, pattern.flags)
    if key not in _POSITION_GATES:
        sources = gate_sources(pattern, limit=POSITION_HEAD)
        built = None
        if sources is not None:
            try:
                built = re.compile("|".join(a for a in sources if a))
            except re.error:
                built = None
        with _LOCK:
            _POSITION_GATES[key] = built
    return _POSITION_GATES[key]


_LOWERED: list[tuple[str, str | None]] = []
"""The last texts searched (a document's text and its lower case, as the date scanner
searches both) with their lower case (None where lower-casing cannot stand in)."""


def _lowered(text: str) -> str | None:
    for seen, low in _LOWERED:
        if seen is text:
            return low
    lowered = text.lower()
    plain = len(lowered) == len(text) and (
        text.isascii() or not any(ch > "\x7f" and _special(ch) for ch in set(text))
    )
    _LOWERED[:] = [(text, lowered if plain else None), *_LOWERED[:1]]
    return lowered if plain else None


def search(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, trying the pattern only where the lower-cased
    text holds one of its heads (the same match: a search tries each position in turn)."""
    g = position_gate(pattern)
    low = _lowered(text) if g is not None else None
    if g is None or low is None:
        return pattern.search(text, pos, endpos)
    while (m := g.search(low, pos, endpos)) is not None:
        at = m.start()
        found = pattern.match(text, at, endpos)
        if found is not None:
            return found
        pos = at + 1
    return None


def match_at(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`pattern.match(text, pos, endpos)`, not tried where the lower-cased text holds none
    of its heads."""
    g = position_gate(pattern)
    low = _lowered(text) if g is not None else None
    if g is None or low is None:
        return pattern.match(text, pos, endpos)
    if g.match(low, pos, endpos) is None:
        return None
    return pattern.match(text, pos, endpos)


def finditer(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, each match found as `search` finds it."""
    if position_gate(pattern) is None or _lowered(text) is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    while (m := search(pattern, text, pos, endpos)) is not None:
        yield m  # never empty: every head reads a character
        pos = m.end()


_SPECIAL: dict[str, bool] = {}


def _special(ch: str) -> bool:
    """True for a character whose lower case `re.I` does not read as lower-cased text shows
    it: one that lower-cases to several characters, one whose lower case is not the lower
    case of its upper case (`ſ`, `ı`, `ς`, `µ`: `re.I` matches them as `s`, `i`, `σ`, `μ`),
    and capital sigma (lower-cased by its place in a word)."""
    found = _SPECIAL.get(ch)
    if found is None:
        low = ch.lower()
        up = low.upper()
        found = len(low) != 1 or ch == "\u03a3" or (len(up) == 1 and up.lower() != low)
        _SPECIAL[ch] = found
    return found


_Lines = tuple[str, list[int], set[int]]
_LAST: list[tuple[tuple[Sentence, ...], _Lines]] = []
"""The last document's gate text, for the next kind that reads the same sentences."""


def _lines(sentences: tuple[Sentence, ...]) -> _Lines | None:
    """(lower-cased sentences one per line, line starts, sentences to search directly),
    or None when lower-casing moves offsets."""
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is sentences:
        return last[1]
    joined = SEPARATOR.join(s.text for s in sentences)
    lowered = joined.lower()
    if len(lowered) != len(joined):
        return None
    starts: list[int] = []
    at = 0
    for s in sentences:
        starts.append(at)
        at += len(s.text) + 1
    if joined.count(SEPARATOR) != len(sentences) - 1:
        return None
    # Sentences with a special character are searched with the pattern alone.
    direct: set[int] = set()
    if not joined.isascii():
        bad = [ch for ch in set(joined) if ch > "\x7f" and _special(ch)]
        if bad:
            direct = {i for i, s in enumerate(sentences) if any(ch in s.text for ch in bad)}
    lines = (lowered, starts, direct)
    _LAST[:] = [(sentences, lines)]
    return lines


def sentences_matching(doc: Document, pattern: re.Pattern[str]) -> list[Sentence]:
    """The sentences of `doc` for which `pattern.search(sentence.text)` is true, in order."""
    sentences = doc.sentences
    g = gate(pattern)
    lines = _lines(sentences) if g is not None and sentences else None
    if g is None or lines is None:
        return [s for s in sentences if pattern.search(s.text)]
    lowered, starts, direct = lines
    found: set[int] = set()
    pos = 0
    while (m := g.any_head.search(lowered, pos)) is not None:
        i = bisect_right(starts, m.start()) - 1
        end = starts[i] + len(sentences[i].text)
        if i not in direct and (
            m.lastgroup == "exact"
            or (g.exact is not None and g.exact.search(lowered, m.start(), end) is not None)
            or pattern.search(sentences[i].text)
        ):
            found.add(i)
        pos = end + 1
    return [
        s for i, s in enumerate(sentences) if i in found or (i in direct and pattern.search(s.text))
    ]
