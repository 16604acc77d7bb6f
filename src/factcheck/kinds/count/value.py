"""The count kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class CountValue(IntervalValue):
    """How many of something: an interval over a unit noun."""

    unit: str
    """Singular lemma of the counted noun ("deal")."""
    ordinal: bool = False
    """True for ordinals ("14th package")."""


class CountClaim(ClaimBase):
    """A count or ordinal claim."""

    kind: Literal["count"] = "count"
    """Discriminator."""
    value: CountValue
    """Normalised value."""
