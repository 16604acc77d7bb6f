"""The date scanner: per-language templates of every date form, compiled into one
alternation per language (form names prefix every inner group), a cheap trigger prefilter, and
the scan of a sentence with its memo across republished copies."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from factcheck.kinds._common import BoundedMemo
from factcheck.kinds._scan import match_at, search
from factcheck.lang import Lexicon, lexicon

_YYYY = r"(?:1[5-9]\d\d|20\d\d)"
_YEAR_END = r"\b(?![-–/.,]?\d|%|[’']?s\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored by common prefixes (much faster than `a|b|c`)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return emit(tree)


# --------------------------------------------------------------------------------------------
# Scanner: one compiled alternation per language; form names prefix every inner group.


def _templates_month_first(lex: Lexicon) -> list[tuple[str, str]]:
    """The grammar of a language writing the month before the day in words ("June 20, 2024"),
    with ordinal days, seasons, centuries, parts of years and event-relative days."""
    mon = f"(?:{_alt(lex.months)})"
    longest: dict[int, str] = {}  # each month's full name ("May" too), not its abbreviations
    for name, number in lex.months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full_mon = f"(?:{_alt(longest.values())})"
    wd = f"(?:{_alt(lex.weekdays)})"
    wdp = rf"(?:(?:(?i:on)\s+)?{wd},?\s+)?"
    num = f"(?:\\d{{1,3}}|{_alt(lex.small_numbers)})"
    ordsfx = lex.ordinal_suffix
    arts = lex.day_articles
    event = (
        r"(?P<event>(?!(?:and|but|that|which|when|while|as|yesterday|tomorrow)\b)[\w’'-]+"
        r"(?:\s+(?!(?:and|but|that|which|when|while|as|in|on|at|to|for|said)\b)[\w’'-]+){0,5})"
    )
    return [
        (
            "mdy",
            rf"{wdp}(?P<mon>{mon})\s+(?P<d>{_DAY}){ordsfx},?\s+(?P<y>{_YYYY}){_YEAR_END}",
        ),
        (
            "dmy",
            rf"{wdp}(?:(?i:{arts})\s+)?(?P<d>{_DAY}){ordsfx}\s+(?:of\s+)?(?P<mon>{mon}),?\s+(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("iso", rf"(?P<y>{_YYYY})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b(?![-/.]\d)"),
        (
            "numeric",
            rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YYYY})\b(?![/.]\d)",
        ),
        (
            "my",
            rf"(?:(?i:early|mid|late)[\s-]+)?(?P<mon>{mon}),?\s+(?:of\s+)?(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("md", rf"{wdp}(?P<mon>{mon})\s+(?P<d>{_DAY}){ordsfx}\b(?!\s*,?\s*\d|%|\.\d)"),
        (
            "dm",
            rf"{wdp}(?:(?i:{arts})\s+)?(?<![\d.,])(?P<d>{_DAY}){ordsfx}\s+(?:of\s+)?(?P<mon>{mon})\b(?!,?\s+\d)",
        ),
        (
            "season",
            rf"(?i:(?P<s>spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<y>{_YYYY}){_YEAR_END}",
        ),
        (
            "century",
            r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-](?i:century)",
        ),
        ("decade", lex.decade_phrase),
        (
            "yearpart",
            rf"(?P<part>(?i:early|mid|late))[\s-]+(?:(?i:in)\s+)?(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("relpart", r"(?i:(?P<part>early|mid|late)[\s-]+(?P<rel>last|this|next)\s+(?P<u>year))\b"),
        (
            "yearrange",
            rf"(?:(?P<p>(?i:from|between))\s+)?(?P<y1>{_YYYY})(?:\s*[-–]\s*|\s+(?i:to|and|until|through)\s+)(?P<y2>{_YYYY}){_YEAR_END}",
        ),
        (
            "year",
            rf"(?:(?P<p>(?i:{lex.date_prepositions}))\s+)?(?:(?P<the>(?i:the\s+year))\s+)?(?<![\d$€£.,/-])(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("deictic", rf"(?i:(?:(?P<el>earlier|later)\s+)?(?P<w>{_alt(lex.deictic)}))\b"),
        (
            "ago",
            rf"(?i:(?:(?:just|only|about|some|nearly|almost|roughly)\s+)?(?P<n>{num})\s+(?P<u>days?|weeks?|months?|years?)\s+{lex.ago_after})\b",
        ),
        (
            "period",
            r"(?i:(?:(?P<el>earlier|later)\s+)?(?:the\s+)?(?P<rel>this|last|next|past|coming)\s+(?P<u>week|month|year|weekend))\b",
        ),
        (
            "evrelx",
            rf"(?i:(?:(?:just|only|barely)\s+)?(?:(?P<n>{num})\s+(?P<u>days?|weeks?)\s+(?P<dir>before|after)|the\s+day\s+(?P<dir3>before|after))\s+{event})",
        ),
        (
            "evrel",
            rf"(?i:(?:(?:just|only|barely)\s+)?(?:(?P<n>{num})\s+(?P<u>days?|weeks?)\s+(?P<dir>earlier|later|before|after|previously)|the\s+(?P<dir2>previous|preceding|following|next|same)\s+day|(?P<that>that\s+(?:same\s+)?day)|the\s+day\s+(?P<dir3>before|after)))\b",
        ),
        (
            "monthyear",
            rf"(?:(?i:in|since|during|until|by|from|early|mid|late)[\s-]+)?(?P<mon>{full_mon})\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b",
        ),
        (
            "monthrel",
            rf"(?P<p>(?i:in|since|during|until|by|from|last|next|this|early|mid|late|earlier\s+in|later\s+in|(?:at\s+)?the\s+(?:start|end|beginning|middle)\s+of))[\s-]+(?P<mon>{full_mon})\b(?!\s*,?\s*\d)",
        ),
        (
            "weekday",
            rf"(?:(?P<rel>(?i:{lex.weekday_before}))\s+)?(?P<wd>{wd})\b(?!s\b)",
        ),
    ]


_NEVER = "(?!)"
"""A pattern matching nothing: the lexicon has no words for this part."""


def _templates_day_first(lex: Lexicon) -> list[tuple[str, str]]:
    """The grammar of a language writing the day before the month ("20 de junio de 2024",
    "7. Oktober 2023"): every part read from the lexicon; a form whose words the lexicon
    lacks is left out."""
    mon = f"(?:{_alt(lex.months)})"
    wd = f"(?:{_alt(lex.weekdays)})"
    num = f"(?:\\d{{1,3}}|{_alt(lex.small_numbers)})"
    units = _alt(lex.time_units)
    arts = rf"(?:(?i:{lex.day_articles})\s+)?" if lex.day_articles else ""
    # "el jueves 15 de junio", "Donnerstag, 15. Juni", "jeudi 15 juin": the weekday before
    # a day of the month is part of the date
    arts = rf"{arts}(?:{wd},?\s+)?"
    if lex.day_dot:
        dmy = rf"{arts}(?P<d>{_DAY})\.\s*(?P<mon>{mon})\s+(?P<y>{_YYYY}){_YEAR_END}"
        dm = rf"{arts}(?P<d>{_DAY})\.\s*(?P<mon>{mon})(?!\w)(?!\s+\d)"
        my = rf"(?P<mon>{mon})\s+(?P<y>{_YYYY}){_YEAR_END}"
    else:
        de = rf"\s+{lex.day_month_word}" if lex.day_month_word else ""
        ordsfx = lex.ordinal_suffix
        dmy = rf"{arts}(?P<d>{_DAY}){ordsfx}{de}\s+(?P<mon>{mon}){de}(?:l)?\s+(?P<y>{_YYYY}){_YEAR_END}"
        dm = rf"{arts}(?P<d>{_DAY}){ordsfx}{de}\s+(?P<mon>{mon})(?!\w)(?!\s+(?:de\s+)?\d)"
        my = rf"(?P<mon>{mon})(?:\s+del?)?\s+(?P<y>{_YYYY}){_YEAR_END}"
    if not lex.names_as_written:
        dmy, dm, my = f"(?i:{dmy})", f"(?i:{dm})", f"(?i:{my})"
    if lex.ago_before:
        ago = rf"{lex.ago_before}\s+(?P<n>{num})\s+(?P<u>{units})"
    elif lex.ago_after:
        ago = rf"(?P<n>{num})\s+(?P<u>{units})\s+{lex.ago_after}"
    else:
        ago = ""
    exact = [w for w in lex.deictic if w in lex.deictic_as_written]
    if exact:
        anycase = _alt([w for w in lex.deictic if w not in lex.deictic_as_written])
        deictic = f"(?P<w>(?i:{anycase})|{_alt(exact)})(?!\\w)"
    else:
        deictic = f"(?i:(?P<w>{_alt(lex.deictic)}))(?!\\w)" if lex.deictic else ""
    ci_open, ci_close = ("", "") if lex.names_as_written else ("(?i:", ")")
    before = lex.weekday_before or _NEVER
    after = lex.weekday_after or _NEVER
    forms = [
        ("dmy", dmy),
        ("iso", rf"(?P<y>{_YYYY})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b(?![-/.]\d)"),
        (
            "numeric",
            rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YYYY})\b(?![/.]\d)",
        ),
        ("my", my),
        ("dm", dm),
        ("decade", lex.decade_phrase),
        (
            "yearrange",
            rf"(?:(?P<p>(?i:{lex.year_range_from}))\s+)?(?P<y1>{_YYYY})"
            rf"(?:\s*[-–]\s*|\s+(?i:{lex.year_range_to})\s+)(?P<y2>{_YYYY}){_YEAR_END}"
            if lex.year_range_from and lex.year_range_to
            else "",
        ),
        (
            "year",
            rf"(?:(?P<p>(?i:{lex.date_prepositions or _NEVER}))\s+)?(?<![\d$€£.,/-])(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("ago", f"(?i:{ago})(?!\\w)" if ago else ""),
        ("deictic", deictic),
        ("period", f"(?i:(?P<ph>{_alt(lex.periods)}))(?!\\w)" if lex.periods else ""),
        (
            "monthrel",
            rf"(?P<p>(?i:{lex.month_prepositions}))\s+(?P<mon>{ci_open}{mon}{ci_close})(?!\w)"
            rf"(?!\s*,?\s*(?:\w{{1,3}}\s+)?\d)"
            if lex.month_prepositions
            else "",
        ),
        (
            "weekday",
            rf"(?:(?P<rel>{ci_open}{before}{ci_close})\s+)?(?P<wd>{ci_open}{wd}{ci_close})(?!\w)(?:\s+(?P<rel2>(?i:{after}))(?!\w))?",
        ),
    ]
    return [(form, tpl) for form, tpl in forms if tpl]


@dataclasses.dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    pattern: re.Pattern[str]
    trigger: re.Pattern[str]
    """Cheap prefilter, run on the lower-cased text: a token every date expression holds (a
    digit, a month or weekday name, a day word)."""
    forms: tuple[str, ...]
    groups: Mapping[str, tuple[tuple[str, str], ...]]
    """Per form, its inner groups as (pattern name, short name)."""
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    lexicon: Lexicon
    """The language's words (time units, deictic words, periods, number words)."""


