"""Corpus of the name kind: mentions with their values, negatives and compare pairs."""

from __future__ import annotations

from factcheck.model import NameValue, Verdict

CORPUS: tuple[tuple[NameValue, tuple[str, ...]], ...] = (
    (
        NameValue(name="Zarubezhneft", entity_type="other", role=None, canonical="zarubezhneft"),
        ("Zarubezhneft",),
    ),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = ("the deal was signed", "after the meeting")
"""Texts that yield no name claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("Zarubezhneft", "Zarbezhneft", "variant"),
    ("Vietnamese President To Lam", "Vietnamese President Lam Thu Lam", "conflict"),
    ("Nguyễn Phú Trọng", "Nguyen Phu Trong", "agree"),
)
"""Pairs of surface forms and the expected verdict."""
