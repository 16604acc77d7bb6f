"""What resolving a date expression reads and builds: the expression's context in its
article (publication date, language, the day dates around it) and date values."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factcheck.core import Granularity
from factcheck.kinds.date.value import DateValue
from factcheck.lang import DEFAULT_LANGUAGE, lexicon


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
    code: str = DEFAULT_LANGUAGE
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


_NO_PUB = "relative date and the article has no publication date"


def _number(word: str, language: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return lexicon(language).small_numbers.get(w)