_GROUP = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)")


def _compile(lex: Lexicon, templates: list[tuple[str, str]], keywords: Sequence[str]) -> _Lang:
    parts = []
    for form, tpl in templates:

        def prefixed(m: re.Match[str], form: str = form) -> str:
            if m.group(1):
                return f"(?P<{form}__{m.group(1)}>"
            return f"(?P={form}__{m.group(2)})"

        body = _GROUP.sub(prefixed, tpl)
        parts.append(f"(?P<{form}>{body})")
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(parts) + ")")
    words = {w.lower().rstrip(".") for w in (*lex.months, *lex.weekdays, *keywords)}
    pre = r"\d|" + _trie(sorted(words))
    groups = {
        form: tuple(
            (name, name[len(form) + 2 :])
            for name in pattern.groupindex
            if name.startswith(form + "__")
        )
        for form, _ in templates
    }
    return _Lang(
        lex.code,
        pattern,
        re.compile(pre, re.I),
        tuple(f for f, _ in templates),
        groups,
        lex.months,
        lex.weekdays,
        lex,
    )


_SCANNERS: dict[str, _Lang] = {}
"""Compiled scanners by language, built on first use (setup, not a memo of inputs)."""


def _lang(code: str) -> _Lang:
    """The scanner of an article language (English for languages without a lexicon)."""
    lex = lexicon(code)
    found = _SCANNERS.get(lex.code)
    if found is None:
        found = _SCANNERS[lex.code] = _build(lex)
    return found


