"""Gated scans against plain `re` scans, start-up included: extraction of every article of
`fixtures/real` (128 articles of eight events), several passes in one process, a fresh
`Checker` per pass; each mode runs in its own process (gates are built once per process),
the two modes alternating. Prints each run's passes and the medians of first and later
passes per mode.

    .venv/bin/python benchmarks/bench_gates.py --runs 3 --passes 4
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(mode: str, passes: int) -> list[float]:
    """Seconds of each pass in this process, gates `mode` ("on" or "off")."""
    from factcheck import Config
    from factcheck.kinds import _scan
    from factcheck.load import load_cluster
    from factcheck.pipeline import Checker

    _scan.ENABLED = mode == "on"
    articles = []
    for folder in sorted(p for p in (ROOT / "fixtures" / "real").iterdir() if p.is_dir()):
        articles.extend(load_cluster([folder]).articles)
    out = []
    for _ in range(passes):
        checker = Checker()
        start = time.perf_counter()
        for article in articles:
            checker.extract(article, Config())
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--child", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.child, args.passes)))
        return 0
    runs: dict[str, list[list[float]]] = {"on": [], "off": []}
    for _ in range(args.runs):
        for mode in ("on", "off"):
            done = subprocess.run(
                [sys.executable, __file__, "--child", mode, "--passes", str(args.passes)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            passes = json.loads(done.stdout)
            runs[mode].append(passes)
            print(f"gates {mode:3}: " + ", ".join(f"{t:.2f}" for t in passes) + " s")
    for mode, got in runs.items():
        first = statistics.median(p[0] for p in got)
        later = statistics.median(t for p in got for t in p[1:])
        print(f"gates {mode:3}: first pass median {first:.2f} s, later passes median {later:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
