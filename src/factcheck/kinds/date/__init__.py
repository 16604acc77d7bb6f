"""Dates: absolute ("June 20, 2024", "in 2017", "the 1950s") and relative ("on Thursday",
"today", "the previous day"), resolved against the article's publication date only.

A compiled scanner per language finds candidate expressions in each sentence (after a cheap
prefilter); dates stated in full are calendar arithmetic on the scanner's groups, and only a
located span with a month word the tables lack is read by dateparser (that span only); news
conventions (weekdays, periods, parts of years, decades, event-relative days) are rules of
this module. See docs/dates.md.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from factcheck.core import Document, Granularity, Sentence, Verdict
from factcheck.kinds._common import (
    STOPWORDS,
    SUBJECT_STOPWORDS,
    BoundedMemo,
    claim_id,
    context_language,
    make_span,
    stem,
)
from factcheck.kinds._scan import match_at, search
from factcheck.kinds.base import Kind
from factcheck.kinds.date.corpus import (
    COMPARE_CORPUS,
    CORPUS,
    LANGUAGE_CORPUS,
    LANGUAGE_NEGATIVE_CORPUS,
    NEGATIVE_CORPUS,
    RELATIVE_CORPUS,
)
from factcheck.kinds.date.value import DateClaim, DateValue
from factcheck.lang import LANGUAGES, Locale, base_language, lexicon
from factcheck.lang.glosses import fold, gloss

if TYPE_CHECKING:
    from factcheck.config import Config

# --------------------------------------------------------------------------------------------
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
_WEEKDAY_REL: dict[str, str] = {
    word: rel for lex in _LEX.values() for word, rel in lex.weekday_relations.items()
}
"""Words around a weekday name that choose which occurrence is meant."""
_HOLIDAY_PREFIX = frozenset({"good", "black", "super", "ash", "holy", "bloody", "cyber", "maundy",
                             "palm", "easter", "shrove", "giving"})  # fmt: skip
_EVERY = frozenset(
    {"every", "each", "cada", "ogni", "chaque", "jeden", "jede", "jedes", "todo", "toda"}
)
_ARTICLE_BEFORE_YEAR = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this",
                                  "that", "whose", "el", "la", "il", "le", "der", "die", "das", "del"})  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised|"
    r"going)\s+to|plans?\s+to|planned\s+(?:for|to)|scheduled\s+for|to\s+be\s+held|upcoming|"
    r"next|wird|werden|va|vont|sera|seront|sarà|saranno|será|serán|va\s+a|van\s+a)\b|'ll\b",
    re.I,
)
"""Future tense or a plan in the words before a weekday or month: look forward, not back."""

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


def _day_first(language: str) -> bool:
    """Whether all-numeric dates read day first: every language but US English does."""
    return Locale.parse(language).day_first


# --------------------------------------------------------------------------------------------
# dateparser seam: parse only located strings, with explicit languages and relative base.

_SENTINEL = dt.datetime(2000, 1, 1)
"""Relative base for expressions that state every part themselves; the base is never read."""


_PARSERS: dict[tuple[str, str, dt.datetime], Any] = {}
"""dateparser parsers by (language, order, relative base); at most `_MAX_PARSERS` are kept."""
_MAX_PARSERS = 256


def _parser(language: str, order: str, base: dt.datetime) -> Any:
    found = _PARSERS.get((language, order, base))
    if found is None:
        if len(_PARSERS) >= _MAX_PARSERS:
            _PARSERS.clear()
        found = _PARSERS[(language, order, base)] = _new_parser(language, order, base)
    return found


def _new_parser(language: str, order: str, base: dt.datetime) -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    # Fully stated strings (sentinel base) need only the absolute parser; relative strings
    # ("2 days ago", "today") go to the relative-time parser first.
    parsers = ["absolute-time"] if base == _SENTINEL else ["relative-time", "absolute-time"]
    return DateDataParser(
        languages=[language],
        settings={
            "RELATIVE_BASE": base,
            "DATE_ORDER": order,
            "PREFER_LOCALE_DATE_ORDER": False,
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": "current_period",
            "RETURN_TIME_AS_PERIOD": False,
            "PARSERS": parsers,
        },
    )


@lru_cache(maxsize=16384)
def dateparse(
    text: str, language: str, order: str = "DMY", base: dt.date | None = None
) -> tuple[dt.date, str] | None:
    """dateparser's reading of one located string: (date, period), or None.

    `base` is the publication date for relative strings; fully stated strings use a fixed
    sentinel base so that nothing is ever taken from today's date.
    """
    rel = _SENTINEL if base is None else dt.datetime(base.year, base.month, base.day)
    try:
        data = _parser(language, order, rel).get_date_data(text)
    except (ValueError, OverflowError):  # dateparser rejects some located strings outright
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")


# --------------------------------------------------------------------------------------------
# Extraction


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


_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.\s*$")


def _units(doc: Document) -> list[Sentence]:
    """The sentences, with a sentence ending in a day ordinal ("Am 7.") joined to the next one.

    A segmenter may cut German and other day-first dates ("7. Oktober 2023") after the
    ordinal's full stop; the date scanner reads such pairs as one sentence.
    """
    out: list[Sentence] = []
    for sent in doc.sentences:
        last = out[-1] if out else None
        if (
            last is not None
            and last.block == sent.block
            and last.segment == sent.segment
            and _ORDINAL_END.search(last.text)
        ):
            text = (doc.text or doc.article.text)[last.start : sent.end]
            out[-1] = Sentence(last.start, sent.end, text, last.segment, last.index, last.block)
        else:
            out.append(sent)
    return out


def extract(doc: Document, config: Config) -> Sequence[DateClaim]:
    """Every date expression in the document's sentences, resolved where possible."""
    article = doc.article
    text = doc.text or article.text
    lang = _lang(article.language)
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out: list[DateClaim] = []
    segment, seg_first = -1, 0
    previous: list[_Anchor] = []
    lede: _Anchor | None = None
    for sent in _units(doc):
        if sent.segment != segment:
            segment, seg_first, previous, lede = sent.segment, sent.index, [], None
        current: list[_Anchor] = []
        ctx = _Context(article.published, article.language, lang.code, previous=previous, lede=lede)
        for m in _SCANS.scan(lang, text, low, sent.start, sent.end):
            ctx.same = current
            value = _value_of_match(m, text, sent.start, ctx, lang)
            if value is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            out.append(
                DateClaim(
                    id=claim_id(article.id, "date", start, end),
                    article=article.id,
                    span=make_span(doc, start, end),
                    segment=sent.segment,
                    context=sent.text,
                    value=value,
                )
            )
            if value.resolved and value.granularity == "day" and value.start:
                current.append(_Anchor(value.start, text[start:end], sent.index, start, sent.text))
        if lede is None and current and sent.index - seg_first < 2:
            lede = current[0]
        previous = current
    return out


