"""factcheck: read several articles about one event, extract typed claims, report disagreements.

>>> import factcheck
>>> report = factcheck.check("fixtures/clusters/putin-vietnam-2024-06")  # doctest: +SKIP
>>> report.ok, len(report.conflicts)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.config import Config
from factcheck.errors import ConfigError, FactcheckError, InputError
from factcheck.kinds.count.value import CountClaim, CountValue
from factcheck.kinds.date.value import DateClaim, DateValue
from factcheck.kinds.money.value import MoneyClaim, MoneyValue
from factcheck.kinds.name.value import NameClaim, NameValue
from factcheck.kinds.percent.value import PercentClaim, PercentValue
from factcheck.kinds.quote.value import QuoteClaim, QuoteValue
from factcheck.model import Article, Claim, Finding, Report, Skip, Span, Summary

if TYPE_CHECKING:
    from factcheck.pipeline import Checker, check, extract

__all__ = [
    "Article",
    "Checker",
    "Claim",
    "Config",
    "ConfigError",
    "CountClaim",
    "CountValue",
    "DateClaim",
    "DateValue",
    "FactcheckError",
    "Finding",
    "InputError",
    "MoneyClaim",
    "MoneyValue",
    "NameClaim",
    "NameValue",
    "PercentClaim",
    "PercentValue",
    "QuoteClaim",
    "QuoteValue",
    "Report",
    "Skip",
    "Span",
    "Summary",
    "check",
    "extract",
]
__version__ = "0.1.0"
DISTRIBUTION = "factcheck-news"
"""The name to `pip install` (the import name and the console script stay `factcheck`)."""


def __getattr__(name: str) -> Any:
    # The pipeline (and the kind registry behind it) loads on first use, so `import factcheck`
    # stays fast.
    if name in ("check", "extract", "Checker"):
        from factcheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
