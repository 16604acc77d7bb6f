"""Behaviour lock: the JSON report of every fixture cluster and of 300 republished seed copies
hashes to the value recorded in tests/data/behaviour_hashes.json.

A refactoring leaves every hash as it is. A change meant to alter reports regenerates the file
with `python -m tests.test_behaviour --update` and says which hashes moved and why in its commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.perturb import republish, seed_texts
from factcheck import Article, Report, check
from factcheck.load import load_cluster
from tests.conftest import ROOT, SEED

DATA = Path(__file__).resolve().parent / "data" / "behaviour_hashes.json"
COPIES = 100
"""Copies per seed story (three stories: 300 copies)."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _report_hash(report: Report) -> str:
    """The report's JSON with keys sorted (an object's key order is no behaviour) and the
    checkout's root removed from file paths."""
    data = json.loads(report.to_json().replace(str(ROOT), "<root>"))
    return _digest(json.dumps(data, sort_keys=True, ensure_ascii=False))


def _fixture_dirs() -> list[Path]:
    dirs = sorted((ROOT / "fixtures" / "clusters").iterdir())
    dirs += sorted((ROOT / "fixtures" / "real").iterdir())
    return [d for d in dirs if d.is_dir()]


def _copies() -> list[list[Article]]:
    """Republished copies of the three seed stories, one cluster per copy number."""
    stories = [text for _, text, _ in seed_texts(SEED)]
    copies = [republish(text, COPIES, seed=s, conflicts=3) for s, text in enumerate(stories)]
    clusters = []
    for i in range(COPIES):
        published = dt.date(2024, 6, 20) if i % 3 else None
        clusters.append(
            [
                Article(id=f"s{s}-{cp[i].id}", text=cp[i].text, published=published)
                for s, cp in enumerate(copies)
            ]
        )
    return clusters


def _cases() -> Iterator[tuple[str, str]]:
    for d in _fixture_dirs():
        yield (
            f"fixture:{d.parent.name}/{d.name}",
            _report_hash(check(list(load_cluster([d]).articles), cluster=d.name)),
        )
    clusters = _copies()
    yield "copies:texts", _digest("\x00".join(a.text for c in clusters for a in c))
    for i, arts in enumerate(clusters):
        yield f"copies:{i:03d}", _report_hash(check(arts, cluster=f"copies-{i:03d}"))
    every = [a for c in clusters for a in c]
    yield "copies:all", _report_hash(check(every, cluster="copies-all"))


def compute() -> dict[str, str]:
    """Every recorded hash, computed from the current code."""
    return dict(_cases())


@pytest.fixture(scope="module")
def current() -> dict[str, str]:
    return compute()


def test_behaviour_report_hashes_unchanged(current: dict[str, str]) -> None:
    recorded = json.loads(DATA.read_text(encoding="utf-8"))
    assert set(current) == set(recorded), "the set of locked reports changed"
    moved = sorted(k for k in recorded if current[k] != recorded[k])
    assert not moved, f"{len(moved)} report(s) changed: {', '.join(moved[:20])}"


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.test_behaviour --update")
    DATA.write_text(json.dumps(compute(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