# --------------------------------------------------------------------------------------------
# Normalisation


@dataclasses.dataclass(frozen=True, slots=True)
class _Anchor:
    day: dt.date
    text: str
    sentence: int
    start: int
    context: str


@dataclasses.dataclass(slots=True)
class _Context:
    published: dt.date | None
    language: str
    """The article's language or locale as given ("en-GB")."""
    code: str = "en"
    """The language of the scanner and of dateparser ("en")."""
    before: str = ""
    """Sentence text before the expression (tense and "every" checks)."""
    here: tuple[int, int] = (0, 0)
    """The expression's offsets inside its sentence."""
    same: list[_Anchor] = dataclasses.field(default_factory=list)
    """Resolved day dates earlier in the same sentence."""
    previous: list[_Anchor] = dataclasses.field(default_factory=list)
    """Resolved day dates of the previous sentence."""
    lede: _Anchor | None = None
    """The first day date of the story's first two sentences."""


def _resolved(start: dt.date, end: dt.date, gran: Granularity, reason: str) -> DateValue:
    return DateValue(start=start, end=end, granularity=gran, resolved=True, reason=reason)


def _unresolved(gran: Granularity, reason: str) -> DateValue:
    return DateValue(start=None, end=None, granularity=gran, resolved=False, reason=reason)


def _day(d: dt.date, reason: str) -> DateValue:
    return _resolved(d, d, "day", reason)


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return y, m + 1


