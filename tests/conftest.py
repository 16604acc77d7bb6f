"""Shared fixtures: the seed cluster and small article builders."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from factcheck import Article, Config, Report, check

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "clusters" / "putin-vietnam-2024-06"
PUBLISHED = dt.date(2024, 6, 20)


def clear_caches() -> None:
    """Empty every cache of the loaded factcheck modules (functools caches and memos): a
    remembered result is not a fresh run."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("factcheck") or module is None:
            continue
        for obj in list(vars(module).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear) and not isinstance(obj, type):
                clear()


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
