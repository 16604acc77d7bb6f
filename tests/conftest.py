"""Shared fixtures: the seed cluster and small article builders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import Article, Config, Report, check

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "clusters" / "putin-vietnam-2024-06"
PUBLISHED = dt.date(2024, 6, 20)


def article(
    text: str,
    *,
    id: str = "a.txt",
    source: str = "",
    published: dt.date | None = None,
    language: str = "en",
) -> Article:
    """An article built by hand for a unit test."""
    return Article(id=id, source=source or id, published=published, language=language, text=text)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_report() -> Report:
    return check(SEED, Config())