def _build(lex: Lexicon) -> _Lang:
    """Compile the scanner of one language from its lexicon."""
    if lex.month_first:
        return _compile(lex, _templates_month_first(lex), lex.date_triggers)
    return _compile(
        lex, _templates_day_first(lex), [*lex.deictic, *lex.time_units, *lex.date_triggers]
    )


_WORD_START = re.compile(r"(?<![\w’'-])[\w’']")
WORDS_BEFORE_TRIGGER = 5
"""A date expression starts at most this many words before its first trigger token ("at the
start of June", "il y a deux jours")."""


def _scan(
    lang: _Lang, text: str, low: str, start: int, end: int, first: re.Match[str] | None = None
) -> Iterator[re.Match[str]]:
    """Date expressions in `text[start:end]`, leftmost first, without overlaps.

    `low` is `text` lower-cased (same length). The full pattern is tried only at the word
    starts up to `WORDS_BEFORE_TRIGGER` words before each trigger token, which gives the
    matches of a scan of every position at a fraction of the cost. `first` is the first
    trigger token when the caller has searched for it already.
    """
    pos = start
    starts: list[int] | None = None
    while True:
        t = first or search(lang.trigger, low, pos, end)
        first = None
        if t is None:
            return
        if starts is None:
            starts = [m.start() for m in _WORD_START.finditer(text, start, end)]
        hi = bisect.bisect_right(starts, t.start())
        m = None
        for ws in starts[max(0, hi - WORDS_BEFORE_TRIGGER - 1) : hi]:
            if ws < pos:
                continue
            m = match_at(lang.pattern, text, ws, end)
            if m:
                break
        if m is None:
            pos = t.end()
            continue
        yield m
        pos = max(m.end(), pos + 1)


