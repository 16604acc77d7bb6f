"""The money kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, IntervalValue


class MoneyValue(IntervalValue):
    """An amount of money: an interval in one ISO 4217 currency."""

    currency: str
    """ISO 4217 code ("USD")."""


class MoneyClaim(ClaimBase):
    """A money claim."""

    kind: Literal["money"] = "money"
    """Discriminator."""
    value: MoneyValue
    """Normalised value."""
