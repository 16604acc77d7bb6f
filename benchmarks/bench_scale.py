"""Scale: one story republished N times, checked as one cluster.

Usage: .venv/bin/python benchmarks/bench_scale.py [--sizes 10,100,1000] [--reps 3]
                                                  [--story 001] [--profile] [--no-write]

`perturb.republish` (benchmarks/perturb.py) makes N copies of a seed article with realistic variation
(digits and words, bn and billion, date formats, spelling, misspelt names, dropped and
reordered paragraphs) and injects one fact-changing edit into each of three copies. Each N
runs in a fresh subprocess pinned to one core: after one warm-up check of a single copy,
`factcheck.Checker(pause_gc=True).check` over all copies, timed (median of --reps, factcheck's memo caches emptied
before each), and the process's peak resident memory (`resource.getrusage`, maxrss)
after the runs. An injected conflict is found when a conflict finding holds a claim of the
edited copy overlapping the edit. With --profile, cProfile runs the largest N once and the
functions with the most own time are written to the doc.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from collections import Counter

from _shared import SEED, clear_caches, pin_one_core, profile_tables, stamp, table, write_section

PUBLISHED = dt.date(2024, 6, 20)


def _copies(n: int, story: str) -> list[object]:
    from perturb import republish, seed_texts

    (text,) = [t for s, t, _ in seed_texts(SEED) if s.startswith(story)]
    return republish(text, n, seed=7, conflicts=3, published=PUBLISHED)  # type: ignore[return-value]


def one(n: int, reps: int, story: str) -> dict[str, object]:
    """Run inside the subprocess: time and measure one size."""
    pin_one_core()
    from perturb import injected_found

    from factcheck import Article, Checker

    # A throughput run: the collector pause is opt-in (batch workers use it too).
    checker = Checker(pause_gc=True)
    check = checker.check

    copies = _copies(n, story)
    arts = [Article(id=c.id, source=c.id, published=PUBLISHED, text=c.text) for c in copies]  # type: ignore[attr-defined]
    words = sum(len(a.text.split()) for a in arts)
    from factcheck.pipeline import prepare

    sentences = [a.text[s.start : s.end] for a in arts for s in prepare(a).sentences]
    check(arts[:1])  # warm-up: lazy imports and parser tables are not part of the scaling
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    report = None
    for _ in range(reps):
        report = None  # the previous repetition's report is not kept alive during this one
        clear_caches()
        checker.cache_clear()
        t0 = time.perf_counter()
        report = check(arts, cluster=f"republished-{n}")
        times.append(time.perf_counter() - t0)
    assert report is not None
    found = injected_found(report, copies)  # type: ignore[arg-type]
    times.sort()
    return {
        "n": n,
        "words": words,
        "claims": report.summary.claims,
        "sentences": len(sentences),
        "distinct_sentences": len(set(sentences)),
        "seconds": times[len(times) // 2],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_mb": rss_before / 1024,
        "findings": report.summary.findings,
        "by_verdict": dict(Counter(f.verdict for f in report.findings)),
        "injected": len(found),
        "found": sum(found.values()),
        "rules": sorted(c.rule for c in copies if c.injected is not None),  # type: ignore[attr-defined]
    }


def profile(n: int, story: str, top: int = 12) -> str:
    """cProfile of one check over n copies: the functions with the most own time."""
    pin_one_core()
    from factcheck import Article, Checker

    checker = Checker(pause_gc=True)
    check = checker.check
    copies = _copies(n, story)
    arts = [Article(id=c.id, source=c.id, published=PUBLISHED, text=c.text) for c in copies]  # type: ignore[attr-defined]
    check(arts[:1])  # warm-up, as in the timed runs
    clear_caches()
    checker.cache_clear()
    prof = cProfile.Profile()
    prof.enable()
    check(arts)
    prof.disable()
    return f"cProfile of one check over {n} copies.\n\n" + profile_tables(prof, top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--story", default="001", help="seed article file prefix (000, 001, 002)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--profile-one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.reps, args.story)))
        return
    if args.profile_one:
        print(profile(args.profile_one, args.story))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for n in sizes:
        reps = args.reps if n <= 1000 else 1
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--reps", str(reps), "--story", args.story],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(r, file=sys.stderr)
        results.append(r)
    rows = []
    for r in results:
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(r["by_verdict"].items()))
        rows.append([
            f"{r['n']:,}", f"{r['words']:,}",
            f"{r['sentences']:,} / {r['distinct_sentences']:,}", f"{r['claims']:,}",
            f"{r['seconds']:.2f}",
            f"{r['words'] / r['seconds']:,.0f}", f"{r['peak_rss_mb']:.0f}",
            f"{r['found']}/{r['injected']}", f"{r['findings']:,} ({verdicts})",
        ])  # fmt: skip
    by_n = {r["n"]: r for r in results}
    notes = []
    if 1000 in by_n:
        t = by_n[1000]["seconds"]
        notes.append(
            f"1,000 copies in {t:.2f} s: target < 10 s **{'met' if t < 10 else 'not met'}**."
        )
        if 100 in by_n:
            g = t / by_n[100]["seconds"]
            notes.append(
                f"Time 100 → 1,000 grows {g:.1f}×: target ≤ 15× **{'met' if g <= 15 else 'not met'}**."
            )
    all_found = all(r["found"] == r["injected"] for r in results)
    notes.append(
        "Injected conflicts found at every N: "
        + ("**yes**." if all_found else "**no** (see table).")
    )
    body = stamp(
        f"python benchmarks/bench_scale.py --sizes {args.sizes} --reps {args.reps}"
        f" --story {args.story}" + (" --profile" if args.profile else "")
    )
    body += (
        f"\nStory: seed article `{args.story}*` republished N times "
        f"(`perturb.republish` (benchmarks/perturb.py), seed 7, 3 injected changes: "
        f"{', '.join(results[-1]['rules'])}). Time is the median of {args.reps} checks in a fresh "
        f"process pinned to one core; peak RSS is the process's maximum resident memory "
        f"(interpreter and imports included). Copies share most sentences (column "
        f"'distinct'), as republished wire copies do; factcheck memoises some per-sentence "
        f"work, which the timing includes.\n\n"
    )
    body += table(
        [
            "N",
            "words",
            "sentences / distinct",
            "claims",
            "check s",
            "words/s",
            "peak RSS MB",
            "injected found",
            "findings",
        ],
        rows,
    )
    body += "\n" + " ".join(notes) + "\n"
    if args.profile:
        n = max(sizes)
        prof = subprocess.run(
            [sys.executable, __file__, "--profile-one", str(n), "--story", args.story],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        body += "\n" + prof
    print(body)
    if not args.no_write:
        write_section(f"scale-{args.story}", body)


if __name__ == "__main__":
    main()
