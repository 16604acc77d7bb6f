"""The date kind's value and claim models."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from factcheck.core import ClaimBase, Frozen, Granularity


class DateValue(Frozen):
    """A calendar interval with a granularity, or an unresolved expression with its reason."""

    start: dt.date | None
    """First day of the interval, or None when unresolved."""
    end: dt.date | None
    """Last day of the interval (inclusive), or None when unresolved."""
    granularity: Granularity
    """The precision the text states."""
    resolved: bool
    """False when the expression could not be anchored to the calendar."""
    reason: str | None = None
    """Why the date is unresolved, or which anchor resolved it."""
    estimated: bool = False
    """True when the article has no publication date and the date was resolved against the
    cluster's (a relative date, or a day or month without a year): it supports agreement but
    never makes a conflict on its own, unless it writes out a day of the month that differs
    ("19 March" against the 20th)."""


class DateClaim(ClaimBase):
    """A date claim."""

    kind: Literal["date"] = "date"
    """Discriminator."""
    value: DateValue
    """Normalised value."""
