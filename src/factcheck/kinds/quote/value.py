"""The quote kind's value and claim models."""

from __future__ import annotations

from typing import Literal

from factcheck.core import ClaimBase, Frozen


class QuoteValue(Frozen):
    """Words in quotation marks, attributed to a speaker when one is named."""

    speaker: str | None
    """Who said it, as named in the text, or None when unattributed."""
    text: str
    """The quoted words, normalised for comparison (case, punctuation, UK/US spelling)."""


class QuoteClaim(ClaimBase):
    """A quotation."""

    kind: Literal["quote"] = "quote"
    """Discriminator."""
    value: QuoteValue
    """Normalised value."""
