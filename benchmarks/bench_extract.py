"""Extraction throughput and correct values, factcheck against dateparser and quantulum3.

Usage: .venv/bin/python benchmarks/bench_extract.py [--reps 5] [--ext-reps 3] [--profile]
                                                   [--no-write]

The corpus is the fixtures' article texts plus every distinct document and summary of
../shared/eval/. Every document is cleaned and segmented once (`factcheck.pipeline.prepare`);
the timed part is each kind's `KIND.extract` over all prepared documents, then all kinds
together in the pipeline's order, with factcheck's memo caches emptied before every
repetition. A kind that reads other kinds' claims (quote reads names) is given them as the
pipeline hands them over: extracted beforehand for its own row, by the kinds before it in
the all-kinds rows. The row "plain re scans" is all kinds with the candidate scans of
`kinds/_scan.py` turned off (`_scan.ENABLED = False`): each pattern searched on its own. On
the same texts, in the same process, dateparser's `search_dates` and quantulum3's
`parser.parse` run over each raw text. The all-kinds rows and dateparser's are timed in
rounds (one repetition of each per round) so that load from other work on the machine falls
on them alike. The process is pinned to one core. Words are whitespace-separated tokens of
the raw texts.

Correct values: a hand-checked list of the counts, amounts, percentages and dates an editor
wants from the seed cluster (EXPECTED below). A tool scores a value when it returns a value
for text overlapping the expected phrase that equals the expected one (see `_factcheck_ok`,
`_dateparser_ok`, `_quantulum_ok` for the exact rules). Needs the bench extra:
`.venv/bin/pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import logging
import statistics
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from _shared import (
    EVAL_FILES,
    SEED,
    clear_caches,
    eval_rows,
    median_time,
    pin_one_core,
    profile_tables,
    stamp,
    table,
    write_section,
)
from perturb import seed_texts

from factcheck.config import Config
from factcheck.kinds import KINDS, _scan
from factcheck.model import Article, Claim, Document
from factcheck.pipeline import _needs_first, prepare

PINNED_BASE = dt.datetime(2024, 6, 20)
"""dateparser's relative base for texts without a publication date (it needs one)."""


@dataclass(frozen=True)
class Expected:
    """One value an editor wants from a seed article."""

    article: str
    """File name prefix of the article."""
    surface: str
    """The phrase, exactly as in the text (first occurrence)."""
    kind: str
    low: float | dt.date | None
    high: float | dt.date | None
    exact: bool = True
    """True: the tool's interval must equal [low, high]; False: it must contain low..high."""
    ordinal: bool = False


D = dt.date
EXPECTED: tuple[Expected, ...] = (
    Expected("001", "at least a dozen deals", "count", 12, None),
    Expected("002", "at least 12 deals", "count", 12, None),
    Expected("001", "12 publicly announced agreements", "count", 12, 12),
    Expected("002", "12 agreements", "count", 12, 12),
    Expected("001", "14th package", "count", 14, 14, ordinal=True),
    Expected("002", "30th anniversary", "count", 30, 30, ordinal=True),
    Expected("000", "$337.5bn", "money", 337.5e9, 337.5e9),
    Expected("002", "$3.6 billion", "money", 3.6e9, 3.6e9),
    Expected("002", "$171 billion", "money", 171e9, 171e9),
    Expected("002", "$111 billion", "money", 111e9, 111e9),
    Expected("000", "38%", "percent", 38, 38),
    Expected("002", "about 80 percent", "percent", 80, 80, exact=False),
    Expected("001", "on Wednesday", "date", D(2024, 6, 19), D(2024, 6, 19)),
    Expected("002", "The previous day", "date", D(2024, 6, 19), D(2024, 6, 19)),
    Expected("001", "today", "date", D(2024, 6, 20), D(2024, 6, 20)),
    Expected("002", "on Thursday", "date", D(2024, 6, 20), D(2024, 6, 20)),
    Expected("002", "in 2017", "date", D(2017, 1, 1), D(2017, 12, 31)),
    Expected("002", "In 2023", "date", D(2023, 1, 1), D(2023, 12, 31)),
    Expected("002", "in 2023", "date", D(2023, 1, 1), D(2023, 12, 31)),
    Expected("002", "since 1950", "date", D(1950, 1, 1), D(1950, 12, 31)),
    Expected("000", "the 1950s", "date", D(1950, 1, 1), D(1959, 12, 31)),
    Expected("000", "in 2022", "date", D(2022, 1, 1), D(2022, 12, 31)),
    Expected("000", "from 2021", "date", D(2021, 1, 1), D(2021, 12, 31)),
)
"""Hand-checked values of the seed cluster (articles 000 Offshore Technology, 001 Morning Star,
002 AP). Relative dates are resolved against the articles' publication date (2024-06-20)."""