_NO_PUB = "relative date and the article has no publication date"
_PARTS_OF_YEAR = {"early": (1, 6), "mid": (4, 9), "late": (7, 12)}
"""Parts of a year as overlapping month ranges, so vague parts never conflict by a hair."""
_PARTS_OF_DECADE = {"early": (0, 4), "mid": (3, 7), "late": (6, 9), None: (0, 9)}
_PARTS_OF_CENTURY = {"early": (1, 40), "mid": (30, 70), "late": (60, 100), None: (1, 100)}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _number(word: str, language: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(language, _NUMBERS["en"]).get(w)


def _weekday(wd: int, rel: str, ctx: _Context, text: str) -> DateValue:
    pub = ctx.published
    if pub is None:
        return _unresolved("day", _NO_PUB)
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == "last":
        d, why = pub - dt.timedelta(days=back or 7), "last such weekday before publication"
    elif rel == "next":
        d, why = pub + dt.timedelta(days=ahead or 7), "next such weekday after publication"
    elif rel == "this":
        d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
        why = "that weekday of the publication week"
    elif _FUTURE.search(ctx.before[-80:]):
        d, why = pub + dt.timedelta(days=ahead), "weekday on or after publication (future tense)"
    else:
        d, why = pub - dt.timedelta(days=back), "weekday on or before publication"
    return _day(d, f"{why} {pub.isoformat()}")


def _named_month(mon: int, prep: str, ctx: _Context) -> DateValue:
    pub = ctx.published
    if pub is None:
        return _unresolved("month", "month without a year and no publication date")
    p = " ".join(prep.lower().split())
    if p == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif p == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    elif p == "this":
        y = pub.year
    elif _FUTURE.search(ctx.before[-80:]) or p == "until":
        y = pub.year if mon >= pub.month else pub.year + 1
    else:
        y = pub.year if mon <= pub.month else pub.year - 1
    s, e = _month(y, mon)
    return _resolved(s, e, "month", f"year from publication date {pub.isoformat()}")


SOON_DAYS = 120
"""A day and month without a year, not in future tense, is read in the past year unless the
coming one is at most this many days ahead and less than half as far ("until May 22" written
on March 25 is this May, not last May)."""


def _month_day(mon: int, day: int, ctx: _Context, core: str) -> DateValue | None:
    pub = ctx.published
    if not 1 <= mon <= 12 or not 1 <= day <= calendar.monthrange(2024, mon)[1]:
        return None
    if pub is None:
        return _unresolved("day", "no year stated and no publication date")
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(y, mon, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if _FUTURE.search(ctx.before[-80:]):
        pool = [c for c in candidates if c >= pub] or candidates
    else:
        pool = [c for c in candidates if c <= pub] or candidates
        ahead = [c for c in candidates if c > pub]
        if ahead and pool[0] <= pub:
            soon, back = min(ahead), max(pool)
            if (soon - pub).days <= SOON_DAYS and (pub - back).days > 2 * (soon - pub).days:
                pool = [soon]  # "I declare March 24 a day of mourning", written March 23
    d = min(pool, key=lambda c: abs((c - pub).days))
    return _day(d, f"year from publication date {pub.isoformat()}")


def _period(rel: int, unit: str, el: str | None, ctx: _Context) -> DateValue:
    gran: Granularity = "week" if unit in ("week", "weekend") else unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    why = f"publication date {pub.isoformat()}"
    if unit == "year":
        s, e = _year(pub.year + rel)
    elif unit == "month":
        s, e = _month(*_add_months(pub, rel))
    elif unit == "weekend":
        sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=rel)
        if rel < 0 and pub.weekday() == 6:
            sat += dt.timedelta(weeks=1)
        s, e = sat, sat + dt.timedelta(days=1)
    else:
        s = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=rel)
        e = s + dt.timedelta(days=6)
    if rel == 0 and el:
        s, e = (s, pub) if el.lower() == "earlier" else (pub, e)
    return _resolved(s, e, gran, why)


def _past(unit: str, ctx: _Context) -> DateValue:
    """ "The past week/month/year": the span ending on the publication date."""
    gran: Granularity = "week" if unit in ("week", "weekend") else unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    days = {"week": 7, "weekend": 7, "month": 31, "year": 366}[unit]
    return _resolved(
        pub - dt.timedelta(days=days), pub, gran, f"publication date {pub.isoformat()}"
    )


