"""Batch: `factcheck batch` over 1,000 and 10,000 small clusters with 1 and 2 workers.

Usage: .venv/bin/python benchmarks/bench_batch.py [--counts 1000,10000] [--workers 1,2]
                                                  [--no-write]

Input: JSON Lines of articles with a `cluster` field, written to a temporary folder. Each
small cluster holds two articles: a passage of a real text (seed articles, eval documents and
summaries) and its rewrite by one perturbation rule (`perturb.generate` (benchmarks/perturb.py)); about half
the rewrites change a fact. The texts give about 4,700 distinct pairs, so beyond that clusters
repeat (under new cluster ids). factcheck memoises some per-sentence work, so repeated
clusters are cheaper: the 1,000-cluster rows are all distinct and give the cold rate; the
10,000-cluster rows show whether memory stays flat.

Each run is the command `factcheck batch INPUT --out DIR --workers N --no-progress` in a
subprocess. Clusters/s is clusters divided by the wall time of the whole command (process
start and imports included). Peak memory: the resident memory of the command and all its
worker processes, summed, sampled every 50 ms from /proc; the largest single process is
shown too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import EVAL, EVAL_FILES, SEED, stamp, table, write_section

FACTCHECK = Path(sys.executable).parent / "factcheck"


def write_input(path: Path, count: int) -> int:
    """Write `count` two-article clusters as JSON Lines; returns the number of distinct pairs."""
    from perturb import eval_texts, generate, seed_texts, source_texts

    texts = list(seed_texts(SEED))
    for name in EVAL_FILES:
        texts += eval_texts(EVAL / name)
        texts += eval_texts(EVAL / name, summaries=True)
    pairs = generate(source_texts(texts), n=min(count, 20000), seed=11, rounds=3, per_rule_cap=0.5)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            p = pairs[i % len(pairs)]
            for side, text in (("a", p.original), ("b", p.text)):
                fh.write(
                    json.dumps(
                        {
                            "cluster": f"c{i:05d}",
                            "id": f"{side}.txt",
                            "source": side,
                            "published": p.published.isoformat() if p.published else None,
                            "text": text,
                        }
                    )
                    + "\n"
                )
    return len(pairs)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(input_path: Path, out: Path, workers: int) -> dict[str, float]:
    cmd = [str(FACTCHECK), "batch", str(input_path), "--out", str(out),
           "--workers", str(workers), "--no-progress"]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_total = peak_single = 0
    while proc.poll() is None:
        rss = [_rss_kb(p) for p in _tree(proc.pid)]
        peak_total = max(peak_total, sum(rss))
        peak_single = max(peak_single, max(rss, default=0))
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    stdout, stderr = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factcheck batch failed ({proc.returncode}): {stderr[-2000:]}")
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    statuses: dict[str, int] = {}
    for line in lines:
        s = json.loads(line).get("status", "?")
        statuses[s] = statuses.get(s, 0) + 1
    return {
        "seconds": seconds,
        "clusters": len(lines),
        "peak_total_mb": peak_total / 1024,
        "peak_single_mb": peak_single / 1024,
        "statuses": statuses,  # type: ignore[dict-item]
        "stdout": stdout.strip().splitlines()[0] if stdout.strip() else "",  # type: ignore[dict-item]
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", default="1000,10000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if (
        not FACTCHECK.exists()
        or subprocess.run([str(FACTCHECK), "batch", "--help"], capture_output=True).returncode != 0
    ):
        body = stamp("python benchmarks/bench_batch.py") + (
            "\n`factcheck batch` is not available in this checkout; no numbers.\n"
        )
        print(body)
        if not args.no_write:
            write_section("batch", body)
        return
    counts = [int(c) for c in args.counts.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-batch-"))
    rows = []
    try:
        for count in counts:
            input_path = tmp / f"clusters-{count}.jsonl"
            distinct = write_input(input_path, count)
            size_mb = input_path.stat().st_size / 1e6
            for w in workers:
                out = tmp / f"out-{count}-{w}"
                r = run(input_path, out, w)
                print(count, w, r, file=sys.stderr)
                rows.append([
                    f"{count:,}", w, f"{distinct:,}", f"{size_mb:.1f}", f"{r['seconds']:.1f}",
                    f"{r['clusters'] / r['seconds']:,.0f}", f"{r['peak_total_mb']:.0f}",
                    f"{r['peak_single_mb']:.0f}",
                    ", ".join(f"{k} {v}" for k, v in sorted(r["statuses"].items())),  # type: ignore[union-attr]
                ])  # fmt: skip
                shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    body = stamp(
        f"python benchmarks/bench_batch.py --counts {args.counts} --workers {args.workers}"
    )
    body += (
        "\nEach row is one run of `factcheck batch clusters.jsonl --out DIR --workers N "
        "--no-progress`; clusters/s counts the whole command including start-up. Beyond the "
        "distinct pairs, clusters repeat (warm memo caches).\n\n"
    )
    body += table(
        ["clusters", "workers", "distinct pairs", "input MB", "wall s", "clusters/s",
         "peak RSS all processes MB", "peak RSS largest process MB", "result lines"],
        rows,
    )  # fmt: skip
    print(body)
    if not args.no_write:
        write_section("batch", body)


if __name__ == "__main__":
    main()
