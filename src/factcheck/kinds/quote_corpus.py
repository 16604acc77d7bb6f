"""Corpus of the quote kind: quotations with their values, negatives and compare pairs."""

from __future__ import annotations

from factcheck.model import QuoteValue, Verdict

CORPUS: tuple[tuple[QuoteValue, tuple[str, ...]], ...] = (
    (
        QuoteValue(speaker="Putin", text="we will increase cooperation"),
        ("“We will increase co-operation,” said Putin", '"We will increase cooperation," said Putin'),
    ),
)
"""Expected value → surface forms (the span is the quotation's inside)."""

NEGATIVE_CORPUS: tuple[str, ...] = ("the tribunal was “invalid”", "no quotation here")
"""Texts that yield no quote claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("“developing a reliable security architecture”", "“building a credible security architecture”", "conflict"),
    ("“further co-operate in defence and security”", "“further cooperate in defense and security”", "agree"),
)
"""Pairs of surface forms and the expected verdict."""
