"""Clustering a feed: time against feed size, on republished and perturbed copies.

Usage: .venv/bin/python benchmarks/bench_cluster.py [--sizes 1000,4000,16000] [--reps 1]

The feed is the 128 articles of the eight vendored real events (fixtures/real), each
republished N/128 times by `perturb.republish` (digits and words, spellings, misspelt names,
dropped and reordered paragraphs), ids made unique, in one shuffled order. Each size runs in
this process, pinned to one core, after emptying factcheck's memo caches; the time is
`factcheck.feed.cluster_feed` over the whole feed (signatures, index, links, membership).
Prints one line per size and the growth factor between consecutive sizes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from _shared import ROOT, clear_caches, pin_one_core


def feed(n: int) -> list[object]:
    from cluster_feed_eval import feed_articles
    from perturb import republish

    originals, _, _ = feed_articles(ROOT / "fixtures" / "real")
    per = max(1, n // len(originals))
    out = []
    for art in originals:
        for k, copy in enumerate(republish(art.text, per, seed=len(out), conflicts=0)):
            out.append(art.model_copy(update={"id": f"{art.id}#{k}", "text": copy.text}))
    random.Random(1).shuffle(out)
    return out[:n]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,4000,16000")
    ap.add_argument("--reps", type=int, default=1)
    args = ap.parse_args()
    pin_one_core()
    from factcheck.feed import cluster_feed

    previous, prev_n = 0.0, 0
    for n in (int(x) for x in args.sizes.split(",")):
        arts = feed(n)
        times = []
        for _ in range(args.reps):
            clear_caches()
            start = time.perf_counter()
            result = cluster_feed(arts)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        best = sorted(times)[len(times) // 2]
        growth = f", x{best / previous:.2f} for x{n / prev_n:.0f} articles" if previous else ""
        print(
            f"{n} articles: {best:.2f} s (median of {args.reps}), "
            f"{len(result.clusters)} clusters, {len(result.outliers)} outliers{growth}",
            flush=True,
        )
        previous, prev_n = best, n
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
