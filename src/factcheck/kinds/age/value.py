"""The age kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class AgeValue(IntervalValue):
    """How old someone or something is: an interval in one unit."""

    unit: Literal["year", "month", "week", "day"] = "year"
    """Unit of the bounds."""


class AgeClaim(ClaimBase):
    """An age claim ("Dawood, 48", "a 20-year-old")."""

    kind: Literal["age"] = "age"
    """Discriminator."""
    value: AgeValue
    """Normalised value."""