class _ScanMemo(BoundedMemo[tuple[str, str, int], tuple[int, ...]]):
    """Where `_scan` found date expressions in a sentence, remembered across documents
    (bounded, oldest out first); republished copies share most sentences.

    A scan reads the sentence and one character before it (the scanner's look-behinds): the
    key holds that slice of the text, the scanner's language and where the sentence starts
    in it. The trigger runs on the lower-cased copy, which the slice determines up to the
    form of a lower-case sigma (final or not), a letter no trigger token holds. Match starts
    are kept relative to the sentence; on reuse the scanner's pattern is matched again at
    each of them, which gives the same matches as a full scan. Resolving the matches
    (publication date, previous sentences) is never remembered.
    """

    def __init__(self, maxsize: int = 2048) -> None:
        super().__init__(maxsize)

    def scan(self, lang: _Lang, text: str, low: str, start: int, end: int) -> list[re.Match[str]]:
        """The matches of `_scan(lang, text, low, start, end)`."""
        at = max(0, start - 1)
        key = (lang.code, text[at:end], start - at)
        found = self.get(key)
        if found is not None:
            return [m for r in found if (m := lang.pattern.match(text, start + r, end))]
        first = search(lang.trigger, low, start, end)
        matches = [] if first is None else list(_scan(lang, text, low, start, end, first))
        self.put(key, tuple(m.start() - start for m in matches))
        return matches


_SCANS = _ScanMemo()
"""Per-sentence date expression starts."""
