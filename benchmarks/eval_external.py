"""Accuracy: the fixtures' gold files and the labelled external sets of ../shared/eval/.

Usage: .venv/bin/python benchmarks/eval_external.py [--sets summedits,frank,xsumfaith]
                                                    [--clusters DIR ...] [--details N]
                                                    [--no-write]

Gold files: every `fixtures/clusters/*/expected.json` (or the clusters given with --clusters)
is scored with `factcheck.evaluate` (precision and recall per kind and per verdict, misses and
false alarms printed). `--sets ''` scores gold files only.

External sets: each item's `document` and `summary` are checked as two articles of one
cluster (no publication date: relative dates stay unresolved). Escaped apostrophes (`\\'`)
in summaries are unescaped (XSumFaith's `summary_unescaped`; the same for FRANK). The item
is predicted "inconsistent" when the report holds a conflict between the two (a conflict
finding whose claims come from both articles). Positives and negatives follow ../shared/eval/README.md:

- SummEdits: positive `labels.label == 0`, negative `== 1`. Recall is also given on the typed
  subset (inconsistent items whose edit touches a number, date, name or quote, by the
  `derived.changed_span_types_heuristic` tags).
- FRANK: positive when `EntE < 1` or `CircE < 1`, negative when `Factuality == 1`; items
  with only other error types are left out of precision/recall (their flag rate is shown).
- XSumFaith: positive `derived.intrinsic_majority`, negative `derived.consistent_majority`;
  items with only extrinsic majority marks are left out (flag rate shown).

Slices by claim type use the sets' `*_heuristic` tags (noisy, for slicing only). Per kind:
which kind's conflict raised each flag. Misses and false alarms are printed in full to
standard output; the doc gets the tables and a few examples.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _shared import ROOT, eval_rows, stamp, table, write_section

from factcheck import Article, Config, Report, check
from factcheck.evaluate import evaluate, format_evaluation, load_gold

SETS = {
    "summedits": "summedits-news-dev.jsonl",
    "frank": "frank-dev.jsonl",
    "xsumfaith": "xsumfaith-dev.jsonl",
}


@dataclass
class Item:
    """One scored item of an external set."""

    id: str
    positive: bool | None
    """True inconsistent, False consistent, None left out of precision/recall."""
    types: tuple[str, ...]
    """Claim-type tags of the error (or of the summary, for negatives)."""
    flagged: bool = False
    kinds: tuple[str, ...] = ()
    """Kinds of the cross-article conflicts."""
    messages: tuple[str, ...] = ()
    detail: str = ""
    """What the annotators marked (for misses)."""


@dataclass
class SetResult:
    name: str
    items: list[Item] = field(default_factory=list)
    seconds: float = 0.0


def _labels_summedits(row: dict[str, Any]) -> tuple[bool | None, tuple[str, ...], str]:
    lab = row["labels"]["label"]
    d = row["derived"]
    changed = "; ".join(f"{a!r}→{b!r}" for a, b in d["changed_spans"])
    return lab == 0, tuple(d["changed_span_types_heuristic"]), changed


def _labels_frank(row: dict[str, Any]) -> tuple[bool | None, tuple[str, ...], str]:
    lab = row["labels"]
    d = row["derived"]
    types = tuple(d["summary_mentions_heuristic"])
    detail = "errors: " + ", ".join(d["error_categories_present"])
    if lab["EntE"] < 1 or lab["CircE"] < 1:
        return True, types, detail
    if lab["Factuality"] == 1:
        return False, types, detail
    return None, types, detail


def _labels_xsum(row: dict[str, Any]) -> tuple[bool | None, tuple[str, ...], str]:
    d = row["derived"]
    intrinsic = sorted(
        {t for s in d["span_types_heuristic"] if s["hallucination_type"] == "intrinsic"
         for t in s["span_types_heuristic"]}
    )  # fmt: skip
    marks = sorted(
        {m["hallucinated_span"] for spans in row["labels"]["hallucination_annotations"].values()
         for m in spans if m["hallucination_type"] == "intrinsic"}
    )  # fmt: skip
    detail = "intrinsic: " + " | ".join(marks)
    if d["intrinsic_majority"]:
        return True, tuple(intrinsic), detail
    if d["consistent_majority"]:
        return False, (), detail
    return None, (), detail


LABELLERS: dict[str, Callable[[dict[str, Any]], tuple[bool | None, tuple[str, ...], str]]] = {
    "summedits": _labels_summedits,
    "frank": _labels_frank,
    "xsumfaith": _labels_xsum,
}


def cross_conflicts(report: Report) -> list[tuple[str, str]]:
    """(kind, message) of conflicts whose claims come from more than one article."""
    return [(f.kind, f.message) for f in report.conflicts if len(f.articles) > 1]


def run_set(name: str, config: Config) -> SetResult:
    res = SetResult(name)
    t0 = time.perf_counter()
    for row in eval_rows(SETS[name]):
        positive, types, detail = LABELLERS[name](row)
        summary = str(row["derived"].get("summary_unescaped") or row["summary"])
        summary = summary.replace("\\'", "'")  # FRANK's BBC outputs escape apostrophes
        arts = [
            Article(id="document", source="document", text=str(row["document"])),
            Article(id="summary", source="summary", text=summary),
        ]
        found = cross_conflicts(check(arts, config))
        res.items.append(
            Item(
                id=str(row["item_id"]),
                positive=positive,
                types=types,
                flagged=bool(found),
                kinds=tuple(sorted({k for k, _ in found})),
                messages=tuple(m for _, m in found),
                detail=detail + f" | summary: {summary[:160]}",
            )
        )
    res.seconds = time.perf_counter() - t0
    return res


def _pr(items: Iterable[Item]) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for it in items:
        if it.positive is None:
            continue
        if it.positive and it.flagged:
            tp += 1
        elif it.positive:
            fn += 1
        elif it.flagged:
            fp += 1
        else:
            tn += 1
    return tp, fp, fn, tn


def _fmt(tp: int, fp: int, fn: int, tn: int) -> list[str]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    fa = fp / (fp + tn) if fp + tn else float("nan")
    return [f"{p:.2f}", f"{r:.2f}", f"{fa:.2f}", str(tp), str(fp), str(fn), str(tn)]


HEAD = ["slice", "precision", "recall", "false-alarm rate", "tp", "fp", "fn", "tn"]


def set_tables(res: SetResult) -> str:
    items = res.items
    rows = [["all scored items", *_fmt(*_pr(items))]]
    if res.name == "summedits":
        typed = [i for i in items if not i.positive or i.types]
        rows.append(["typed edits only (+ all negatives)", *_fmt(*_pr(typed))])
    types = sorted({t for i in items for t in i.types})
    for t in types:
        if res.name == "frank":  # tags describe every summary: slice both classes by them
            sl = [i for i in items if t in i.types]
            label = f"summary mentions {t}"
        else:  # tags describe the error: positives of that type against all negatives
            sl = [i for i in items if t in i.types or i.positive is False]
            label = f"error touches {t} (+ all negatives)"
        rows.append([label, *_fmt(*_pr(sl))])
    left = [i for i in items if i.positive is None]
    out = table(HEAD, rows)
    if left:
        out += (
            f"\nLeft out of precision/recall: {len(left)} items, "
            f"{sum(i.flagged for i in left)} of them flagged.\n"
        )
    kinds = Counter()
    for i in items:
        for k in i.kinds:
            kinds[(k, "tp" if i.positive else "fp" if i.positive is False else "left out")] += 1
    if kinds:
        krows = [
            [k, kinds[(k, "tp")], kinds[(k, "fp")], kinds[(k, "left out")]]
            for k in sorted({k for k, _ in kinds})
        ]
        out += "\nConflict kinds behind the flags (an item may count under several kinds):\n\n"
        out += table(["kind", "on positives", "on negatives", "on left-out items"], krows)
    return out


def fixture_gold(clusters: list[Path]) -> tuple[str, str]:
    rows = []
    printed = []
    for cluster in clusters:
        gold_file = cluster / "expected.json"
        ev = evaluate(check(cluster), load_gold(gold_file))
        printed.append(f"== {cluster.name}\n{format_evaluation(ev)}")
        o = ev.overall
        rows.append([cluster.name, "overall", f"{o.precision:.2f}", f"{o.recall:.2f}",
                     o.true_positives, o.false_positives, o.false_negatives])  # fmt: skip
        for k, s in ev.by_kind.items():
            rows.append(["", f"kind {k}", f"{s.precision:.2f}", f"{s.recall:.2f}",
                         s.true_positives, s.false_positives, s.false_negatives])  # fmt: skip
        for v, s in ev.by_verdict.items():
            rows.append(["", f"verdict {v}", f"{s.precision:.2f}", f"{s.recall:.2f}",
                         s.true_positives, s.false_positives, s.false_negatives])  # fmt: skip
        for g in ev.missed:
            rows.append(["", f"missed: {g.kind} {g.verdict}", " / ".join(g.texts), "", "", "", ""])
        for m in ev.false_alarms:
            rows.append(["", "false alarm", m.replace("|", "/"), "", "", "", ""])
    md = table(["cluster", "slice", "precision", "recall", "tp", "fp", "fn"], rows)
    return md, "\n".join(printed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--details", type=int, default=4, help="examples per set in the doc")
    ap.add_argument(
        "--clusters", nargs="*", type=Path, default=None,
        help="cluster folders holding expected.json (default: fixtures/clusters/*)",
    )  # fmt: skip
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    config = Config()
    clusters = args.clusters or sorted(
        p.parent for p in (ROOT / "fixtures" / "clusters").glob("*/expected.json")
    )
    gold_md, gold_text = fixture_gold(clusters)
    print(gold_text)
    body = stamp(f"python benchmarks/eval_external.py --sets {args.sets}")
    body += "\n### Fixture gold (`fixtures/clusters/*/expected.json`)\n\n" + gold_md
    for name in [s for s in args.sets.split(",") if s]:
        res = run_set(name, config)
        n = len(res.items)
        print(f"\n== {name}: {n} items in {res.seconds:.1f} s", file=sys.stderr)
        for it in res.items:
            if it.positive and not it.flagged:
                print(f"MISS {name} {it.id} [{','.join(it.types)}] {it.detail}")
            elif it.positive is False and it.flagged:
                print(f"FALSE ALARM {name} {it.id}: {' || '.join(it.messages)}")
        body += f"\n### {name} ({SETS[name]}, {n} items, checked in {res.seconds:.1f} s)\n\n"
        body += set_tables(res)
        fas = [i for i in res.items if i.positive is False and i.flagged][: args.details]
        hits = [i for i in res.items if i.positive and i.flagged][: args.details]
        if hits:
            body += "\nExamples of caught errors:\n\n"
            body += "".join(f"- `{i.id}`: {i.messages[0][:220]}\n" for i in hits)
        if fas:
            body += "\nExamples of false alarms:\n\n"
            body += "".join(f"- `{i.id}`: {i.messages[0][:220]}\n" for i in fas)
    print(body)
    if not args.no_write:
        write_section("accuracy", body)


if __name__ == "__main__":
    main()
