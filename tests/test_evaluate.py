"""Accuracy floors on the fixtures' gold files: CI fails when precision or recall drops."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import check
from factcheck.evaluate import evaluate, load_gold
from tests.conftest import ROOT

FLOORS = json.loads((ROOT / "fixtures" / "floors.json").read_text())
GOLD_CLUSTERS = sorted(p.parent for p in (ROOT / "fixtures" / "clusters").glob("*/expected.json"))


@pytest.mark.parametrize("cluster", GOLD_CLUSTERS, ids=lambda p: p.name)
def test_evaluate_fixture_gold_meets_floors(cluster: Path) -> None:
    floor = FLOORS["clusters"][cluster.name]
    ev = evaluate(check(cluster), load_gold(cluster / "expected.json"))
    assert ev.overall.precision >= floor["precision"], ev.false_alarms
    assert ev.overall.recall >= floor["recall"], ev.missed


def test_evaluate_counts_false_alarms_and_misses(seed_dir: Path) -> None:
    gold = load_gold(seed_dir / "expected.json")
    report = check(seed_dir)
    ev = evaluate(report, gold)
    assert ev.overall.true_positives + ev.overall.false_negatives == len(gold.findings)
    empty = report.model_copy(update={"findings": ()})
    ev0 = evaluate(empty, gold)
    assert ev0.overall.recall == 0 and ev0.overall.true_positives == 0
