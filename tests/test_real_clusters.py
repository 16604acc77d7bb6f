"""Accuracy on the eight vendored real multi-outlet events: floors CI enforces."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from collections import Counter

from tests.conftest import ROOT

FLOORS = json.loads((ROOT / "fixtures" / "floors.json").read_text())["real"]
REAL = ROOT / "fixtures" / "real"


def _scorer() -> object:
    spec = importlib.util.spec_from_file_location(
        "score_clusters", ROOT / "benchmarks" / "score_clusters.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_clusters_meet_floors() -> None:
    scorer = _scorer()
    tally: Counter[object] = Counter()
    events = sorted(p for p in REAL.iterdir() if (p / "gold.json").is_file())
    assert len(events) == 8
    with contextlib.redirect_stdout(io.StringIO()):
        for event in events:
            gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
            scorer.score_event(event, gold, tally, False)  # type: ignore[attr-defined]
    found = {v: tally[("found", v)] for v in ("agree", "variant", "conflict")}
    summary = f"found {found}, tally {dict(tally)}"
    for verdict, floor in FLOORS["found"].items():
        assert found[verdict] >= floor, summary
    assert tally["flags_confirmed"] >= FLOORS["flags_confirmed"], summary
    for key in ("flags_false", "flags_unlabelled", "decoy_traps", "boilerplate_claims", "errors"):
        assert tally[key] <= FLOORS[key], f"{key}: {tally[key]} > {FLOORS[key]}; {summary}"
