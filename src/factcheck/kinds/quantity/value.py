"""The quantity kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class QuantityValue(IntervalValue):
    """A measure with a unit: an interval in one canonical unit."""

    unit: str
    """Canonical unit symbol ("km", "ft", "m3", "°C", "km/h", "magnitude")."""
    dimension: str
    """What the unit measures: length, mass, volume, temperature, speed, area, power, energy
    or magnitude; only quantities of one dimension are compared."""


class QuantityClaim(ClaimBase):
    """A measure with a unit ("1,600 metros", "magnitude 6.8")."""

    kind: Literal["quantity"] = "quantity"
    """Discriminator."""
    value: QuantityValue
    """Normalised value."""
