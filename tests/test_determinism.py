"""Every report is a function of the input alone: no dependence on the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = sorted(
    [*(ROOT / "fixtures" / "clusters").iterdir(), *(ROOT / "fixtures" / "real").iterdir()]
)

_SCRIPT = """
import hashlib, sys
from pathlib import Path
from factcheck.load import load_cluster
from factcheck import check
for folder in sys.argv[1:]:
    report = check(load_cluster([Path(folder)]).articles)
    print(Path(folder).name, hashlib.sha256(report.to_json().encode()).hexdigest())
"""


def _hashes(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *map(str, CLUSTERS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_pipeline_report_identical_across_hash_seeds() -> None:
    first = _hashes(0)
    assert len(first.splitlines()) == len(CLUSTERS) >= 9
    for seed in (5, 7, 11):
        assert _hashes(seed) == first, f"PYTHONHASHSEED={seed} changed a report"
