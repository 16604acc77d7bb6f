"""The date kind's corpora: expected values with their surface forms, negatives, compare pairs.

`CORPUS` forms carry every part themselves (they are extracted without a publication date);
`RELATIVE_CORPUS` entries carry the publication date they are anchored on, and
`LANGUAGE_CORPUS` entries the article language as well.
"""

from __future__ import annotations

import datetime as dt

from factcheck.model import DateValue, Granularity, Verdict


def _v(start: str, end: str | None = None, gran: Granularity = "day",
       reason: str = "absolute") -> DateValue:
    s = dt.date.fromisoformat(start)
    e = dt.date.fromisoformat(end) if end else s
    return DateValue(start=s, end=e, granularity=gran, resolved=True, reason=reason)


CORPUS: tuple[tuple[DateValue, tuple[str, ...]], ...] = (
    (_v("2024-06-20"), ("2024-06-20", "June 20, 2024", "20 June 2024")),
    (_v("2017-01-01", "2017-12-31", "year"), ("in 2017", "2017")),
    (_v("1950-01-01", "1959-12-31", "decade"), ("the 1950s",)),
)
"""Expected value → surface forms (no publication date needed)."""

NEGATIVE_CORPUS: tuple[str, ...] = ("12 deals", "block 11-2", "won 2-1", "2024 people",
                                    "every weekend")
"""Texts that yield no date claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("June 20, 2024", "2024-06-20", "agree"),
    ("June 2024", "June 20, 2024", "compatible"),
    ("June 19, 2024", "June 20, 2024", "conflict"),
)
"""Pairs of surface forms and the expected verdict."""

RELATIVE_CORPUS: tuple[tuple[dt.date | None, str, DateValue], ...] = ()
"""(publication date, text, expected value): forms anchored on the publication date."""

LANGUAGE_CORPUS: tuple[tuple[str, dt.date | None, str, DateValue], ...] = ()
"""(language, publication date, text, expected value) in the article's own language."""
