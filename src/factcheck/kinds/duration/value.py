"""The duration kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class DurationValue(IntervalValue):
    """How long something lasted or lasts: an interval in one unit."""

    unit: Literal["second", "minute", "hour", "day", "week", "month", "year"]
    """Unit of the bounds; a range or a sum of two units is given in the smaller."""


class DurationClaim(ClaimBase):
    """A duration claim ("40 hours", "three months to two years")."""

    kind: Literal["duration"] = "duration"
    """Discriminator."""
    value: DurationValue
    """Normalised value."""
