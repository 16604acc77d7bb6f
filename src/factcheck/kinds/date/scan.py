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
from factcheck.lang import LANGUAGES, base_language, lexicon

# Vocabulary per language

_LEX = {code: lexicon(code) for code in LANGUAGES}
"""The lexicons of the languages with a date grammar below (`_templates_en`,
`_templates_foreign`)."""
_EN_MONTHS = _LEX["en"].months
_EN_WEEKDAYS = _LEX["en"].weekdays
_NUMBERS: dict[str, Mapping[str, int]] = {code: lex.small_numbers for code, lex in _LEX.items()}
_UNITS: dict[str, Mapping[str, str]] = {code: lex.time_units for code, lex in _LEX.items()}
_DEICTIC: dict[str, Mapping[str, int]] = {code: lex.deictic for code, lex in _LEX.items()}
"""Words for a day relative to publication, with their offset in days."""
_PERIODS: dict[str, Mapping[str, tuple[int, str]]] = {
    code: lex.periods for code, lex in _LEX.items() if lex.periods
}
"""Fixed phrases for this / last / next week, month or year (English uses a pattern)."""

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


def _templates_en() -> list[tuple[str, str]]:
    mon = f"(?:{_alt(_EN_MONTHS)})"
    full_mon = f"(?:{_alt([m for m in _EN_MONTHS if len(m) > 3 and '.' not in m])})"
    wd = f"(?:{_alt(_EN_WEEKDAYS)})"
    wdp = rf"(?:(?:(?i:on)\s+)?{wd},?\s+)?"
    num = f"(?:\\d{{1,3}}|{_alt(_NUMBERS['en'])})"
    ordsfx = r"(?:st|nd|rd|th)?"
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
            rf"{wdp}(?:(?i:the)\s+)?(?P<d>{_DAY}){ordsfx}\s+(?:of\s+)?(?P<mon>{mon}),?\s+(?P<y>{_YYYY}){_YEAR_END}",
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
            rf"{wdp}(?:(?i:the)\s+)?(?<![\d.,])(?P<d>{_DAY}){ordsfx}\s+(?:of\s+)?(?P<mon>{mon})\b(?!,?\s+\d)",
        ),
        (
            "season",
            rf"(?i:(?P<s>spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<y>{_YYYY}){_YEAR_END}",
        ),
        (
            "century",
            r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-](?i:century)",
        ),
        (
            "decade",
            r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)[’']?s\b",
        ),
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
            rf"(?:(?P<p>(?i:in|since|during|throughout|from|until|till|by|before|after|around|circa|of))\s+)?(?:(?P<the>(?i:the\s+year))\s+)?(?<![\d$€£.,/-])(?P<y>{_YYYY}){_YEAR_END}",
        ),
        ("deictic", rf"(?i:(?:(?P<el>earlier|later)\s+)?(?P<w>{_alt(_DEICTIC['en'])}))\b"),
        (
            "ago",
            rf"(?i:(?:(?:just|only|about|some|nearly|almost|roughly)\s+)?(?P<n>{num})\s+(?P<u>days?|weeks?|months?|years?)\s+ago)\b",
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
            rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|on|last|next|this|coming|past))\s+)?(?P<wd>{wd})\b(?!s\b)",
        ),
    ]


