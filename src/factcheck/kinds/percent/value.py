"""The percent kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class PercentValue(IntervalValue):
    """A percentage (or percentage points): an interval in percent."""

    points: bool = False
    """True for percentage points, which never compare with percentages."""


class PercentClaim(ClaimBase):
    """A percentage claim."""

    kind: Literal["percent"] = "percent"
    """Discriminator."""
    value: PercentValue
    """Normalised value."""
