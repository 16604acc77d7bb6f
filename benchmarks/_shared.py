"""Helpers every benchmark shares: paths, corpora, the machine line, one-core pinning and the doc writer."""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "clusters" / "putin-vietnam-2024-06"
EVAL = Path(os.environ.get("FACTCHECK_EVAL_DIR", ROOT.parent / "shared" / "eval"))
"""The external eval data (../shared/eval/ beside the repository unless FACTCHECK_EVAL_DIR)."""
EVAL_FILES = ("summedits-news-dev.jsonl", "frank-dev.jsonl", "xsumfaith-dev.jsonl")
DOC = ROOT / "docs" / "benchmarks.md"


def pin_one_core() -> int | None:
    """Run this process on one CPU (the first allowed); returns it, or None where unsupported."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


def machine() -> str:
    """One line naming the machine: CPU model, cores, Python."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} cores (nproc), Python {platform.python_version()} "
        f"on {platform.system()} {platform.release()}"
    )


def commit() -> str:
    """Short hash of the checked-out commit, with `+dirty` when the tree has changes.

    FACTCHECK_BENCH_COMMIT overrides it (a run from an exported snapshot of a commit).
    """
    if os.environ.get("FACTCHECK_BENCH_COMMIT"):
        return os.environ["FACTCHECK_BENCH_COMMIT"]
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def stamp(command: str) -> str:
    """The provenance line written above every generated table."""
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Run {today} at commit `{commit()}` on {machine()}.\nCommand: `{command}`\n"


def eval_rows(name: str) -> Iterator[dict[str, object]]:
    """The lines of one eval JSON Lines file."""
    with (EVAL / name).open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def clear_caches() -> int:
    """Empty every cache and memo of the loaded factcheck modules; returns how many.

    Extractors memoise per string and per sentence; without this, repetitions over the same
    corpus would measure cache hits instead of extraction. Only functions and objects with a
    `cache_clear` of their own are emptied (a class defining the method is skipped).
    """
    import sys

    n = 0
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("factcheck") or module is None:
            continue
        for obj in list(vars(module).values()):
            if isinstance(obj, type) or id(obj) in seen:
                continue
            clear = getattr(obj, "cache_clear", None)
            if callable(clear):
                seen.add(id(obj))
                clear()
                n += 1
    return n


def median_time(fn: Callable[[], object], reps: int, *, cold: bool = True) -> float:
    """Median wall time of `reps` calls of `fn`, in seconds (factcheck caches emptied first)."""
    times = []
    for _ in range(reps):
        if cold:
            clear_caches()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def write_section(name: str, body: str) -> None:
    """Replace the text between the section's marker comments in docs/benchmarks.md."""
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + f"\n\n{block}\n"
    DOC.write_text(text, encoding="utf-8")


def table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def profile_tables(prof: cProfile.Profile, top: int = 12) -> str:
    """Markdown tables of a profile: functions by own time, factcheck functions by cumulative."""
    stats = pstats.Stats(prof, stream=io.StringIO())
    entries = stats.stats.items()  # type: ignore[attr-defined]

    def row(file: str, line: int, fn: str, ncalls: int, own: float, cum: float) -> list[object]:
        short = file.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        return [f"`{short}:{line} {fn}`", f"{ncalls:,}", f"{own:.2f}", f"{cum:.2f}"]

    by_own = sorted(entries, key=lambda kv: kv[1][2], reverse=True)[:top]
    own_rows = [row(*key, n, own, cum) for key, (_, n, own, cum, _) in by_own]
    ours = [kv for kv in entries if "factcheck" in kv[0][0]]
    by_cum = sorted(ours, key=lambda kv: kv[1][3], reverse=True)[:top]
    cum_rows = [row(*key, n, own, cum) for key, (_, n, own, cum, _) in by_cum]
    head = ["function", "calls", "own s", "cumulative s"]
    return (
        "Functions by own time:\n\n" + table(head, own_rows)
        + "\nfactcheck functions by cumulative time:\n\n" + table(head, cum_rows)
    )  # fmt: skip