def _templates_foreign(lang: str) -> list[tuple[str, str]]:
    months, weekdays, prep, decade = {
        "es": (_LEX["es"].months, _LEX["es"].weekdays, r"en|desde|durante|hasta|a\s+partir\s+de", r"(?:los\s+)?años\s+(?P<dec>(?:19|20)?\d0)\b"),
        "it": (_LEX["it"].months, _LEX["it"].weekdays, r"nel|dal|fino\s+al|entro\s+il|nell['’]anno", r"(?:gli\s+)?anni\s+['’]?(?P<dec>(?:19|20)?\d0)\b"),
        "fr": (_LEX["fr"].months, _LEX["fr"].weekdays, r"en|depuis|dès|jusqu['’]en|avant|après", r"(?:les\s+)?années\s+(?P<dec>(?:19|20)?\d0)\b"),
        "de": (_LEX["de"].months, _LEX["de"].weekdays, r"im\s+Jahr(?:e)?|seit|bis|von|ab|vor|nach", r"(?:(?:die|den)\s+)?(?P<dec>(?:1[5-9]|20)\d0)er(?:[\s-]+Jahre[n]?)?\b"),
        "pt": (_LEX["pt"].months, _LEX["pt"].weekdays, r"em|desde|durante|até|a\s+partir\s+de", r"(?:(?:os|nos)\s+)?anos\s+(?P<dec>(?:19|20)?\d0)\b"),
    }[lang]  # fmt: skip
    mon = f"(?:{_alt(months)})"
    wd = f"(?:{_alt(weekdays)})"
    num = f"(?:\\d{{1,3}}|{_alt(_NUMBERS[lang])})"
    units = _alt(_UNITS[lang])
    rel_before = {"es": r"el\s+pasado|el\s+próximo|este|el", "it": r"lo\s+scorso|la\s+scorsa|il\s+prossimo|la\s+prossima",
                  "fr": r"ce", "de": r"letzten|vergangenen|nächsten|kommenden|diesen|am",
                  "pt": r"no\s+último|na\s+última|no\s+próximo|na\s+próxima|neste|nesta|no|na"}[lang]  # fmt: skip
    rel_after = {"es": r"pasado|próximo|que\s+viene", "it": r"scorso|scorsa|prossimo|prossima",
                 "fr": r"dernier|prochain", "de": r"(?!)", "pt": r"passad[oa]|que\s+vem"}[lang]  # fmt: skip
    ago = {
        "es": rf"hace\s+(?P<n>{num})\s+(?P<u>{units})",
        "it": rf"(?P<n>{num})\s+(?P<u>{units})\s+fa",
        "fr": rf"il\s+y\s+a\s+(?P<n>{num})\s+(?P<u>{units})",
        "de": rf"vor\s+(?P<n>{num})\s+(?P<u>{units})",
        "pt": rf"há\s+(?P<n>{num})\s+(?P<u>{units})",
    }[lang]
    if lang == "de":
        dmy = rf"(?:(?i:am|vom)\s+)?(?P<d>{_DAY})\.\s*(?P<mon>{mon})\s+(?P<y>{_YYYY}){_YEAR_END}"
        dm = rf"(?:(?i:am|vom)\s+)?(?P<d>{_DAY})\.\s*(?P<mon>{mon})(?!\w)(?!\s+\d)"
        my = rf"(?P<mon>{mon})\s+(?P<y>{_YYYY}){_YEAR_END}"
    else:
        de = r"\s+de" if lang in ("es", "pt") else ""
        ordsfx = {"es": r"(?:º|°)?", "it": r"(?:º|°)?", "fr": r"(?:er|e)?", "pt": r"(?:º|°)?"}[lang]
        dmy = rf"(?:(?i:le|el|il)\s+)?(?P<d>{_DAY}){ordsfx}{de}\s+(?P<mon>{mon}){de}(?:l)?\s+(?P<y>{_YYYY}){_YEAR_END}"
        dm = rf"(?:(?i:le|el|il)\s+)?(?P<d>{_DAY}){ordsfx}{de}\s+(?P<mon>{mon})(?!\w)(?!\s+(?:de\s+)?\d)"
        my = rf"(?P<mon>{mon})(?:\s+del?)?\s+(?P<y>{_YYYY}){_YEAR_END}"
    deictic = _alt(_DEICTIC[lang])
    if lang == "de":
        deictic = f"(?i:{_alt([w for w in _DEICTIC[lang] if w != 'morgen'])})|morgen"
    periods = _alt(_PERIODS[lang])
    wd_ci = "" if lang == "de" else "(?i)"
    return [
        ("dmy", f"(?{'' if lang == 'de' else 'i'}:{dmy})" if lang != "de" else dmy),
        ("iso", rf"(?P<y>{_YYYY})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b(?![-/.]\d)"),
        (
            "numeric",
            rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YYYY})\b(?![/.]\d)",
        ),
        ("my", f"(?i:{my})" if lang != "de" else my),
        ("dm", f"(?i:{dm})" if lang != "de" else dm),
        ("decade", f"(?i:{decade})"),
        ("year", rf"(?:(?P<p>(?i:{prep}))\s+)?(?<![\d$€£.,/-])(?P<y>{_YYYY}){_YEAR_END}"),
        ("ago", f"(?i:{ago})(?!\\w)"),
        (
            "deictic",
            f"(?P<w>{deictic})(?!\\w)" if lang == "de" else f"(?i:(?P<w>{deictic}))(?!\\w)",
        ),
        ("period", f"(?i:(?P<ph>{periods}))(?!\\w)"),
        (
            "weekday",
            rf"(?:(?P<rel>{wd_ci and '(?i:'}{rel_before}{wd_ci and ')'})\s+)?(?P<wd>{wd_ci and '(?i:'}{wd}{wd_ci and ')'})(?!\w)(?:\s+(?P<rel2>(?i:{rel_after}))(?!\w))?",
        ),
    ]


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


_GROUP = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)")


def _compile(
    code: str,
    templates: list[tuple[str, str]],
    months: Mapping[str, int],
    weekdays: Mapping[str, int],
    keywords: Sequence[str],
) -> _Lang:
    parts = []
    for form, tpl in templates:

        def prefixed(m: re.Match[str], form: str = form) -> str:
            if m.group(1):
                return f"(?P<{form}__{m.group(1)}>"
            return f"(?P={form}__{m.group(2)})"

        body = _GROUP.sub(prefixed, tpl)
        parts.append(f"(?P<{form}>{body})")
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(parts) + ")")
    words = {w.lower().rstrip(".") for w in (*months, *weekdays, *keywords)}
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
        code,
        pattern,
        re.compile(pre, re.I),
        tuple(f for f, _ in templates),
        groups,
        months,
        weekdays,
    )


_EN_KEYWORDS = ("day", "night", "tomorrow", "week", "month", "year", "ago", "morning", "afternoon",
                "evening", "century", "spring", "summer", "autumn", "fall", "winter")  # fmt: skip


_SCANNERS: dict[str, _Lang] = {}
"""Compiled scanners by language, built on first use (setup, not a memo of inputs)."""


def _lang(code: str) -> _Lang:
    """The scanner of an article language (English for languages without their own table)."""
    base = base_language(code)
    base = base if base in _LEX else "en"
    found = _SCANNERS.get(base)
    if found is None:
        found = _SCANNERS[base] = _build(base)
    return found


def _build(base: str) -> _Lang:
    """Compile the scanner of one language with a date grammar."""
    if base == "en":
        return _compile("en", _templates_en(), _EN_MONTHS, _EN_WEEKDAYS, _EN_KEYWORDS)
    lex = _LEX[base]
    return _compile(
        base, _templates_foreign(base), lex.months, lex.weekdays, [*lex.deictic, *lex.time_units]
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