def corpus() -> list[tuple[str, str, dt.date | None]]:
    """(source, text, published): seed articles, then distinct eval documents and summaries."""
    out = list(seed_texts(SEED))
    seen = {t for _, t, _ in out}
    for name in EVAL_FILES:
        for row in eval_rows(name):
            for field in ("document", "summary"):
                text = str(row[field])
                if text not in seen:
                    seen.add(text)
                    out.append((f"{name}:{row['item_id']}:{field}", text, None))
    return out


def _span_of(text: str, surface: str) -> tuple[int, int]:
    at = text.index(surface)
    return at, at + len(surface)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _interval_ok(lo: Any, hi: Any, e: Expected) -> bool:
    if e.exact:
        return bool(lo == e.low and hi == e.high)
    return (lo is None or lo <= e.low) and (hi is None or hi >= e.high)


def _factcheck_ok(claims: Sequence[Claim], span: tuple[int, int], e: Expected) -> bool:
    """A claim of the kind overlapping the phrase whose interval is right (dates: inside)."""
    for c in claims:
        if c.kind != e.kind or not _overlaps((c.span.start, c.span.end), span):
            continue
        v: Any = c.value
        if e.kind == "date":
            if v.resolved and v.start >= e.low and v.end <= e.high:
                return True
        elif e.kind == "count":
            if v.ordinal == e.ordinal and _interval_ok(v.low, v.high, e):
                return True
        elif e.kind == "money":
            if v.currency == "USD" and _interval_ok(v.low, v.high, e):
                return True
        elif _interval_ok(v.low, v.high, e):
            return True
    return False


def _dateparser_ok(
    found: Sequence[tuple[int, int, dt.datetime]], span: tuple[int, int], e: Expected
) -> bool:
    """A date found for text overlapping the phrase that falls inside the expected interval."""
    return e.kind == "date" and any(
        _overlaps((s, t), span) and e.low <= d.date() <= e.high
        for s, t, d in found  # type: ignore[operator]
    )


def _quantulum_ok(quantities: Sequence[Any], span: tuple[int, int], e: Expected) -> bool:
    """A quantity overlapping the phrase with the expected number and a fitting unit.

    Bounds are not quantulum3's business: "at least 12 deals" scores with the value 12.
    Counts need a dimensionless unit (or dozen), money a dollar unit, percent a percentage.
    """
    if e.kind == "date" or e.ordinal:
        return False
    for q in quantities:
        if not _overlaps(q.span, span):
            continue
        unit = q.unit.name
        value = q.value * 12 if unit == "dozen" else q.value
        ok_unit = {
            "count": unit in ("dimensionless", "dozen"),
            "money": unit == "dollar",
            "percent": unit == "percentage",
        }[e.kind]
        if ok_unit and abs(value - float(e.low)) <= 1e-6 * max(1.0, abs(float(e.low))):  # type: ignore[arg-type]
            return True
    return False


def search_dates_spans(text: str, base: dt.datetime) -> list[tuple[int, int, dt.datetime]]:
    """dateparser's search_dates with the matched substrings located in the text."""
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for sub, when in found:
        at = text.find(sub, pos)
        if at < 0:
            at = text.find(sub)
        if at < 0:
            continue
        out.append((at, at + len(sub), when))
        pos = at + len(sub)
    return out


PLAIN = "factcheck all kinds, plain re scans"
"""The all-kinds row with `kinds/_scan.ENABLED` off: every candidate scan is the pattern's
own search (the same claims, tested in tests/test_scan.py)."""
ORDER = _needs_first(KINDS)
"""The kinds in the pipeline's extraction order: a kind after the kinds it needs."""