def _ago(n: int, unit: str, core: str, ctx: _Context) -> DateValue | None:
    gran: Granularity = unit  # type: ignore[assignment]
    pub = ctx.published
    if pub is None:
        return _unresolved(gran, _NO_PUB)
    why = f"publication date {pub.isoformat()}"
    if unit == "day":
        return _day(pub - dt.timedelta(days=n), why)
    if unit == "week":
        d = pub - dt.timedelta(weeks=n)
        return _resolved(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", why)
    if unit == "month":
        s, e = _month(*_add_months(pub, -n))
        return _resolved(s, e, "month", why)
    s, e = _year(pub.year - n)
    return _resolved(s, e, "year", why)


def _event_words(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 1}


def _evrel(g: Mapping[str, str | None], ctx: _Context) -> DateValue:
    n_word, unit = g.get("n"), (g.get("u") or "day").lower().rstrip("s")
    direction = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
    event = g.get("event")
    if g.get("that") or direction == "same":
        step = 0
    else:
        n = _number(n_word, "en") if n_word else 1
        sign = 1 if direction in ("later", "after", "following", "next") else -1
        step = sign * (n or 1) * (7 if unit == "week" else 1)
    gran: Granularity = "week" if unit == "week" and step else "day"
    if event and direction in ("after", "before"):
        words = _event_words(event)
        for a in reversed([*ctx.previous, *ctx.same]):
            lo, hi = ctx.here if a in ctx.same else (-1, -1)
            around = {st for st, _, p in _event(a.context, a.text) if not lo <= p < hi}
            if words & around:
                d = a.day + dt.timedelta(days=step)
                return _resolved(
                    d,
                    d,
                    gran,
                    f"{abs(step)} day(s) {direction} “{event}” on {a.day.isoformat()} (“{a.text}”)",
                )
        return _unresolved(
            gran,
            f"relative to “{event}”, whose date is not stated in this or the previous sentence",
        )
    near = ctx.same or ctx.previous
    anchor = near[-1] if near else ctx.lede
    if anchor is None:
        return _unresolved(gran, "relative to an earlier event whose date the text does not state")
    d = anchor.day + dt.timedelta(days=step)
    where = "the event date" if near else "the story's lead date"
    return _resolved(d, d, gran, f"relative to {where} {anchor.day.isoformat()} (“{anchor.text}”)")


def _calendar_day(
    form: str, g: Mapping[str, str | None], order: str, lang: _Lang
) -> dt.date | None | Literal[False]:
    """A fully stated day by calendar arithmetic: the date, None when no such day exists
    (February 30), or False when the month word is unknown here and dateparser must read it.

    dateparser is slow; a day given as numbers or a known month name needs no parser.
    """
    try:
        y, d = int(g["y"] or 0), int(g["d"] or 0) if form != "numeric" else 0
        if form == "iso":
            mon = int(g["m"] or 0)
        elif form == "numeric":
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            mon, d = (b, a) if order == "DMY" else (a, b)
        else:
            named = _month_number(g["mon"] or "", lang)
            if named is None:
                return False
            mon = named
        return dt.date(y, mon, d)
    except ValueError:
        return None


def _resolve(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """The value of one located expression; None when it is not a date after all."""
    language = lang.code
    order = "DMY" if _day_first(ctx.language) else "MDY"
    if form in ("mdy", "dmy", "iso", "numeric"):
        if form == "numeric":
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            if g["sep"] == "." or a > 12:
                order = "DMY"
            elif b > 12:
                order = "MDY"
        direct = _calendar_day(form, g, order, lang)
        if direct is not False:  # stated in full: plain calendar arithmetic decides
            return _day(direct, "absolute") if direct else None
        parsed = dateparse(core, language, order)
        if parsed is None or parsed[1] != "day" or parsed[0].year != int(g["y"] or 0):
            return None
        return _day(parsed[0], "absolute")
    if form == "my":
        mon = _month_number(g["mon"] or "", lang)
        if mon is not None:
            return _resolved(*_month(int(g["y"] or 0), mon), "month", "absolute")
        parsed = dateparse(core, language, order)
        if parsed is None or parsed[0].year != int(g["y"] or 0):
            return None
        return _resolved(*_month(parsed[0].year, parsed[0].month), "month", "absolute")
    if form in ("md", "dm"):
        mon = _month_number(g["mon"] or "", lang)
        return _month_day(mon, int(g["d"] or 0), ctx, core) if mon else None
    if form == "year":
        if not g.get("p") and not g.get("the") and not _bare_year_ok(ctx.before, g):
            return None
        return _resolved(*_year(int(g["y"] or 0)), "year", "absolute")
    if form == "yearrange":
        y1, y2 = int(g["y1"] or 0), int(g["y2"] or 0)
        if y2 <= y1:
            return None
        return _resolved(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", "absolute")
    if form == "yearpart":
        lo, hi = _PARTS_OF_YEAR[(g["part"] or "").lower()]
        y = int(g["y"] or 0)
        return _resolved(_month(y, lo)[0], _month(y, hi)[1], "season", "absolute")
    if form == "season":
        y, s = int(g["y"] or 0), (g["s"] or "").lower()
        if s == "winter":
            return _resolved(dt.date(y - 1, 12, 1), _month(y + 1, 2)[1], "season", "absolute")
        lo, hi = _SEASONS[s]
        return _resolved(_month(y, lo)[0], _month(y, hi)[1], "season", "absolute")
    if form == "decade":
        dec = int(g["dec"] or 0)
        if dec < 100:
            dec += 1900 if dec >= 30 else 2000
        part = (g.get("part") or "").lower() or None
        lo, hi = _PARTS_OF_DECADE[part]
        return _resolved(dt.date(dec + lo, 1, 1), dt.date(dec + hi, 12, 31), "decade", "absolute")
    if form == "century":
        c = int(g["c"] or 0)
        part = (g.get("part") or "").lower() or None
        lo, hi = _PARTS_OF_CENTURY[part]
        first = (c - 1) * 100
        return _resolved(
            dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), "century", "absolute"
        )
    if form == "relpart":
        pub = ctx.published
        if pub is None:
            return _unresolved("season", _NO_PUB)
        y = pub.year + {"last": -1, "this": 0, "next": 1}[(g["rel"] or "").lower()]
        lo, hi = _PARTS_OF_YEAR[(g["part"] or "").lower()]
        return _resolved(
            _month(y, lo)[0], _month(y, hi)[1], "season", f"publication date {pub.isoformat()}"
        )
    if form == "deictic":
        word = " ".join((g["w"] or "").split())
        table = {k.lower(): v for k, v in _DEICTIC.get(language, _DEICTIC["en"]).items()}
        off = table.get(word.lower(), 0)
        if ctx.published is None:
            return _unresolved("day", _NO_PUB)
        d = ctx.published + dt.timedelta(days=off)
        return _day(d, f"publication date {ctx.published.isoformat()}")
    if form == "ago":
        n = _number(g["n"] or "", language)
        unit = _UNITS.get(language, _UNITS["en"]).get((g["u"] or "").lower())
        if n is None or unit is None:
            return None
        digits = core.replace(g["n"] or "", str(n), 1)
        return _ago(n, unit, digits, ctx)
    if form == "period":
        if g.get("ph"):
            phrase = " ".join((g["ph"] or "").split())
            periods = {k.lower(): v for k, v in _PERIODS[language].items()}
            found = periods.get(phrase.lower())
            return _period(*found, None, ctx) if found else None
        relw, unit = (g["rel"] or "").lower(), (g["u"] or "").lower()
        if relw == "past":
            return _past(unit, ctx)
        return _period(
            {"this": 0, "last": -1, "next": 1, "coming": 1}[relw], unit, g.get("el"), ctx
        )
    if form == "monthyear":
        mon = _month_number(g["mon"] or "", lang)
        if mon is None:
            return None
        if ctx.published is None:
            return _unresolved("month", _NO_PUB)
        y = ctx.published.year + {"last": -1, "this": 0, "next": 1}[(g["rel"] or "").lower()]
        return _resolved(*_month(y, mon), "month", f"publication date {ctx.published.isoformat()}")
    if form == "monthrel":
        mon = _month_number(g["mon"] or "", lang)
        return _named_month(mon, g["p"] or "", ctx) if mon else None
    if form == "weekday":
        wd = _weekday_number(g["wd"] or "", lang)
        if wd is None or _skip_weekday(ctx.before):
            return None
        rel_words = " ".join((g.get("rel2") or g.get("rel") or "on").lower().split())
        return _weekday(wd, _WEEKDAY_REL.get(rel_words, "on"), ctx, core)
    if form in ("evrel", "evrelx"):
        return _evrel(g, ctx)
    return None


def _month_number(word: str, lang: _Lang) -> int | None:
    w = word.strip()
    if w in lang.months:
        return lang.months[w]
    for k, v in lang.months.items():
        if k.lower() == w.lower() or k.lower().rstrip(".") == w.lower().rstrip("."):
            return v
    return None


def _weekday_number(word: str, lang: _Lang) -> int | None:
    for k, v in lang.weekdays.items():
        if k.lower() == word.lower():
            return v
    return None


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_COUNTED = frozenset(
    """km kg mph mw gw kw mm cm ft mi miles kilometres kilometers metres meters tonnes tons
    barrels bpd acres hectares people troops soldiers residents workers jobs votes deaths
    cases members units""".split()
)
"""Words after a number that make it a count, not a year ("a 1990 km journey")."""
_LAST_WORD = re.compile(r"([^\W\d_]+)[\W_]*$")


def _skip_weekday(before: str) -> bool:
    """ "every Thursday", "Good Friday": a habit or a holiday name, not a date."""
    m = _LAST_WORD.search(before[-24:])
    if not m:
        return False
    w = m.group(1).lower()
    return w in _EVERY or w in _HOLIDAY_PREFIX


def _bare_year_ok(before: str, g: Mapping[str, str | None]) -> bool:
    """A year without a preposition: after an article ("the 2017 visit") or at a phrase end."""
    tail = before[-20:].rstrip()
    if tail.endswith(("$", "€", "£", "No.", "no.", "#")):
        return False
    following = _FIRST_WORD.match(g.get("__after") or "")
    if following and following.group(1).lower() in _COUNTED:
        return False
    m = _LAST_WORD.search(tail)
    if tail.endswith(("’s", "'s")) or (
        m and m.group(1).lower() in _ARTICLE_BEFORE_YEAR and tail.endswith(m.group(1))
    ):
        return True
    stripped = (g.get("__after") or "").lstrip()
    at_end = stripped == "" or stripped[0] in ".,;:)!?—–\"”'’"
    return at_end and (tail == "" or tail.endswith((",", "(", "—", "–")))


def normalize(
    text: str, *, published: dt.date | None = None, language: str = "en"
) -> DateValue | None:
    """The value of one date expression given alone (its whole text must be the expression)."""
    lang = _lang(language)
    m = lang.pattern.fullmatch(text.strip())
    if m is None:
        return None
    return _value_of_match(m, text.strip(), 0, _Context(published, language, lang.code), lang)


def _value_of_match(
    m: re.Match[str], text: str, sent_start: int, ctx: _Context, lang: _Lang
) -> DateValue | None:
    form = m.lastgroup or ""
    names = lang.groups[form]
    g: dict[str, str | None] = {short: m.group(full) for full, short in names}
    core_start = m.start()
    if form in ("mdy", "dmy", "my", "md", "dm"):
        core_start = min(m.start(full) for full, short in names if g[short] is not None)
    if form in ("mdy", "md") and g.get("mon"):
        core_start = m.start(form + "__mon")
    core = text[core_start : m.end()]
    ctx.before = text[sent_start : m.start()]
    ctx.here = (m.start() - sent_start, m.end() - sent_start)
    g["__after"] = text[m.end() : m.end() + 24]
    return _resolve_in_calendar(form, g, core, ctx, lang)


_OFF_CALENDAR = "falls outside the calendar (years 1 to 9999)"
_UNIT_GRANULARITY: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}


def _resolve_in_calendar(
    form: str, g: Mapping[str, str | None], core: str, ctx: _Context, lang: _Lang
) -> DateValue | None:
    """`_resolve`, with a date that leaves the calendar (a relative date counted from a
    publication date of 0001-01-01 or 9999-12-31) unresolved instead of overflowing."""
    try:
        return _resolve(form, g, core, ctx, lang)
    except (OverflowError, ValueError):
        unit = (g.get("u") or "").lower().rstrip("s")
        return _unresolved(_UNIT_GRANULARITY.get(unit, "day"), _OFF_CALENDAR)


# --------------------------------------------------------------------------------------------
# Alignment and comparison


def _date_value(claim: DateClaim) -> DateValue:
    return claim.value


def key(claim: DateClaim) -> str:
    """One block for all dates; `similarity` keeps different events apart."""
    return "date"


def identity(claim: DateClaim) -> Hashable:
    v = _date_value(claim)
    if not v.resolved:
        return ("unresolved", claim.id)
    return (v.start, v.end)


_DATE_WORDS = frozenset(
    stem(w) for w in (
        "today tonight yesterday tomorrow day days week weeks month months year years ago "
        "previous preceding following next last earlier later early mid late morning afternoon "
        "evening night weekend century decade just only since during until".split()
        + [w.lower() for w in (*_EN_MONTHS, *_EN_WEEKDAYS)]
    )
)  # fmt: skip
SAME_DAY_SCORE = 30.0
"""Score of two dates naming the same day: above the date threshold, so equal days agree
across wording and languages ("on Friday" and "22 mars 2024")."""
MIN_NAME_OVERLAP = 0.34
"""Least Dice overlap of the names next to two dates of one event, when both clauses name any."""
POSSESSIVE_REACH = 3
"""Words after a possessive date ("Friday’s earthquake") that name what it dates."""
EVENT_WINDOW = 8
"""Words on each side of a date, inside its clause, that name the event it dates."""
_CLAUSE = re.compile(rf"[;:—–()\[\]“”\"]|\b(?:{_alt(lexicon('en').clause_words)})\b")
"""Clause boundaries: the words of another clause describe another event."""


@lru_cache(maxsize=65536)
def _event(context: str, span_text: str) -> tuple[tuple[str, str, int], ...]:
    """(stem, word, position) of the content words around a date, nearest first."""
    at = context.find(span_text)
    if at < 0:
        return ()
    end = at + len(span_text)
    cut_before = max((m.end() for m in _CLAUSE.finditer(context, 0, at)), default=0)
    nxt = _CLAUSE.search(context, end)
    cut_after = nxt.start() if nxt else len(context)
    before = [(m.start(), m.group(0)) for m in _WORD.finditer(context, cut_before, at)]
    after = [(m.start(), m.group(0)) for m in _WORD.finditer(context, end, cut_after)]
    if span_text.endswith(("’s", "'s")) or context.startswith(("’s", "'s"), end):
        # "for the victims of Friday’s earthquake": the date names the noun after it, not
        # the clause's event (the mourning declared)
        before, after = [], after[: POSSESSIVE_REACH + 1]
    lang = context_language(context)
    english = lang is None or lang == "en"
    if not english:
        # the clause words of the article's language ("mentre", "während", "cuando")
        opening = lexicon(lang or "en").clause_words
        bounds = [n for n, (_, w) in enumerate(before) if w.lower() in opening]
        before = before[bounds[-1] + 1 :] if bounds else before
        stop = next((n for n, (_, w) in enumerate(after) if w.lower() in opening), len(after))
        after = after[:stop]

    def keep(w: str) -> bool:
        low = w.lower()
        return low not in STOPWORDS and len(low) > 1 and stem(low) not in _DATE_WORDS

    def sense(w: str) -> str | None:
        """The word's stem; in another language its English gloss's (None: a function
        word), so "primer recorte desde 2016" meets "first cut since September 2019"."""
        if not english:
            g = gloss(w, lang or "en")
            if g == "":
                return None
            if g and not g.isdigit():
                return stem(g)
        return stem(fold(w.replace("’s", "").replace("'s", "")))

    # the window counts content words only: "el primer recorte de tipo de interés que
    # realiza el BCE desde 2016" reaches back to "primer" in any language
    b = [(s, w, p) for p, w in before if keep(w) and (s := sense(w)) is not None][-EVENT_WINDOW:]
    a = [(s, w, p) for p, w in after if keep(w) and (s := sense(w)) is not None][:EVENT_WINDOW]
    ordered: list[tuple[str, str, int]] = []
    for i in range(max(len(a), len(b))):
        if i < len(b):
            ordered.append(b[-1 - i])
        if i < len(a):
            ordered.append(a[i])
    return tuple(ordered)


def event_similarity(a: DateClaim, b: DateClaim) -> float:
    """0-100: how surely two dates date the same event, from the words of their clauses.

    Dice overlap of the content words next to each date inside its clause (date words
    excluded), weighted by nearness; no shared lower-case word (a verb or common noun: "met",
    "deals") means no shared event. Dates of different granularity must overlap more (x0.6).
    When both clauses name people or places (capitalised words past the sentence start), the
    names must overlap too (Dice >= `MIN_NAME_OVERLAP`): "met Kim" and "met Lam" are two
    meetings. Unresolved dates align with nothing: they can never be compared.
    """
    va, vb = _date_value(a), _date_value(b)
    if not (va.resolved and vb.resolved):
        return 0.0
    if va.granularity == vb.granularity == "day" and (va.start, va.end) == (vb.start, vb.end):
        return SAME_DAY_SCORE  # one day named in any words or language: the same date
    ea, eb = _event(a.context, a.span.text), _event(b.context, b.span.text)
    if not ea or not eb:
        return 0.0
    wa = _weights(ea)
    wb = _weights(eb)
    shared = wa.keys() & wb.keys()
    common_a = {s for s, w, _ in ea if w[:1].islower()}
    common_b = {s for s, w, _ in eb if w[:1].islower()}
    if not common_a & common_b & shared:
        return 0.0
    names_a = {s for s, w, p in ea if w[:1].isupper() and p > 0}
    names_b = {s for s, w, p in eb if w[:1].isupper() and p > 0}
    if (
        names_a
        and names_b
        and 2 * len(names_a & names_b) < MIN_NAME_OVERLAP * (len(names_a) + len(names_b))
    ):
        return 0.0
    score = 200.0 * sum(min(wa[s], wb[s]) for s in shared) / (sum(wa.values()) + sum(wb.values()))
    if va.granularity != vb.granularity:
        score *= 0.6
    if len(common_a & common_b & shared) >= SINCE_SHARED and _since(a) and _since(b):
        # "the first cut since September 2019", "el primer recorte ... desde 2016": one
        # reference point, however far the clause's other words
        score = max(score, SAME_DAY_SCORE)
    return score


SINCE_SHARED = 2
"""Common words two since-dates must share to date the same reference point."""


def _since(claim: DateClaim) -> bool:
    """Whether a since-word of the claim's language opens its span or stands right before it."""
    words = lexicon(context_language(claim.context) or "en").since_words
    first = _WORD.match(claim.span.text)
    if first and first.group(0).lower() in words:
        return True
    at = claim.context.find(claim.span.text)
    before = _WORD.findall(claim.context, max(0, at - 12), max(at, 0))
    return bool(before) and before[-1].lower() in words


def tokens(claim: DateClaim) -> Sequence[str]:
    """Blocking tokens: the stems of the words naming the event (none for an unresolved date,
    which aligns with nothing), and the day itself for a date of day granularity. Two dates can
    only score when they share one, so alignment scores a few candidate groups instead of
    every group."""
    v = _date_value(claim)
    if not v.resolved:
        return ()
    words = tuple(s for s, _, _ in _event(claim.context, claim.span.text))
    return (*words, f"@{v.start}") if v.granularity == "day" else words


def _weights(words: tuple[tuple[str, str, int], ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    for i, (s, _, _) in enumerate(words):
        out.setdefault(s, 1.0 / (1.0 + i / 4.0))
    return out


def compare(a: DateClaim, b: DateClaim, config: Config) -> Verdict | None:
    """Same interval agree, containment compatible, disjoint conflict; unresolved never
    compares, and an estimated date (`DateValue.estimated`) never conflicts."""
    va, vb = _date_value(a), _date_value(b)
    if not (va.resolved and vb.resolved):
        return None
    if va.start is None or va.end is None or vb.start is None or vb.end is None:
        return None
    if va.start == vb.start and va.end == vb.end:
        return "agree"
    if (va.start <= vb.start and vb.end <= va.end) or (vb.start <= va.start and va.end <= vb.end):
        return "compatible"
    if va.start <= vb.end and vb.start <= va.end:
        return "compatible"
    if va.estimated or vb.estimated:
        return None  # an estimated reading is no evidence against another day
    return "conflict"


def describe(claim: DateClaim) -> str:
    v = _date_value(claim)
    if not v.resolved or v.start is None or v.end is None:
        return f"unresolved ({v.reason})"
    if v.start == v.end:
        return v.start.isoformat()
    return f"{v.start.isoformat()} to {v.end.isoformat()}"


def subject(claim: DateClaim) -> str:
    """ "date of <event words>": the five content words nearest the date, in sentence order."""
    picked: dict[str, tuple[int, str]] = {}
    for s, w, p in _event(claim.context, claim.span.text):
        if s not in picked and w.lower() not in SUBJECT_STOPWORDS:
            picked[s] = (p, w)
        if len(picked) == 5:
            break
    words = [w for _, w in sorted(picked.values())]
    return f"date of {' '.join(words)}" if words else "date"


__all__ = [
    "COMPARE_CORPUS", "CORPUS", "LANGUAGE_CORPUS", "LANGUAGE_NEGATIVE_CORPUS", "NEGATIVE_CORPUS", "RELATIVE_CORPUS", "KIND",
    "compare", "extract", "normalize",
]  # fmt: skip

KIND = Kind(
    name="date",
    value=DateValue,
    claim=DateClaim,
    priority=40,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=event_similarity,
    threshold=25.0,
    tokens=tokens,
    compare_within_article=False,
    report_single=lambda claim: claim.value.resolved,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)
