"""The time kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, Frozen


class TimeValue(Frozen):
    """A time of day, in the zone the text states."""

    hour: int
    """Hour, 0-23."""
    minute: int = 0
    """Minute, 0-59."""
    timezone: str | None = None
    """The zone as written ("GMT", "EDT", "local"), or None when none is stated."""
    qualifier: str | None = None
    """"about", "after" or "before" when the text gives the time loosely, else None."""


class TimeClaim(ClaimBase):
    """A time-of-day claim ("at about 1:30 a.m.", "vers 1h30")."""

    kind: Literal["time"] = "time"
    """Discriminator."""
    value: TimeValue
    """Normalised value."""