def handed(doc: Document, spec: Any, by_kind: dict[str, Sequence[Claim]]) -> Document:
    """`doc` with the claims of the kinds `spec` needs, as the pipeline hands them over."""
    if not spec.needs:
        return doc
    return dataclasses.replace(doc, claims=tuple((n, tuple(by_kind[n])) for n in spec.needs))


def extract_all(doc: Document, config: Config) -> list[Claim]:
    """Every kind's claims in one document, each kind given the claims it needs."""
    by_kind: dict[str, Sequence[Claim]] = {}
    for spec in ORDER:
        by_kind[spec.name] = spec.extract(handed(doc, spec, by_kind), config)
    return [c for spec in KINDS for c in by_kind[spec.name]]


def run(reps: int, ext_reps: int, *, profile: bool = False) -> tuple[str, str]:
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    from quantulum3 import parser as qparser

    cpu = pin_one_core()
    config = Config()
    texts = corpus()
    words = sum(len(t.split()) for _, t, _ in texts)
    docs: list[Document] = [
        prepare(Article(id=s, text=t, published=p), config) for s, t, p in texts
    ]
    bases = [dt.datetime.combine(p, dt.time()) if p else PINNED_BASE for _, _, p in texts]
    by_name = {spec.name: spec for spec in KINDS}
    # warm-up: imports, compiled patterns, name and word tables, dateparser language data,
    # quantulum3 tables
    for d in docs:
        extract_all(d, config)
    search_dates_spans(texts[0][1], bases[0])
    qparser.parse(texts[0][1])

    rows: list[list[object]] = []
    results: dict[str, float] = {}

    def record(label: str, sec: float) -> None:
        results[label] = words / sec
        print(f"{label:<40} {sec:8.3f} s  {words / sec:12,.0f} words/s", file=sys.stderr)

    def timed(label: str, fn: Any, n: int) -> None:
        record(label, median_time(fn, n))

    def rounds(runs: list[tuple[str, Any, int]]) -> None:
        """Medians of several rows timed in rounds, one repetition of each per round, so
        that load from other work on the machine falls on all of them alike."""
        times: dict[str, list[float]] = {label: [] for label, _, _ in runs}
        for i in range(max(n for _, _, n in runs)):
            for label, fn, n in runs:
                if i < n:
                    times[label].append(median_time(fn, 1))
        for label, _, _ in runs:
            record(label, statistics.median(times[label]))

    # A kind that reads other kinds' claims (quote reads names) is timed on documents that
    # hold them, extracted beforehand: its row is its own work only.
    needed = {n for spec in KINDS for n in spec.needs}
    given = {n: [spec.extract(d, config) for d in docs] for n in needed for spec in [by_name[n]]}
    for spec in KINDS:
        inputs = [handed(d, spec, {n: given[n][i] for n in spec.needs}) for i, d in enumerate(docs)]
        timed(
            f"factcheck {spec.name}",
            lambda spec=spec, inputs=inputs: [spec.extract(d, config) for d in inputs],
            reps,
        )

    def plain_scans() -> None:
        _scan.ENABLED = False
        try:
            [extract_all(d, config) for d in docs]
        finally:
            _scan.ENABLED = True

    rounds(
        [
            ("factcheck all kinds", lambda: [extract_all(d, config) for d in docs], reps),
            (PLAIN, plain_scans, reps),
            (
                "factcheck clean + segment + all kinds",
                lambda: [
                    extract_all(prepare(Article(id=s, text=t, published=p), config), config)
                    for s, t, p in texts
                ],
                max(1, reps // 2),
            ),
            (
                "dateparser search_dates",
                lambda: [
                    search_dates_spans(t, b) for (_, t, _), b in zip(texts, bases, strict=True)
                ],
                ext_reps,
            ),
        ]
    )
    timed("quantulum3 parse", lambda: [qparser.parse(t) for _, t, _ in texts], ext_reps)

    # correct values on the seed cluster
    seed = {s[:3]: (s, t, p) for s, t, p in seed_texts(SEED)}
    per_tool: dict[str, dict[str, int]] = {"factcheck": {}, "dateparser": {}, "quantulum3": {}}
    totals: dict[str, int] = {}
    for e in EXPECTED:
        totals[e.kind] = totals.get(e.kind, 0) + 1
    cache: dict[str, Any] = {}
    misses: list[str] = []
    for e in EXPECTED:
        source, text, published = seed[e.article]
        if source not in cache:
            doc = prepare(Article(id=source, text=text, published=published), config)
            base = dt.datetime.combine(published, dt.time()) if published else PINNED_BASE
            cache[source] = (
                extract_all(doc, config),
                search_dates_spans(text, base),
                qparser.parse(text),
            )
        claims, dates, quantities = cache[source]
        span = _span_of(text, e.surface)
        for tool, ok in (
            ("factcheck", _factcheck_ok(claims, span, e)),
            ("dateparser", _dateparser_ok(dates, span, e)),
            ("quantulum3", _quantulum_ok(quantities, span, e)),
        ):
            per_tool[tool][e.kind] = per_tool[tool].get(e.kind, 0) + int(ok)
            if tool == "factcheck" and not ok:
                misses.append(f"{e.article} {e.kind} “{e.surface}”")

    base_rate = results["dateparser search_dates"]
    n_all = len(EXPECTED)

    def correct(label: str) -> str:
        tool, _, what = label.partition(" ")
        got = per_tool[tool]
        if what in totals:  # one factcheck kind
            return f"{got.get(what, 0)}/{totals[what]}"
        if what in ("all kinds", "clean + segment + all kinds", "search_dates", "parse") or (
            label == PLAIN
        ):
            return f"{sum(got.values())}/{n_all}"
        return ""

    for label, rate in results.items():
        rows.append(
            [label, f"{words:,}", f"{rate:,.0f}", f"{rate / base_rate:.1f}×", correct(label)]
        )
    kinds = list(totals)
    correct_rows = []
    for tool, got in per_tool.items():
        correct_rows.append(
            [tool]
            + [f"{got.get(k, 0)}/{totals[k]}" for k in kinds]
            + [f"**{sum(got.values())}/{len(EXPECTED)}**"]
        )
    ratio = results["factcheck all kinds"] / base_rate
    plain_ratio = results[PLAIN] / base_rate
    profiled = ""
    if profile:
        import cProfile

        clear_caches()
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            extract_all(d, config)
        prof.disable()
        profiled = "\ncProfile of one pass of all kinds over the corpus.\n\n" + profile_tables(prof)
    body = stamp("python benchmarks/bench_extract.py")
    body += (
        f"\nCorpus: {len(texts)} texts ({words:,} words): the seed cluster's articles plus every "
        f"distinct document and summary of the three eval files. Pinned to CPU {cpu}. "
        f"Medians of {reps} runs for factcheck, {ext_reps} for dateparser and quantulum3.\n\n"
    )
    body += table(
        ["extractor", "words", "words/s (median)", "vs search_dates", "correct seed values"], rows
    )
    body += "\nValues correct on the seed cluster (hand-checked list in `bench_extract.py`):\n\n"
    body += table(["tool", *kinds, "total"], correct_rows)
    if misses:
        body += "\nfactcheck misses: " + "; ".join(misses) + "\n"
    verdict = "met" if ratio >= 20 else "not met"
    body += (
        f"\nTarget: all kinds ≥ 20× the words/s of `search_dates` with more correct values: "
        f"{ratio:.1f}× — **{verdict}** ({plain_ratio:.1f}× with plain `re` scans); correct values "
        f"{sum(per_tool['factcheck'].values())} vs {sum(per_tool['dateparser'].values())} "
        f"(dateparser) and {sum(per_tool['quantulum3'].values())} (quantulum3).\n"
    )
    return body + profiled, verdict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--ext-reps", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="add a cProfile of all kinds")
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs alone")
    args = ap.parse_args()
    _scan.ENABLED = True  # the gated path is measured; plain_scans() times the default one
    body, _ = run(args.reps, args.ext_reps, profile=args.profile)
    print(body)
    if not args.no_write:
        write_section("extract", body)


if __name__ == "__main__":
    main()
